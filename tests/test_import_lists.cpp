// Lists as organisers really have them: a title above the header, a
// numbering column and a total row, names typed in either order under one
// column, a sign-up form in English, columns nobody headed, a workbook saved
// with a password. Every person comes in with surnames and given names
// right, or named for review; nothing is refused that a person reads at a
// glance.

#include "TestSupport.h"

#include "mesas/CommitmentImport.h"
#include "process/InitiativeImport.h"
#include "registration/AttendeeImport.h"
#include "registration/AttendeeRepository.h"
#include "tabular/TabularReader.h"
#include "templates/Templates.h"

#include <QDataStream>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return test::testDataPath(u"tabular/"_s + name);
}

std::unique_ptr<EventFile> newEvent(const QTemporaryDir &dir)
{
    auto file = test::createEvent(dir.filePath(u"l.taller"_s), EventTemplates::palacioDeHierro(QDate(2016, 10, 3)));
    REQUIRE(file.ok());
    return std::move(file.value());
}

struct Person
{
    QString document;
    QString given;
    QString surnames;
};

// Right, or flagged for its line: never a wrong split in silence.
void checkPeople(const AttendeeImport::Plan &plan, const QList<Person> &people, int *flagged = nullptr)
{
    for (const Person &p : people) {
        INFO(p.document.toStdString() + " " + p.given.toStdString() + " / " + p.surnames.toStdString());
        const auto row = std::find_if(plan.accepted.cbegin(), plan.accepted.cend(),
                                      [&](const AttendeeImport::Row &r) { return r.attendee.documentNumber == p.document; });
        REQUIRE(row != plan.accepted.cend());
        const bool right = row->attendee.givenNames == p.given && row->attendee.surnames == p.surnames;
        const bool warned = std::any_of(plan.problems.cbegin(), plan.problems.cend(), [&](const ImportProblem &problem) {
            return problem.line == row->line && problem.kind == ImportProblem::Kind::Warning && problem.reason.contains(row->fullName);
        });
        CHECK((right || (!row->splitDoubt.isEmpty() && warned)));
        if (flagged && !row->splitDoubt.isEmpty())
            ++*flagged;
    }
}

bool hasNote(const AttendeeImport::Plan &plan, const QString &words)
{
    return std::any_of(plan.notes.cbegin(), plan.notes.cend(), [&](const AttendeeImport::Note &n) { return n.text.contains(words); });
}

// An OLE2 compound file as Excel writes an .xlsx saved with a password: the
// streams EncryptionInfo and EncryptedPackage (their content is random here;
// the reader must not need to open them to say what the file is).
QByteArray encryptedOfficeContainer()
{
    const quint32 free = 0xFFFFFFFF, end = 0xFFFFFFFE, fatSector = 0xFFFFFFFD;
    QByteArray header(512, '\0');
    QDataStream h(&header, QIODevice::WriteOnly);
    h.setByteOrder(QDataStream::LittleEndian);
    h.writeRawData("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    h.writeRawData(QByteArray(16, '\0').constData(), 16);
    h << quint16(0x3E) << quint16(3) << quint16(0xFFFE) << quint16(9) << quint16(6);
    h.writeRawData(QByteArray(6, '\0').constData(), 6);
    h << quint32(0) << quint32(1) << quint32(1) << quint32(0) << quint32(0x1000) << end << quint32(0) << end << quint32(0);
    h << quint32(0);
    for (int i = 1; i < 109; ++i)
        h << free;
    // Sector 0: the FAT; 1: the directory; 2–9: EncryptionInfo; 10–17: EncryptedPackage.
    QByteArray fat(512, '\0');
    QDataStream f(&fat, QIODevice::WriteOnly);
    f.setByteOrder(QDataStream::LittleEndian);
    f << fatSector << end;
    for (quint32 s = 2; s < 9; ++s)
        f << s + 1;
    f << end;
    for (quint32 s = 10; s < 17; ++s)
        f << s + 1;
    f << end;
    for (int i = 18; i < 128; ++i)
        f << free;
    QByteArray directory(512, '\0');
    auto entry = [&](int index, const QString &name, quint8 type, quint32 right, quint32 child, quint32 start, quint32 size) {
        QByteArray e(128, '\0');
        QDataStream d(&e, QIODevice::WriteOnly);
        d.setByteOrder(QDataStream::LittleEndian);
        for (QChar c : name)
            d << quint16(c.unicode());
        d << quint16(0);
        d.device()->seek(64);
        d << quint16((name.size() + 1) * 2) << type << quint8(1) << free << right << child;
        d.device()->seek(116);
        d << start << quint32(size) << quint32(0);
        directory.replace(index * 128, 128, e);
    };
    entry(0, u"Root Entry"_s, 5, free, 1, end, 0);
    entry(1, u"EncryptionInfo"_s, 2, 2, free, 2, 4096);
    entry(2, u"EncryptedPackage"_s, 2, free, free, 10, 4096);
    QByteArray streams(2 * 4096, '\0');
    for (int i = 0; i < streams.size(); ++i)
        streams[i] = char((i * 7919) & 0xFF);
    return header + fat + directory + streams;
}

} // namespace

