#include "programme/AgendaCsv.h"

#include "base/Text.h"
#include "tabular/CsvReader.h"

#include <QHash>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum class Field { Start, End, Minutes, Kind, Title, Responsible, Role, Organisation, Exposition, Questions, Mesas, Notes, ActualStart, ActualEnd };

const QList<std::pair<Field, QStringList>> &headerNames()
{
    static const QList<std::pair<Field, QStringList>> names = {
        {Field::Start, {u"start"_s, u"inicio"_s, u"hora"_s, u"hora de inicio"_s, u"desde"_s}},
        {Field::End, {u"end"_s, u"fin"_s, u"hasta"_s, u"hora de fin"_s}},
        {Field::Minutes, {u"minutes"_s, u"minutos"_s, u"duration"_s, u"duracion"_s, u"min"_s}},
        {Field::Kind, {u"kind"_s, u"tipo"_s, u"type"_s}},
        {Field::Title, {u"title"_s, u"titulo"_s, u"actividad"_s, u"activity"_s}},
        {Field::Responsible, {u"responsible"_s, u"responsable"_s}},
        {Field::Role, {u"role"_s, u"cargo"_s}},
        {Field::Organisation, {u"organisation"_s, u"organization"_s, u"organizacion"_s, u"institucion"_s}},
        {Field::Exposition, {u"exposition_minutes"_s, u"exposition"_s, u"exposicion"_s, u"exp"_s, u"minutos de exposicion"_s}},
        {Field::Questions, {u"questions_minutes"_s, u"questions"_s, u"preguntas"_s, u"preg"_s, u"minutos de preguntas"_s}},
        {Field::Mesas, {u"mesas"_s, u"tables"_s}},
        {Field::Notes, {u"notes"_s, u"notas"_s, u"descripcion"_s, u"description"_s}},
        {Field::ActualStart, {u"actual_start"_s, u"inicio real"_s}},
        {Field::ActualEnd, {u"actual_end"_s, u"fin real"_s}},
    };
    return names;
}

