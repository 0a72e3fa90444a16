// The one import pipeline (core/tabular) and the importers over it: files as
// people have them, read whole or refused with the line; the column map; the
// name splitter; exports that open in Excel and import back as they were.

#include "TestSupport.h"

#include "mesas/CommitmentImport.h"
#include "mesas/CommitmentRepository.h"
#include "programme/AgendaCsv.h"
#include "programme/AgendaRepository.h"
#include "registration/AttendeeImport.h"
#include "registration/AttendeeRepository.h"
#include "tabular/ColumnMap.h"
#include "tabular/NameSplitter.h"
#include "tabular/TabularReader.h"
#include "tabular/TabularWriter.h"
#include "templates/Templates.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <random>

using namespace taller;
using namespace Qt::StringLiterals;
using test::writeFile;

namespace {

QString fixture(const QString &name)
{
    return test::testDataPath(u"tabular/"_s + name);
}

std::unique_ptr<EventFile> newEvent(const QTemporaryDir &dir, const QString &name = u"t.taller"_s)
{
    auto file = test::createEvent(dir.filePath(name), EventTemplates::palacioDeHierro(QDate(2026, 11, 27)));
    REQUIRE(file.ok());
    return std::move(file.value());
}

QJsonObject json(const test::CliResult &result)
{
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QStringList fieldsOf(const QJsonObject &report)
{
    QStringList fields;
    for (const QJsonValue &c : report[u"columns"_s].toArray())
        fields << (c[u"field"_s].isNull() ? u"-"_s : c[u"field"_s].toString());
    return fields;
}

} // namespace

TEST_CASE("Spreadsheets written by LibreOffice read as their CSV reads", "[tabular][import]")
{
    const auto csv = TabularReader::readFile(fixture(u"inscritos-formulario.csv"_s));
    REQUIRE(csv.ok());
    for (const QString &kind : {u"xlsx"_s, u"ods"_s}) {
        INFO(kind.toStdString());
        const auto sheet = TabularReader::readFile(fixture(u"inscritos-formulario."_s + kind));
        REQUIRE(sheet.ok());
        CHECK(sheet->format == (kind == u"xlsx"_s ? TabularReader::Format::Xlsx : TabularReader::Format::Ods));
        CHECK(sheet->sheet == u"inscritos-formulario"_s);
        REQUIRE(sheet->records.size() == csv->records.size());
        for (qsizetype r = 0; r < csv->records.size(); ++r) {
            const CsvReader::Record &a = csv->records.at(r);
            const CsvReader::Record &b = sheet->records.at(r);
            CHECK(a.line == b.line);
            // The spreadsheet made numbers of the DNIs and phones (leading
            // zeros gone), dates of the birth dates; the rest is the same text.
            CHECK(b.fields.value(1) == a.fields.value(1));
            CHECK(b.fields.value(3) == a.fields.value(3));
            CHECK(b.fields.value(5) == a.fields.value(5));
            CHECK(b.fields.value(9) == a.fields.value(9));
        }
        CHECK(sheet->records.at(1).fields.at(2) == u"7654321"_s);
        CHECK(sheet->records.at(1).isNumber(2));
        CHECK(sheet->records.at(1).fields.at(9) == u"1985-03-14"_s);
        CHECK(sheet->records.at(1).fields.at(0) == csv->records.at(1).fields.at(0));
    }
}

TEST_CASE("An .xlsx and an .ods import the same people as the CSV, DNIs with their zeros", "[tabular][import]")
{
    QTemporaryDir dir;
    for (const QString &kind : {u"csv"_s, u"xlsx"_s, u"ods"_s}) {
        INFO(kind.toStdString());
        auto file = newEvent(dir, kind + u".taller"_s);
        auto plan = AttendeeImport::prepareFile(*file, fixture(u"inscritos-formulario."_s + kind), TabularReader::Options());
        REQUIRE(plan.ok());
        REQUIRE(plan->accepted.size() == 6);
        REQUIRE(AttendeeImport::commit(*file, *plan).ok());
        auto jose = AttendeeRepository(*file).findByDocument(u"07654321"_s);
        REQUIRE(jose.ok());
        REQUIRE(jose->has_value());
        CHECK(jose->value().givenNames == u"José Luis"_s);
        CHECK(jose->value().surnames == u"Muñoz Peña"_s);
        CHECK(jose->value().organisation == u"Colectivo Ñandú"_s);
        CHECK(jose->value().sortName().startsWith(u"Muñoz Peña"_s));
        auto ana = AttendeeRepository(*file).findByDocument(u"00123456"_s);
        REQUIRE(ana.ok());
        CHECK(ana->has_value());
        auto comma = AttendeeRepository(*file).findByDocument(u"45678912"_s);
        REQUIRE(comma->has_value());
        CHECK(comma->value().givenNames == u"Ana María"_s);
        CHECK(comma->value().surnames == u"Pérez García"_s);
        // Two columns feed nothing (the form's timestamp, the birth date): said.
        CHECK(std::count_if(plan->problems.cbegin(), plan->problems.cend(), [](const ImportProblem &p) {
                  return p.reason.contains(u"Marca temporal"_s) || p.reason.contains(u"Fecha de nacimiento"_s);
              }) == 2);
        // "Carlos Alberto Quispe": both given names are known as such, so
        // Quispe is the one surname; or, when unsure, said for its line.
        auto carlos = AttendeeRepository(*file).findByDocument(u"42345678"_s);
        REQUIRE(carlos->has_value());
        const bool warned = std::any_of(plan->problems.cbegin(), plan->problems.cend(), [](const ImportProblem &p) {
            return p.line == 6 && p.kind == ImportProblem::Kind::Warning && p.reason.contains(u"Carlos Alberto Quispe"_s);
        });
        CHECK((warned || (carlos->value().givenNames == u"Carlos Alberto"_s && carlos->value().surnames == u"Quispe"_s)));
    }
}

TEST_CASE("The first sheet by default, another by name, a date cell and a number cell as a person reads them", "[tabular][import]")
{
    for (const QString &kind : {u"xlsx"_s, u"ods"_s}) {
        INFO(kind.toStdString());
        const auto first = TabularReader::readFile(fixture(u"dos-hojas."_s + kind));
        REQUIRE(first.ok());
        CHECK(first->sheet == u"Instrucciones"_s);
        CHECK(first->sheets == QStringList{u"Instrucciones"_s, u"Inscritos"_s});
        const auto named = TabularReader::readFile(fixture(u"dos-hojas."_s + kind), TabularReader::Options(u"inscritos"_s));
        REQUIRE(named.ok());
        CHECK(named->sheet == u"Inscritos"_s);
        REQUIRE(named->records.size() == 4);
        CHECK(named->records.at(1).fields.at(1) == u"7654321"_s);
        CHECK(named->records.at(1).fields.at(2) == u"Colectivo  Ñandú"_s);
        CHECK(named->records.at(1).fields.at(3) == u"2026-11-20"_s);
        CHECK(named->records.at(3).line == 7); // three empty rows in between
        CHECK(named->records.at(3).fields.at(2) == u"Gobierno Regional\nLa Libertad"_s);
        const auto missing = TabularReader::readFile(fixture(u"dos-hojas."_s + kind), TabularReader::Options(u"Hoja3"_s));
        REQUIRE_FALSE(missing.ok());
        CHECK(missing.errorMessage().contains(u"Instrucciones, Inscritos"_s));
    }

    QTemporaryDir dir;
    const QString path = test::newBlankEvent(dir, u"s.taller"_s);
    const auto wrongSheet = test::runCli({u"import"_s, u"attendees"_s, path, fixture(u"dos-hojas.xlsx"_s)});
    CHECK(wrongSheet.exitCode == 1);
    CHECK(wrongSheet.err.contains(u"Inscritos"_s));
    const auto imported = test::runCli({u"import"_s, u"attendees"_s, path, fixture(u"dos-hojas.xlsx"_s), u"--sheet"_s, u"Inscritos"_s, u"--json"_s});
    REQUIRE(imported.exitCode == 0);
    CHECK(json(imported)[u"imported"_s].toInt() == 3);
    const auto list = test::runCli({u"attendees"_s, path, u"--json"_s});
    const QJsonArray people = QJsonDocument::fromJson(list.out.toUtf8()).array();
    REQUIRE(people.size() == 3);
    // "Apellidos y nombres": surnames first, so Muñoz Peña is the surname.
    QStringList names;
    for (const QJsonValue &p : people)
        names << p[u"surnames"_s].toString() + u", "_s + p[u"given_names"_s].toString() + u" "_s + p[u"document"_s].toString();
    CHECK(names.contains(u"Muñoz Peña, José Luis 07654321"_s));
    CHECK(names.contains(u"Quispe Mamani, Rosa 41234567"_s));
    CHECK(names.contains(u"de la Cruz Quispe, María del Carmen 40123456"_s));
}

TEST_CASE("Broken files: an unbalanced quote is refused with its line and nothing is imported", "[tabular][import]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    const int before = AttendeeRepository(*file).count().value();
    const QByteArray csv = "Nombres,Apellidos,DNI,Organización\n"
                           "Ana,Perez,12345678,\"ONG Vida\n"
                           "Luis,Rojas,23456789,Municipalidad\n"
                           "Rosa,Quispe,34567890,Colectivo\n";
    auto plan = AttendeeImport::prepare(*file, csv);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.errorMessage().contains(u"line 2"_s));
    CHECK(AttendeeRepository(*file).count().value() == before);

