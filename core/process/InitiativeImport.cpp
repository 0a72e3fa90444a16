#include "process/InitiativeImport.h"

#include "base/Text.h"
#include "process/InitiativeRepository.h"
#include "process/ProcessRepository.h"
#include "process/ScoringRepository.h"
#include "tabular/CsvReader.h"
#include "tabular/TabularReader.h"
#include "tabular/SheetLayout.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString folded(const QString &text)
{
    QString f = foldForMatching(text);
    f.replace(QRegularExpression(u"[^a-z0-9]+"_s), u" "_s);
    return f.trimmed();
}

constexpr int Organisation = -1;

// The seed's own wording first, then what people shorten it to.
const QList<std::pair<int, QStringList>> &aliases()
{
    static const QList<std::pair<int, QStringList>> table = {
        {Organisation, {u"Nombre de la Gerencia Regional"_s, u"Gerencia Regional"_s, u"Gerencia"_s, u"Organización"_s,
                        u"Organizacion proponente"_s, u"Entidad"_s, u"Institución"_s, u"Organisation"_s, u"Organization"_s}},
        {int(FichaField::Activity), {u"Nombre de la Actividad"_s, u"Actividad"_s, u"Iniciativa"_s, u"Nombre de la iniciativa"_s,
                                     u"Título"_s, u"Title"_s, u"Activity"_s}},
        {int(FichaField::Description), {u"Descripción de la Actividad"_s, u"Descripción"_s, u"Description"_s}},
        {int(FichaField::Scope), {u"Ámbito de Intervención"_s, u"Ámbito"_s, u"Scope"_s}},
        {int(FichaField::ExpectedResults), {u"Resultados Esperados"_s, u"Resultados"_s, u"Expected results"_s}},
        {int(FichaField::DevelopmentPlanObjective),
         {u"Objetivo Estratégico del Plan de Desarrollo Concertado al que contribuye"_s, u"Objetivo Estratégico del Plan de Desarrollo Concertado"_s,
          u"Objetivo PDC"_s, u"PDC"_s}},
        {int(FichaField::InstitutionalPlanObjective),
         {u"Objetivo Estratégico del Plan Estratégico institucional al que contribuye"_s, u"Objetivo Estratégico del Plan Estratégico Institucional"_s,
          u"Objetivo PEI"_s, u"PEI"_s}},
        {int(FichaField::Indicator), {u"Indicador de Medición de la Actividad"_s, u"Indicador de Medición"_s, u"Indicador"_s, u"Indicator"_s}},
        {int(FichaField::Beneficiaries), {u"Población Beneficiada (número y ubicación)"_s, u"Población Beneficiada"_s, u"Beneficiarios"_s,
                                          u"Población"_s, u"Beneficiaries"_s}},
        {int(FichaField::Budget), {u"Presupuesto de la Actividad 2016 y 2017"_s, u"Presupuesto de la Actividad"_s, u"Presupuesto"_s, u"Budget"_s}},
        {int(FichaField::PhysicalTargetFirstYear), {u"Meta Física 2016"_s, u"Meta 2016"_s}},
        {int(FichaField::PhysicalTargetSecondYear), {u"Meta Física 2017"_s, u"Meta 2017"_s}},
        {int(FichaField::SocioEconomicImpact), {u"Impacto Socio – Económico"_s, u"Impacto Socioeconómico"_s, u"Impacto"_s, u"Impact"_s}},
        {int(FichaField::OpenGovernmentComponent),
         {u"Propuesta de componente de Gobierno Abierto sobre la actividad propuesta"_s, u"Propuesta de componente de Gobierno Abierto"_s,
          u"Componente de Gobierno Abierto"_s, u"Gobierno Abierto"_s}},
    };
    return table;
}

} // namespace

Sheet SheetReaders::fromCsv(const QByteArray &data)
{
    const CsvReader::Table table = CsvReader::read(data);
    Sheet sheet;
    sheet.reserve(table.records.size());
    for (const CsvReader::Record &r : table.records)
        sheet.append({r.line, r.fields});
    return sheet;
}

