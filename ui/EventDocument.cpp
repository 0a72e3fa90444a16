#include "EventDocument.h"

#include "MeetingService.h"

#include "EventService.h"
#include "MesasService.h"
#include "PlenaryService.h"
#include "ProcessService.h"
#include "ProgrammeService.h"
#include "RegistrationService.h"

#include <QFileInfo>
#include <QUndoCommand>

#include <algorithm>

namespace taller {

namespace {

// Ids that let consecutive edits of the same thing merge into one undo step.
enum CommandId { EventFieldId = 1000, AgendaId = 2000, MesaId = 3000, CommitmentId = 4000 };

// One undo step for a change already written when it is pushed: the push's
// own redo writes nothing again, and a redo or undo that fails is reported
// and leaves the stack.
class WrittenCommand : public QUndoCommand
{
public:
    using Report = std::function<void(const Status &)>;

    WrittenCommand(const QString &text, Report report)
        : m_report(std::move(report))
    {
        setText(text);
    }

    void redo() final
    {
        if (std::exchange(m_written, false))
            return;
        settle(redoChange());
    }
    void undo() final { settle(undoChange()); }

protected:
    virtual Status redoChange() = 0;
    virtual Status undoChange() = 0;

private:
    void settle(const Status &status)
    {
        if (!status) {
            setObsolete(true);
            m_report(status);
        }
    }

    Report m_report;
    bool m_written = true;
};

// One undo step over a value that a service call has already written: redo
// and undo write the difference between before and after through the same
// service, never a copy of the whole event.
template <typename T>
class ChangeCommand : public WrittenCommand
{
public:
    using Apply = std::function<Status(const T &from, const T &to)>;

    ChangeCommand(const QString &text, T before, T after, Apply apply, Report report, int id, QString mergeKey)
        : WrittenCommand(text, std::move(report))
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
        , m_id(id)
        , m_mergeKey(std::move(mergeKey))
    {
    }

