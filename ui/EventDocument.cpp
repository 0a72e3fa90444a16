#include "EventDocument.h"

#include "Clock.h"
#include "domain/LiveSchedule.h"
#include "storage/AgendaRepository.h"
#include "storage/AttendeeRepository.h"
#include "storage/EventRepository.h"
#include "storage/MesaRepository.h"

#include <QSysInfo>
#include <QUndoCommand>

namespace taller {

// Ids that let consecutive edits of the same field merge into one undo step.
enum CommandId { ChangeEventFieldId = 1000, ChangeAgendaId = 2000 };

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

EventDocument::EventDocument(std::unique_ptr<EventFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_desk(QSysInfo::machineHostName())
{
    // A failure here leaves defaults on screen; the window reports it.
    (void)reloadDetails();
    (void)reloadAgenda();
}

EventDocument::~EventDocument() = default;

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
