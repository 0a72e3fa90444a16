#include "TestSupport.h"

#include "templates/Templates.h"
#include "registration/AttendeeImport.h"
#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

std::unique_ptr<EventFile> newEvent(const QTemporaryDir &dir, const QString &name = u"i.taller"_s)
{
    auto file = test::createEvent(dir.filePath(name), EventTemplates::palacioDeHierro(QDate(2016, 6, 29)));
    REQUIRE(file.ok());
    return std::move(file.value());
}

QByteArray encode(const QString &text, CsvReader::Encoding encoding)
{
    switch (encoding) {
    case CsvReader::Encoding::Utf8: return text.toUtf8();
    case CsvReader::Encoding::Utf8WithBom: return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
    case CsvReader::Encoding::Utf16LE: {
        QStringEncoder encoder(QStringConverter::Utf16LE);
        return QByteArray("\xFF\xFE") + QByteArray(encoder(text));
    }
    case CsvReader::Encoding::Utf16BE: {
        QStringEncoder encoder(QStringConverter::Utf16BE);
        return QByteArray("\xFE\xFF") + QByteArray(encoder(text));
    }
    case CsvReader::Encoding::Windows1252: {
        QByteArray bytes;
        for (QChar c : text) {
            if (c == u'’')
                bytes.append('\x92');
            else
                bytes.append(char(c.unicode()));
        }
        return bytes;
    }
    }
    return {};
}

// One registration form export, as a spreadsheet would write it.
QString formExport(QChar delimiter, const QString &newline)
{
    const QString d(delimiter);
    QStringList lines = {
        u"Marca temporal"_s + d + u"Nombres"_s + d + u"Apellidos"_s + d + u"DNI"_s + d + u"Organización"_s + d + u"Cargo"_s + d
            + u"Sector"_s + d + u"Correo electrónico"_s + d + u"Celular"_s + d + u"Consentimiento"_s,
        u"2016/06/20"_s + d + u"María José"_s + d + u"Núñez Peña"_s + d + u"45678912"_s + d + u"Colectivo Ñandú"_s + d
            + u"Coordinadora"_s + d + u"Sociedad civil"_s + d + u"mj@example.org"_s + d + u"987654321"_s + d + u"Sí"_s,
        // Excel dropped the leading zero of this DNI.
        u"2016/06/20"_s + d + u"Raúl"_s + d + u"Ibáñez"_s + d + u"1234567"_s + d + u"\"Universidad Nacional"_s + d
            + u" sede \"\"Trujillo\"\"\""_s + d + u"Docente"_s + d + u"Academia"_s + d + u"ri@example.org"_s + d + u""_s + d + u"No"_s,
        // A quoted field with a line break inside.
        u"2016/06/20"_s + d + u"Inés"_s + d + u"O’Connor"_s + d + u"87654321"_s + d + u"\"Cámara de Comercio"_s + newline
            + u"de La Libertad\""_s + d + u""_s + d + u"Gremio empresarial"_s + d + u""_s + d + u""_s + d + u"Sí"_s,
        u"2016/06/20"_s + d + u""_s + d + u""_s + d + u"11112222"_s + d + u"Sin nombre"_s + d + u""_s + d + u""_s + d + u""_s + d + u""_s + d + u""_s,
        u"2016/06/20"_s + d + u"Pedro"_s + d + u"Quispe"_s + d + u"12AB"_s + d + u""_s + d + u""_s + d + u"Ciudadanía"_s + d + u""_s + d + u""_s + d + u""_s,
        u"2016/06/20"_s + d + u"María José"_s + d + u"Núñez Peña"_s + d + u"45678912"_s + d + u"Colectivo Ñandú"_s + d + u""_s + d
            + u""_s + d + u""_s + d + u""_s + d + u""_s,
    };
    return lines.join(newline) + newline;
}

} // namespace