    // A quote closed in the wrong place: the text after it gives it away.
    auto misplaced = AttendeeImport::prepare(*file, "Nombres,Apellidos,DNI\nAna,\"Perez\" Soto,12345678\n");
    REQUIRE_FALSE(misplaced.ok());
    CHECK(misplaced.errorMessage().contains(u"line 2"_s));

    // The CLI says the same and leaves the file as it was.
    const QString path = dir.filePath(u"q.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const QString list = dir.filePath(u"lista.csv"_s);
    writeFile(list, csv);
    const QByteArray bytes = test::readAll(path);
    const auto result = test::runCli({u"import"_s, u"attendees"_s, path, list});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"line 2"_s));
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("Broken files: one Latin-1 line in a UTF-8 file is refused, naming the line", "[tabular][import]")
{
    QByteArray csv = QString(u"Nombres;Apellidos;DNI;Organización\nMaría;Núñez;12345678;Colectivo Ñandú\n"_s).toUtf8();
    csv += "Jos\xe9;Pe\xf1" "a;23456789;Regi\xf3n\n"; // saved by another program
    csv += QString(u"Inés;Ibáñez;34567890;Cámara\n"_s).toUtf8();
    auto table = TabularReader::read(csv);
    REQUIRE_FALSE(table.ok());
    INFO(table.errorMessage().toStdString());
    CHECK_THAT(table.errorMessage(), test::ContainsAll({u"line 3"_s, u"UTF-8"_s}));
    // A file wholly in Windows-1252 is read as such.
    auto latin = TabularReader::read("Nombres;DNI\nJos\xe9;12345678\n");
    REQUIRE(latin.ok());
    CHECK(latin->records.at(1).fields.at(0) == u"José"_s);
}

