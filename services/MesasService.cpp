#include "MesasService.h"

#include "mesas/CommitmentRepository.h"
#include "mesas/MesaDocument.h"
#include "mesas/MesaPlanning.h"
#include "mesas/MesaRepository.h"
#include "participants/QrCode.h"
#include "registration/AttendeeRepository.h"
#include "sharing/HubLedger.h"


namespace taller {

Result<QList<Mesa>> MesasService::mesas() const
{
    return MesaRepository(m_session.file()).load();
}

Result<Mesa> MesasService::addMesa(const Mesa &mesa)
{
    return m_session.announced(MesaRepository(m_session.file()).add(mesa), Section::Mesas | Section::Programme);
}

Status MesasService::updateMesa(const Mesa &mesa)
{
    return m_session.announced(MesaRepository(m_session.file()).update(mesa),
                               Section::Mesas | Section::Programme | Section::Commitments);
}

Status MesasService::removeMesa(qint64 mesaId)
{
    return m_session.announced(MesaRepository(m_session.file()).remove(mesaId),
                               Section::Mesas | Section::Programme | Section::Plenary);
}

Result<QHash<qint64, qint64>> MesasService::seating() const
{
    return MesaRepository(m_session.file()).membership();
}

Status MesasService::seat(const QList<Seat> &seats)
{
    if (seats.isEmpty())
        return {};
    MesaRepository repository(m_session.file());
    return m_session.announced(m_session.file().write([&]() -> Status {
        for (const Seat &seat : seats) {
            TRY(repository.assign(seat.attendeeId, seat.mesaId));
        }
        return {};
    }),
                               Section::Mesas);
}

Status MesasService::seatByDocument(const QString &document, const QString &mesaCode)
{
    TRY_LET(attendee, AttendeeRepository(m_session.file()).findByDocument(DocumentTypes::normalizedNumber(document)));
    if (!attendee->has_value())
        return Error{tr("No attendee has document %1.").arg(document)};
    qint64 mesaId = 0;
    if (mesaCode != u'-') {
        TRY_LET(mesa, MesaDocument::mesaWithMembers(m_session.file(), mesaCode));
        mesaId = mesa->first.id;
    }
    return seat({{attendee->value().id, mesaId}});
}

Result<QHash<qint64, qint64>> MesasService::balancePlan(Balance how) const
{
    const AttendeeRepository attendees(m_session.file());
    TRY_LET(people, how.everyone ? attendees.all() : attendees.checkedIn());
    // Before anyone has arrived, balancing means seating the list.
    if (!how.everyone && people->isEmpty())
        people = attendees.all();
    if (!people)
        return people.error();
    TRY_LET(tables, mesas());
    if (tables->isEmpty())
        return Error{tr("This event has no mesas.")};
    return how.byPreference ? MesaPlanning::byPreference(*people, *tables, true) : MesaPlanning::balanced(*people, *tables);
}

Result<int> MesasService::balance(Balance how)
{
    TRY_LET(plan, balancePlan(how));
    TRY(MesaRepository(m_session.file()).setMembership(*plan));
    m_session.announce(Section::Mesas);
    return int(plan->size());
}

Result<QHash<qint64, MesaRepository::Summary>> MesasService::summaries() const
{
    return MesaRepository(m_session.file()).summaries();
}

Result<QList<Attendee>> MesasService::members(qint64 mesaId) const
{
    return MesaRepository(m_session.file()).members(mesaId);
}

Result<QList<Attendee>> MesasService::unseated(int limit) const
{
    return MesaRepository(m_session.file()).unseated(limit);
}

Result<int> MesasService::unseatedCount() const
{
    return MesaRepository(m_session.file()).unseatedCount();
}

Result<std::pair<Mesa, QList<Attendee>>> MesasService::mesaWithMembers(const QString &mesaCode) const
{
    return MesaDocument::mesaWithMembers(m_session.file(), mesaCode);
}

Result<QList<Commitment>> MesasService::commitments() const
{
    return CommitmentRepository(m_session.file()).all();
}

Result<std::optional<Commitment>> MesasService::commitment(qint64 id) const
{
    return CommitmentRepository(m_session.file()).find(id);
}

Result<Commitment> MesasService::saveCommitment(const Commitment &commitment, std::optional<qint64> madeFrom)
{
    return m_session.announced(CommitmentRepository(m_session.file()).save(commitment, madeFrom), Section::Commitments);
}

Status MesasService::removeCommitment(qint64 id)
{
    return m_session.announced(CommitmentRepository(m_session.file()).remove(id), Section::Commitments);
}

Result<CommitmentImport::Report> MesasService::importCommitments(const QString &path, const TabularReader::Options &options,
                                                                  const QStringList &columnChoices, int headerLine)
{
    TRY_LET(plan, CommitmentImport::fromPath(m_session.file(), path, options, columnChoices, headerLine));
    auto report = CommitmentImport::commit(m_session.file(), *plan);
    if (report && report->imported > 0)
        m_session.announce(Section::Commitments);
    return report;
}

Result<CommitmentsFromCopy::Report> MesasService::takeInFromCopy(const QString &copyPath, const QString &mesaCode)
{
    auto report = CommitmentsFromCopy::takeIn(m_session.file(), copyPath, mesaCode);
    if (report && (report->added > 0 || report->updated > 0))
        m_session.announce(Section::Commitments);
    return report;
}

Result<CommitmentImport::Plan> MesasService::prepareCommitments(const QString &path, const TabularReader::Options &options,
                                                                const QStringList &columnChoices, int headerLine) const
{
    return CommitmentImport::fromPath(m_session.file(), path, options, columnChoices, headerLine);
}

Result<CommitmentImport::Report> MesasService::importCommitments(const CommitmentImport::Plan &plan)
{
    auto report = CommitmentImport::commit(m_session.file(), plan);
    if (report && report->imported > 0)
        m_session.announce(Section::Commitments);
    return report;
}

Result<TabularSheet> MesasService::exportCommitments() const
{
    return CommitmentImport::exportSheet(m_session.file());
}

Result<PrintedDocument> MesasService::mesaWorksheet(const QString &mesaCode) const
{
    // While a hub serves the event, the ficha carries the mesa's own page.
    std::optional<MesaDocument::PageLink> page;
    HubLedger ledger(m_session.file());
    const auto hub = ledger.servingNow();
    const bool serving = hub && hub->has_value() && !hub->value().web.isEmpty();
    if (serving) {
        if (const auto paths = ledger.webPaths()) {
            for (const HubLedger::WebPath &link : *paths) {
                if (link.mesaCode.isEmpty() || link.mesaCode.compare(mesaCode, Qt::CaseInsensitive) != 0)
                    continue;
                const QString url = hub->value().web + link.path;
                if (const auto qr = QrCode::encode(url))
                    page = MesaDocument::PageLink{url, qr->image()};
            }
        }
    }
    return MesaDocument::build(m_session.file(), mesaCode, page);
}

Result<PrintedDocument> MesasService::mesaAttendanceSheet(const QString &mesaCode, int blankRows) const
{
    return MesaDocument::attendance(m_session.file(), mesaCode, blankRows);
}

} // namespace taller
