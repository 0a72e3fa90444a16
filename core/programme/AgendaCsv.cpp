#include "programme/AgendaCsv.h"

#include "base/Text.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "programme/AgendaRepository.h"

#include <QHash>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

std::optional<ActivityKind> kindFromText(const QString &text)
{
    const QString folded = foldForMatching(text).replace(u' ', u'_');
    if (auto kind = fromKey<ActivityKind>(folded))
        return kind;
    for (ActivityKind kind : valuesOf<ActivityKind>()) {
        if (foldForMatching(displayNameOf(kind)) == foldForMatching(text))
            return kind;
    }
    static const QHash<QString, ActivityKind> spanish = {
        {u"registro"_s, ActivityKind::Registration}, {u"bienvenida"_s, ActivityKind::Welcome},
        {u"presentacion"_s, ActivityKind::Presentation}, {u"refrigerio"_s, ActivityKind::Break},
        {u"pausa"_s, ActivityKind::Break}, {u"mesas"_s, ActivityKind::WorkingTables},
        {u"mesas_de_trabajo"_s, ActivityKind::WorkingTables}, {u"plenaria"_s, ActivityKind::Plenary},
        {u"firma"_s, ActivityKind::Signing}, {u"almuerzo"_s, ActivityKind::Meal}, {u"otro"_s, ActivityKind::Other},
    };
    if (auto it = spanish.find(folded); it != spanish.end())
        return *it;
    return std::nullopt;
}

} // namespace

const QList<FieldSpec> &AgendaCsv::fields()
{
    static const QList<FieldSpec> list = {
        {u"start"_s, tr("Start"), {u"inicio"_s, u"hora"_s, u"hora de inicio"_s, u"desde"_s, u"start time"_s, u"hora inicio"_s}},
        {u"end"_s, tr("End"), {u"fin"_s, u"hasta"_s, u"hora de fin"_s, u"end time"_s, u"termino"_s, u"hora fin"_s}},
        {u"minutes"_s, tr("Minutes"), {u"minutos"_s, u"duration"_s, u"duracion"_s, u"min"_s, u"tiempo"_s}},
        {u"kind"_s, tr("Kind"), {u"tipo"_s, u"type"_s}},
        {u"title"_s, tr("Title"), {u"titulo"_s, u"actividad"_s, u"activity"_s, u"tema"_s}},
        {u"responsible"_s, tr("Responsible"), {u"responsable"_s, u"ponente"_s, u"expositor"_s, u"a cargo"_s}},
        {u"role"_s, tr("Role"), {u"cargo"_s}},
        {u"organisation"_s, tr("Organisation"), {u"organization"_s, u"organizacion"_s, u"institucion"_s, u"entidad"_s}},
        {u"exposition_minutes"_s, tr("Presentation minutes"), {u"exposition"_s, u"exposicion"_s, u"exp"_s, u"minutos de exposicion"_s}},
        {u"questions_minutes"_s, tr("Questions minutes"), {u"questions"_s, u"preguntas"_s, u"preg"_s, u"minutos de preguntas"_s}},
        {u"mesas"_s, tr("Mesas"), {u"tables"_s}},
        {u"notes"_s, tr("Notes"), {u"notas"_s, u"descripcion"_s, u"description"_s, u"observaciones"_s}},
        {u"actual_start"_s, tr("Actual start"), {u"inicio real"_s}},
        {u"actual_end"_s, tr("Actual end"), {u"fin real"_s}},
    };
    return list;
}

TabularSheet AgendaCsv::sheet(const QList<AgendaItem> &items, QTime dayStart)
{
    TabularSheet sheet;
    sheet.name = tr("Programme");
    for (const FieldSpec &f : fields())
        sheet.header << f.key;
    auto optional = [](const std::optional<int> &value) { return value ? QVariant(*value) : QVariant(QString()); };
    for (const ScheduledItem &s : schedule(items, dayStart)) {
        const AgendaItem &i = s.item;
        sheet.rows.append({s.start.toString(u"HH:mm"_s), s.end.toString(u"HH:mm"_s), i.minutes, keyOf(i.kind), i.title,
                           i.responsible.name, i.responsible.role, i.responsible.organisation, optional(i.expositionMinutes),
                           optional(i.questionsMinutes), i.mesaCodes.join(u' '), i.notes,
                           i.actualStart.isValid() ? i.actualStart.toString(Qt::ISODate) : QString(),
                           i.actualEnd.isValid() ? i.actualEnd.toString(Qt::ISODate) : QString()});
    }
    return sheet;
}