TEST_CASE("Broken files: a file over the limit is refused with its size and the limit, never cut", "[tabular][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"grande.csv"_s);
    writeFile(path, QByteArray("Nombres,DNI\n") + QByteArray(4000, 'x'));
    TabularReader::Options options;
    options.maxBytes = 2048;
    auto table = TabularReader::readFile(path, options);
    REQUIRE_FALSE(table.ok());
    CHECK_THAT(table.errorMessage(), test::ContainsAll({u"grande.csv"_s, u"3.9 KB"_s, u"2.0 KB"_s}));

    // Past 16 MiB is still read: the commitment on the last line comes in.
    const QString big = dir.filePath(u"compromisos.csv"_s);
    QByteArray csv = "Mesa;Título;Descripción\n";
    const QByteArray filler = "M1;Relleno;" + QByteArray(1000, 'a') + "\n";
    while (csv.size() < 17 * 1024 * 1024)
        csv += filler;
    csv += "M2;El último;Después de los 16 MiB\n";
    writeFile(big, csv);
    auto file = newEvent(dir);
    auto plan = CommitmentImport::fromPath(*file, big);
    REQUIRE(plan.ok());
    REQUIRE_FALSE(plan->commitments.isEmpty());
    CHECK(plan->commitments.last().title == u"El último"_s);
}

