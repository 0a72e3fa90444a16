#include "process/Deliverables.h"

#include "base/Clock.h"
#include "acta/ActaRepository.h"
#include "base/SqlStatement.h"
#include "base/Text.h"
#include "meetings/MeetingRepository.h"

#include <QSet>

#include <algorithm>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QDate dateOf(const QVariant &stored)
{
    const QString text = stored.toString();
    QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    // Stored times are UTC: the day a person saw is the local one.
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (at.isValid() && text.size() > 10)
        date = at.toLocalTime().date();
    return date;
}

} // namespace

int DeliverableBoard::Row::missing() const
{
    int n = 0;
    for (const DeliverableCell &c : cells)
        n += c.missing();
    return n;
}

QList<Deliverable> Deliverables::defaults(int formulationStage)
{
    return {
        {0, formulationStage, tr("Acta de Acuerdos signed with civil society"), 1, DeliverableSource::Minutes},
        {0, formulationStage, tr("Fichas of proposed activities"), 5, DeliverableSource::Fichas},
    };
}

QString Deliverables::cellText(const DeliverableCell &cell)
{
    if (cell.isComplete())
        return tr("%1 of %2").arg(cell.received).arg(cell.expected);
    return tr("%1 of %2 (%3 missing)").arg(cell.received).arg(cell.expected).arg(cell.missing());
}

Result<QList<Deliverable>> DeliverableRepository::deliverables() const
{
    return SqlStatement::rows(m_file.database(), u"SELECT id, stage, name, expected, counts FROM deliverable ORDER BY stage, position, id"_s,
                              {}, [](const SqlStatement &row) {
                                  RowReader r(row);
                                  return Deliverable{.id = r.id(),
                                                     .stage = r.number(),
                                                     .name = r.text(),
                                                     .expected = r.number(),
                                                     .source = fromKey<DeliverableSource>(r.text()).value_or(DeliverableSource::Manual)};
                              });
}

Result<Deliverable> DeliverableRepository::addDeliverable(const Deliverable &deliverable)
{
    if (deliverable.name.trimmed().isEmpty())
        return Error{tr("A deliverable needs a name.")};
    if (deliverable.stage < 1)
        return Error{tr("A deliverable belongs to a stage (1 or more).")};
    if (deliverable.expected < 1)
        return Error{tr("A deliverable is expected at least once from each organisation.")};
    Deliverable added = deliverable;
    added.name = deliverable.name.simplified();
    TRY(m_file.write([&]() -> Status {
        TRY_LET(id, SqlStatement::insert(m_file.database(),
                                         u"INSERT INTO deliverable (stage, position, name, expected, counts) VALUES "
                                         "(?, (SELECT coalesce(max(position), 0) + 1 FROM deliverable WHERE stage = ?), ?, ?, ?)"_s,
                                         {added.stage, added.stage, added.name, added.expected, keyOf(added.source)}));
        added.id = *id;
        return {};
    }));
    return added;
}

Status DeliverableRepository::addDefaults(int formulationStage)
{
    return m_file.write([&]() -> Status {
        TRY_LET(existing, SqlStatement::scalar(m_file.database(), u"SELECT count(*) FROM deliverable"_s));
        if (existing->toInt() > 0)
            return {};
        for (const Deliverable &d : Deliverables::defaults(formulationStage)) {
            TRY(addDeliverable(d));
        }
        return {};
    });
}

Result<QStringList> DeliverableRepository::organisations() const
{
    QStringList names;
    QSet<QString> seen;
    auto take = [&](const QString &sql) -> Status {
        SqlStatement query(m_file.database(), sql);
        TRY(query.exec());
        while (query.next()) {
            const QString name = query.value(0).toString().simplified();
            if (!name.isEmpty() && !seen.contains(foldForMatching(name))) {
                seen.insert(foldForMatching(name));
                names.append(name);
            }
        }
        return {};
    };
    for (const QString &sql : {u"SELECT name FROM process_organisation ORDER BY position, id"_s,
                               u"SELECT DISTINCT organisation FROM initiative ORDER BY organisation"_s,
                               u"SELECT DISTINCT organisation FROM meeting WHERE kind = 'meeting' ORDER BY organisation"_s}) {
        TRY(take(sql));
    }
    return names;
}