QByteArray AgendaCsv::write(const QList<AgendaItem> &items, QTime dayStart)
{
    return TabularWriter::csv(sheet(items, dayStart));
}

Result<AgendaCsv::Import> AgendaCsv::read(const QByteArray &csv, QTime dayStart, QTime dayEnd)
{
    TRY_LET(table, TabularReader::read(csv));
    Q_UNUSED(dayStart)
    return read(*table, dayEnd, {});
}

Result<AgendaCsv::Import> AgendaCsv::read(const TabularReader::Table &table, QTime dayEnd, const QStringList &columnChoices)
{
    if (table.records.isEmpty())
        return Error{tr("The file is empty.")};
    TRY_LET(mapped, ColumnMap::build(table.records, fields(), columnChoices));
    const QList<MappedColumn> columns = *mapped;
    auto has = [&](const char16_t *key) { return ColumnMap::indexOf(columns, QString::fromUtf16(key)) >= 0; };
    const QStringList &header = table.records.first().fields;
    if (!has(u"title") || (!has(u"start") && !has(u"minutes")))
        return Error{tr("The first row must name the columns: at least a title (Actividad) and a start time (Inicio) or a "
                        "duration (Minutos). Found: %1.")
                         .arg(header.join(u", "_s))
                   + TabularReader::otherSheets(table)};

    struct Row { int line; AgendaItem item; QTime start; };
    QList<Row> rows;
    Import result;
    result.columns = columns;
    for (const ColumnMap::Warning &w : ColumnMap::unmappedWarnings(columns, table.records, fields()))
        result.problems.append({w.line, ImportProblem::Kind::Warning, tr("line %1: %2").arg(w.line).arg(w.text)});
    static const QRegularExpression timePattern(u"^(\\d{1,2})[:.h](\\d{2})"_s);
    auto parseTime = [](const QString &text) -> QTime {
        const auto match = timePattern.match(text.trimmed());
        return match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
    };
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvReader::Record &record = table.records.at(r);
        auto field = [&](const char16_t *key) {
            const int c = ColumnMap::indexOf(columns, QString::fromUtf16(key));
            return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
        };
        auto reject = [&](const QString &reason) {
            result.problems.append(
                {record.line, ImportProblem::Kind::Rejected, tr("line %1: %2").arg(record.line).arg(reason)});
        };
        Row row{record.line, {}, {}};
        AgendaItem &item = row.item;
        item.title = field(u"title");
        if (item.title.isEmpty()) {
            reject(tr("no title"));
            continue;
        }
        const QString kindText = field(u"kind");
        const auto kind = kindText.isEmpty() ? std::optional(ActivityKind::Other) : kindFromText(kindText);
        if (!kind) {
            reject(tr("unknown kind \"%1\"").arg(kindText));
            continue;
        }
        item.kind = *kind;
        const QString startText = field(u"start");
        if (!startText.isEmpty()) {
            row.start = parseTime(startText);
            if (!row.start.isValid()) {
                reject(tr("\"%1\" is not a time such as 08:30").arg(startText));
                continue;
            }
        }
        const QString minutesText = field(u"minutes");
        bool numeric = true;
        item.minutes = minutesText.isEmpty() ? 0 : minutesText.toInt(&numeric);
        if (!numeric || item.minutes < 0) {
            reject(tr("\"%1\" is not a number of minutes").arg(minutesText));
            continue;
        }
        if (minutesText.isEmpty() && !row.start.isValid()) {
            reject(tr("neither a start time nor a duration"));
            continue;
        }
        for (auto [f, target] : {std::pair{u"exposition_minutes", &item.expositionMinutes}, std::pair{u"questions_minutes", &item.questionsMinutes}}) {
            const QString text = field(f);
            if (text.isEmpty())
                continue;
            bool ok = false;
            const int value = text.toInt(&ok);
            if (ok && value >= 0)
                *target = value;
            else
                numeric = false;
        }
        if (!numeric) {
            reject(tr("the presentation or questions minutes are not numbers"));
            continue;
        }
        item.responsible = {field(u"responsible"), field(u"role"), field(u"organisation")};
        item.notes = field(u"notes");
        item.mesaCodes = field(u"mesas").toUpper().split(QRegularExpression(u"[ ,;]+"_s), Qt::SkipEmptyParts);
        bool badTime = false;
        for (auto [key, target] : {std::pair{u"actual_start", &item.actualStart}, std::pair{u"actual_end", &item.actualEnd}}) {
            const QString text = field(key);
            // A spreadsheet shows 2026-11-27 08:31 where the export wrote 2026-11-27T08:31:00.
            *target = text.isEmpty() ? QDateTime() : QDateTime::fromString(QString(text).replace(u' ', u'T'), Qt::ISODate);
            if (!text.isEmpty() && !target->isValid())
                badTime = true;
        }
        if (badTime) {
            reject(tr("the actual start or end is not a date and time such as 2026-11-27T08:31"));
            continue;
        }
        rows.append(row);
    }

    // Durations from start times where only those were given.
    for (int i = 0; i < rows.size(); ++i) {
        AgendaItem &item = rows[i].item;
        if (item.minutes > 0 || !rows.at(i).start.isValid())
            continue;
        const QTime until = i + 1 < rows.size() && rows.at(i + 1).start.isValid() ? rows.at(i + 1).start : dayEnd;
        item.minutes = int(rows.at(i).start.secsTo(until) / 60);
        if (item.minutes <= 0)
            result.problems.append({rows.at(i).line, ImportProblem::Kind::Warning,
                                    tr("line %1: starts at %2 but the next activity starts at %3; check the times")
                                        .arg(rows.at(i).line)
                                        .arg(rows.at(i).start.toString(u"HH:mm"_s), until.toString(u"HH:mm"_s))});
    }
    if (!rows.isEmpty() && rows.first().start.isValid()) {
        result.firstStart = rows.first().start;
        result.firstLine = rows.first().line;
    }
    for (const Row &row : rows)
        result.items.append(row.item);
    return result;
}