TEST_CASE("Broken files: a column nobody recognised is said, Acciones (cómo hacer) is the actions", "[tabular][import]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    const QByteArray csv = "Mesa,Título,Acciones (cómo hacer),Observaciones del facilitador\n"
                           "M1,Portal de datos,Publicar cada trimestre,Revisar con TI\n";
    auto plan = CommitmentImport::fromCsv(*file, csv, u"c.csv"_s);
    REQUIRE(plan.ok());
    REQUIRE(plan->commitments.size() == 1);
    CHECK(plan->commitments.first().actions == u"Publicar cada trimestre"_s);
    REQUIRE(plan->problems.size() == 1);
    CHECK(plan->problems.first().reason.contains(u"Observaciones del facilitador"_s));
    CHECK(plan->problems.first().line == 1);

    // --column makes it an indicator, or leaves it out without a word.
    auto table = TabularReader::read(csv);
    REQUIRE(table.ok());
    auto chosen = CommitmentImport::fromTable(*file, *table, u"c.csv"_s, {u"Observaciones del facilitador=indicator"_s});
    REQUIRE(chosen.ok());
    CHECK(chosen->commitments.first().indicator == u"Revisar con TI"_s);
    CHECK(chosen->problems.isEmpty());
    auto unknownField = CommitmentImport::fromTable(*file, *table, u"c.csv"_s, {u"Observaciones del facilitador=colour"_s});
    REQUIRE_FALSE(unknownField.ok());
    CHECK(unknownField.errorMessage().contains(u"colour"_s));
    auto unknownHeader = CommitmentImport::fromTable(*file, *table, u"c.csv"_s, {u"Nada=indicator"_s});
    REQUIRE_FALSE(unknownHeader.ok());
    CHECK(unknownHeader.errorMessage().contains(u"Nada"_s));

    // The CLI: columns in file order, named as `commitments --json` names them.
    const QString path = dir.filePath(u"c.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const auto result = test::runCli({u"import"_s, u"commitments"_s, path, fixture(u"compromisos-acciones.xlsx"_s), u"--json"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = json(result);
    CHECK(report[u"imported"_s].toInt() == 3);
    CHECK(fieldsOf(report) == QStringList{u"mesa"_s, u"title"_s, u"problem"_s, u"actions"_s, u"responsible"_s, u"deadline"_s,
                                          u"indicator"_s, u"values"_s});
    CHECK(report[u"columns"_s].toArray().at(3)[u"header"_s].toString() == u"Acciones (cómo hacer)"_s);
    const QJsonArray commitments = QJsonDocument::fromJson(test::runCli({u"commitments"_s, path, u"--json"_s}).out.toUtf8()).array();
    REQUIRE(commitments.size() == 3);
    CHECK(commitments.at(0)[u"actions"_s].toString().startsWith(u"Publicar cada trimestre"_s));
    CHECK(commitments.at(0)[u"deadline"_s].toString() == u"2027-06-30"_s);
    CHECK(commitments.at(0)[u"values"_s].toArray().size() == 2);
}

TEST_CASE("Broken files: ABC123 under DNI is said for its line, never taken as a DNI in silence", "[tabular][import]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepare(*file, "Nombres,Apellidos,DNI\nAna,Rojas,ABC123\nLuis,Paredes,44556688\nEva,Soto,X1234567\n");
    REQUIRE(plan.ok());
    // Not a DNI under "DNI": kept as the passport it looks like, and said
    // for its line, with the value.
    CHECK(std::any_of(plan->problems.cbegin(), plan->problems.cend(), [](const ImportProblem &p) {
        return p.line == 2 && p.kind == ImportProblem::Kind::Warning &&
               p.reason.contains(u"\"ABC123\" is under \"DNI\" but is not a DNI"_s);
    }));
    CHECK(std::any_of(plan->problems.cbegin(), plan->problems.cend(), [](const ImportProblem &p) {
        return p.line == 4 && p.kind == ImportProblem::Kind::Warning && p.reason.contains(u"X1234567"_s);
    }));
    // Too short for any document: rejected, naming its line.
    auto tooShort = AttendeeImport::prepare(*file, "Nombres,Apellidos,DNI\nAna,Rojas,AB12\n");
    REQUIRE(tooShort.ok());
    CHECK(tooShort->accepted.isEmpty());
    CHECK(tooShort->problems.last().line == 2);
    for (const AttendeeImport::Row &row : plan->accepted) {
        if (row.line != 3)
            CHECK(row.attendee.documentType != DocumentType::Dni);
    }
    // With a type column, a passport is a passport.
    auto typed = AttendeeImport::prepare(*file, "Nombres,Apellidos,Tipo de documento,Documento\nAna,Rojas,Pasaporte,ABC123456\n");
    REQUIRE(typed.ok());
    REQUIRE(typed->accepted.size() == 1);
    CHECK(typed->accepted.first().attendee.documentType == DocumentType::Passport);
    // A consent that is neither yes nor no is said.
    auto consent = AttendeeImport::prepare(*file, "Nombres,Apellidos,DNI,Correo,Consentimiento\nAna,Rojas,44556677,a@b.pe,tal vez\n");
    REQUIRE(consent.ok());
    CHECK(std::any_of(consent->problems.cbegin(), consent->problems.cend(),
                      [](const ImportProblem &p) { return p.line == 2 && p.reason.contains(u"tal vez"_s); }));
    CHECK(consent->accepted.first().attendee.email.isEmpty());
}

TEST_CASE("Broken files: an agenda whose every row is rejected leaves the programme as it was", "[tabular][import]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"a.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const QString before = test::runCli({u"agenda"_s, path}).out;
    REQUIRE_FALSE(before.isEmpty());
    const QString bad = dir.filePath(u"malo.csv"_s);
    writeFile(bad, "Inicio,Actividad,Tipo\n8h,Registro,registro\n09:00,Bienvenida,karaoke\n");
    const QByteArray bytes = test::readAll(path);
    const auto result = test::runCli({u"import"_s, u"agenda"_s, path, bad});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(u"left as it was"_s));
    CHECK_THAT(result.out, test::ContainsAll({u"line 2"_s, u"line 3"_s}));
    CHECK(test::runCli({u"agenda"_s, path}).out == before);
    CHECK(test::readAll(path) == bytes);
}

