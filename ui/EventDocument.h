#pragma once

#include "programme/Agenda.h"
#include "registration/Attendee.h"
#include "mesas/Commitment.h"
#include "registration/AttendeeImport.h"
#include "registration/CheckinRepository.h"
#include "event/EventDetails.h"
#include "mesas/Mesa.h"
#include "base/EventFile.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <memory>

namespace taller {

// An open event as the window sees it: the file, the undo stack of the edits
// made to it in this session, and signals when a part of it changes.
class EventDocument : public QObject
{
    Q_OBJECT

public:
    explicit EventDocument(std::unique_ptr<EventFile> file, QObject *parent = nullptr);
    ~EventDocument() override;

    EventFile &file() { return *m_file; }
    QString path() const { return m_file->path(); }
    QUndoStack *undoStack() { return &m_undoStack; }

    const EventDetails &details() const { return m_details; }
    const QList<AgendaItem> &agenda() const { return m_agenda; }
    const QList<Mesa> &mesas() const { return m_mesas; }

    // Undoable edit of one field of the event's details; written at once.
    void setEventField(EventField field, const QVariant &value);

    // Undoable change of the programme to items, written at once. Consecutive
    // changes with the same non-empty mergeKey (typing in one field) make one
    // undo step.
    void setAgenda(const QList<AgendaItem> &items, const QString &description, const QString &mergeKey = {});
    // Running the day, each step recorded in the file and undoable.
    void startDay();
    void nextActivity();
    void clearActualTimes();

    // The registration desk. Each call is committed to disk before it returns.
    Result<CheckinResult> checkIn(qint64 attendeeId);
    Result<CheckinResult> checkInByDocument(const QString &document);
    Result<CheckinResult> undoCheckIn(qint64 attendeeId);
    Result<Attendee> registerWalkIn(const Attendee &attendee);
    Result<AttendeeImport::Report> importAttendees(const AttendeeImport::Plan &plan);

    // The mesas and who sits where. Seating changes and mesa edits are
    // undoable; removing a mesa is not (it is confirmed first).
    Result<Mesa> addMesa(const Mesa &mesa);
    void updateMesa(const Mesa &mesa);
    Status removeMesa(qint64 mesaId);
    const QHash<qint64, qint64> &membership() const { return m_membership; }
    void setMembership(const QHash<qint64, qint64> &membership, const QString &description);
    void seat(qint64 attendeeId, qint64 mesaId, const QString &description);

    // Commitments, each edit undoable; typing in one field merges as above.
    const QList<Commitment> &commitments() const { return m_commitments; }
    Result<Commitment> addCommitment(const Commitment &commitment, const QString &description);
    void updateCommitment(const Commitment &commitment, const QString &description, const QString &mergeKey = {});
    void removeCommitment(qint64 id);
    Result<int> importCommitments(const QString &path, QStringList *problems);

    // The plenary's decision on a commitment, undoable.
    void decide(const Commitment &commitment, CommitmentStatus decision, std::optional<qint64> mergedInto, const QString &note);
    // The acta changed (closed, signed, corrected): pages that show it or
    // depend on its lock refresh.
    void actaEdited();
    void plenaryEdited() { emit plenaryChanged(); }

    // Makes a backup now if anything changed since the last one; the window
    // calls it every few minutes and on closing.
    void backUpIfChanged();
    QString lastBackup() const { return m_lastBackup; }

    // Notices commits made by another process on the same file (a second
    // desk) and announces them as changes.
    void pollExternalChanges();

    // Reloads from the file, after a change made by a command or elsewhere.
    Status reloadDetails();
    Status reloadAgenda();
    Status reloadMesas();
    Status reloadCommitments();

signals:
    void detailsChanged();
    void agendaChanged();
    void attendeesChanged();
    void mesasChanged();
    void commitmentsChanged();
    void actaChanged();
    void plenaryChanged();
    // Something could not be written; the message says what.
    void errorOccurred(const QString &message);

private:
    friend class ChangeEventFieldCommand;
    friend class ChangeAgendaCommand;
    friend class ChangeMesaCommand;
    friend class ChangeMembershipCommand;
    friend class ChangeCommitmentCommand;
    Status writeCommitment(const std::optional<Commitment> &before, const std::optional<Commitment> &after);
    Status writeAgenda(const QList<AgendaItem> &items);
    Status writeDetails(const EventDetails &details);
    template <typename T>
    T announceAttendees(T result);

    std::unique_ptr<EventFile> m_file;
    QUndoStack m_undoStack;
    EventDetails m_details;
    QList<AgendaItem> m_agenda;
    QList<Mesa> m_mesas;
    QHash<qint64, qint64> m_membership;
    QList<Commitment> m_commitments;
    QString m_desk;
    bool m_changedSinceBackup = false;
    QString m_lastBackup;
    qint64 m_dataVersion = -1;
    QTimer m_backupTimer;
};

} // namespace taller
