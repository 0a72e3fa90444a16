#include "mesas/CommitmentImport.h"

#include "registration/Attendee.h"
#include "event/EventHeader.h"
#include "tabular/CsvReader.h"
#include "mesas/CommitmentRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum class Field { Mesa, Title, Problem, Description, Actions, Responsible, Participants, Resources, Deadline, Indicator, Values };

std::optional<Field> recognise(const QString &header)
{
    static const QHash<QString, Field> names = {
        {u"mesa"_s, Field::Mesa}, {u"table"_s, Field::Mesa}, {u"mesa de trabajo"_s, Field::Mesa},
        {u"titulo"_s, Field::Title}, {u"title"_s, Field::Title}, {u"compromiso"_s, Field::Title}, {u"commitment"_s, Field::Title},
        {u"problema"_s, Field::Problem}, {u"problem"_s, Field::Problem},
        {u"descripcion"_s, Field::Description}, {u"description"_s, Field::Description},
        {u"acciones"_s, Field::Actions}, {u"actions"_s, Field::Actions}, {u"como hacer"_s, Field::Actions},
        {u"como se hara"_s, Field::Actions}, {u"how"_s, Field::Actions},
        {u"responsable"_s, Field::Responsible}, {u"responsible"_s, Field::Responsible},
        {u"participantes"_s, Field::Participants}, {u"participants"_s, Field::Participants},
        {u"recursos"_s, Field::Resources}, {u"resources"_s, Field::Resources},
        {u"plazo"_s, Field::Deadline}, {u"plazos"_s, Field::Deadline}, {u"deadline"_s, Field::Deadline},
        {u"fecha"_s, Field::Deadline}, {u"deadlines"_s, Field::Deadline},
        {u"indicador"_s, Field::Indicator}, {u"indicator"_s, Field::Indicator}, {u"medicion"_s, Field::Indicator},
        {u"valores"_s, Field::Values}, {u"valores ogp"_s, Field::Values}, {u"ogp values"_s, Field::Values}, {u"values"_s, Field::Values},
    };
    QString folded = foldForMatching(header);
    folded.replace(QRegularExpression(u"[^a-z0-9]+"_s), u" "_s);
    return names.contains(folded.trimmed()) ? std::optional(names.value(folded.trimmed())) : std::nullopt;
}

Result<QList<Mesa>> mesasOf(EventFile &file)
{
    return MesaRepository(file).load();
}

// "M1", "m1", "M1 - Transparencia" or the mesa's name all find M1.
QString mesaCodeFor(const QString &text, const QList<Mesa> &mesas)
{
    const QString folded = foldForMatching(text);
    for (const Mesa &mesa : mesas) {
        const QString code = foldForMatching(mesa.code);
        if (folded == code || folded.startsWith(code + u' ') || folded.startsWith(code + u'-') || folded.startsWith(code + u':')
            || folded == foldForMatching(mesa.name))
            return mesa.code;
    }
    return {};
}

} // namespace

Result<CommitmentImport::Plan> CommitmentImport::fromCsv(EventFile &file, const QByteArray &csv, const QString &sourceName)
{
    const CsvReader::Table table = CsvReader::read(csv);
    if (table.records.isEmpty())
        return Error{tr("The file is empty.")};
    QHash<Field, int> columns;
    const QStringList &header = table.records.first().fields;
    for (int c = 0; c < header.size(); ++c) {
        if (auto field = recognise(header.at(c)); field && !columns.contains(*field))
            columns.insert(*field, c);
    }
    if (!columns.contains(Field::Title))
        return Error{tr("The first row must name the columns, with at least a title (Título or Compromiso). Found: %1.")
                         .arg(header.join(u", "_s))};
    auto mesas = mesasOf(file);
    if (!mesas)
        return mesas.error();

    Plan plan;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvReader::Record &record = table.records.at(r);
        auto field = [&](Field f) {
            const int c = columns.value(f, -1);
            return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
        };
        Commitment c;
        c.title = field(Field::Title).simplified();
        if (c.title.isEmpty()) {
            plan.problems.append({record.line, tr("line %1: no title").arg(record.line)});
            ++plan.rejected;
            continue;
        }
        const QString mesaText = field(Field::Mesa);
        if (!mesaText.isEmpty()) {
            c.mesaCode = mesaCodeFor(mesaText, *mesas);
            if (c.mesaCode.isEmpty()) {
                plan.problems.append({record.line, tr("line %1: there is no mesa \"%2\" in this event").arg(record.line).arg(mesaText)});
                ++plan.rejected;
                continue;
            }
        }
        c.problem = field(Field::Problem);
        c.description = field(Field::Description);
        c.actions = field(Field::Actions);
        c.responsible = field(Field::Responsible);
        c.participants = field(Field::Participants);
        c.resources = field(Field::Resources);
        c.deadline = field(Field::Deadline);
        c.indicator = field(Field::Indicator);
        for (const QString &value : field(Field::Values).split(QRegularExpression(u"[,;/]+"_s), Qt::SkipEmptyParts)) {
            if (auto v = Commitments::valueFromText(value.trimmed()); v && !c.values.contains(*v))
                c.values.append(*v);
        }
        c.origin = CommitmentOrigin::Input;
        c.source = tr("%1, line %2").arg(sourceName).arg(record.line);
        plan.commitments.append(c);
    }
    return plan;
}

Result<CommitmentImport::Plan> CommitmentImport::fromEvent(EventFile &file, const QString &otherEventPath)
{
    if (QFileInfo(otherEventPath).canonicalFilePath() == QFileInfo(file.path()).canonicalFilePath())
        return Error{tr("That is this same event; choose the event file of the earlier workshop.")};
    // Read only: the other event is never migrated, backed up or renamed.
    auto other = EventFile::openReadOnly(otherEventPath);
    if (!other)
        return other.error();
    auto details = EventRepository(**other).load();
    if (!details)
        return details.error();
    auto theirs = CommitmentRepository(**other).all();
    if (!theirs)
        return theirs.error();
    auto mesas = mesasOf(file);
    if (!mesas)
        return mesas.error();

    Plan plan;
    const QString event = u"%1 (%2)"_s.arg(details->title, EventHeader::dateText(details->date));
    for (Commitment c : std::as_const(*theirs)) {
        if (c.status != CommitmentStatus::Approved)
            continue;
        c.source = tr("%1, commitment %2").arg(event).arg(c.id);
        c.id = 0;
        c.origin = CommitmentOrigin::Input;
        c.status = CommitmentStatus::Draft;
        c.mergedInto.reset();
        c.plenaryNote.clear();
        c.mesaCode = mesaCodeFor(c.mesaCode, *mesas);
        plan.commitments.append(c);
    }
    if (plan.commitments.isEmpty())
        plan.problems.append({0, tr("%1 has no approved commitments.").arg(event)});
    return plan;
}

Result<CommitmentImport::Plan> CommitmentImport::fromPath(EventFile &file, const QString &path)
{
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, input.errorString())};
    const QByteArray head = input.peek(16);
    if (head.startsWith(QByteArray("SQLite format 3")))
        return fromEvent(file, path);
    return fromCsv(file, input.read(16 * 1024 * 1024), QFileInfo(path).fileName());
}

Result<CommitmentImport::Report> CommitmentImport::commit(EventFile &file, Plan plan)
{
    if (Status added = CommitmentRepository(file).addAll(plan.commitments); !added)
        return Error{tr("Nothing was imported: %1").arg(added.errorMessage())};
    return Report{int(plan.commitments.size()), plan.rejected, plan.problems};
}

} // namespace taller
