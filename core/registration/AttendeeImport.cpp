#include "registration/AttendeeImport.h"

#include "base/Clock.h"
#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"

#include <QHash>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

using Column = AttendeeImport::Column;

QString foldedHeader(const QString &header)
{
    QString folded = foldForMatching(header);
    folded.replace(QRegularExpression(u"[^a-z0-9]+"_s), u" "_s);
    return folded.trimmed();
}

// Whole-header names first, then words that give a column away, most specific
// first ("nombre de la organización" is an organisation, not a name).
std::optional<Column> recogniseHeader(const QString &header)
{
    const QString h = foldedHeader(header);
    static const QHash<QString, Column> exact = {
        {u"nombres"_s, Column::GivenNames}, {u"nombre"_s, Column::GivenNames}, {u"name"_s, Column::GivenNames},
        {u"first name"_s, Column::GivenNames}, {u"given names"_s, Column::GivenNames}, {u"given name"_s, Column::GivenNames},
        {u"apellidos"_s, Column::Surnames}, {u"apellido"_s, Column::Surnames}, {u"surname"_s, Column::Surnames},
        {u"surnames"_s, Column::Surnames}, {u"last name"_s, Column::Surnames}, {u"family name"_s, Column::Surnames},
        {u"apellido paterno"_s, Column::PaternalSurname}, {u"apellido materno"_s, Column::MaternalSurname},
        {u"nombres y apellidos"_s, Column::FullName}, {u"nombre completo"_s, Column::FullName},
        {u"apellidos y nombres"_s, Column::FullName}, {u"full name"_s, Column::FullName},
        {u"tipo de documento"_s, Column::DocumentType}, {u"tipo documento"_s, Column::DocumentType},
        {u"tipo doc"_s, Column::DocumentType}, {u"document type"_s, Column::DocumentType},
        {u"sector"_s, Column::Sector}, {u"tipo de organizacion"_s, Column::Sector},
        {u"mesa"_s, Column::Mesa}, {u"mesa preferida"_s, Column::Mesa}, {u"mesa de trabajo"_s, Column::Mesa},
        {u"preferred mesa"_s, Column::Mesa}, {u"table"_s, Column::Mesa},
    };
    if (auto it = exact.find(h); it != exact.end())
        return *it;

    const QStringList words = h.split(u' ', Qt::SkipEmptyParts);
    auto has = [&](std::initializer_list<const char16_t *> candidates) {
        for (const char16_t *candidate : candidates) {
            if (words.contains(QString::fromUtf16(candidate)))
                return true;
        }
        return false;
    };
    if (has({u"foto", u"fotos", u"fotografia", u"fotografias", u"imagen", u"photo", u"photos", u"photograph"}))
        return Column::PhotoConsent;
    if (has({u"consentimiento", u"autorizo", u"autoriza", u"autorizacion", u"consent", u"acepto", u"29733"}))
        return Column::DataConsent;
    if (has({u"tipo", u"type"}) && has({u"documento", u"document", u"doc"}))
        return Column::DocumentType;
    if (has({u"dni", u"documento", u"document", u"doc", u"pasaporte", u"passport", u"identidad", u"ce"}))
        return Column::DocumentNumber;
    if (has({u"correo", u"email", u"mail", u"e"}) && !has({u"telefono"}))
        return Column::Email;
    if (has({u"telefono", u"celular", u"movil", u"phone", u"mobile", u"telf", u"cel", u"whatsapp"}))
        return Column::Phone;
    if (has({u"organizacion", u"institucion", u"entidad", u"organization", u"organisation", u"empresa", u"institution"}))
        return Column::Organisation;
    if (has({u"cargo", u"puesto", u"position", u"role", u"ocupacion"}))
        return Column::Position;
    if (has({u"sector"}))
        return Column::Sector;
    if (has({u"mesa"}))
        return Column::Mesa;
    if (has({u"paterno"}))
        return Column::PaternalSurname;
    if (has({u"materno"}))
        return Column::MaternalSurname;
    if (has({u"apellidos", u"apellido", u"surname", u"surnames"}) && has({u"nombres", u"nombre", u"name"}))
        return Column::FullName;
    if (has({u"apellidos", u"apellido", u"surname", u"surnames"}))
        return Column::Surnames;
    if (has({u"nombres", u"nombre", u"name", u"names"}))
        return Column::GivenNames;
    return std::nullopt;
}

bool meansYes(const QString &value)
{
    const QString v = foldForMatching(value);
    static const QStringList yes = {u"si"_s, u"s"_s, u"yes"_s, u"y"_s, u"x"_s, u"1"_s, u"true"_s, u"verdadero"_s,
                                    u"acepto"_s, u"autorizo"_s, u"de acuerdo"_s};
    return yes.contains(v) || v.startsWith(u"si "_s) || v.startsWith(u"si,"_s) || v.startsWith(u"acepto"_s)
           || v.startsWith(u"autorizo"_s) || v.startsWith(u"yes"_s);
}

