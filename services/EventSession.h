#pragma once

#include "base/EventFile.h"
#include "base/Result.h"
#include "sharing/Operation.h"

#include <QFlags>
#include <QObject>

#include <functional>
#include <memory>

namespace taller {

// The parts of an event a change can touch; the window reloads only those.
enum class Section {
    Details = 0x01,
    Programme = 0x02,
    Attendees = 0x04,
    Mesas = 0x08,
    Commitments = 0x10,
    Plenary = 0x20,
    Acta = 0x40,
    Process = 0x80,
    Meetings = 0x100,
};
Q_DECLARE_FLAGS(Sections, Section)
Q_DECLARE_OPERATORS_FOR_FLAGS(Sections)
constexpr Sections AllSections = Sections(0x1ff);

// The meeting a use case acts on: the workshop (meeting 1) unless another
// meeting of the process is named.
struct MeetingRef
{
    qint64 id = 1;
    friend bool operator==(MeetingRef, MeetingRef) = default;
};

// Where a desk's copy keeps the operations it makes for its hub (DeskCopy):
// work is the operation done in the copy; both are kept in one transaction.
class OperationJournal
{
public:
    virtual ~OperationJournal() = default;
    virtual Status record(const Operation &operation, const std::function<Status()> &work) = 0;
};

// One open event file and who is working on it: the one thing every service
// is handed. It announces each change a service commits, and notices the
// commits other processes (a second desk, the CLI) make to the same file.
class EventSession : public QObject
{
    Q_OBJECT

public:
    explicit EventSession(std::unique_ptr<EventFile> file, QString desk = {}, QObject *parent = nullptr);
    ~EventSession() override;

    // A desk's copy of a hub's event (one made by joining) is opened with its
    // journal: see journal().
    static Result<std::unique_ptr<EventSession>> open(const QString &path, const QString &desk = {});

    EventFile &file() { return *m_file; }
    QString path() const { return m_file->path(); }
    // Opened read-only (read-only media, a write-protected file): every
    // change is refused with readOnlyMessage().
    bool isReadOnly() const { return m_file->isReadOnly(); }
    QString readOnlyMessage() const { return m_file->readOnlyMessage(); }
    // The registration desk's name, recorded with each check-in.
    QString desk() const { return m_desk; }

    // On a desk's copy, where the registration desk's operations are kept for
    // the hub; nullptr on any other event. The session owns it.
    OperationJournal *journal() const { return m_journal.get(); }
    void setJournal(std::unique_ptr<OperationJournal> journal);
    // Runs work, recording operation in the journal when there is one; an
    // operation is made only then (it may need to read the file).
    template <typename T>
    Result<T> journaled(const std::function<Operation()> &operation, const std::function<Result<T>()> &work);

    // Called by services after a change is committed to disk.
    void announce(Sections sections);
    // Hands result back, announcing sections when it says the change was
    // committed: how a service ends a use case that writes.
    template <typename T> Result<T> announced(Result<T> result, Sections sections)
    {
        if (result)
            announce(sections);
        return result;
    }
    // Compares the file's data_version with the last one seen; when another
    // connection committed since, announces every section as external.
    bool pollExternalChanges();
    // Whether anything changed since the last backup (for periodic backups).
    bool changedSinceBackup() const { return m_changedSinceBackup; }
    void setChangedSinceBackup(bool changed) { m_changedSinceBackup = changed; }

signals:
    void changed(taller::Sections sections, bool external);
    // The file had to be taken hold of again before a change could be saved
    // (see EventFile::takeRecoveryNote); note says what happened.
    void recovered(const QString &note);

private:
    std::unique_ptr<EventFile> m_file;
    // Declared after the file: destroyed first, while the file is open.
    std::unique_ptr<OperationJournal> m_journal;
    QString m_desk;
    qint64 m_dataVersion = -1;
    bool m_changedSinceBackup = false;
};

template <typename T>
Result<T> EventSession::journaled(const std::function<Operation()> &operation, const std::function<Result<T>()> &work)
{
    if (!m_journal)
        return work();
    std::optional<Result<T>> result;
    const Status recorded = m_journal->record(operation(), [&]() -> Status {
        result = work();
        if (!*result)
            return result->error();
        return {};
    });
    if (!recorded)
        return recorded.error();
    return std::move(*result);
}

} // namespace taller