TEST_CASE("Import matrix: every encoding, delimiter and line ending reads the same people", "[import]")
{
    const auto encoding = GENERATE(CsvReader::Encoding::Utf8, CsvReader::Encoding::Utf8WithBom, CsvReader::Encoding::Utf16LE,
                                   CsvReader::Encoding::Utf16BE, CsvReader::Encoding::Windows1252);
    const auto delimiter = GENERATE(u';', u',', u'\t');
    const auto newline = GENERATE(as<QString>{}, u"\r\n"_s, u"\n"_s);
    INFO("encoding " << CsvReader::encodingName(encoding).toStdString() << ", delimiter " << int(delimiter)
                     << ", CRLF " << (newline == u"\r\n"_s));

    QTemporaryDir dir;
    auto file = newEvent(dir);
    const QByteArray csv = encode(formExport(QChar(delimiter), newline), encoding);
    auto plan = AttendeeImport::prepare(*file, csv);
    REQUIRE(plan.ok());
    CHECK(plan->encoding == encoding);
    CHECK(plan->delimiter == QChar(delimiter));
    auto report = AttendeeImport::commit(*file, *plan);
    REQUIRE(report.ok());
    CHECK(report->imported == 3);
    CHECK(report->duplicates == 1);
    CHECK(report->rejected == 2);

    const QList<ImportProblem> &problems = report->problems;
    auto problemAt = [&](int line) {
        for (const auto &p : problems) {
            if (p.line == line)
                return p;
        }
        return ImportProblem{};
    };
    // The quoted line break makes the record after it start one line later.
    CHECK(problemAt(3).kind == ImportProblem::Kind::Warning);
    CHECK(problemAt(3).reason.contains(u"01234567"_s));
    CHECK(problemAt(6).kind == ImportProblem::Kind::Rejected);
    CHECK(problemAt(6).reason.contains(u"no name"_s));
    CHECK(problemAt(7).kind == ImportProblem::Kind::Rejected);
    CHECK(problemAt(8).kind == ImportProblem::Kind::Duplicate);

    const AttendeeRepository attendees(*file);
    const auto maria = *attendees.findByDocument(u"45678912"_s);
    REQUIRE(maria.has_value());
    CHECK(maria->givenNames == u"María José"_s);
    CHECK(maria->surnames == u"Núñez Peña"_s);
    CHECK(maria->organisation == u"Colectivo Ñandú"_s);
    CHECK(maria->sector == Sector::CivilSociety);
    CHECK(maria->email == u"mj@example.org"_s);
    const auto raul = *attendees.findByDocument(u"01234567"_s);
    REQUIRE(raul.has_value());
    CHECK(raul->organisation == QString(u"Universidad Nacional"_s + QChar(delimiter) + u" sede \"Trujillo\""_s).simplified());
    CHECK(raul->email.isEmpty()); // said No to consent
    const auto ines = *attendees.findByDocument(u"87654321"_s);
    REQUIRE(ines.has_value());
    CHECK(ines->surnames == u"O’Connor"_s);
    CHECK(ines->organisation == u"Cámara de Comercio de La Libertad"_s);
    CHECK(ines->sector == Sector::Business);
}

TEST_CASE("Import headers are recognised in Spanish and English, case and accents ignored", "[import]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    const QByteArray csv = "FIRST NAME,Last Name,Document,Institution,Position,sector,E-mail,Phone,I consent\n"
                           "Ana,Rojas,44556677,Red Ciudadana,Voluntaria,civil society,ana@example.org,999111222,yes\n";
    auto plan = AttendeeImport::prepare(*file, csv);
    REQUIRE(plan.ok());
    REQUIRE(plan->accepted.size() == 1);
    const Attendee &a = plan->accepted.first().attendee;
    CHECK(a.givenNames == u"Ana"_s);
    CHECK(a.surnames == u"Rojas"_s);
    CHECK(a.organisation == u"Red Ciudadana"_s);
    CHECK(a.position == u"Voluntaria"_s);
    CHECK(a.sector == Sector::CivilSociety);
    CHECK(a.email == u"ana@example.org"_s);
    CHECK(a.phone == u"999111222"_s);
}