Status AgendaCsv::dropUnknownMesas(EventFile &file, Import &import)
{
    TRY_LET(mesas, MesaRepository(file).load());
    QStringList known;
    for (const Mesa &mesa : *mesas)
        known << mesa.code.toUpper();
    for (AgendaItem &item : import.items) {
        const QStringList codes = std::exchange(item.mesaCodes, {});
        for (const QString &code : codes) {
            if (known.contains(code.toUpper()))
                item.mesaCodes << code;
            else
                import.problems.append(
                    {0, ImportProblem::Kind::Warning,
                     tr("\"%1\" names mesa %2, which the event does not have; left out").arg(item.title, code)});
        }
    }
    return {};
}

Result<AgendaCsv::Applied> AgendaCsv::apply(EventFile &file, Import import)
{
    if (import.items.isEmpty())
        return Error{tr("No activity of the file can be imported; the programme was left as it was.")};
    TRY_LET(details, EventRepository(file).load());
    TRY_LET(existing, AgendaRepository(file).load());
    TRY(dropUnknownMesas(file, import));
    Applied applied;

    EventDetails updated = *details;
    if (import.firstStart.isValid() && import.firstStart != details->start) {
        const QString was = details->start.toString(u"HH:mm"_s);
        const QString file = import.firstStart.toString(u"HH:mm"_s);
        if (existing->isEmpty()) {
            updated.start = import.firstStart;
            applied.startChanged = true;
            applied.startNote = tr("The event now starts at %1, as the file's first activity (it started at %2).").arg(file, was);
        } else {
            applied.startNote = tr("The event keeps its start at %1; the file's first activity starts at %2, so every time "
                                   "moves by %3 minutes. Change the event's start to %2 to keep the file's times.")
                                    .arg(was, file)
                                    .arg(import.firstStart.secsTo(details->start) / 60);
        }
    }
    Status stored = file.write([&]() -> Status {
        TRY_LET(replaced, AgendaRepository(file).replaceAll(import.items));
        if (applied.startChanged)
            return EventRepository(file).save(updated);
        return {};
    });
    if (!stored)
        return Error{tr("Nothing was imported: %1").arg(stored.errorMessage())};
    applied.imported = int(import.items.size());
    applied.problems = import.problems;
    applied.columns = import.columns;
    applied.start = updated.start;
    return applied;
}

} // namespace taller