Result<Sheet> SheetReaders::read(const QString &path, const TabularReader::Options &options)
{
    // The same reader as every other list: CSV in any encoding, .xlsx, .ods;
    // refused whole, with the line, when it cannot be read.
    auto table = TabularReader::readFile(path, options);
    if (!table)
        return Error{tr("%1: %2").arg(QFileInfo(path).fileName(), table.errorMessage())};
    Sheet sheet;
    sheet.reserve(table->records.size());
    for (const CsvReader::Record &r : std::as_const(table->records))
        sheet.append({r.line, r.fields});
    return sheet;
}

int InitiativeImport::Plan::count(ImportProblem::Kind kind) const
{
    return ImportProblem::count(problems, kind);
}

std::optional<int> InitiativeImport::recognise(const QString &header)
{
    const QString h = folded(header);
    if (h.isEmpty())
        return std::nullopt;
    for (const auto &[field, names] : aliases()) {
        for (const QString &name : names) {
            if (folded(name) == h)
                return field;
        }
    }
    // "Presupuesto de la Actividad 2016 y 2017 (S/)": the longest known name
    // the header starts with.
    std::optional<int> best;
    qsizetype bestLength = 0;
    for (const auto &[field, names] : aliases()) {
        for (const QString &name : names) {
            const QString n = folded(name);
            if (n.size() >= 6 && n.size() > bestLength && h.startsWith(n + u' ')) {
                best = field;
                bestLength = n.size();
            }
        }
    }
    return best;
}

QString InitiativeImport::keyOf(int field)
{
    return field == Organisation ? u"organisation"_s : taller::keyOf(FichaField(field));
}

const QList<FieldSpec> &InitiativeImport::fields()
{
    static const QList<FieldSpec> list = [] {
        QList<FieldSpec> specs;
        for (const auto &[field, names] : aliases()) {
            QStringList folded;
            for (const QString &name : names)
                folded << name;
            specs.append({keyOf(field), field == Organisation ? Initiatives::organisationLabel() : displayNameOf(FichaField(field)), folded});
        }
        return specs;
    }();
    return list;
}

