#pragma once

#include "EventSession.h"
#include "Page.h"
#include "event/EventDetails.h"
#include "mesas/Commitment.h"
#include "mesas/Mesa.h"
#include "plenary/Decisions.h"
#include "process/Initiative.h"
#include "programme/Agenda.h"
#include "registration/AttendeeImport.h"
#include "registration/Checkin.h"
#include "tabular/TabularReader.h"
#include "registration/PersonalData.h"

#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <array>
#include <functional>
#include <memory>

namespace taller {

// An open event as the window sees it: the session every service call goes
// through, the undo stack of this window's edits, and a copy of the small
// parts of the event the pages show (details, programme, mesas, seating,
// commitments), reloaded whenever the file changes, by this window or by
// another process. It holds no rule: each edit is one service call, and each
// undo step writes back only the difference it stands for.
class EventDocument : public QObject
{
    Q_OBJECT

public:
    explicit EventDocument(std::unique_ptr<EventSession> session, QObject *parent = nullptr);
    ~EventDocument() override;

    EventSession &session() { return *m_session; }
    QString path() const { return m_session->path(); }
    // A file beside the event's, named after it: the event's path without
    // its ending, then suffix (such as "-programme.pdf").
    QString pathBeside(const QString &suffix) const;
    // The undo list of a page; without one, of the page shown now. Steps on
    // the details, the programme, the mesas and the plenary go to their own
    // page's list; commitments and people, edited on several pages, to the
    // list of the page where the edit was made.
    QUndoStack *undoStack(Page page) { return m_undoStacks.at(std::size_t(page)); }
    QUndoStack *undoStack() { return undoStack(m_currentPage); }
    void setCurrentPage(Page page) { m_currentPage = page; }
    Page currentPage() const { return m_currentPage; }

    const EventDetails &details() const { return m_details; }
    const QList<AgendaItem> &agenda() const { return m_agenda; }
    const QList<Mesa> &mesas() const { return m_mesas; }
    const QHash<qint64, qint64> &membership() const { return m_membership; }
    const QList<Commitment> &commitments() const { return m_commitments; }

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
    // After the event: erases the attendees' personal data from the file and
    // every copy the program made; the undo history goes with it.
    Result<PersonalData::PurgeReport> purgePersonalData();
    Result<CheckinResult> undoCheckIn(qint64 attendeeId);
    Result<Attendee> registerWalkIn(const Attendee &attendee);
    // Corrects a person's details, undoable on the page where it was made.
    Result<Attendee> updateAttendee(const Attendee &attendee);
    Result<AttendeeImport::Report> importAttendees(const AttendeeImport::Plan &plan);

    // The mesas and who sits where. Seating changes and mesa edits are
    // undoable; removing a mesa is not (it is confirmed first).
    Result<Mesa> addMesa(const Mesa &mesa);
    void updateMesa(const Mesa &mesa);
    Status removeMesa(qint64 mesaId);
    // Seats everyone in membership as given there and unseats the people
    // seated now who are not in it: one undo step.
    void setMembership(const QHash<qint64, qint64> &membership, const QString &description);
    void seat(qint64 attendeeId, qint64 mesaId, const QString &description);

    // Commitments, each edit undoable; typing in one field merges as above.
    Result<Commitment> addCommitment(const Commitment &commitment, const QString &description);
    void updateCommitment(const Commitment &commitment, const QString &description, const QString &mergeKey = {});
    // The plenary's change to a commitment: a change to its text makes it
    // amended in plenary (PlenaryService::amend). Undone on the Plenaria page.
    void amendCommitment(const Commitment &commitment, const QString &description, const QString &mergeKey = {});
    void removeCommitment(qint64 id);

    // The plenary's decision on a commitment, undoable. False, with
    // errorOccurred, when the plenary's rules or the acta refuse it.
    bool decide(const Commitment &commitment, const Decision &decision);

    // The meeting in front of the user: the desk and the acta work on it.
    // The workshop (meeting 1) unless another meeting of the process is chosen.
    MeetingRef meeting() const { return m_meeting; }
    void setMeeting(MeetingRef meeting);
    bool isWorkshop() const;

    // The co-creation process. The page appears once the file has one.
    bool hasProcess() const { return m_hasProcess; }
    Status startProcess();
    // One scorer's value for an initiative on a criterion (nullopt clears
    // it), undoable.
    void setInitiativeScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value);
    // A decision of the process (an advance, a merge, the selection): act
    // records it and returns its batch; undo takes the batch back, redo acts
    // again. False, with errorOccurred, when it was refused.
    bool processDecision(const std::function<Result<qint64>()> &act, const QString &description);

    // Makes a backup now if anything changed since the last one; the window
    // calls it every few minutes and on closing.
    void backUpIfChanged();
    QString lastBackup() const { return m_lastBackup; }

    // Notices commits made by another process on the same file (a second
    // desk, the command line) and reloads every section.
    void pollExternalChanges();

signals:
    void detailsChanged();
    void agendaChanged();
    void attendeesChanged();
    void mesasChanged();
    void commitmentsChanged();
    void actaChanged();
    void plenaryChanged();
    void processChanged();
    void meetingsChanged();
    // Another meeting was chosen.
    void meetingChanged();
    // Something could not be written; the message says what.
    void errorOccurred(const QString &message);

private:
    // A commitment changed by save, its step on stack.
    void changeCommitment(const Commitment &commitment, QUndoStack &stack, const QString &description, const QString &mergeKey,
                          const std::function<Result<Commitment>(const Commitment &)> &save);
    void pushCommitmentStep(QUndoStack &stack, const QString &description, const std::optional<Commitment> &from,
                            const std::optional<Commitment> &to, const QString &mergeKey = {});
    void reload(Sections sections);
    void report(const Status &status);

    std::unique_ptr<EventSession> m_session;
    std::array<QUndoStack *, PageCount> m_undoStacks{};
    Page m_currentPage = Page::Event;
    EventDetails m_details;
    QList<AgendaItem> m_agenda;
    QList<Mesa> m_mesas;
    QHash<qint64, qint64> m_membership;
    QList<Commitment> m_commitments;
    bool m_hasProcess = false;
    MeetingRef m_meeting;
    QString m_lastBackup;
    QTimer m_backupTimer;
    QTimer m_pollTimer;
};

} // namespace taller
