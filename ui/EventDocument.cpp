#include "EventDocument.h"

#include "base/Clock.h"
#include "programme/LiveSchedule.h"
#include "programme/AgendaRepository.h"
#include "mesas/CommitmentImport.h"
#include "registration/AttendeeRepository.h"
#include "base/Backups.h"
#include "mesas/CommitmentRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"

#include <QSysInfo>
#include <QUndoCommand>

namespace taller {

// Ids that let consecutive edits of the same field merge into one undo step.
enum CommandId { ChangeEventFieldId = 1000, ChangeAgendaId = 2000, ChangeMesaId = 3000, ChangeCommitmentId = 4000 };

class ChangeEventFieldCommand : public QUndoCommand
{
public:
    ChangeEventFieldCommand(EventDocument &document, EventField field, QVariant oldValue, QVariant newValue)
        : m_document(document)
        , m_field(field)
        , m_oldValue(std::move(oldValue))
        , m_newValue(std::move(newValue))
    {
        setText(QCoreApplication::translate("taller::EventDocument", "edit event details"));
    }

    void redo() override { apply(m_newValue); }
    void undo() override { apply(m_oldValue); }
    int id() const override { return ChangeEventFieldId + int(m_field); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeEventFieldCommand *>(other);
        if (next->m_field != m_field)
            return false;
        m_newValue = next->m_newValue;
        return true;
    }

private:
    void apply(const QVariant &value)
    {
        EventDetails details = m_document.details();
        setEventFieldValue(details, m_field, value);
        if (Status written = m_document.writeDetails(details); !written) {
            setObsolete(true);
            emit m_document.errorOccurred(written.errorMessage());
        }
    }

    EventDocument &m_document;
    EventField m_field;
    QVariant m_oldValue;
    QVariant m_newValue;
};

// The programme is a few dozen rows: each change keeps the whole before and
// after, which makes reorders, inserts and live records undo alike.
class ChangeAgendaCommand : public QUndoCommand
{
public:
    ChangeAgendaCommand(EventDocument &document, QList<AgendaItem> before, QList<AgendaItem> after,
                        const QString &description, QString mergeKey)
        : m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_mergeKey(std::move(mergeKey))
    {
        setText(description);
    }

    void redo() override
    {
        // New items get their ids on the first write; keep them for redo.
        if (apply(m_after))
            m_after = m_document.agenda();
    }
    void undo() override { apply(m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : ChangeAgendaId; }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeAgendaCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    bool apply(const QList<AgendaItem> &items)
    {
        if (Status written = m_document.writeAgenda(items); !written) {
            setObsolete(true);
            emit m_document.errorOccurred(written.errorMessage());
            return false;
        }
        return true;
    }

    EventDocument &m_document;
    QList<AgendaItem> m_before;
    QList<AgendaItem> m_after;
    QString m_mergeKey;
};

class ChangeMesaCommand : public QUndoCommand
{
public:
    ChangeMesaCommand(EventDocument &document, Mesa before, Mesa after)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(QCoreApplication::translate("taller::EventDocument", "edit mesa %1").arg(m_after.code));
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }
    int id() const override { return ChangeMesaId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeMesaCommand *>(other);
        if (next->m_after.id != m_after.id)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    void apply(const Mesa &mesa)
    {
        Status status = MesaRepository(m_document.file()).update(mesa);
        if (status)
            status = m_document.reloadAgenda();
        if (!status) {
            setObsolete(true);
            emit m_document.errorOccurred(status.errorMessage());
            (void)m_document.reloadAgenda();
        }
        emit m_document.mesasChanged();
    }
    EventDocument &m_document;
    Mesa m_before;
    Mesa m_after;
};

class ChangeMembershipCommand : public QUndoCommand
{
public:
    ChangeMembershipCommand(EventDocument &document, QHash<qint64, qint64> before, QHash<qint64, qint64> after,
                            const QString &description)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after))
    {
        setText(description);
    }
    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const QHash<qint64, qint64> &seats)
    {
        if (Status status = MesaRepository(m_document.file()).setMembership(seats); !status) {
            setObsolete(true);
            emit m_document.errorOccurred(status.errorMessage());
            (void)m_document.reloadMesas();
            return;
        }
        m_document.m_membership = seats;
        emit m_document.mesasChanged();
    }
    EventDocument &m_document;
    QHash<qint64, qint64> m_before;
    QHash<qint64, qint64> m_after;
};

