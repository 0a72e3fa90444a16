#pragma once

#include "EventSession.h"
#include "mesas/CommitmentImport.h"
#include "mesas/Mesa.h"
#include "mesas/MesaRepository.h"
#include "printing/PrintedDocument.h"
#include "registration/Attendee.h"

#include <QHash>

namespace taller {

// The working tables: the mesas themselves, who sits where, and the
// commitments each mesa drafts.
class MesasService
{
    Q_DECLARE_TR_FUNCTIONS(taller::MesasService)
public:
    // One person's move: from one mesa to another (0 for none).
    struct Seat
    {
        qint64 attendeeId = 0;
        qint64 mesaId = 0;
    };
    struct Balance
    {
        // Everyone on the list, not only those checked in (before anyone has
        // arrived, the list is seated either way).
        bool everyone = false;
        // Each person at their preferred mesa first, then the rest balanced.
        bool byPreference = false;
    };

    explicit MesasService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}

    Result<QList<Mesa>> mesas() const;
    Result<Mesa> addMesa(const Mesa &mesa);
    Status updateMesa(const Mesa &mesa);
    // A mesa with commitments is not removed; its members become unseated.
    Status removeMesa(qint64 mesaId);

    // Who sits where: attendee id to mesa id, for everyone seated.
    Result<QHash<qint64, qint64>> seating() const;
    // Seats each person as given and touches nobody else: a change made at
    // the same time by another desk to other people stays.
    Status seat(const QList<Seat> &seats);
    Status seatByDocument(const QString &document, const QString &mesaCode);
    // A seating plan (attendee id to mesa id): sizes within one, sectors
    // mixed. Writes nothing.
    Result<QHash<qint64, qint64>> balancePlan(Balance how) const;
    // Replaces the seating with balancePlan(how); returns how many people
    // were seated.
    Result<int> balance(Balance how);
    Result<QHash<qint64, MesaRepository::Summary>> summaries() const;
    Result<QList<Attendee>> members(qint64 mesaId) const;
    Result<QList<Attendee>> unseated(int limit) const;
    Result<int> unseatedCount() const;
    // A mesa and its members by surname.
    Result<std::pair<Mesa, QList<Attendee>>> mesaWithMembers(const QString &mesaCode) const;

    Result<QList<Commitment>> commitments() const;
    Result<std::optional<Commitment>> commitment(qint64 id) const;
    // Inserts (id 0, or an id not in the file: an undone delete coming back)
    // or updates, unless the acta in force froze it.
    // madeFrom: the revision the change was made from (see
    // CommitmentRepository::save): a commitment saved since is refused,
    // ErrorKind::Stale.
    Result<Commitment> saveCommitment(const Commitment &commitment, std::optional<qint64> madeFrom = std::nullopt);
    Status removeCommitment(qint64 id);
    // Input commitments from a CSV or an earlier event's approved ones.
    // A list's commitments as they would be imported, without writing:
    // the window shows the columns and asks when they cannot be placed.
    Result<CommitmentImport::Plan> prepareCommitments(const QString &path, const TabularReader::Options &options = {},
                                                      const QStringList &columnChoices = {}, int headerLine = 0) const;
    Result<CommitmentImport::Report> importCommitments(const CommitmentImport::Plan &plan);
    Result<CommitmentImport::Report> importCommitments(const QString &path, const TabularReader::Options &options = {},
                                                       const QStringList &columnChoices = {}, int headerLine = 0);
    // Every commitment, as `import commitments` reads them back.
    Result<TabularSheet> exportCommitments() const;

    Result<PrintedDocument> mesaWorksheet(const QString &mesaCode) const;
    Result<PrintedDocument> mesaAttendanceSheet(const QString &mesaCode, int blankRows) const;

private:
    EventSession &m_session;
    MeetingRef m_meeting;
};

} // namespace taller