TEST_CASE("A programme exported and imported into a blank event keeps its times", "[tabular][import]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"origen.taller"_s);
    REQUIRE(test::runCli({u"new"_s, source}).exitCode == 0);
    for (const QString &kind : {u"csv"_s, u"xlsx"_s}) {
        INFO(kind.toStdString());
        const QString out = dir.filePath(u"programa."_s + kind);
        REQUIRE(test::runCli({u"export"_s, u"agenda"_s, source, out}).exitCode == 0);
        const QString blank = test::newBlankEvent(dir, u"blank-"_s + kind + u".taller"_s);
        const auto imported = test::runCli({u"import"_s, u"agenda"_s, blank, out, u"--json"_s});
        REQUIRE(imported.exitCode == 0);
        const QJsonObject report = json(imported);
        CHECK(report[u"start"_s].toString() == u"08:30"_s);
        CHECK(report[u"start_changed"_s].toBool());
        const QJsonArray a = QJsonDocument::fromJson(test::runCli({u"agenda"_s, source, u"--json"_s}).out.toUtf8()).array();
        const QJsonArray b = QJsonDocument::fromJson(test::runCli({u"agenda"_s, blank, u"--json"_s}).out.toUtf8()).array();
        REQUIRE(a.size() == b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            CHECK(a.at(i)[u"start"_s] == b.at(i)[u"start"_s]);
            CHECK(a.at(i)[u"title"_s] == b.at(i)[u"title"_s]);
            CHECK(a.at(i)[u"exposition_minutes"_s] == b.at(i)[u"exposition_minutes"_s]);
        }
        // Into an event that has a programme: its start stays, and it says so.
        const auto again = test::runCli({u"import"_s, u"agenda"_s, source, fixture(u"programa.ods"_s)});
        REQUIRE(again.exitCode == 0);
    }
    const QString other = dir.filePath(u"otro.taller"_s);
    REQUIRE(test::runCli({u"new"_s, other}).exitCode == 0);
    const QString late = dir.filePath(u"tarde.csv"_s);
    writeFile(late, "Inicio,Minutos,Actividad\n10:00,30,Registro\n10:30,60,Mesas\n");
    const auto kept = test::runCli({u"import"_s, u"agenda"_s, other, late});
    REQUIRE(kept.exitCode == 0);
    CHECK(kept.out.contains(u"keeps its start at 08:30"_s));
    CHECK(test::runCli({u"agenda"_s, other}).out.startsWith(u"08:30"_s));
}

TEST_CASE("export agenda: UTF-8 with BOM and semicolons, formulas neutralised, and it imports back as it was", "[tabular]")
{
    QList<AgendaItem> items;
    for (const QString &title : {u"=HYPERLINK(\"http://x\",\"clic\")"_s, u"+cmd|' /C calc'!A0"_s, u"@SUM(1+1)*cmd|' /C calc'!A0"_s,
                                 u"-2+3"_s, u"'=ya con apóstrofo"_s, u"Café; té, \"y\" más\nen dos líneas"_s}) {
        AgendaItem item;
        item.title = title;
        item.minutes = 15;
        item.kind = ActivityKind::Other;
        item.responsible.name = u"Ñusta Quispe"_s;
        items.append(item);
    }
    const QByteArray csv = AgendaCsv::write(items, QTime(8, 30));
    CHECK(csv.startsWith("\xEF\xBB\xBFstart;end;minutes;"));
    const QString text = QString::fromUtf8(csv);
    CHECK_THAT(text, test::ContainsAll({u";\"'=HYPERLINK(\"\"http"_s, u";'+cmd|"_s, u";'@SUM("_s, u";'-2+3;"_s}));
    CHECK(TabularWriter::neutralised(u"\rRetorno"_s) == u"'\rRetorno"_s);
    CHECK(TabularWriter::neutralised(u"\tTabulado"_s) == u"'\tTabulado"_s);
    CHECK(TabularWriter::neutralised(u"Normal -1"_s) == u"Normal -1"_s);
    CHECK(text.contains(u";''=ya con apóstrofo;"_s));
    CHECK_FALSE(text.contains(u";=HYPERLINK"_s));
    auto back = AgendaCsv::read(csv, QTime(8, 30), QTime(14, 0));
    REQUIRE(back.ok());
    REQUIRE(back->items.size() == items.size());
    for (qsizetype i = 0; i < items.size(); ++i)
        CHECK(back->items.at(i).title == items.at(i).title);
    CHECK(AgendaCsv::write(back->items, QTime(8, 30)) == csv);
}