class ChangeCommitmentCommand : public QUndoCommand
{
public:
    ChangeCommitmentCommand(EventDocument &document, std::optional<Commitment> before, std::optional<Commitment> after,
                            const QString &description, QString mergeKey)
        : m_document(document), m_before(std::move(before)), m_after(std::move(after)), m_mergeKey(std::move(mergeKey))
    {
        setText(description);
    }
    void redo() override { apply(m_before, m_after); }
    void undo() override { apply(m_after, m_before); }
    int id() const override { return m_mergeKey.isEmpty() ? -1 : ChangeCommitmentId; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeCommitmentCommand *>(other);
        if (next->m_mergeKey != m_mergeKey)
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    void apply(const std::optional<Commitment> &from, const std::optional<Commitment> &to)
    {
        if (Status status = m_document.writeCommitment(from, to); !status) {
            setObsolete(true);
            emit m_document.errorOccurred(status.errorMessage());
        }
    }
    EventDocument &m_document;
    std::optional<Commitment> m_before;
    std::optional<Commitment> m_after;
    QString m_mergeKey;
};

EventDocument::EventDocument(std::unique_ptr<EventFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_desk(QSysInfo::machineHostName())
{
    // A failure here leaves defaults on screen; the window reports it.
    (void)reloadDetails();
    (void)reloadAgenda();
    (void)reloadMesas();
    (void)reloadCommitments();

    for (auto signal : {&EventDocument::detailsChanged, &EventDocument::agendaChanged, &EventDocument::attendeesChanged,
                        &EventDocument::mesasChanged, &EventDocument::commitmentsChanged, &EventDocument::actaChanged,
                        &EventDocument::plenaryChanged})
        connect(this, signal, this, [this] { m_changedSinceBackup = true; });
    m_changedSinceBackup = false;
    m_backupTimer.setInterval(3 * 60 * 1000);
    connect(&m_backupTimer, &QTimer::timeout, this, &EventDocument::backUpIfChanged);
    m_backupTimer.start();
}

EventDocument::~EventDocument()
{
    backUpIfChanged();
}

void EventDocument::backUpIfChanged()
{
    if (!m_changedSinceBackup)
        return;
    auto made = Backups::make(*m_file);
    if (!made) {
        emit errorOccurred(made.errorMessage());
        return;
    }
    m_lastBackup = *made;
    m_changedSinceBackup = false;
}

void EventDocument::setEventField(EventField field, const QVariant &value)
{
    const QVariant current = eventFieldValue(m_details, field);
    if (current == value)
        return;
    m_undoStack.push(new ChangeEventFieldCommand(*this, field, current, value));
}

template <typename T>
T EventDocument::announceAttendees(T result)
{
    if (result)
        emit attendeesChanged();
    // Our own commit also moves data_version; do not report it as external.
    if (auto version = m_file->dataVersion())
        m_dataVersion = *version;
    return result;
}

Result<CheckinResult> EventDocument::checkIn(qint64 attendeeId)
{
    return announceAttendees(CheckinRepository(*m_file, m_desk).checkIn(attendeeId));
}

Result<CheckinResult> EventDocument::checkInByDocument(const QString &document)
{
    return announceAttendees(CheckinRepository(*m_file, m_desk).checkInByDocument(document));
}

Result<CheckinResult> EventDocument::undoCheckIn(qint64 attendeeId)
{
    return announceAttendees(CheckinRepository(*m_file, m_desk).undo(attendeeId));
}

Result<Attendee> EventDocument::registerWalkIn(const Attendee &attendee)
{
    Attendee walkIn = attendee;
    walkIn.walkIn = true;
    walkIn.documentNumber = DocumentTypes::normalizedNumber(walkIn.documentNumber);
    if (const auto problems = AttendeeValidation::problems(walkIn); !problems.isEmpty())
        return Error{problems.first().message};
    return announceAttendees(AttendeeRepository(*m_file).add(walkIn));
}

Result<AttendeeImport::Report> EventDocument::importAttendees(const AttendeeImport::Plan &plan)
{
    return announceAttendees(AttendeeImport::commit(*m_file, plan));
}

Result<Mesa> EventDocument::addMesa(const Mesa &mesa)
{
    auto added = MesaRepository(*m_file).add(mesa);
    if (!added)
        return added;
    (void)reloadAgenda();
    emit mesasChanged();
    return added;
}

void EventDocument::updateMesa(const Mesa &mesa)
{
    const auto before = std::find_if(m_mesas.begin(), m_mesas.end(), [&](const Mesa &m) { return m.id == mesa.id; });
    if (before == m_mesas.end() || *before == mesa)
        return;
    m_undoStack.push(new ChangeMesaCommand(*this, *before, mesa));
}

Status EventDocument::removeMesa(qint64 mesaId)
{
    if (Status removed = MesaRepository(*m_file).remove(mesaId); !removed)
        return removed;
    // Earlier steps may refer to the mesa that is gone.
    m_undoStack.clear();
    (void)reloadAgenda();
    (void)reloadMesas();
    return {};
}

void EventDocument::setMembership(const QHash<qint64, qint64> &membership, const QString &description)
{
    if (membership == m_membership)
        return;
    m_undoStack.push(new ChangeMembershipCommand(*this, m_membership, membership, description));
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

Status EventDocument::writeCommitment(const std::optional<Commitment> &before, const std::optional<Commitment> &after)
{
    CommitmentRepository repository(*m_file);
    Status status;
    if (after) {
        auto saved = repository.save(*after);
        status = saved ? Status() : Status(saved.error());
    } else if (before) {
        status = repository.remove(before->id);
    }
    (void)reloadCommitments();
    return status;
}

Result<Commitment> EventDocument::addCommitment(const Commitment &commitment, const QString &description)
{
    auto saved = CommitmentRepository(*m_file).save(commitment);
    if (!saved)
        return saved;
    // Saved already; the command keeps the id so undo and redo reuse it.
    auto *command = new ChangeCommitmentCommand(*this, std::nullopt, *saved, description, {});
    m_undoStack.push(command);
    return saved;
}

void EventDocument::updateCommitment(const Commitment &commitment, const QString &description, const QString &mergeKey)
{
    const auto before = std::find_if(m_commitments.begin(), m_commitments.end(),
                                     [&](const Commitment &c) { return c.id == commitment.id; });
    if (before == m_commitments.end() || *before == commitment)
        return;
    m_undoStack.push(new ChangeCommitmentCommand(*this, *before, commitment, description, mergeKey));
}

void EventDocument::removeCommitment(qint64 id)
{
    const auto before = std::find_if(m_commitments.begin(), m_commitments.end(), [&](const Commitment &c) { return c.id == id; });
    if (before == m_commitments.end())
        return;
    m_undoStack.push(new ChangeCommitmentCommand(*this, *before, std::nullopt, tr("delete \"%1\"").arg(before->title), {}));
}

Result<int> EventDocument::importCommitments(const QString &path, QStringList *problems)
{
    auto plan = CommitmentImport::fromPath(*m_file, path);
    if (!plan)
        return plan.error();
    auto report = CommitmentImport::commit(*m_file, *plan);
    if (!report)
        return report.error();
    if (problems) {
        for (const auto &problem : report->problems)
            problems->append(problem.reason);
    }
    (void)reloadCommitments();
    return report->imported;
}

Status EventDocument::reloadMesas()
{
    auto seats = MesaRepository(*m_file).membership();
    if (!seats)
        return seats.error();
    m_membership = *seats;
    emit mesasChanged();
    return {};
}

Status EventDocument::reloadCommitments()
{
    auto commitments = CommitmentRepository(*m_file).all();
    if (!commitments)
        return commitments.error();
    m_commitments = *commitments;
    emit commitmentsChanged();
    return {};
}

void EventDocument::decide(const Commitment &commitment, CommitmentStatus decision, std::optional<qint64> mergedInto,
                           const QString &note)
{
    Commitment decided = commitment;
    decided.status = decision;
    decided.mergedInto = decision == CommitmentStatus::Merged ? mergedInto : std::nullopt;
    decided.plenaryNote = note;
    updateCommitment(decided, tr("decide on \"%1\": %2").arg(commitment.title, Commitments::displayName(decision).toLower()));
}

void EventDocument::actaEdited()
{
    emit actaChanged();
    (void)reloadCommitments();
}

void EventDocument::pollExternalChanges()
{
    auto version = m_file->dataVersion();
    if (!version)
        return;
    if (m_dataVersion >= 0 && *version != m_dataVersion)
        emit attendeesChanged();
    m_dataVersion = *version;
}

void EventDocument::setAgenda(const QList<AgendaItem> &items, const QString &description, const QString &mergeKey)
{
    if (items == m_agenda)
        return;
    m_undoStack.push(new ChangeAgendaCommand(*this, m_agenda, items, description, mergeKey));
}

Status EventDocument::writeAgenda(const QList<AgendaItem> &items)
{
    auto stored = AgendaRepository(*m_file).replaceAll(items);
    if (!stored)
        return stored.error();
    m_agenda = *stored;
    emit agendaChanged();
    return {};
}

void EventDocument::startDay()
{
    setAgenda(LiveSchedule::started(m_agenda, Clock::currentDateTime()), tr("start the day"));
}

void EventDocument::nextActivity()
{
    setAgenda(LiveSchedule::advanced(m_agenda, Clock::currentDateTime()), tr("next activity"));
}

void EventDocument::clearActualTimes()
{
    setAgenda(LiveSchedule::reset(m_agenda), tr("clear the recorded times"));
}

Status EventDocument::writeDetails(const EventDetails &details)
{
    if (Status saved = EventRepository(*m_file).save(details); !saved)
        return saved;
    m_details = details;
    emit detailsChanged();
    return {};
}

Status EventDocument::reloadDetails()
{
    auto details = EventRepository(*m_file).load();
    if (!details)
        return details.error();
    m_details = *details;
    emit detailsChanged();
    return {};
}

Status EventDocument::reloadAgenda()
{
    auto mesas = MesaRepository(*m_file).load();
    if (!mesas)
        return mesas.error();
    auto agenda = AgendaRepository(*m_file).load();
    if (!agenda)
        return agenda.error();
    m_mesas = *mesas;
    m_agenda = *agenda;
    emit agendaChanged();
    return {};
}

} // namespace taller