TEST_CASE("A LibreOffice list with a merged title, a numbering column and a total row imports all its people", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepareFile(*file, fixture(u"lista-con-titulo.xlsx"_s), {});
    REQUIRE(plan.ok());
    CHECK(plan->unplaced.isEmpty());
    // The header on line 4, under a merged title, a date and a blank row.
    CHECK(plan->headerLine == 4);
    CHECK(hasNote(*plan, u"line 4"_s));
    CHECK(hasNote(*plan, u"GOBIERNO REGIONAL LA LIBERTAD"_s));
    // "N°" numbers the rows: said once, never a warning.
    CHECK(std::count_if(plan->notes.cbegin(), plan->notes.cend(), [](const auto &n) { return n.text.contains(u"N°"_s); }) == 1);
    CHECK(std::none_of(plan->problems.cbegin(), plan->problems.cend(), [](const ImportProblem &p) { return p.reason.contains(u"N°"_s); }));
    // "Total inscritos: 8" closes the list; it is not a rejected person.
    CHECK(hasNote(*plan, u"Total inscritos: 8"_s));
    CHECK(plan->count(ImportProblem::Kind::Rejected) == 0);
    REQUIRE(plan->accepted.size() == 8);
    int flagged = 0;
    checkPeople(*plan,
                {{u"41234567"_s, u"Rosa Elena"_s, u"Quispe Mamani"_s},
                 {u"07654321"_s, u"Juan Carlos"_s, u"Huamán Ccori"_s},
                 {u"40123456"_s, u"Gladys"_s, u"Castañeda Llontop"_s},
                 {u"42345678"_s, u"José Luis"_s, u"MENDOZA CÁRDENAS"_s},
                 {u"43456789"_s, u"Ana María"_s, u"Rojas Paredes"_s},
                 {u"44567890"_s, u"Percy Edwin"_s, u"Ramos Cárdenas"_s},
                 {u"45678901"_s, u"María del Carmen"_s, u"de la Cruz Salas"_s},
                 {u"46789012"_s, u"Luis Alberto"_s, u"Torres Vega"_s}},
                &flagged);
    CHECK(flagged <= 2);
    REQUIRE(AttendeeImport::commit(*file, *plan).ok());
    CHECK(*AttendeeRepository(*file).count() == 8);
}

TEST_CASE("A Forms export with names typed both ways under one column: right, or named for review", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepareFile(*file, fixture(u"formulario-ambos-ordenes.csv"_s), {});
    REQUIRE(plan.ok());
    CHECK(plan->count(ImportProblem::Kind::Rejected) == 0);
    REQUIRE(plan->accepted.size() == 9);
    checkPeople(*plan, {{u"41234567"_s, u"Rosa Elena"_s, u"Quispe Mamani"_s},
                        {u"07654321"_s, u"Juan Carlos"_s, u"Quispe Huamán"_s},
                        {u"40123456"_s, u"Gladys"_s, u"Castañeda Llontop"_s},
                        {u"44567890"_s, u"Percy Edwin"_s, u"Ramos Cárdenas"_s},
                        {u"42345678"_s, u"José Luis"_s, u"MENDOZA CÁRDENAS"_s},
                        {u"43456789"_s, u"Ana María"_s, u"Rojas Paredes"_s},
                        {u"45678901"_s, u"María del Carmen"_s, u"de la Cruz Salas"_s},
                        {u"46789012"_s, u"Luis Alberto"_s, u"Torres Vega"_s},
                        {u"47890123"_s, u"Edith"_s, u"Yucra Ccopa"_s}});
    // The two: typed against the header's order, read as typed.
    const auto juan = std::find_if(plan->accepted.cbegin(), plan->accepted.cend(),
                                   [](const auto &r) { return r.attendee.documentNumber == u"07654321"_s; });
    CHECK(juan->attendee.givenNames == u"Juan Carlos"_s);
    // Consent "Autorizo el tratamiento …" is the consent column.
    CHECK(ColumnMap::indexOf(plan->columns, u"data_consent"_s) == 7);
}