TEST_CASE("Exports of attendees and commitments import back as they were, as CSV and as .xlsx", "[tabular]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(u"origen.taller"_s);
    REQUIRE(test::runCli({u"new"_s, source, u"--sample-attendees"_s, u"25"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"import"_s, u"commitments"_s, source, fixture(u"compromisos-acciones.csv"_s)}).exitCode == 0);
    const auto attendeesOf = [](const QString &path) {
        QJsonArray list = QJsonDocument::fromJson(test::runCli({u"attendees"_s, path, u"--json"_s}).out.toUtf8()).array();
        QStringList rows;
        for (const QJsonValue &a : list)
            rows << QStringList{a[u"given_names"_s].toString(), a[u"surnames"_s].toString(), a[u"document"_s].toString(),
                                a[u"document_type"_s].toString(), a[u"organisation"_s].toString(), a[u"position"_s].toString(),
                                a[u"sector"_s].toString()}
                        .join(u'|');
        return rows;
    };
    const auto commitmentsOf = [](const QString &path) {
        QJsonArray list = QJsonDocument::fromJson(test::runCli({u"commitments"_s, path, u"--json"_s}).out.toUtf8()).array();
        QStringList rows;
        for (const QJsonValue &c : list) {
            QStringList fields;
            for (const QString &key : {u"mesa"_s, u"title"_s, u"problem"_s, u"description"_s, u"actions"_s, u"responsible"_s,
                                       u"participants"_s, u"resources"_s, u"deadline"_s, u"indicator"_s})
                fields << c[key].toString();
            fields << QString::fromUtf8(QJsonDocument(c[u"values"_s].toArray()).toJson(QJsonDocument::Compact));
            rows << fields.join(u'|');
        }
        return rows;
    };
    for (const QString &kind : {u"csv"_s, u"xlsx"_s}) {
        INFO(kind.toStdString());
        const QString people = dir.filePath(u"asistentes."_s + kind);
        const QString commitments = dir.filePath(u"compromisos."_s + kind);
        REQUIRE(test::runCli({u"export"_s, u"attendees"_s, source, people}).exitCode == 0);
        REQUIRE(test::runCli({u"export"_s, u"commitments"_s, source, commitments}).exitCode == 0);
        const QString target = dir.filePath(u"copia-"_s + kind + u".taller"_s);
        REQUIRE(test::runCli({u"new"_s, target}).exitCode == 0);
        const auto imported = test::runCli({u"import"_s, u"attendees"_s, target, people, u"--json"_s});
        REQUIRE(imported.exitCode == 0);
        CHECK(json(imported)[u"warnings"_s].toInt() == 0);
        CHECK_FALSE(fieldsOf(json(imported)).contains(u"-"_s));
        REQUIRE(test::runCli({u"import"_s, u"commitments"_s, target, commitments}).exitCode == 0);
        CHECK(attendeesOf(target) == attendeesOf(source));
        CHECK(commitmentsOf(target) == commitmentsOf(source));
    }
    const QString participation = dir.filePath(u"participacion.xlsx"_s);
    REQUIRE(test::runCli({u"export"_s, u"participation"_s, source, participation}).exitCode == 0);
    auto table = TabularReader::readFile(participation);
    REQUIRE(table.ok());
    CHECK(table->records.last().fields.at(1) == u"25"_s);
}

TEST_CASE("Column map: headers of real registration forms", "[tabular][import]")
{
    // Collected from public Google Forms and Excel registration sheets of
    // Peruvian regional governments, municipalities and OGP events.
    const QList<std::pair<QString, QString>> headers = {
        {u"Marca temporal"_s, u""_s},
        {u"Timestamp"_s, u""_s},
        {u"Dirección de correo electrónico"_s, u"email"_s},
        {u"Email Address"_s, u"email"_s},
        {u"Nombres y Apellidos"_s, u"full_name"_s},
        {u"APELLIDOS Y NOMBRES"_s, u"full_name"_s},
        {u"Nombre completo"_s, u"full_name"_s},
        {u"Nombres"_s, u"given_names"_s},
        {u"Apellidos"_s, u"surnames"_s},
        {u"First name"_s, u"given_names"_s},
        {u"Last name"_s, u"surnames"_s},
        {u"Apellido Paterno"_s, u"first_surname"_s},
        {u"Apellido materno"_s, u"second_surname"_s},
        {u"DNI"_s, u"document"_s},
        {u"N° de DNI"_s, u"document"_s},
        {u"Número de documento de identidad (DNI / CE)"_s, u"document"_s},
        {u"Tipo de documento"_s, u"document_type"_s},
        {u"Institución / Organización a la que representa"_s, u"organisation"_s},
        {u"Nombre de la organización"_s, u"organisation"_s},
        {u"Entidad"_s, u"organisation"_s},
        {u"Cargo que desempeña"_s, u"position"_s},
        {u"Cargo / Puesto"_s, u"position"_s},
        {u"Sector al que pertenece"_s, u"sector"_s},
        {u"Celular / WhatsApp"_s, u"phone"_s},
        {u"Teléfono de contacto"_s, u"phone"_s},
        {u"Correo electrónico *"_s, u"email"_s},
        {u"3. Correo electrónico:"_s, u"email"_s},
        {u"¿Autoriza el tratamiento de sus datos personales (Ley N° 29733)?"_s, u"data_consent"_s},
        {u"¿Autoriza el uso de su imagen en fotografías y videos?"_s, u"photo_consent"_s},
        {u"Mesa de trabajo de preferencia"_s, u"preferred_mesa"_s},
        {u"Región"_s, u""_s},
        {u"Género"_s, u""_s},
        {u"Edad"_s, u""_s},
    };
    // And as the attendee import maps them.
    QTemporaryDir dir;
    auto file = newEvent(dir);
    for (const auto &[h, field] : headers) {
        INFO(h.toStdString());
        auto plan = AttendeeImport::prepare(*file, QString(u"\""_s + h + u"\",DNI,Nombres\nx,12345678,Ana\n"_s).toUtf8());
        REQUIRE(plan.ok());
        // The first column claims its field before the DNI and Nombres after it.
        CHECK(plan->columns.first().field == field);
    }
    CHECK(ColumnMap::match(u"Acciones (cómo hacer)"_s, CommitmentImport::fields()) == u"actions"_s);
    CHECK(ColumnMap::match(u"Plazo (fecha límite)"_s, CommitmentImport::fields()) == u"deadline"_s);
    CHECK(ColumnMap::match(u"Indicador de cumplimiento"_s, CommitmentImport::fields()) == u"indicator"_s);
    CHECK(ColumnMap::match(u"Hora de inicio"_s, AgendaCsv::fields()) == u"start"_s);
    CHECK(ColumnMap::match(u"Duración (min)"_s, AgendaCsv::fields()) == u"minutes"_s);
}