Status DeliverableRepository::addOrganisation(const QString &name)
{
    const QString simplified = name.simplified();
    if (simplified.isEmpty())
        return Error{tr("An organisation needs a name.")};
    return m_file.write([&]() -> Status {
        SqlStatement insert(m_file.database(),
                            u"INSERT OR IGNORE INTO process_organisation (position, name) VALUES "
                            "((SELECT coalesce(max(position), 0) + 1 FROM process_organisation), ?)"_s);
        insert.bind(simplified);
        return insert.exec();
    });
}

Status DeliverableRepository::receive(qint64 deliverableId, const QString &organisation, int received, const QDate &on,
                                      const QString &note)
{
    const QString name = organisation.simplified();
    if (name.isEmpty())
        return Error{tr("Say which organisation delivered it.")};
    if (received < 0)
        return Error{tr("How many were received cannot be negative.")};
    if (!on.isValid())
        return Error{tr("Say on which date it was received.")};
    return m_file.write([&]() -> Status {
        TRY_LET(all, deliverables());
        const auto found = std::find_if(all->cbegin(), all->cend(), [&](const Deliverable &d) { return d.id == deliverableId; });
        if (found == all->cend())
            return Error{tr("There is no deliverable %1.").arg(deliverableId)};
        if (found->source == DeliverableSource::Fichas)
            return Error{tr("\"%1\" counts the fichas the file holds: import or type the organisation's fichas instead.")
                             .arg(found->name)};
        if (found->source == DeliverableSource::Minutes)
            return Error{tr("\"%1\" counts the signed minutes of the organisation's meetings at stage %2: close and sign "
                            "them instead.")
                             .arg(found->name)
                             .arg(romanNumeral(found->stage))};
        TRY_LET(known, organisations());
        const auto match = std::find_if(known->cbegin(), known->cend(),
                                        [&](const QString &k) { return foldForMatching(k) == foldForMatching(name); });
        if (match == known->cend())
            return Error{tr("\"%1\" is not an organisation of the process. Add it first (organisation add).").arg(name)};
        SqlStatement upsert(m_file.database(),
                            u"INSERT INTO deliverable_receipt (deliverable_id, organisation, received, received_on, note) "
                            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (deliverable_id, organisation) DO UPDATE SET "
                            "received = excluded.received, received_on = excluded.received_on, note = excluded.note"_s);
        upsert.bind(deliverableId).bind(*match).bind(received).bind(on.toString(Qt::ISODate)).bind(note.trimmed());
        return upsert.exec();
    });
}

Result<QHash<QString, DeliverableCell>> DeliverableRepository::received(const Deliverable &d) const
{
    // Read once per deliverable, keyed by the organisation's folded name.
    QHash<QString, DeliverableCell> cells;
    auto take = [&](const QString &organisation, int count, const QDate &on, const QString &note) {
        DeliverableCell &cell = cells[foldForMatching(organisation)];
        cell.received += count;
        cell.lastReceived = std::max(cell.lastReceived, on);
        if (!note.isEmpty())
            cell.note = note;
    };
    switch (d.source) {
    case DeliverableSource::Manual: {
        SqlStatement query(m_file.database(), u"SELECT organisation, received, received_on, note FROM deliverable_receipt "
                                              "WHERE deliverable_id = ?"_s);
        query.bind(d.id);
        TRY(query.exec());
        while (query.next())
            take(query.value(0).toString(), query.value(1).toInt(), dateOf(query.value(2)), query.value(3).toString());
        break;
    }
    case DeliverableSource::Fichas: {
        SqlStatement query(m_file.database(), u"SELECT organisation, created_at FROM initiative"_s);
        TRY(query.exec());
        while (query.next())
            take(query.value(0).toString(), 1, dateOf(query.value(1)), {});
        break;
    }
    case DeliverableSource::Minutes: {
        TRY_LET(meetings, MeetingRepository(m_file).all());
        for (const Meeting &m : std::as_const(*meetings)) {
            if (m.isWorkshop() || m.stage != d.stage || m.organisation.isEmpty())
                continue;
            // Read-only: a meeting whose minutes were never started has none.
            const ActaRepository acta(m_file, m.id);
            TRY_LET(versions, acta.versions());
            if (versions->isEmpty())
                continue;
            TRY_LET(people, acta.signatories(versions->last().version));
            if (ActaRepository::statusOf(versions->last(), *people) != ActaStatus::Signed)
                continue;
            QDate last;
            for (const Signatory &s : std::as_const(*people))
                last = std::max(last, s.signedAt.date());
            take(m.organisation, 1, last, {});
        }
        break;
    }
    }
    return cells;
}