std::optional<DocumentType> documentTypeFromText(const QString &text)
{
    const QString v = foldForMatching(text);
    if (v.isEmpty())
        return std::nullopt;
    if (v.contains(u"dni"_s) || v == u"documento nacional de identidad"_s)
        return DocumentType::Dni;
    if (v.contains(u"extranjeria"_s) || v == u"ce"_s || v.contains(u"carne"_s) || v.contains(u"foreign"_s))
        return DocumentType::ForeignerCard;
    if (v.contains(u"pasaporte"_s) || v.contains(u"passport"_s))
        return DocumentType::Passport;
    return std::nullopt;
}

// People type documents as numbers; Excel then drops the leading zero.
DocumentType inferDocumentType(const QString &number)
{
    static const QRegularExpression digits(u"^[0-9]+$"_s);
    if (digits.match(number).hasMatch())
        return number.size() <= 8 ? DocumentType::Dni : DocumentType::ForeignerCard;
    return DocumentType::Passport;
}

} // namespace

int AttendeeImport::Plan::count(ProblemKind kind) const
{
    return int(std::count_if(problems.begin(), problems.end(), [kind](const Problem &p) { return p.kind == kind; }));
}

QString AttendeeImport::columnName(Column column)
{
    switch (column) {
    case Column::GivenNames: return tr("Given names");
    case Column::Surnames: return tr("Surnames");
    case Column::PaternalSurname: return tr("First surname");
    case Column::MaternalSurname: return tr("Second surname");
    case Column::FullName: return tr("Full name");
    case Column::DocumentType: return tr("Document type");
    case Column::DocumentNumber: return tr("Document number");
    case Column::Organisation: return tr("Organisation");
    case Column::Position: return tr("Position");
    case Column::Sector: return tr("Sector");
    case Column::Email: return tr("E-mail");
    case Column::Phone: return tr("Phone");
    case Column::DataConsent: return tr("Consent to data processing");
    case Column::PhotoConsent: return tr("Consent to photographs");
    case Column::Mesa: return tr("Preferred mesa");
    }
    return {};
}