TEST_CASE("Name splitter: given names and surnames as they are written in Peru", "[tabular][import]")
{
    struct Case { QString full; QString given; QString surnames; bool unsure; };
    const QList<Case> cases = {
        {u"José Luis Muñoz Peña"_s, u"José Luis"_s, u"Muñoz Peña"_s, false},
        {u"Ana Rojas Paredes"_s, u"Ana"_s, u"Rojas Paredes"_s, false},
        {u"Ana Rojas"_s, u"Ana"_s, u"Rojas"_s, false},
        {u"María del Carmen de la Cruz Quispe"_s, u"María del Carmen"_s, u"de la Cruz Quispe"_s, false},
        {u"Juan Pérez de la Cruz"_s, u"Juan"_s, u"Pérez de la Cruz"_s, false},
        {u"Luis Alberto de los Ríos Vega"_s, u"Luis Alberto"_s, u"de los Ríos Vega"_s, false},
        {u"Rosa María del Pilar Huamán Ccori"_s, u"Rosa María del Pilar"_s, u"Huamán Ccori"_s, true},
        {u"Pérez García, Ana María"_s, u"Ana María"_s, u"Pérez García"_s, false},
        {u"de la Torre Ugarte, Chabuca"_s, u"Chabuca"_s, u"de la Torre Ugarte"_s, false},
        {u"QUISPE MAMANI, Rosa"_s, u"Rosa"_s, u"QUISPE MAMANI"_s, false},
        {u"Rosa QUISPE MAMANI"_s, u"Rosa"_s, u"QUISPE MAMANI"_s, false},
        {u"QUISPE MAMANI Rosa Elena"_s, u"Rosa Elena"_s, u"QUISPE MAMANI"_s, false},
        {u"Carlos Alberto Quispe"_s, u"Carlos Alberto"_s, u"Quispe"_s, true},
        {u"Pedro Castillo Terrones"_s, u"Pedro"_s, u"Castillo Terrones"_s, false},
        {u"María Elena Moyano Delgado"_s, u"María Elena"_s, u"Moyano Delgado"_s, false},
        {u"Juan Carlos del Águila Ríos"_s, u"Juan Carlos"_s, u"del Águila Ríos"_s, false},
        {u"Ana de los Santos"_s, u"Ana"_s, u"de los Santos"_s, false},
        {u"Miguel Ángel San Martín Paz"_s, u"Miguel Ángel"_s, u"San Martín Paz"_s, false},
        {u"Fátima Ccahuana Huillca"_s, u"Fátima"_s, u"Ccahuana Huillca"_s, false},
        {u"Wilber Condori"_s, u"Wilber"_s, u"Condori"_s, false},
        {u"Madonna"_s, u"Madonna"_s, u""_s, true},
        {u"  Ana   María   Flores  Soto "_s, u"Ana María"_s, u"Flores Soto"_s, false},
        {u"João da Silva Santos"_s, u"João"_s, u"da Silva Santos"_s, true},
        {u"Maria das Graças Foster"_s, u"Maria"_s, u"das Graças Foster"_s, true},
        {u"Gabriel García Márquez"_s, u"Gabriel"_s, u"García Márquez"_s, false},
        {u"Mario Vargas Llosa"_s, u"Mario"_s, u"Vargas Llosa"_s, false},
        {u"Javier Pérez de Cuéllar"_s, u"Javier"_s, u"Pérez de Cuéllar"_s, false},
        {u"Chabuca Granda y Larco"_s, u"Chabuca"_s, u"Granda y Larco"_s, false},
        {u"María Luisa Ramos, "_s, u""_s, u"María Luisa Ramos"_s, true},
        {u"Ortiz, Ana, María"_s, u"Ana, María"_s, u"Ortiz"_s, true},
        {u"Luz Marina Vásquez de Velasco Chávez"_s, u"Luz Marina"_s, u"Vásquez de Velasco Chávez"_s, true},
        {u"José Antonio Ñique Chumpitaz"_s, u"José Antonio"_s, u"Ñique Chumpitaz"_s, false},
    };
    REQUIRE(cases.size() >= 30);
    for (const Case &c : cases) {
        INFO(c.full.toStdString());
        const NameSplitter::Split split = NameSplitter::split(c.full);
        // Right, or named for review; "unsure" cases have no right reading
        // (one word, stray commas, a shape a person would look at twice).
        if (!split.unsure()) {
            CHECK(split.givenNames == c.given);
            CHECK(split.surnames == c.surnames);
        }
        if (c.unsure && (c.surnames.isEmpty() || c.given.isEmpty() || c.given.contains(u',')))
            CHECK(split.unsure());
    }
    // Surnames first, as "Apellidos y nombres" columns have them.
    const auto first = NameSplitter::split(u"Muñoz Peña José Luis"_s, NameSplitter::Order::SurnamesFirst);
    CHECK(first.surnames == u"Muñoz Peña"_s);
    CHECK(first.givenNames == u"José Luis"_s);
    const auto three = NameSplitter::split(u"Quispe Mamani Rosa"_s, NameSplitter::Order::SurnamesFirst);
    CHECK(three.surnames == u"Quispe Mamani"_s);
    CHECK(three.givenNames == u"Rosa"_s);
}