TEST_CASE("An English sign-up form: every field found, ID alone is the document", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepareFile(*file, fixture(u"formulario-ingles.csv"_s), {});
    REQUIRE(plan.ok());
    QStringList fields;
    for (const MappedColumn &c : plan->columns)
        fields << (c.field.isEmpty() ? u"-"_s : c.field);
    CHECK(fields == QStringList{u"-"_s, u"full_name"_s, u"document"_s, u"organisation"_s, u"position"_s, u"email"_s, u"phone"_s,
                                u"data_consent"_s});
    CHECK(plan->count(ImportProblem::Kind::Rejected) == 0);
    REQUIRE(plan->accepted.size() == 5);
    checkPeople(*plan, {{u"41234567"_s, u"Rosa Elena"_s, u"Quispe Mamani"_s},
                        {u"07654321"_s, u"Juan Carlos"_s, u"Huamán Ccori"_s},
                        {u"44567890"_s, u"Percy"_s, u"Ramos Cárdenas"_s},
                        {u"42345678"_s, u"José Luis"_s, u"Mendoza Cárdenas"_s},
                        {u"PA1234567"_s, u"Ana Clara"_s, u"Oliveira Costa"_s}});
    // "I agree" keeps the contact data; "I do not agree" does not.
    for (const auto &row : plan->accepted) {
        if (row.attendee.documentNumber == u"41234567"_s)
            CHECK(row.attendee.email == u"rq@example.org"_s);
        if (row.attendee.documentNumber == u"44567890"_s)
            CHECK_FALSE(row.attendee.dataConsentAt.isValid());
    }

    for (const QString &header : {u"ID"_s, u"National ID"_s, u"Passport"_s, u"CPF"_s, u"Nº de DNI"_s, u"Documento de identidad"_s})
        CHECK(AttendeeImport::fieldOfHeader(header) == u"document"_s);
    CHECK(AttendeeImport::fieldOfHeader(u"Nome completo"_s) == u"full_name"_s);
    CHECK(AttendeeImport::fieldOfHeader(u"Company / affiliation"_s) == u"organisation"_s);
    CHECK(AttendeeImport::fieldOfHeader(u"Instituição"_s) == u"organisation"_s);
    CHECK(AttendeeImport::fieldOfHeader(u"Concordo com o uso dos meus dados"_s) == u"data_consent"_s);
    CHECK(AttendeeImport::fieldOfHeader(u"Telefone"_s) == u"phone"_s);
    CHECK(AttendeeImport::fieldOfHeader(u"Last name"_s) == u"surnames"_s);
}

TEST_CASE("Columns nobody headed are judged by their content, and the report says so", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepare(*file, "Código;Persona;Entidad;Contacto\n"
                                               "41234567;Rosa Elena Quispe Mamani;Asociación;rq@example.org\n"
                                               "40123456;Gladys Castañeda Llontop;Municipalidad;gc@example.org\n"
                                               "42345678;José Luis Mendoza Cárdenas;Colectivo;jl@example.org\n");
    REQUIRE(plan.ok());
    CHECK(plan->unplaced.isEmpty());
    CHECK(plan->columns.at(0).field == u"document"_s);
    CHECK(plan->columns.at(1).field == u"full_name"_s);
    CHECK(plan->columns.at(3).field == u"email"_s);
    CHECK(hasNote(*plan, u"Código"_s));
    CHECK(hasNote(*plan, u"DNI"_s));
    CHECK(plan->accepted.size() == 3);
}

TEST_CASE("A list whose header cannot be placed is a plan that asks, with the header row to choose", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    const QByteArray csv = "Relación de asistentes;\nColumna A;Columna B\nRosa Quispe;x\n";
    auto plan = AttendeeImport::prepare(*file, csv);
    REQUIRE(plan.ok());
    CHECK_FALSE(plan->unplaced.isEmpty());
    CHECK(plan->firstRows.size() == 3);
    // The person says the header is line 2 and which column is what.
    auto table = TabularReader::read(csv);
    REQUIRE(table.ok());
    auto chosen = AttendeeImport::prepare(*table, {}, {u"Columna A=full_name"_s, u"Columna B=document"_s}, 2);
    INFO((chosen.ok() ? std::string() : chosen.errorMessage().toStdString()));
    REQUIRE(chosen.ok());
    CHECK(chosen->headerLine == 2);
    CHECK(chosen->unplaced.isEmpty());
}

