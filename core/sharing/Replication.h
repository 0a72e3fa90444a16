#pragma once

#include "base/EventFile.h"

#include <QByteArray>

struct sqlite3_session;

namespace taller {

// How the event itself travels from the hub to its desks (see ARCHITECTURE.md,
// "The team on one event"): as SQLite's own session changesets, one per
// committed change, and as a whole snapshot when a desk joins or cannot
// follow. Every table travels (the search index's too, so a desk's search is
// the hub's) except the hub's and the desk's own records (hub_*, desk_*) and
// SQLite's internals.
namespace replication {

// Whether a table's rows travel to desks.
bool isShared(const QString &table);

// Records what the connection changes in the shared tables from now on,
// until destroyed. Several may record at once (the hub's transaction, an
// operation inside it).
class ChangeRecorder
{
public:
    explicit ChangeRecorder(EventFile &file);
    ~ChangeRecorder();
    ChangeRecorder(const ChangeRecorder &) = delete;
    ChangeRecorder &operator=(const ChangeRecorder &) = delete;

    // False when SQLite could not start recording (then changes() fails).
    bool isRecording() const { return m_session != nullptr; }
    bool isEmpty() const;
    Result<QByteArray> changes() const;

private:
    sqlite3_session *m_session = nullptr;
};

enum class Conflicts {
    // Undoing this device's own changes, newest first: any conflict means the
    // copy is not what it recorded, and nothing is applied.
    Refuse,
    // The hub's changes over a desk's copy: the hub's rows win; a row already
    // gone stays gone. A conflict no row can settle (a unique document held
    // by another row) refuses the whole, and the desk asks for a snapshot.
    HubWins,
};

// Applies changes inside the transaction under way (EventFile::write), with
// the file's triggers off: each change arrives with what its triggers did
// where it was made (the search index, a cascade), and the rules the
// triggers hold were met there.
Status apply(EventFile &file, const QByteArray &changes, Conflicts conflicts);
Result<QByteArray> inverted(const QByteArray &changes);

// The whole event as the hub has it now, without hub_* and desk_* rows: the
// bytes of an SQLite file. Made through a copy in a private temporary
// folder; the event file itself is only read.
Result<QByteArray> snapshot(EventFile &file);
// Replaces everything in the file with a snapshot, keeping the desk's own
// records (desk_*) as they are, in one step that either happens whole or not
// at all. Outside any transaction.
Status adopt(EventFile &file, const QByteArray &snapshot);
// Writes a snapshot as a new event file at path (refusing an existing one),
// on disk before it returns.
Status writeSnapshot(const QByteArray &snapshot, const QString &path);

} // namespace replication
} // namespace taller