Result<InitiativeImport::Plan> InitiativeImport::plan(EventFile &file, const Sheet &sheet, const QString &sourceName,
                                                      const QStringList &choices, int headerLine)
{
    auto blankRow = [](const SheetRow &row) {
        return std::all_of(row.cells.cbegin(), row.cells.cend(), [](const QString &c) { return c.trimmed().isEmpty(); });
    };
    // A header names two fields of the ficha, or the activity itself; one
    // cell like "Gerencia de Salud" is a ficha's value, not a header.
    auto recognised = [](const SheetRow &row) {
        QSet<int> found;
        for (const QString &cell : row.cells) {
            if (auto f = recognise(cell.trimmed()))
                found.insert(*f);
        }
        return found.size() >= 2 || found.contains(int(FichaField::Activity)) ? int(found.size()) : 0;
    };
    QSet<QString> chosenHeaders;
    for (const QString &choice : choices) {
        if (const qsizetype eq = choice.lastIndexOf(u'='); eq > 0)
            chosenHeaders.insert(folded(choice.left(eq)));
    }
    // The header where it is: the row among the first that names the most
    // fields of the ficha (below a title, a date, blank rows), or the line a
    // person chose.
    qsizetype headerRow = -1;
    if (headerLine > 0) {
        for (qsizetype r = 0; r < sheet.size() && headerRow < 0; ++r) {
            if (sheet[r].line >= headerLine)
                headerRow = r;
        }
    } else if (!chosenHeaders.isEmpty()) {
        // The row whose cells are the headers the person chose for.
        for (qsizetype r = 0; r < std::min<qsizetype>(sheet.size(), SheetLayout::searchedRows) && headerRow < 0; ++r) {
            QSet<QString> cells;
            for (const QString &cell : sheet[r].cells)
                cells.insert(folded(cell));
            if (cells.contains(chosenHeaders))
                headerRow = r;
        }
    } else {
        int best = 0;
        for (qsizetype r = 0; r < std::min<qsizetype>(sheet.size(), SheetLayout::searchedRows); ++r) {
            const int n = recognised(sheet[r]);
            if (n > best) {
                best = n;
                headerRow = r;
            }
        }
    }
    if (headerRow < 0) {
        headerRow = 0;
        while (headerRow < sheet.size() && blankRow(sheet[headerRow]))
            ++headerRow;
    }
    if (headerRow >= sheet.size())
        return Error{tr("The file is empty.")};
    Plan plan;
    for (qsizetype r = 0; r < std::min<qsizetype>(sheet.size(), SheetLayout::searchedRows); ++r)
        plan.firstRows.append(CsvReader::Record{sheet[r].line, sheet[r].cells, {}});
    const SheetRow &header = sheet[headerRow];
    plan.headerLine = header.line;
    if (headerRow > 0)
        plan.problems.append({header.line, ImportProblem::Kind::Warning,
                              tr("the columns are named on line %1; the %n row(s) above it were skipped", nullptr, int(headerRow))
                                  .arg(header.line)});
    // The person's choices, "HEADER=FIELD", first.
    QHash<QString, QString> chosen;
    for (const QString &choice : choices) {
        const qsizetype eq = choice.lastIndexOf(u'=');
        if (eq > 0)
            chosen.insert(folded(choice.left(eq)), choice.mid(eq + 1).trimmed());
    }
    QHash<int, int> columns;
    for (int c = 0; c < header.cells.size(); ++c) {
        const QString cell = header.cells.at(c).trimmed();
        MappedColumn mapped;
        mapped.index = c;
        mapped.header = cell;
        std::optional<int> field;
        if (chosen.contains(folded(cell))) {
            mapped.chosen = true;
            const QString key = chosen.value(folded(cell));
            for (const auto &[f, names] : aliases()) {
                if (keyOf(f) == key)
                    field = f;
            }
        } else if (!cell.isEmpty()) {
            field = recognise(cell);
        }
        if (!field && !mapped.chosen && SheetLayout::isNumberingHeader(cell)) {
            mapped.numbering = true;
        } else if (!field && !cell.isEmpty() && !mapped.chosen) {
            plan.problems.append(
                {header.line, ImportProblem::Kind::Warning,
                 tr("column %1 \"%2\" is not a field of the ficha; it was left out").arg(c + 1).arg(cell)});
        } else if (field && columns.contains(*field)) {
            plan.problems.append({header.line, ImportProblem::Kind::Warning,
                                  tr("column %1 \"%2\" repeats column %3; it was left out")
                                      .arg(c + 1)
                                      .arg(cell)
                                      .arg(columns[*field] + 1)});
        } else if (field) {
            columns.insert(*field, c);
            mapped.field = keyOf(*field);
        }
        plan.columns.append(mapped);
    }
    if (!columns.contains(int(FichaField::Activity))) {
        // The window asks which row names the columns and which is the
        // activity; the command line refuses.
        plan.unplaced = tr("No column of line %1 was recognised as the name of the activity (\"Nombre de la Actividad\"). Found: %2.")
                            .arg(header.line)
                            .arg(QStringList(header.cells).filter(QRegularExpression(u"\\S"_s)).join(u", "_s));
        return plan;
    }

    TRY_LET(existing, InitiativeRepository(file).initiatives());
    QSet<QString> seen;
    auto identity = [](const QString &organisation, const QString &title) { return folded(organisation) + u'\x1f' + folded(title); };
    for (const Initiative &i : std::as_const(*existing))
        seen.insert(identity(i.organisation, i.title()));

    for (qsizetype r = headerRow + 1; r < sheet.size(); ++r) {
        const SheetRow &row = sheet[r];
        if (blankRow(row))
            continue;
        if (SheetLayout::isClosingRow(CsvReader::Record{row.line, row.cells, {}})) {
            plan.problems.append({row.line, ImportProblem::Kind::Warning,
                                  tr("line %1 \"%2\" closes the list, it is not a ficha; skipped").arg(row.line).arg(row.cells.join(u' ').simplified())});
            continue;
        }
        auto cell = [&](int field) {
            const int c = columns.value(field, -1);
            return c >= 0 && c < row.cells.size() ? row.cells.at(c).trimmed() : QString();
        };
        Initiative i;
        i.organisation = cell(Organisation).simplified();
        for (FichaField f : valuesOf<FichaField>())
            i.field(f) = cell(int(f));
        i.field(FichaField::Activity) = i.title().simplified();
        if (i.title().isEmpty()) {
            plan.problems.append({row.line, ImportProblem::Kind::Rejected,
                                  tr("line %1: no name of the activity; the row was not imported").arg(row.line)});
            continue;
        }
        const QString key = identity(i.organisation, i.title());
        if (seen.contains(key)) {
            plan.problems.append({row.line, ImportProblem::Kind::Duplicate,
                                  tr("line %1: \"%2\" of %3 is already in the process; left out")
                                      .arg(row.line)
                                      .arg(i.title(), i.organisation)});
            continue;
        }
        seen.insert(key);
        const QStringList missing = Initiatives::missing(i);
        if (!missing.isEmpty())
            plan.problems.append(
                {row.line, ImportProblem::Kind::Warning,
                 tr("line %1: the ficha \"%2\" lacks: %3").arg(row.line).arg(i.title(), missing.join(u"; "_s))});
        i.source = tr("%1, line %2").arg(sourceName).arg(row.line);
        plan.initiatives.append(i);
    }
    return plan;
}