TEST_CASE("Damaged workbooks are refused with a message, not shown as bytes", "[tabular]")
{
    const QByteArray xlsx = test::readAll(fixture(u"inscritos-formulario.xlsx"_s));
    auto cut = TabularReader::read(xlsx.left(xlsx.size() / 2));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.errorMessage().contains(u"spreadsheet"_s));
    // A thousand single-byte corruptions of real workbooks: read or refused,
    // never a crash.
    std::mt19937 random(29733);
    // The zip layer complains of impossible offsets on stderr; the refusal
    // is what counts.
    const QtMessageHandler previous = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    for (const QString &name : {u"inscritos-formulario.xlsx"_s, u"dos-hojas.ods"_s}) {
        const QByteArray original = test::readAll(fixture(name));
        for (int i = 0; i < 500; ++i) {
            QByteArray damaged = original;
            damaged[qsizetype(random() % quint32(damaged.size()))] = char(random() % 256);
            auto result = TabularReader::read(damaged);
            if (!result)
                CHECK_FALSE(result.errorMessage().isEmpty());
        }
    }
    qInstallMessageHandler(previous);
    auto old = TabularReader::read(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") + QByteArray(600, '\0'));
    REQUIRE_FALSE(old.ok());
    CHECK(old.errorMessage().contains(u".xls"_s));
}

TEST_CASE("cli: --column chooses a column's field, time cells of a workbook are times", "[tabular][import][cli]")
{
    QTemporaryDir dir;
    const QString path = test::newBlankEvent(dir, u"c.taller"_s);
    const auto chosen = test::runCli({u"import"_s, u"attendees"_s, path, fixture(u"inscritos-formulario.ods"_s), u"--json"_s,
                                      u"--column"_s, u"Marca temporal=-"_s, u"--column"_s, u"cargo=organisation"_s,
                                      u"--column"_s, u"Organización a la que representa=-"_s});
    REQUIRE(chosen.exitCode == 0);
    const QJsonObject report = json(chosen);
    CHECK(fieldsOf(report) == QStringList{u"-"_s, u"full_name"_s, u"document"_s, u"-"_s, u"organisation"_s, u"sector"_s,
                                          u"email"_s, u"phone"_s, u"data_consent"_s, u"-"_s});
    const QJsonArray people = QJsonDocument::fromJson(test::runCli({u"attendees"_s, path, u"--json"_s}).out.toUtf8()).array();
    REQUIRE(people.size() == 6);
    CHECK(people.at(0)[u"organisation"_s].toString() == u"Especialista"_s); // de la Cruz Quispe's Cargo
    const auto wrong = test::runCli({u"import"_s, u"attendees"_s, path, fixture(u"inscritos-formulario.ods"_s), u"--column"_s, u"DNI=shoe size"_s});
    CHECK(wrong.exitCode == 2); // the command line was wrong
    CHECK(wrong.err.contains(u"shoe size"_s));

    const QString agenda = test::newBlankEvent(dir, u"a.taller"_s);
    for (const QString &kind : {u"xlsx"_s, u"ods"_s}) {
        INFO(kind.toStdString());
        REQUIRE(test::runCli({u"import"_s, u"agenda"_s, agenda, fixture(u"programa."_s + kind)}).exitCode == 0);
        const QJsonArray items = QJsonDocument::fromJson(test::runCli({u"agenda"_s, agenda, u"--json"_s}).out.toUtf8()).array();
        REQUIRE(items.size() == 6);
        CHECK(items.at(0)[u"start"_s].toString() == u"08:30"_s);
        CHECK(items.at(3)[u"start"_s].toString() == u"10:00"_s);
        CHECK(items.at(3)[u"minutes"_s].toInt() == 90);
        CHECK(items.at(3)[u"kind"_s].toString() == u"working_tables"_s);
        CHECK(items.at(2)[u"title"_s].toString() == u"Presentación del plan de acción"_s);
    }
}
