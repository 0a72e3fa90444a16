#include "EventDocument.h"

#include "storage/AgendaRepository.h"
#include "storage/EventRepository.h"
#include "storage/MesaRepository.h"

#include <QUndoCommand>

namespace taller {

// Ids that let consecutive edits of the same field merge into one undo step.
enum CommandId { ChangeEventFieldId = 1000 };

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

EventDocument::EventDocument(std::unique_ptr<EventFile> file, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
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
