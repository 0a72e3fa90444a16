#include "mesas/CommitmentImport.h"

#include "registration/Attendee.h"
#include "event/EventHeader.h"
#include "mesas/CommitmentRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "tabular/SheetLayout.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

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

const QList<FieldSpec> &CommitmentImport::fields()
{
    static const QList<FieldSpec> list = {
        {u"mesa"_s, tr("Mesa"), {u"mesa"_s, u"table"_s, u"mesa de trabajo"_s, u"eje"_s, u"eje tematico"_s}},
        {u"title"_s, tr("Title"), {u"titulo"_s, u"title"_s, u"compromiso"_s, u"commitment"_s, u"nombre del compromiso"_s}},
        {u"problem"_s, tr("Problem"), {u"problema"_s, u"problem"_s, u"problematica"_s, u"problema identificado"_s}},
        {u"description"_s, tr("Description"), {u"descripcion"_s, u"description"_s, u"en que consiste"_s}},
        {u"actions"_s, tr("Actions (how)"), {u"acciones"_s, u"actions"_s, u"como hacer"_s, u"como se hara"_s, u"how"_s,
                                              u"actividades"_s, u"activities"_s}},
        {u"responsible"_s, tr("Responsible"), {u"responsable"_s, u"responsible"_s, u"responsables"_s, u"quien"_s}},
        {u"participants"_s, tr("Participants"), {u"participantes"_s, u"participants"_s, u"actores"_s, u"aliados"_s}},
        {u"resources"_s, tr("Resources"), {u"recursos"_s, u"resources"_s, u"presupuesto"_s}},
        {u"deadline"_s, tr("Deadline"), {u"plazo"_s, u"plazos"_s, u"deadline"_s, u"fecha"_s, u"deadlines"_s, u"cuando"_s,
                                          u"fecha limite"_s}},
        {u"indicator"_s, tr("Indicator"), {u"indicador"_s, u"indicator"_s, u"medicion"_s, u"indicadores"_s, u"meta"_s}},
        {u"values"_s, tr("OGP values"), {u"valores"_s, u"valores ogp"_s, u"ogp values"_s, u"values"_s, u"valores de gobierno abierto"_s}},
    };
    return list;
}

Result<CommitmentImport::Plan> CommitmentImport::fromCsv(EventFile &file, const QByteArray &csv, const QString &sourceName)
{
    TRY_LET(table, TabularReader::read(csv));
    return fromTable(file, *table, sourceName);
}