TEST_CASE("A workbook saved with a password is named as such, with what to do", "[import][lists][tabular]")
{
    // An .ods saved with a password by LibreOffice.
    auto ods = TabularReader::readFile(fixture(u"con-clave.ods"_s));
    REQUIRE_FALSE(ods.ok());
    CHECK(ods.errorMessage().contains(u"password"_s));
    CHECK(ods.errorMessage().contains(u"CSV"_s));
    CHECK_FALSE(ods.errorMessage().contains(u".xls)"_s));
    // An .xlsx saved with a password: an OLE2 container with EncryptionInfo
    // and EncryptedPackage.
    auto xlsx = TabularReader::read(encryptedOfficeContainer());
    REQUIRE_FALSE(xlsx.ok());
    CHECK(xlsx.errorMessage().contains(u"password"_s));
    CHECK_FALSE(xlsx.errorMessage().contains(u".xls)"_s));
    // An OLE2 file without them is still an old .xls.
    QByteArray old = encryptedOfficeContainer();
    old.replace(512 * 2 + 128, 256, QByteArray(256, '\0'));
    auto xls = TabularReader::read(old);
    REQUIRE_FALSE(xls.ok());
    CHECK(xls.errorMessage().contains(u".xls"_s));
}

TEST_CASE("cli: import attendees reports the header's line and its notes, the fields it had kept", "[import][lists][cli]")
{
    QTemporaryDir dir;
    const QString path = test::newBlankEvent(dir, u"c.taller"_s);
    const auto result = test::runCli({u"import"_s, u"attendees"_s, path, fixture(u"lista-con-titulo.xlsx"_s), u"--json"_s, u"--dry-run"_s});
    REQUIRE(result.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(result.out.toUtf8()).object();
    for (const QString &key : {u"columns"_s, u"imported"_s, u"duplicates"_s, u"rejected"_s, u"warnings"_s, u"problems"_s})
        CHECK(report.contains(key));
    CHECK(report[u"header_line"_s].toInt() == 4);
    CHECK(report[u"rejected"_s].toInt() == 0);
    CHECK(report[u"notes"_s].toArray().size() >= 3);
}

TEST_CASE("Commitments: a list under a title is found, one whose title column cannot be placed asks, never writes", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto titled = TabularReader::read("MATRIZ DE COMPROMISOS – TALLER 2016;;;\n;;;\nN°;Mesa;Compromiso;Responsable\n"
                                      "1;M1;Portal de transparencia actualizado;Gerencia de Planeamiento\n"
                                      "2;M2;Audiencias públicas trimestrales;Consejo Regional\nTotal: 2;;;\n"_ba);
    REQUIRE(titled.ok());
    auto plan = CommitmentImport::fromTable(*file, *titled, u"matriz.csv"_s);
    REQUIRE(plan.ok());
    CHECK(plan->unplaced.isEmpty());
    CHECK(plan->headerLine == 3);
    CHECK(plan->commitments.size() == 2);
    CHECK(plan->rejected() == 0);

    auto unheaded = TabularReader::read("Columna 1;Columna 2\nPortal de transparencia;M1\nAudiencias;M2\n"_ba);
    REQUIRE(unheaded.ok());
    auto asks = CommitmentImport::fromTable(*file, *unheaded, u"x.csv"_s);
    REQUIRE(asks.ok());
    CHECK_FALSE(asks->unplaced.isEmpty());
    CHECK_FALSE(CommitmentImport::commit(*file, *asks).ok());
    auto chosen = CommitmentImport::fromTable(*file, *unheaded, u"x.csv"_s, {u"Columna 1=title"_s, u"Columna 2=mesa"_s});
    REQUIRE(chosen.ok());
    CHECK(chosen->unplaced.isEmpty());
    CHECK(chosen->commitments.size() == 2);
}

TEST_CASE("Fichas: a list under a title is found, one whose activity column cannot be placed asks, never writes", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    const Sheet titled = SheetReaders::fromCsv("FICHAS INFORMATIVAS DE ACTIVIDAD PRIORIZADA;;\nGerencias regionales, 2016;;\n;;\n"
                                               "Item;Nombre de la Gerencia Regional;Nombre de la Actividad\n"
                                               "1;Gerencia de Salud;Vigilancia ciudadana de postas\n"
                                               "2;Gerencia de Educación;Presupuesto escolar abierto\nTotal de fichas: 2;;\n"_ba);
    auto plan = InitiativeImport::plan(*file, titled, u"fichas.csv"_s);
    REQUIRE(plan.ok());
    CHECK(plan->unplaced.isEmpty());
    CHECK(plan->headerLine == 4);
    CHECK(plan->initiatives.size() == 2);
    CHECK(plan->count(ImportProblem::Kind::Rejected) == 0);
    CHECK(std::none_of(plan->problems.cbegin(), plan->problems.cend(), [](const ImportProblem &p) { return p.reason.contains(u"Item"_s); }));

    const Sheet unheaded = SheetReaders::fromCsv("Dependencia;Propuesta\nGerencia de Salud;Vigilancia ciudadana\n"_ba);
    auto asks = InitiativeImport::plan(*file, unheaded, u"x.csv"_s);
    REQUIRE(asks.ok());
    CHECK_FALSE(asks->unplaced.isEmpty());
    CHECK_FALSE(InitiativeImport::commit(*file, *asks).ok());
    auto chosen = InitiativeImport::plan(*file, unheaded, u"x.csv"_s, {u"Dependencia=organisation"_s, u"Propuesta=activity"_s});
    REQUIRE(chosen.ok());
    INFO(chosen->unplaced.toStdString());
    CHECK(chosen->unplaced.isEmpty());
    REQUIRE(chosen->initiatives.size() == 1);
    CHECK(chosen->initiatives.first().organisation == u"Gerencia de Salud"_s);
}

TEST_CASE("The event's register teaches the splitter: a surname already on it decides a name that alone is a guess", "[import][lists][names]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    // Alone, "Yucra Ccopa Edith" under "Nombres y apellidos" is a guess.
    const QByteArray second = "Nombres y apellidos;DNI\nYucra Ccopa Edith;47890123\n";
    auto before = AttendeeImport::prepare(*file, second);
    REQUIRE(before.ok());
    REQUIRE(before->accepted.size() == 1);
    // The register has Yucra and Ccopa as surnames, given apart.
    auto first = AttendeeImport::prepare(*file, "Nombres;Apellidos;DNI\nRosa;Yucra Ccopa;41234567\n"_ba);
    REQUIRE(first.ok());
    REQUIRE(AttendeeImport::commit(*file, *first).ok());
    auto after = AttendeeImport::prepare(*file, second);
    REQUIRE(after.ok());
    REQUIRE(after->accepted.size() == 1);
    const Attendee &edith = after->accepted.first().attendee;
    CHECK(edith.givenNames == u"Edith"_s);
    CHECK(edith.surnames == u"Yucra Ccopa"_s);
    CHECK(after->accepted.first().splitDoubt.isEmpty());
    CHECK((!before->accepted.first().splitDoubt.isEmpty() || before->accepted.first().attendee.givenNames == u"Edith"_s));
}

TEST_CASE("Judging by content: a RUC is not a phone, a counting column is a numbering, a Número over DNIs is the document", "[import][lists]")
{
    QTemporaryDir dir;
    auto file = newEvent(dir);
    auto plan = AttendeeImport::prepare(*file, "Orden;Nombre completo;Número;RUC;Celular\n"
                                               "1;Rosa Elena Quispe Mamani;41234567;20123456789;955111222\n"
                                               "2;Gladys Castañeda Llontop;40123456;20987654321;944222333\n"
                                               "3;José Luis Mendoza Cárdenas;42345678;10423456781;987000111\n"_ba);
    REQUIRE(plan.ok());
    CHECK(plan->columns.at(0).numbering);
    CHECK(plan->columns.at(2).field == u"document"_s);
    CHECK(plan->columns.at(3).field.isEmpty());
    CHECK(plan->columns.at(4).field == u"phone"_s);
    CHECK(plan->accepted.size() == 3);
}

TEST_CASE("cli: import commitments takes --header-row and reports header_line", "[import][lists][cli]")
{
    QTemporaryDir dir;
    const QString path = test::newBlankEvent(dir, u"m.taller"_s);
    const QString list = dir.filePath(u"m.csv"_s);
    test::writeFile(list, "Matriz de compromisos;;\nPropuesta;Responsable;\nPortal de transparencia;Gerencia;\n"_ba);
    const auto refused = test::runCli({u"import"_s, u"commitments"_s, path, list, u"--json"_s});
    CHECK(refused.exitCode == 1);
    const auto chosen = test::runCli({u"import"_s, u"commitments"_s, path, list, u"--json"_s, u"--header-row"_s, u"2"_s,
                                      u"--column"_s, u"Propuesta=title"_s});
    REQUIRE(chosen.exitCode == 0);
    const QJsonObject report = QJsonDocument::fromJson(chosen.out.toUtf8()).object();
    CHECK(report[u"imported"_s].toInt() == 1);
    CHECK(report[u"header_line"_s].toInt() == 2);
}
