#include "EventSession.h"

#include "DeskCopy.h"
#include "registration/AttendeeRepository.h"

namespace taller {

EventSession::EventSession(std::unique_ptr<EventFile> file, QString desk, QObject *parent)
    : QObject(parent)
    , m_file(std::move(file))
    , m_desk(std::move(desk))
{
    if (auto version = m_file->dataVersion())
        m_dataVersion = *version;
    // A desk's copy keeps its operations for the hub, whoever opens it.
    if (!m_file->isReadOnly()) {
        if (auto link = DeskCopy::linkOf(*m_file); link && link->has_value()) {
            // The desk is the device the hub knows, whatever the caller says.
            m_desk = link->value().deviceName;
            m_journal = std::make_unique<DeskCopy>(*this, link->value());
        }
    }
    // People's keys left empty (a file from before them, a name changed by
    // another program) are filled by the file's owner; a desk's copy takes
    // them from its hub. A failure only leaves lists sorted the slow way.
    if (!m_file->isReadOnly() && !m_journal)
        (void)AttendeeRepository(*m_file).fillPeopleKeys();
}

void EventSession::setJournal(std::unique_ptr<OperationJournal> journal)
{
    m_journal = std::move(journal);
}

EventSession::~EventSession() = default;

Result<std::unique_ptr<EventSession>> EventSession::open(const QString &path, const QString &desk)
{
    TRY_LET(file, EventFile::open(path));
    return std::make_unique<EventSession>(std::move(file.value()), desk);
}

void EventSession::announce(Sections sections)
{
    m_changedSinceBackup = true;
    if (const QString note = m_file->takeRecoveryNote(); !note.isEmpty())
        emit recovered(note);
    emit changed(sections, false);
}

bool EventSession::pollExternalChanges()
{
    // data_version moves only for commits made through other connections.
    auto version = m_file->dataVersion();
    if (!version || *version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    m_changedSinceBackup = true;
    emit changed(AllSections, true);
    return true;
}

} // namespace taller