Result<CommitmentImport::Plan> CommitmentImport::fromTable(EventFile &file, const TabularReader::Table &table,
                                                           const QString &sourceName, const QStringList &columnChoices,
                                                           int headerLine)
{
    if (table.records.isEmpty())
        return Error{tr("The file is empty.")};
    // The header where it is (below a title or a date), numbering columns and
    // closing rows left out, as for attendees.
    const SheetLayout layout = SheetLayout::find(table.records, fields(), {}, headerLine);
    const QList<CsvReader::Record> records = layout.listRecords(table.records);
    TRY_LET(mapped, ColumnMap::build(records, fields(), columnChoices));
    Plan plan;
    plan.columns = *mapped;
    layout.applyTo(plan.columns);
    plan.headerLine = layout.headerLine;
    plan.firstRows = table.records.mid(0, SheetLayout::searchedRows);
    for (const SheetLayout::Note &note : layout.notes)
        plan.problems.append({note.line, ImportProblem::Kind::Warning, note.text});
    const QStringList &header = records.first().fields;
    if (ColumnMap::indexOf(plan.columns, u"title"_s) < 0) {
        // The window asks which row and column; the command line refuses.
        plan.unplaced = tr("No column of line %1 was recognised as the title (Título or Compromiso). Found: %2.")
                            .arg(layout.headerLine)
                            .arg(QStringList(header).filter(QRegularExpression(u"\\S"_s)).join(u", "_s))
                        + TabularReader::otherSheets(table);
        return plan;
    }
    TRY_LET(mesas, mesasOf(file));
    for (const ColumnMap::Warning &w : ColumnMap::unmappedWarnings(plan.columns, records, fields()))
        plan.problems.append({w.line, ImportProblem::Kind::Warning, tr("line %1: %2").arg(w.line).arg(w.text)});

    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        auto field = [&](const char16_t *key) {
            const int c = ColumnMap::indexOf(plan.columns, QString::fromUtf16(key));
            return c >= 0 && c < record.fields.size() ? record.fields.at(c).trimmed() : QString();
        };
        Commitment c;
        c.title = field(u"title").simplified();
        if (c.title.isEmpty()) {
            plan.problems.append(
                {record.line, ImportProblem::Kind::Rejected, tr("line %1: no title").arg(record.line)});
            continue;
        }
        const QString mesaText = field(u"mesa");
        if (!mesaText.isEmpty()) {
            c.mesaCode = mesaCodeFor(mesaText, *mesas);
            if (c.mesaCode.isEmpty()) {
                plan.problems.append(
                    {record.line, ImportProblem::Kind::Rejected,
                     tr("line %1: there is no mesa \"%2\" in this event").arg(record.line).arg(mesaText)});
                    continue;
            }
        }
        for (const CommitmentTextField &text : Commitments::textFields())
            c.*text.member = field(text.key);
        QStringList unknownValues;
        for (const QString &value : field(u"values").split(QRegularExpression(u"[,;/]+"_s), Qt::SkipEmptyParts)) {
            if (value.trimmed().isEmpty())
                continue;
            if (auto v = Commitments::valueFromText(value.trimmed()); v && !c.values.contains(*v))
                c.values.append(*v);
            else if (!v)
                unknownValues << value.trimmed();
        }
        if (!unknownValues.isEmpty())
            plan.problems.append({record.line, ImportProblem::Kind::Warning,
                                  tr("line %1: \"%2\" is not an OGP value (transparencia, rendición de cuentas, "
                                     "participación, tecnología e innovación); left out")
                                      .arg(record.line)
                                      .arg(unknownValues.join(u", "_s))});
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
    TRY_LET(other, EventFile::openReadOnly(otherEventPath));
    TRY_LET(details, EventRepository(**other).load());
    TRY_LET(theirs, CommitmentRepository(**other).all());
    TRY_LET(mesas, mesasOf(file));

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
        plan.problems.append({0, ImportProblem::Kind::Warning, tr("%1 has no approved commitments.").arg(event)});
    return plan;
}

Result<CommitmentImport::Plan> CommitmentImport::fromPath(EventFile &file, const QString &path, const TabularReader::Options &options,
                                                          const QStringList &columnChoices, int headerLine)
{
    if (EventFile::isOpenHere(path))
        return Error{
            tr("%1 is the event open here: its commitments are already in it.").arg(QFileInfo(path).fileName())};
    if (EventFile::startsAsDatabase(path))
        return fromEvent(file, path);
    TRY_LET(table, TabularReader::readFile(path, options));
    return fromTable(file, *table, QFileInfo(path).fileName(), columnChoices, headerLine);
}

Result<CommitmentImport::Report> CommitmentImport::commit(EventFile &file, Plan plan)
{
    if (!plan.unplaced.isEmpty())
        return Error{plan.unplaced};
    if (plan.commitments.isEmpty())
        return Report{0, plan.problems, plan.columns, plan.headerLine};
    if (Status added = CommitmentRepository(file).addAll(plan.commitments); !added)
        return Error{tr("Nothing was imported: %1").arg(added.errorMessage())};
    return Report{int(plan.commitments.size()), plan.problems, plan.columns, plan.headerLine};
}

Result<TabularSheet> CommitmentImport::exportSheet(EventFile &file)
{
    TRY_LET(commitments, CommitmentRepository(file).all());
    TabularSheet sheet;
    sheet.name = tr("Commitments");
    for (const FieldSpec &f : fields())
        sheet.header << f.key;
    for (const Commitment &c : *commitments) {
        QStringList values;
        for (OgpValue v : c.values)
            values << keyOf(v);
        sheet.rows.append({c.mesaCode, c.title, c.problem, c.description, c.actions, c.responsible, c.participants, c.resources,
                           c.deadline, c.indicator, values.join(u", "_s)});
    }
    return sheet;
}

} // namespace taller