Result<DeliverableBoard> DeliverableRepository::board(int stage) const
{
    DeliverableBoard board;
    TRY_LET(all, deliverables());
    for (const Deliverable &d : std::as_const(*all)) {
        if (stage == 0 || d.stage == stage)
            board.deliverables.append(d);
    }
    TRY_LET(names, organisations());
    QList<QHash<QString, DeliverableCell>> receivedBy;
    for (const Deliverable &d : std::as_const(board.deliverables)) {
        TRY_LET(cells, received(d));
        receivedBy.append(*cells);
    }
    for (const QString &name : std::as_const(*names)) {
        DeliverableBoard::Row row;
        row.organisation = name;
        for (int i = 0; i < board.deliverables.size(); ++i) {
            DeliverableCell c = receivedBy.at(i).value(foldForMatching(name));
            c.expected = board.deliverables.at(i).expected;
            row.cells.append(c);
        }
        board.rows.append(row);
    }
    return board;
}

namespace {

QString stageHeading(const Deliverable &d)
{
    return DeliverableDocument::tr("Stage %1").arg(romanNumeral(d.stage));
}

// The board and the reminders are dated today, under the institution's name.
PrintedDocument datedDocument(const QString &title, const QString &subtitleOfDate, const QString &institution)
{
    const QString today = QLocale().toString(Clock::currentDate(), QLocale::LongFormat);
    PrintedDocument document(title);
    document.setRunningHeader(institution, today);
    document.addTitle(title);
    document.addSubtitle(subtitleOfDate.arg(today));
    return document;
}

} // namespace

PrintedDocument DeliverableDocument::board(const DeliverableBoard &board, const QString &institution)
{
    PrintedDocument document = datedDocument(
        tr("Board of deliverables"), tr("What each organisation has delivered, stage by stage, as of %1"), institution);
    if (board.deliverables.isEmpty() || board.rows.isEmpty()) {
        document.addParagraph(board.deliverables.isEmpty() ? tr("No deliverables have been defined.")
                                                           : tr("No organisations take part yet."));
        return document;
    }
    // One table per deliverable keeps every column readable on paper,
    // however many deliverables there are.
    for (int i = 0; i < board.deliverables.size(); ++i) {
        const Deliverable &d = board.deliverables.at(i);
        document.addHeading(u"%1 · %2"_s.arg(stageHeading(d), d.name));
        PrintedDocument::Table table;
        table.columns = {{tr("Organisation"), 80, Qt::AlignLeft}, {tr("Received"), 45, Qt::AlignLeft},
                         {tr("Status"), 25, Qt::AlignLeft}, {tr("Last received"), 30, Qt::AlignLeft}};
        int complete = 0;
        for (const DeliverableBoard::Row &row : board.rows) {
            const DeliverableCell &c = row.cells.at(i);
            complete += c.isComplete() ? 1 : 0;
            table.rows.append({{row.organisation, {}, false},
                               {Deliverables::cellText(c), c.note, false},
                               {c.isComplete() ? tr("Complete") : tr("MISSING"), {}, !c.isComplete()},
                               {c.lastReceived.isValid() ? c.lastReceived.toString(u"dd/MM/yyyy"_s) : u"—"_s, {}, false}});
        }
        document.addParagraph(tr("%1 of %2 organisations complete.").arg(complete).arg(board.rows.size()));
        document.addTable(table);
    }
    return document;
}

PrintedDocument DeliverableDocument::reminders(const DeliverableBoard &board, const QString &institution)
{
    PrintedDocument document =
        datedDocument(tr("Reminders of deliverables"), tr("What each organisation still owes, as of %1"), institution);
    int owing = 0;
    for (const DeliverableBoard::Row &row : board.rows) {
        if (row.missing() == 0)
            continue;
        ++owing;
        document.addHeading(row.organisation);
        for (int i = 0; i < board.deliverables.size(); ++i) {
            const DeliverableCell &c = row.cells.at(i);
            if (c.isComplete())
                continue;
            const Deliverable &d = board.deliverables.at(i);
            document.addParagraph(tr("– %1 (%2): %3 received of %4; %5 missing.")
                         .arg(d.name, stageHeading(d))
                         .arg(c.received)
                         .arg(c.expected)
                         .arg(c.missing()));
        }
    }
    if (owing == 0)
        document.addParagraph(tr("Every organisation has delivered everything: there is nothing to remind."));
    return document;
}

} // namespace taller