Result<AttendeeImport::Plan> AttendeeImport::prepare(const QByteArray &csv, const QSet<QString> &existingDocuments)
{
    if (csv.trimmed().isEmpty())
        return Error{tr("The file is empty.")};
    const CsvReader::Table table = CsvReader::read(csv);
    if (table.records.isEmpty())
        return Error{tr("The file has no rows.")};

    Plan plan;
    plan.encoding = table.encoding;
    plan.delimiter = table.delimiter;

    const CsvReader::Record &header = table.records.first();
    QHash<Column, int> columns;
    for (int i = 0; i < header.fields.size(); ++i) {
        const auto column = recogniseHeader(header.fields.at(i));
        if (column && !columns.contains(*column)) {
            columns.insert(*column, i);
            plan.recognisedColumns.append({*column, header.fields.at(i)});
        } else if (!header.fields.at(i).trimmed().isEmpty()) {
            plan.ignoredColumns.append(header.fields.at(i));
        }
    }
    const bool hasName = columns.contains(Column::GivenNames) || columns.contains(Column::Surnames)
                         || columns.contains(Column::FullName);
    if (!hasName || !columns.contains(Column::DocumentNumber))
        return Error{tr("The first row must name the columns, with at least a name (Nombres, Apellidos) and a document "
                        "(DNI, Documento). Found: %1.")
                         .arg(header.fields.join(u", "_s))};

    const bool hasConsentColumn = columns.contains(Column::DataConsent);
    const bool hasContactColumns = columns.contains(Column::Email) || columns.contains(Column::Phone);
    if (hasContactColumns && !hasConsentColumn)
        plan.problems.append({header.line, ProblemKind::Warning,
                              tr("There is no consent column, so e-mails and phone numbers are not kept "
                                 "(Ley 29733). Add a column \"Consentimiento\" with Sí/No to keep them.")});

    const QDateTime now = Clock::currentDateTime();
    QSet<QString> seen = existingDocuments;
    for (qsizetype r = 1; r < table.records.size(); ++r) {
        const CsvReader::Record &record = table.records.at(r);
        auto field = [&](Column column) -> QString {
            const int index = columns.value(column, -1);
            return index >= 0 && index < record.fields.size() ? record.fields.at(index).simplified() : QString();
        };

        Attendee a;
        a.givenNames = field(Column::GivenNames);
        a.surnames = field(Column::Surnames);
        if (a.surnames.isEmpty())
            a.surnames = QStringList{field(Column::PaternalSurname), field(Column::MaternalSurname)}.join(u' ').simplified();
        if (a.givenNames.isEmpty() && a.surnames.isEmpty()) {
            const QString fullName = field(Column::FullName);
            if (fullName.contains(u','))
                std::tie(a.surnames, a.givenNames) = std::pair(fullName.section(u',', 0, 0).trimmed(), fullName.section(u',', 1).trimmed());
            else
                a.givenNames = fullName;
        }
        if (a.givenNames.isEmpty() && a.surnames.isEmpty()) {
            plan.problems.append({record.line, ProblemKind::Rejected, tr("line %1: no name").arg(record.line)});
            continue;
        }
        if (a.givenNames.isEmpty())
            std::swap(a.givenNames, a.surnames);

        const QString rawNumber = field(Column::DocumentNumber);
        a.documentNumber = DocumentTypes::normalizedNumber(rawNumber);
        const auto statedType = documentTypeFromText(field(Column::DocumentType));
        a.documentType = statedType.value_or(inferDocumentType(a.documentNumber));
        if (a.documentType == DocumentType::Dni && a.documentNumber.size() == 7
            && a.documentNumber.contains(QRegularExpression(u"^[0-9]+$"_s))) {
            a.documentNumber.prepend(u'0');
            plan.problems.append({record.line, ProblemKind::Warning,
                                  tr("line %1: DNI %2 had 7 digits (Excel drops leading zeros); read as %3")
                                      .arg(record.line)
                                      .arg(rawNumber, a.documentNumber)});
        }
        if (const QString invalid = DocumentTypes::validationError(a.documentType, a.documentNumber); !invalid.isEmpty()) {
            plan.problems.append({record.line, ProblemKind::Rejected, tr("line %1: %2").arg(record.line).arg(invalid)});
            continue;
        }
        if (seen.contains(a.documentNumber)) {
            plan.problems.append({record.line, ProblemKind::Duplicate,
                                  tr("line %1: document %2 is already registered; nothing was changed")
                                      .arg(record.line)
                                      .arg(a.documentNumber)});
            continue;
        }
        seen.insert(a.documentNumber);

        a.organisation = field(Column::Organisation);
        a.position = field(Column::Position);
        const QString sectorText = field(Column::Sector);
        a.sector = Sectors::fromText(sectorText).value_or(Sector::Other);
        if (!sectorText.isEmpty() && !Sectors::fromText(sectorText))
            plan.problems.append({record.line, ProblemKind::Warning,
                                  tr("line %1: sector \"%2\" not recognised; recorded as Other").arg(record.line).arg(sectorText)});
        if (hasConsentColumn && meansYes(field(Column::DataConsent))) {
            a.dataConsentAt = now;
            a.email = field(Column::Email);
            a.phone = field(Column::Phone);
        }
        a.photoConsent = meansYes(field(Column::PhotoConsent));
        a.preferredMesaCode = field(Column::Mesa).section(u' ', 0, 0).section(u':', 0, 0).toUpper();
        a.registeredAt = now;
        plan.accepted.append({record.line, a});
    }
    return plan;
}

Result<AttendeeImport::Plan> AttendeeImport::prepare(EventFile &file, const QByteArray &csv)
{
    SqlStatement query(file.database(), u"SELECT document_number FROM attendee"_s);
    if (Status status = query.exec(); !status)
        return status.error();
    QSet<QString> existing;
    while (query.next())
        existing.insert(query.value(0).toString());
    return prepare(csv, existing);
}

Result<AttendeeImport::Report> AttendeeImport::commit(EventFile &file, const Plan &plan)
{
    QList<Attendee> attendees;
    attendees.reserve(plan.accepted.size());
    for (const Row &row : plan.accepted)
        attendees.append(row.attendee);

    // A preferred mesa that the event does not have is dropped, not an error.
    SqlStatement mesas(file.database(), u"SELECT code FROM mesa"_s);
    if (Status status = mesas.exec(); !status)
        return status.error();
    QSet<QString> mesaCodes;
    while (mesas.next())
        mesaCodes.insert(mesas.value(0).toString().toUpper());
    for (Attendee &a : attendees) {
        if (!mesaCodes.contains(a.preferredMesaCode))
            a.preferredMesaCode.clear();
    }

    if (Status added = AttendeeRepository(file).addAll(attendees); !added)
        return Error{tr("Nothing was imported: %1").arg(added.errorMessage())};
    Report report;
    report.imported = int(attendees.size());
    report.duplicates = plan.count(ProblemKind::Duplicate);
    report.rejected = plan.count(ProblemKind::Rejected);
    report.warnings = plan.count(ProblemKind::Warning);
    report.problems = plan.problems;
    return report;
}

QString AttendeeImport::reportText(const Report &report)
{
    QStringList lines{tr("imported %1, duplicates %2, rejected %3").arg(report.imported).arg(report.duplicates).arg(report.rejected)};
    for (const Problem &problem : report.problems)
        lines.append(problem.reason);
    return lines.join(u'\n');
}

} // namespace taller