Result<InitiativeImport::Report> InitiativeImport::commit(EventFile &file, Plan plan)
{
    if (!plan.unplaced.isEmpty())
        return Error{plan.unplaced};
    Report report;
    report.problems = plan.problems;
    if (Status added = InitiativeRepository(file).addInitiatives(plan.initiatives); !added)
        return Error{tr("Nothing was imported: %1").arg(added.errorMessage())};
    report.imported = int(plan.initiatives.size());
    for (const Initiative &i : std::as_const(plan.initiatives)) {
        if (!Initiatives::missing(i).isEmpty())
            ++report.incomplete;
    }
    return report;
}

Result<TabularSheet> InitiativeExport::sheet(EventFile &file)
{
    TRY_LET(process, ProcessRepository(file).process());
    TRY_LET(standings, ScoringRepository(file).standings());
    TabularSheet sheet;
    sheet.name = tr("Initiatives");
    sheet.header = QStringList{tr("Id"), Initiatives::organisationLabel(), tr("Stage reached"), tr("Status"), tr("Score"), tr("Rank"),
                               tr("Reason"), tr("Commitment")};
    for (FichaField f : valuesOf<FichaField>())
        sheet.header.append(displayNameOf(f));
    for (const InitiativeStanding &s : std::as_const(*standings)) {
        const ProcessStage *st = process->has_value() ? (*process)->stage(s.initiative.stage) : nullptr;
        QStringList ids;
        for (qint64 c : s.commitments)
            ids.append(QString::number(c));
        QVariantList cells{s.initiative.id, s.initiative.organisation, st ? Initiatives::stageTitle(*st) : QString(),
                           displayNameOf(s.initiative.status), Initiatives::scoreText(s.score, s.method),
                           s.rank > 0 ? QString::number(s.rank) : QString(), s.reason, ids.join(u", "_s)};
        for (const QString &value : s.initiative.fields)
            cells.append(value);
        sheet.rows.append(cells);
    }
    return sheet;
}

} // namespace taller