    int id() const override { return m_mergeKey.isEmpty() ? -1 : m_id; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = dynamic_cast<const ChangeCommand<T> *>(other);
        if (!next || next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

protected:
    Status redoChange() override { return m_apply(m_before, m_after); }
    Status undoChange() override { return m_apply(m_after, m_before); }

private:
    T m_before;
    T m_after;
    Apply m_apply;
    int m_id;
    QString m_mergeKey;
};

template <typename T>
Status statusOf(const Result<T> &result)
{
    return result ? Status() : Status(result.error());
}

// A copy the window keeps takes what was read; when the read fails the copy
// on screen stays as it was, and the status says why.
template <typename T>
Status keepCopy(T &copy, Result<T> read)
{
    if (!read)
        return read.error();
    copy = std::move(*read);
    return {};
}

} // namespace

EventDocument::EventDocument(std::unique_ptr<EventSession> session, QObject *parent)
    : QObject(parent)
    , m_session(std::move(session))
{
    for (QUndoStack *&stack : m_undoStacks)
        stack = new QUndoStack(this);
    connect(m_session.get(), &EventSession::changed, this, [this](Sections sections, bool) { reload(sections); });
    // A failure here leaves defaults on screen; the window reports it.
    reload(AllSections);
    m_backupTimer.setInterval(3 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &EventDocument::backUpIfChanged);
    m_backupTimer.start();
    // Another desk or the command line may write to the same file: every page
    // follows within two seconds.
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &EventDocument::pollExternalChanges);
    m_pollTimer.start();
}

EventDocument::~EventDocument()
{
    backUpIfChanged();
}

void EventDocument::report(const Status &status)
{
    if (!status)
        emit errorOccurred(status.errorMessage());
}

void EventDocument::reload(Sections sections)
{
    if (sections & Section::Details) {
        report(keepCopy(m_details, EventService(*m_session).details()));
        emit detailsChanged();
    }
    if (sections & (Section::Programme | Section::Mesas)) {
        // The programme names mesas; both are read together.
        auto mesas = MesasService(*m_session).mesas();
        auto agenda = ProgrammeService(*m_session).agenda();
        if (mesas && agenda) {
            m_mesas = *mesas;
            m_agenda = *agenda;
        } else {
            report(mesas ? statusOf(agenda) : Status(mesas.error()));
        }
        emit agendaChanged();
    }
    if (sections & Section::Mesas) {
        report(keepCopy(m_membership, MesasService(*m_session).seating()));
        emit mesasChanged();
    }
    if (sections & Section::Attendees)
        emit attendeesChanged();
    if (sections & Section::Commitments) {
        report(keepCopy(m_commitments, MesasService(*m_session).commitments()));
        emit commitmentsChanged();
    }
    if (sections & Section::Plenary)
        emit plenaryChanged();
    if (sections & (Section::Process | Section::Commitments)) {
        if (auto process = ProcessService(*m_session).process())
            m_hasProcess = process->has_value();
        else
            report(process.error());
        emit processChanged();
    }
    if (sections & Section::Meetings) {
        // The meeting in front of the user stays, unless it is gone; a read
        // that fails is said, and leaves it in front.
        bool gone = false;
        if (auto meetings = MeetingService(*m_session).meetings())
            gone = std::ranges::none_of(*meetings, [this](const Meeting &m) { return m.id == m_meeting.id; });
        else
            report(meetings.error());
        emit meetingsChanged();
        if (gone)
            setMeeting({});
    }
    if (sections & Section::Acta)
        emit actaChanged();
}

void EventDocument::backUpIfChanged()
{
    auto made = EventService(*m_session).backUpIfChanged();
    if (!made) {
        emit errorOccurred(made.errorMessage());
        return;
    }
    if (!made->isEmpty())
        m_lastBackup = *made;
}

void EventDocument::pollExternalChanges()
{
    m_session->pollExternalChanges();
}

void EventDocument::setEventField(EventField field, const QVariant &value)
{
    const QVariant current = eventFieldValue(m_details, field);
    if (current == value)
        return;
    const auto apply = [this, field](const QVariant &, const QVariant &to) { return EventService(*m_session).setField(field, to); };
    if (Status written = apply(current, value); !written)
        return report(written);
    undoStack(Page::Event)->push(new ChangeCommand<QVariant>(tr("edit event details"), current, value, apply,
                                                 [this](const Status &s) { report(s); }, EventFieldId + int(field),
                                                 QString::number(int(field))));
}

void EventDocument::setAgenda(const QList<AgendaItem> &items, const QString &description, const QString &mergeKey)
{
    if (items == m_agenda)
        return;
    const QList<AgendaItem> before = m_agenda;
    auto stored = ProgrammeService(*m_session).change(before, items);
    if (!stored)
        return report(stored.error());
    const auto apply = [this](const QList<AgendaItem> &from, const QList<AgendaItem> &to) {
        return statusOf(ProgrammeService(*m_session).change(from, to));
    };
    undoStack(Page::Programme)->push(new ChangeCommand<QList<AgendaItem>>(description, before, *stored, apply,
                                                          [this](const Status &s) { report(s); }, AgendaId, mergeKey));
}

static void pushProgrammeChange(EventDocument &document, QUndoStack &stack, EventSession &session,
                                const Result<ProgrammeService::Change> &change, const QString &text,
                                const std::function<void(const Status &)> &report)
{
    Q_UNUSED(document);
    if (!change)
        return report(change.error());
    const auto apply = [&session](const QList<AgendaItem> &from, const QList<AgendaItem> &to) {
        return statusOf(ProgrammeService(session).change(from, to));
    };
    stack.push(new ChangeCommand<QList<AgendaItem>>(text, change->before, change->after, apply, report, AgendaId, {}));
}

void EventDocument::startDay()
{
    pushProgrammeChange(*this, *undoStack(Page::Programme), *m_session, ProgrammeService(*m_session).startDay(), tr("start the day"),
                        [this](const Status &s) { report(s); });
}

void EventDocument::nextActivity()
{
    pushProgrammeChange(*this, *undoStack(Page::Programme), *m_session, ProgrammeService(*m_session).nextActivity(), tr("next activity"),
                        [this](const Status &s) { report(s); });
}

void EventDocument::clearActualTimes()
{
    pushProgrammeChange(*this, *undoStack(Page::Programme), *m_session, ProgrammeService(*m_session).clearActualTimes(),
                        tr("clear the recorded times"), [this](const Status &s) { report(s); });
}

Result<CheckinResult> EventDocument::checkIn(qint64 attendeeId)
{
    return RegistrationService(*m_session, m_meeting).checkIn(attendeeId);
}

Result<CheckinResult> EventDocument::checkInByDocument(const QString &document)
{
    return RegistrationService(*m_session, m_meeting).checkInByDocument(document);
}

Result<CheckinResult> EventDocument::undoCheckIn(qint64 attendeeId)
{
    return RegistrationService(*m_session, m_meeting).undoCheckIn(attendeeId);
}

Result<PersonalData::PurgeReport> EventDocument::purgePersonalData()
{
    auto purged = RegistrationService(*m_session, m_meeting).purgePersonalData();
    // Undo steps may name people who are no longer in the file.
    for (QUndoStack *stack : m_undoStacks)
        stack->clear();
    return purged;
}

Result<Attendee> EventDocument::registerWalkIn(const Attendee &attendee)
{
    return RegistrationService(*m_session, m_meeting).registerWalkIn(attendee);
}

Result<Attendee> EventDocument::updateAttendee(const Attendee &attendee)
{
    TRY_LET(before, RegistrationService(*m_session, m_meeting).findById(attendee.id));
    if (!*before)
        return Error{tr("That person is no longer on the list.")};
    const Attendee was = **before;
    auto stored = RegistrationService(*m_session, m_meeting).updateAttendee(attendee);
    if (!stored)
        return stored;
    const auto apply = [this](const Attendee &, const Attendee &to) {
        return statusOf(RegistrationService(*m_session, m_meeting).updateAttendee(to));
    };
    undoStack()->push(new ChangeCommand<Attendee>(tr("edit %1's details").arg(stored->fullName()), was, *stored, apply,
                                                  [this](const Status &s) { report(s); }, -1, {}));
    return stored;
}

Result<AttendeeImport::Report> EventDocument::importAttendees(const AttendeeImport::Plan &plan)
{
    return RegistrationService(*m_session, m_meeting).import(plan);
}

Result<Mesa> EventDocument::addMesa(const Mesa &mesa)
{
    return MesasService(*m_session).addMesa(mesa);
}

void EventDocument::updateMesa(const Mesa &mesa)
{
    const auto before = std::find_if(m_mesas.begin(), m_mesas.end(), [&](const Mesa &m) { return m.id == mesa.id; });
    if (before == m_mesas.end() || *before == mesa)
        return;
    const Mesa was = *before;
    const auto apply = [this](const Mesa &, const Mesa &to) { return MesasService(*m_session).updateMesa(to); };
    if (Status written = apply(was, mesa); !written)
        return report(written);
    undoStack(Page::Mesas)->push(new ChangeCommand<Mesa>(tr("edit mesa %1").arg(mesa.code), was, mesa, apply,
                                             [this](const Status &s) { report(s); }, MesaId, QString::number(mesa.id)));
}

Status EventDocument::removeMesa(qint64 mesaId)
{
    TRY(MesasService(*m_session).removeMesa(mesaId));
    // Earlier steps may refer to the mesa that is gone.
    for (QUndoStack *stack : m_undoStacks)
        stack->clear();
    return {};
}

void EventDocument::setMembership(const QHash<qint64, qint64> &membership, const QString &description)
{
    // Only the people whose seat changes: the undo step stands for them alone.
    QHash<qint64, qint64> before;
    QHash<qint64, qint64> after;
    for (auto it = membership.cbegin(); it != membership.cend(); ++it) {
        if (m_membership.value(it.key()) != it.value()) {
            before.insert(it.key(), m_membership.value(it.key()));
            after.insert(it.key(), it.value());
        }
    }
    for (auto it = m_membership.cbegin(); it != m_membership.cend(); ++it) {
        if (!membership.contains(it.key())) {
            before.insert(it.key(), it.value());
            after.insert(it.key(), 0);
        }
    }
    if (after.isEmpty())
        return;
    const auto apply = [this](const QHash<qint64, qint64> &, const QHash<qint64, qint64> &to) {
        QList<MesasService::Seat> seats;
        seats.reserve(to.size());
        for (auto it = to.cbegin(); it != to.cend(); ++it)
            seats.append({it.key(), it.value()});
        return MesasService(*m_session).seat(seats);
    };
    if (Status written = apply(before, after); !written)
        return report(written);
    undoStack(Page::Mesas)->push(new ChangeCommand<QHash<qint64, qint64>>(description, before, after, apply,
                                                              [this](const Status &s) { report(s); }, -1, {}));
}

void EventDocument::seat(qint64 attendeeId, qint64 mesaId, const QString &description)
{
    QHash<qint64, qint64> seats = m_membership;
    if (mesaId == 0)
        seats.remove(attendeeId);
    else
        seats.insert(attendeeId, mesaId);
    setMembership(seats, description);
}

static Status writeCommitment(EventSession &session, const std::optional<Commitment> &from, const std::optional<Commitment> &to)
{
    if (to)
        return statusOf(MesasService(session).saveCommitment(*to));
    if (from)
        return MesasService(session).removeCommitment(from->id);
    return {};
}

void EventDocument::pushCommitmentStep(QUndoStack &stack, const QString &description, const std::optional<Commitment> &from,
                                       const std::optional<Commitment> &to, const QString &mergeKey)
{
    // Done already; undo and redo write the difference again, keeping the id.
    stack.push(new ChangeCommand<std::optional<Commitment>>(
        description, from, to, [this](const auto &was, const auto &now) { return writeCommitment(*m_session, was, now); },
        [this](const Status &s) { report(s); }, CommitmentId, mergeKey));
}

Result<Commitment> EventDocument::addCommitment(const Commitment &commitment, const QString &description)
{
    TRY_LET(saved, MesasService(*m_session).saveCommitment(commitment));
    pushCommitmentStep(*undoStack(), description, std::nullopt, *saved);
    return saved;
}

void EventDocument::changeCommitment(const Commitment &commitment, QUndoStack &stack, const QString &description,
                                     const QString &mergeKey, const std::function<Result<Commitment>(const Commitment &)> &save)
{
    const auto before = std::find_if(m_commitments.begin(), m_commitments.end(),
                                     [&](const Commitment &c) { return c.id == commitment.id; });
    if (before == m_commitments.end() || *before == commitment)
        return;
    const std::optional<Commitment> was = *before;
    auto saved = save(commitment);
    if (!saved)
        return report(saved.error());
    pushCommitmentStep(stack, description, was, *saved, mergeKey);
}

void EventDocument::updateCommitment(const Commitment &commitment, const QString &description, const QString &mergeKey)
{
    // Made from the revision this window last read: a mesa's browser that
    // saved in between is not overwritten (the window is told, and reloads).
    const auto before = std::find_if(m_commitments.cbegin(), m_commitments.cend(),
                                     [&](const Commitment &c) { return c.id == commitment.id; });
    const std::optional<qint64> madeFrom = before != m_commitments.cend() ? std::optional(before->revision) : std::nullopt;
    changeCommitment(commitment, *undoStack(), description, mergeKey,
                     [this, madeFrom](const Commitment &c) { return MesasService(*m_session).saveCommitment(c, madeFrom); });
}

void EventDocument::amendCommitment(const Commitment &commitment, const QString &description, const QString &mergeKey)
{
    changeCommitment(commitment, *undoStack(Page::Plenary), description, mergeKey,
                     [this](const Commitment &c) { return PlenaryService(*m_session).amend(c); });
}

void EventDocument::removeCommitment(qint64 id)
{
    const auto before = std::find_if(m_commitments.begin(), m_commitments.end(), [&](const Commitment &c) { return c.id == id; });
    if (before == m_commitments.end())
        return;
    const std::optional<Commitment> was = *before;
    if (Status written = writeCommitment(*m_session, was, std::nullopt); !written)
        return report(written);
    pushCommitmentStep(*undoStack(), tr("delete \"%1\"").arg(was->title), was, std::nullopt);
}

bool EventDocument::decide(const Commitment &commitment, const Decision &decision)
{
    const auto before = std::find_if(m_commitments.begin(), m_commitments.end(),
                                     [&](const Commitment &c) { return c.id == commitment.id; });
    const Commitment was = before != m_commitments.end() ? *before : commitment;
    auto decided = PlenaryService(*m_session).decide(commitment.id, decision);
    if (!decided) {
        report(decided.error());
        return false;
    }
    const auto apply = [this](const Commitment &, const Commitment &to) {
        if (Decisions::isDecision(to.status))
            return statusOf(PlenaryService(*m_session).decide(to.id, {to.status, to.mergedInto, to.plenaryNote}));
        return PlenaryService(*m_session).restoreDecision(to);
    };
    undoStack(Page::Plenary)->push(new ChangeCommand<Commitment>(
        tr("decide on \"%1\": %2").arg(was.title, displayNameOf(decision.status).toLower()), was, *decided, apply,
        [this](const Status &s) { report(s); }, -1, {}));
    return true;
}

} // namespace taller

namespace taller {

namespace {

// A decision of the process, taken back as the batch it recorded.
class ProcessDecisionCommand : public WrittenCommand
{
public:
    ProcessDecisionCommand(const QString &text, EventSession &session, std::function<Result<qint64>()> act, qint64 batch, Report report)
        : WrittenCommand(text, std::move(report))
        , m_session(session)
        , m_act(std::move(act))
        , m_batch(batch)
    {
    }

protected:
    Status redoChange() override
    {
        TRY_LET(batch, m_act());
        m_batch = *batch;
        return {};
    }
    Status undoChange() override { return ProcessService(m_session).undo(m_batch); }

private:
    EventSession &m_session;
    std::function<Result<qint64>()> m_act;
    qint64 m_batch;
};

} // namespace

Status EventDocument::startProcess()
{
    TRY_LET(started, ProcessService(*m_session).start());
    return {};
}

void EventDocument::setInitiativeScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value)
{
    ProcessService service(*m_session);
    auto before = service.score(initiativeId, criterionId, scorer);
    if (!before) {
        report(before.error());
        return;
    }
    if (Status set = service.setScore(initiativeId, criterionId, scorer, value); !set) {
        report(set);
        return;
    }
    auto apply = [this, initiativeId, criterionId, scorer](const std::optional<int> &, const std::optional<int> &to) {
        return ProcessService(*m_session).setScore(initiativeId, criterionId, scorer, to);
    };
    undoStack(Page::Process)->push(new ChangeCommand<std::optional<int>>(tr("score initiative %1").arg(initiativeId), *before, value, apply,
                                                           [this](const Status &s) { report(s); }, 5000, {}));
}

bool EventDocument::processDecision(const std::function<Result<qint64>()> &act, const QString &description)
{
    auto batch = act();
    if (!batch) {
        report(batch.error());
        return false;
    }
    undoStack(Page::Process)->push(new ProcessDecisionCommand(description, *m_session, act, *batch, [this](const Status &s) { report(s); }));
    return true;
}

void EventDocument::setMeeting(MeetingRef meeting)
{
    if (meeting == m_meeting)
        return;
    m_meeting = meeting;
    emit meetingChanged();
    // The desk and the acta now show that meeting.
    emit attendeesChanged();
    emit actaChanged();
}

bool EventDocument::isWorkshop() const
{
    return m_meeting.id == WorkshopMeetingId;
}

QString EventDocument::pathBeside(const QString &suffix) const
{
    const QFileInfo event(path());
    return event.absolutePath() + u'/' + event.completeBaseName() + suffix;
}

} // namespace taller