TEST_CASE("A file without a name or document column is refused before anything is written", "[import]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    // The plan says what is missing (the window then asks); it cannot be
    // committed, and the command line refuses it.
    auto plan = AttendeeImport::prepare(*file, "Fecha;Comentario\n2016;hola\n");
    REQUIRE(plan.ok());
    CHECK(plan->unplaced.contains(u"DNI"_s));
    CHECK(plan->accepted.isEmpty());
    CHECK_FALSE(AttendeeImport::commit(*file, *plan).ok());
    CHECK(*AttendeeRepository(*file).count() == 0);
    test::writeFile(dir.filePath(u"x.csv"_s), "Fecha;Comentario\n2016;hola\n");
    auto refused = AttendeeImport::prepareFile(*file, dir.filePath(u"x.csv"_s), {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"--column"_s));

    CHECK_FALSE(AttendeeImport::prepare(*file, "").ok());
    const auto garbage = AttendeeImport::prepare(*file, QByteArray("\x00\x01\x02\xff", 4));
    CHECK((!garbage.ok() || !garbage->unplaced.isEmpty()));
}

TEST_CASE("An import is all or nothing: a failure leaves the event unchanged", "[import]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepare(*file, "Nombres;Apellidos;DNI\nAna;Rojas;44556677\nLuis;Paredes;44556688\n");
    REQUIRE(plan.ok());
    REQUIRE(plan->accepted.size() == 2);
    // Someone registers the second person at the desk between preview and import.
    Attendee walkIn;
    walkIn.givenNames = u"Luis"_s;
    walkIn.surnames = u"Paredes"_s;
    walkIn.documentNumber = u"44556688"_s;
    REQUIRE(AttendeeRepository(*file).add(walkIn).ok());

    auto report = AttendeeImport::commit(*file, *plan);
    REQUIRE_FALSE(report.ok());
    CHECK(report.errorMessage().contains(u"44556688"_s));
    CHECK(*AttendeeRepository(*file).count() == 1);
}

TEST_CASE("cli: import attendees reports counts and problems, as text and JSON", "[import][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"c.taller"_s);
    REQUIRE(test::runCli({u"new"_s, path}).exitCode == 0);
    const QString csvPath = dir.filePath(u"lista.csv"_s);
    test::writeFile(csvPath, encode(formExport(u';', u"\r\n"_s), CsvReader::Encoding::Windows1252));
    const QByteArray before = test::readAll(path);

    const auto dry = test::runCli({u"import"_s, u"attendees"_s, path, csvPath, u"--dry-run"_s});
    REQUIRE(dry.exitCode == 0);
    const auto json = test::runCli({u"import"_s, u"attendees"_s, path, csvPath, u"--json"_s});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    CHECK(o[u"imported"_s].toInt() == 3);
    CHECK(o[u"duplicates"_s].toInt() == 1);
    CHECK(o[u"rejected"_s].toInt() == 2);
    // The 7-digit DNI, and the "Marca temporal" column that feeds nothing.
    CHECK(o[u"warnings"_s].toInt() == 2);
    CHECK(o[u"problems"_s].toArray().size() == 5);
    const QJsonArray columns = o[u"columns"_s].toArray();
    REQUIRE(columns.size() == 10);
    CHECK(columns.at(0)[u"header"_s].toString() == u"Marca temporal"_s);
    CHECK(columns.at(0)[u"field"_s].isNull());
    CHECK(columns.at(1)[u"field"_s].toString() == u"given_names"_s);
    CHECK(columns.at(3)[u"field"_s].toString() == u"document"_s);
    CHECK(columns.at(7)[u"field"_s].toString() == u"email"_s);
    CHECK(o[u"problems"_s].toArray().at(0)[u"line"_s].toInt() > 0);

    const auto again = test::runCli({u"import"_s, u"attendees"_s, path, csvPath});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out.startsWith(u"imported 0, duplicates 4, rejected 2"_s));
    CHECK(again.out.contains(u"line 6: no name"_s));
}