QString quoted(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u"\""_s, u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString optionalText(const std::optional<int> &value)
{
    return value ? QString::number(*value) : QString();
}

std::optional<ActivityKind> kindFromText(const QString &text)
{
    const QString folded = foldForMatching(text).replace(u' ', u'_');
    if (auto kind = ActivityKinds::fromKey(folded))
        return kind;
    for (ActivityKind kind : ActivityKinds::all()) {
        if (foldForMatching(ActivityKinds::displayName(kind)) == foldForMatching(text))
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

QByteArray AgendaCsv::write(const QList<AgendaItem> &items, QTime dayStart)
{
    QStringList lines{u"start,end,minutes,kind,title,responsible,role,organisation,exposition_minutes,questions_minutes,"
                      "mesas,notes,actual_start,actual_end"_s};
    for (const ScheduledItem &s : schedule(items, dayStart)) {
        const AgendaItem &i = s.item;
        lines << QStringList{s.start.toString(u"HH:mm"_s), s.end.toString(u"HH:mm"_s), QString::number(i.minutes),
                             ActivityKinds::key(i.kind), quoted(i.title), quoted(i.responsible.name),
                             quoted(i.responsible.role), quoted(i.responsible.organisation), optionalText(i.expositionMinutes),
                             optionalText(i.questionsMinutes), quoted(i.mesaCodes.join(u' ')), quoted(i.notes),
                             i.actualStart.isValid() ? i.actualStart.toString(Qt::ISODate) : QString(),
                             i.actualEnd.isValid() ? i.actualEnd.toString(Qt::ISODate) : QString()}
                     .join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

Result<AgendaCsv::Import> AgendaCsv::read(const QByteArray &csv, QTime dayStart, QTime dayEnd)
{
    const CsvReader::Table table = CsvReader::read(csv);
    if (table.records.isEmpty())
        return Error{tr("The file is empty.")};
    QHash<Field, int> columns;
    const QStringList &header = table.records.first().fields;
    for (int c = 0; c < header.size(); ++c) {
        const QString folded = foldForMatching(header.at(c)).replace(u'_', u' ');
        for (const auto &[field, names] : headerNames()) {
            for (const QString &name : names) {
                if (!columns.contains(field) && folded == QString(name).replace(u'_', u' '))
                    columns.insert(field, c);
            }
        }
    }
    if (!columns.contains(Field::Title) || (!columns.contains(Field::Start) && !columns.contains(Field::Minutes)))
        return Error{tr("The first row must name the columns: at least a title (Actividad) and a start time (Inicio) or a "
                        "duration (Minutos). Found: %1.")
                         .arg(header.join(u", "_s))};

    struct Row { int line; AgendaItem item; QTime start; };
    QList<Row> rows;
    Import result;
    static const QRegularExpression timePattern(u"^(\\d{1,2})[:.h](\\d{2})"_s);
    auto parseTime = [](const QString &text) -> QTime {
        const auto match = timePattern.match(text.trimmed());
        return match.hasMatch() ? QTime(match.captured(1).toInt(), match.captured(2).toInt()) : QTime();
    };
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvReader::Record &record = table.records.at(r);
        auto field = [&](Field f) {
            const int c = columns.value(f, -1);
            return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
        };
        auto reject = [&](const QString &reason) {
            result.problems.append({record.line, tr("line %1: %2").arg(record.line).arg(reason)});
            ++result.rejected;
        };
        Row row{record.line, {}, {}};
        AgendaItem &item = row.item;
        item.title = field(Field::Title);
        if (item.title.isEmpty()) {
            reject(tr("no title"));
            continue;
        }
        const QString kindText = field(Field::Kind);
        const auto kind = kindText.isEmpty() ? std::optional(ActivityKind::Other) : kindFromText(kindText);
        if (!kind) {
            reject(tr("unknown kind \"%1\"").arg(kindText));
            continue;
        }
        item.kind = *kind;
        const QString startText = field(Field::Start);
        if (!startText.isEmpty()) {
            row.start = parseTime(startText);
            if (!row.start.isValid()) {
                reject(tr("\"%1\" is not a time such as 08:30").arg(startText));
                continue;
            }
        }
        const QString minutesText = field(Field::Minutes);
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
        for (auto [f, target] : {std::pair{Field::Exposition, &item.expositionMinutes}, std::pair{Field::Questions, &item.questionsMinutes}}) {
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
        item.responsible = {field(Field::Responsible), field(Field::Role), field(Field::Organisation)};
        item.notes = field(Field::Notes);
        item.mesaCodes = field(Field::Mesas).toUpper().split(QRegularExpression(u"[ ,;]+"_s), Qt::SkipEmptyParts);
        item.actualStart = QDateTime::fromString(field(Field::ActualStart), Qt::ISODate);
        item.actualEnd = QDateTime::fromString(field(Field::ActualEnd), Qt::ISODate);
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
            result.problems.append({rows.at(i).line, tr("line %1: starts at %2 but the next activity starts at %3; check the times")
                                                         .arg(rows.at(i).line)
                                                         .arg(rows.at(i).start.toString(u"HH:mm"_s), until.toString(u"HH:mm"_s))});
    }
    // The programme's start follows the event, and the first row should agree.
    if (!rows.isEmpty() && rows.first().start.isValid() && dayStart.isValid() && rows.first().start != dayStart)
        result.problems.append({rows.first().line, tr("line %1: the first activity starts at %2, the event at %3; times follow the event's start")
                                                       .arg(rows.first().line)
                                                       .arg(rows.first().start.toString(u"HH:mm"_s), dayStart.toString(u"HH:mm"_s))});
    for (const Row &row : rows)
        result.items.append(row.item);
    return result;
}

} // namespace taller
