#include "registration/AttendeeImport.h"

#include "base/Clock.h"
#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"
#include "tabular/SheetLayout.h"

#include <QHash>
#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// The importer's own reading of a header's words, after the names failed;
// most specific first ("nombre de la organización" is an organisation).
QString guessField(const QStringList &words)
{
    auto has = [&](std::initializer_list<const char16_t *> candidates) {
        for (const char16_t *candidate : candidates) {
            if (words.contains(QString::fromUtf16(candidate)))
                return true;
        }
        return false;
    };
    if (has({u"foto", u"fotos", u"fotografia", u"fotografias", u"imagen", u"photo", u"photos", u"photograph", u"imagem", u"fotografias"}))
        return u"photo_consent"_s;
    if (has({u"consentimiento", u"autorizo", u"autoriza", u"autorizacion", u"consent", u"acepto", u"29733", u"agree", u"concordo",
             u"consentimento", u"autorizacao", u"aceito", u"lgpd", u"gdpr"}))
        return u"data_consent"_s;
    if (has({u"tipo", u"type"}) && has({u"documento", u"document", u"doc", u"id", u"identificacion"}))
        return u"document_type"_s;
    if (has({u"dni", u"documento", u"document", u"doc", u"pasaporte", u"passport", u"identidad", u"ce", u"cpf", u"rg",
             u"identificacion", u"identificacao", u"identity", u"cedula"})
        || (has({u"id"}) && has({u"national", u"number", u"card", u"personal", u"nacional", u"numero", u"no"})))
        return u"document"_s;
    if (has({u"correo", u"email", u"mail", u"e"}) && !has({u"telefono", u"phone", u"telefone"}))
        return u"email"_s;
    if (has({u"telefono", u"celular", u"movil", u"phone", u"mobile", u"telf", u"cel", u"whatsapp", u"telefone", u"cell", u"contato"}))
        return u"phone"_s;
    if (has({u"organizacion", u"institucion", u"entidad", u"organization", u"organisation", u"empresa", u"institution", u"company",
             u"affiliation", u"afiliacion", u"organizacao", u"instituicao", u"agency", u"employer"}))
        return u"organisation"_s;
    if (has({u"cargo", u"puesto", u"position", u"role", u"ocupacion", u"job", u"funcao", u"ocupacao", u"occupation", u"designation"}))
        return u"position"_s;
    if (has({u"sector"}))
        return u"sector"_s;
    if (has({u"mesa"}))
        return u"preferred_mesa"_s;
    if (has({u"paterno"}))
        return u"first_surname"_s;
    if (has({u"materno"}))
        return u"second_surname"_s;
    if (has({u"apellidos", u"apellido", u"surname", u"surnames", u"sobrenome", u"sobrenomes"})
        && has({u"nombres", u"nombre", u"name", u"nome", u"nomes"}))
        return u"full_name"_s;
    if (has({u"full", u"completo", u"complete"}) && has({u"nombre", u"name", u"nome"}))
        return u"full_name"_s;
    if (has({u"last", u"family"}) && has({u"name"}))
        return u"surnames"_s;
    if (has({u"apellidos", u"apellido", u"surname", u"surnames", u"sobrenome", u"sobrenomes"}))
        return u"surnames"_s;
    if (has({u"nombres", u"nombre", u"name", u"names", u"nome", u"nomes"}))
        return u"given_names"_s;
    return {};
}

enum class Answer { Yes, No, Unclear };

Answer answerOf(const QString &value)
{
    const QString v = foldForMatching(value);
    static const QStringList yes = {u"si"_s, u"s"_s, u"yes"_s, u"y"_s, u"x"_s, u"1"_s, u"true"_s, u"verdadero"_s,
                                    u"acepto"_s, u"autorizo"_s, u"de acuerdo"_s, u"sim"_s, u"agree"_s, u"i agree"_s, u"concordo"_s,
                                    u"aceito"_s, u"autorizo"_s, u"verdadeiro"_s};
    if (yes.contains(v) || v.startsWith(u"si "_s) || v.startsWith(u"si,"_s) || v.startsWith(u"acepto"_s)
        || v.startsWith(u"autorizo"_s) || v.startsWith(u"yes"_s) || v.startsWith(u"i agree"_s) || v.startsWith(u"concordo"_s)
        || v.startsWith(u"sim,"_s) || v.startsWith(u"sim "_s))
        return Answer::Yes;
    static const QStringList no = {u""_s, u"no"_s, u"n"_s, u"0"_s, u"false"_s, u"falso"_s, u"no acepto"_s, u"no autorizo"_s,
                                   u"nao"_s, u"nao concordo"_s, u"i do not agree"_s, u"disagree"_s, u"i disagree"_s};
    if (no.contains(v) || v.startsWith(u"no "_s) || v.startsWith(u"no,"_s) || v.startsWith(u"nao "_s) || v.startsWith(u"nao,"_s)
        || v.startsWith(u"i do not"_s) || v.startsWith(u"i don't"_s))
        return Answer::No;
    return Answer::Unclear;
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

int AttendeeImport::Plan::count(ImportProblem::Kind kind) const
{
    return ImportProblem::count(problems, kind);
}

const QList<FieldSpec> &AttendeeImport::fields()
{
    // Spanish, English and Portuguese, as registration forms head them.
    static const QList<FieldSpec> list = {
        {u"given_names"_s, tr("Given names"), {u"nombres"_s, u"nombre"_s, u"name"_s, u"first name"_s, u"given names"_s, u"given name"_s,
                                               u"primer nombre"_s, u"first names"_s, u"forename"_s, u"nome"_s, u"primeiro nome"_s, u"prenome"_s}},
        {u"surnames"_s, tr("Surnames"), {u"apellidos"_s, u"apellido"_s, u"surname"_s, u"surnames"_s, u"last name"_s, u"family name"_s,
                                         u"sobrenome"_s, u"sobrenomes"_s, u"ultimo nome"_s, u"last names"_s}},
        {u"first_surname"_s, tr("First surname"), {u"apellido paterno"_s, u"primer apellido"_s}},
        {u"second_surname"_s, tr("Second surname"), {u"apellido materno"_s, u"segundo apellido"_s}},
        {u"full_name"_s, tr("Full name (split)"), {u"nombres y apellidos"_s, u"nombre completo"_s, u"apellidos y nombres"_s, u"full name"_s,
                                                    u"nombre y apellido"_s, u"apellidos y nombre"_s, u"participante"_s, u"nome completo"_s,
                                                    u"nome e sobrenome"_s, u"your name"_s, u"name and surname"_s, u"participant"_s,
                                                    u"apellidos nombres"_s, u"nombres apellidos"_s, u"participant name"_s}},
        {u"document_type"_s, tr("Document type"), {u"tipo de documento"_s, u"tipo documento"_s, u"tipo doc"_s, u"document type"_s,
                                                   u"id type"_s, u"tipo de documento de identidad"_s}},
        {u"document"_s, tr("Document number"), {u"dni"_s, u"documento"_s, u"numero de documento"_s, u"document number"_s, u"n de dni"_s,
                                                u"id"_s, u"national id"_s, u"id number"_s, u"passport"_s, u"pasaporte"_s, u"cpf"_s, u"rg"_s,
                                                u"documento de identidad"_s, u"ce"_s, u"carne de extranjeria"_s, u"nro de dni"_s,
                                                u"dni ce"_s, u"dni o ce"_s, u"passport number"_s}},
        {u"organisation"_s, tr("Organisation"), {u"organizacion"_s, u"institucion"_s, u"entidad"_s, u"organization"_s, u"organisation"_s,
                                                 u"company"_s, u"affiliation"_s, u"empresa"_s, u"organizacao"_s, u"instituicao"_s,
                                                 u"institution"_s, u"agency"_s}},
        {u"position"_s, tr("Position"), {u"cargo"_s, u"puesto"_s, u"position"_s, u"job title"_s, u"title"_s, u"role"_s, u"funcao"_s,
                                         u"ocupacion"_s, u"occupation"_s}},
        {u"sector"_s, tr("Sector"), {u"sector"_s, u"tipo de organizacion"_s, u"setor"_s, u"type of organization"_s}},
        {u"email"_s, tr("E-mail"), {u"correo"_s, u"correo electronico"_s, u"email"_s, u"e mail"_s, u"email address"_s, u"mail"_s,
                                    u"endereco de email"_s, u"e mail address"_s}},
        {u"phone"_s, tr("Phone"), {u"telefono"_s, u"celular"_s, u"phone"_s, u"telefone"_s, u"mobile"_s, u"phone number"_s,
                                   u"whatsapp"_s, u"cell phone"_s}},
        {u"data_consent"_s, tr("Consent to data processing"), {u"consentimiento"_s, u"consent"_s, u"consentimento"_s}},
        {u"photo_consent"_s, tr("Consent to photographs"), {u"fotos"_s, u"photo consent"_s}},
        {u"preferred_mesa"_s, tr("Preferred mesa"), {u"mesa"_s, u"mesa preferida"_s, u"mesa de trabajo"_s, u"preferred mesa"_s, u"table"_s}},
    };
    return list;
}

QString AttendeeImport::fieldOfHeader(const QString &header)
{
    return ColumnMap::match(header, fields(), guessField);
}

Result<AttendeeImport::Plan> AttendeeImport::prepare(const QByteArray &bytes, const QSet<QString> &existingDocuments)
{
    TRY_LET(table, TabularReader::read(bytes));
    return prepare(*table, existingDocuments);
}

Result<AttendeeImport::Plan> AttendeeImport::prepare(const TabularReader::Table &table, const QSet<QString> &existingDocuments,
                                                     const QStringList &columnChoices, int headerLine, const NameLexicon *known)
{
    if (table.records.isEmpty())
        return Error{tr("The file has no rows.")};

    Plan plan;
    plan.encoding = table.encoding;
    plan.delimiter = table.delimiter;
    plan.source = TabularReader::describe(table);
    // The header where it is: below a title, a date, blank rows.
    const SheetLayout layout = SheetLayout::find(table.records, fields(), guessField, headerLine);
    const QList<CsvReader::Record> records = layout.listRecords(table.records);
    plan.headerLine = layout.headerLine;
    plan.headerFound = layout.headerFound;
    for (const SheetLayout::Note &note : layout.notes)
        plan.notes.append({note.line, note.text});
    for (const CsvReader::Record &r : std::as_const(table.records).mid(0, SheetLayout::searchedRows))
        plan.firstRows.append({r.line, r.fields});
    TRY_LET(columns, ColumnMap::build(records, fields(), columnChoices, guessField));
    plan.columns = *columns;
    layout.applyTo(plan.columns);
    QHash<QString, int> indexes;
    auto refreshIndexes = [&] {
        for (const FieldSpec &spec : fields())
            indexes.insert(spec.key, ColumnMap::indexOf(plan.columns, spec.key));
    };
    refreshIndexes();
    auto index = [&](const char16_t *key) { return indexes.value(QString::fromUtf16(key), -1); };

    // A header nobody recognised: what its values are (8-digit numbers are
    // DNIs), said in the report.
    const bool anyName = index(u"given_names") >= 0 || index(u"surnames") >= 0 || index(u"full_name") >= 0
                         || index(u"first_surname") >= 0;
    for (MappedColumn &c : plan.columns) {
        if (!c.field.isEmpty() || c.chosen || c.numbering)
            continue;
        const SheetLayout::Content content = SheetLayout::contentOf(records, c.index);
        QString key;
        switch (content) {
        case SheetLayout::Content::Dni: key = u"document"_s; break;
        case SheetLayout::Content::Email: key = u"email"_s; break;
        case SheetLayout::Content::Phone: key = u"phone"_s; break;
        case SheetLayout::Content::PersonName: key = anyName ? QString() : u"full_name"_s; break;
        case SheetLayout::Content::Numbering:
            c.numbering = true;
            plan.notes.append({layout.headerLine, tr("column %1 «%2» only numbers the rows; left out").arg(c.index + 1).arg(c.header)});
            continue;
        case SheetLayout::Content::Unknown: break;
        }
        if (key.isEmpty() || ColumnMap::indexOf(plan.columns, key) >= 0)
            continue;
        c.field = key;
        c.byContent = SheetLayout::contentName(content);
        plan.notes.append({layout.headerLine, tr("column %1 «%2» is read as %3: its header says nothing known, its values are %4")
                                                  .arg(c.index + 1)
                                                  .arg(c.header.isEmpty() ? tr("(no header)") : c.header, ColumnMap::label(fields(), key), c.byContent)});
    }
    refreshIndexes();

    const CsvReader::Record &header = records.first();
    const bool hasName = index(u"given_names") >= 0 || index(u"surnames") >= 0 || index(u"full_name") >= 0
                         || index(u"first_surname") >= 0;
    if (!hasName || index(u"document") < 0) {
        // Not a dead end: the window shows the preview and asks for the
        // header row and the columns; the command line says what to choose.
        QStringList missing;
        if (!hasName)
            missing << tr("a name (Nombres, Apellidos, Nombres y apellidos, Full name)");
        if (index(u"document") < 0)
            missing << tr("a document (DNI, Documento, ID, Passport)");
        plan.unplaced = (layout.headerFound ? tr("No column of line %1 was recognised as %2. Found: %3.")
                                            : tr("No row among the first ones names the columns with %2. Line %1 was taken as the header: %3."))
                            .arg(layout.headerLine)
                            .arg(missing.join(tr(" nor ")), QStringList(header.fields).filter(QRegularExpression(u"\\S"_s)).join(u", "_s))
                        + TabularReader::otherSheets(table);
        return plan;
    }
    for (const ColumnMap::Warning &w : ColumnMap::unmappedWarnings(plan.columns, records, fields()))
        plan.problems.append({w.line, ImportProblem::Kind::Warning, tr("line %1: %2").arg(w.line).arg(w.text)});

    const bool hasConsentColumn = index(u"data_consent") >= 0;
    const bool hasContactColumns = index(u"email") >= 0 || index(u"phone") >= 0;
    if (hasContactColumns && !hasConsentColumn)
        plan.problems.append({header.line, ImportProblem::Kind::Warning,
                              tr("There is no consent column, so e-mails and phone numbers are not kept "
                                 "(Ley 29733). Add a column \"Consentimiento\" with Sí/No to keep them.")});
    // One full-name column: split by what the words are, the header's order
    // ("Apellidos y nombres") a hint, the whole column read together.
    const int fullNameColumn = index(u"full_name");
    QList<NameSplitter::Split> splits;
    if (fullNameColumn >= 0) {
        QStringList names;
        for (qsizetype r = 1; r < records.size(); ++r) {
            const CsvReader::Record &record = records.at(r);
            names << (fullNameColumn < record.fields.size() ? record.fields.at(fullNameColumn).simplified() : QString());
        }
        splits = NameSplitter::splitAll(names, NameSplitter::orderOfHeader(plan.columns.at(fullNameColumn).header), known);
    }
    // A column headed DNI holds DNIs, unless another column says the type.
    const int documentColumn = index(u"document");
    const QString documentHeader = ColumnMap::fold(plan.columns.at(documentColumn).header);
    const QStringList documentWords = documentHeader.split(u' ');
    const bool dniColumn = index(u"document_type") < 0
                           && (documentWords.contains(u"dni"_s) || plan.columns.at(documentColumn).byContent == SheetLayout::contentName(SheetLayout::Content::Dni))
                           && !documentWords.contains(u"pasaporte"_s) && !documentWords.contains(u"passport"_s)
                           && !documentWords.contains(u"extranjeria"_s) && !documentWords.contains(u"ce"_s);

    const QDateTime now = Clock::currentDateTime();
    QSet<QString> seen = existingDocuments;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const CsvReader::Record &record = records.at(r);
        auto field = [&](const char16_t *key) -> QString {
            const int i = index(key);
            return i >= 0 && i < record.fields.size() ? record.fields.at(i).simplified() : QString();
        };

        Row row;
        row.line = record.line;
        Attendee &a = row.attendee;
        a.givenNames = field(u"given_names");
        a.surnames = field(u"surnames");
        if (a.surnames.isEmpty())
            a.surnames = QStringList{field(u"first_surname"), field(u"second_surname")}.join(u' ').simplified();
        if (a.givenNames.isEmpty() && a.surnames.isEmpty() && fullNameColumn >= 0) {
            row.fullName = field(u"full_name");
            const NameSplitter::Split &split = splits.at(r - 1);
            a.givenNames = split.givenNames;
            a.surnames = split.surnames;
            row.splitDoubt = split.doubt;
            row.otherGivenNames = split.otherGivenNames;
            row.otherSurnames = split.otherSurnames;
            if (split.unsure())
                plan.problems.append({record.line, ImportProblem::Kind::Warning,
                                      tr("line %1: \"%2\" read as given names \"%3\", surnames \"%4\" (%5); check it")
                                          .arg(record.line)
                                          .arg(row.fullName, a.givenNames, a.surnames, split.doubt)});
        }
        if (a.givenNames.isEmpty() && a.surnames.isEmpty()) {
            plan.problems.append({record.line, ImportProblem::Kind::Rejected, tr("line %1: no name").arg(record.line)});
            continue;
        }
        if (a.givenNames.isEmpty())
            std::swap(a.givenNames, a.surnames);

        const QString rawNumber = field(u"document");
        a.documentNumber = DocumentTypes::normalizedNumber(rawNumber);
        const QString typeText = field(u"document_type");
        const auto statedType = documentTypeFromText(typeText);
        if (!typeText.isEmpty() && !statedType) {
            plan.problems.append({record.line, ImportProblem::Kind::Rejected,
                                  tr("line %1: \"%2\" is not a document type (DNI, carné de extranjería, pasaporte)")
                                      .arg(record.line)
                                      .arg(typeText)});
            continue;
        }
        static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
        const bool allDigits = digitsOnly.match(a.documentNumber).hasMatch();
        a.documentType = statedType.value_or(dniColumn ? DocumentType::Dni : inferDocumentType(a.documentNumber));
        bool notADni = false;
        if (dniColumn && !a.documentNumber.isEmpty() && !(allDigits && a.documentNumber.size() <= 8)) {
            // Under "DNI" but not a DNI: a foreigner's card or passport most
            // likely; kept as such, and said.
            a.documentType = inferDocumentType(a.documentNumber);
            notADni = true;
        }
        if (a.documentType == DocumentType::Dni && allDigits && record.isNumber(documentColumn) && a.documentNumber.size() < 8) {
            // A spreadsheet stored the DNI as a number, which cannot keep its
            // leading zeros: they are certainly lost, so they come back.
            a.documentNumber = a.documentNumber.rightJustified(8, u'0');
        } else if (a.documentType == DocumentType::Dni && a.documentNumber.size() == 7 && allDigits) {
            a.documentNumber.prepend(u'0');
            plan.problems.append({record.line, ImportProblem::Kind::Warning,
                                  tr("line %1: DNI %2 had 7 digits (Excel drops leading zeros); read as %3")
                                      .arg(record.line)
                                      .arg(rawNumber, a.documentNumber)});
        }
        if (const QString invalid = DocumentTypes::validationError(a.documentType, a.documentNumber); !invalid.isEmpty()) {
            plan.problems.append(
                {record.line, ImportProblem::Kind::Rejected, tr("line %1: %2").arg(record.line).arg(invalid)});
            continue;
        }
        if (notADni)
            plan.problems.append(
                {record.line, ImportProblem::Kind::Warning,
                 tr("line %1: \"%2\" is under \"%3\" but is not a DNI (8 digits); recorded as %4. Check it, or "
                    "add a column \"Tipo de documento\"")
                     .arg(record.line)
                     .arg(rawNumber, plan.columns.at(documentColumn).header,
                          displayNameOf(a.documentType))});
        if (seen.contains(a.documentNumber)) {
            plan.problems.append({record.line, ImportProblem::Kind::Duplicate,
                                  tr("line %1: document %2 is already registered; nothing was changed")
                                      .arg(record.line)
                                      .arg(a.documentNumber)});
            continue;
        }
        seen.insert(a.documentNumber);

        a.organisation = field(u"organisation");
        a.position = field(u"position");
        const QString sectorText = field(u"sector");
        a.sector = Sectors::fromText(sectorText).value_or(Sector::Other);
        if (!sectorText.isEmpty() && !Sectors::fromText(sectorText))
            plan.problems.append(
                {record.line, ImportProblem::Kind::Warning,
                 tr("line %1: sector \"%2\" not recognised; recorded as Other").arg(record.line).arg(sectorText)});
        const QString consentText = field(u"data_consent");
        const Answer consent = answerOf(consentText);
        if (hasConsentColumn && consent == Answer::Unclear)
            plan.problems.append(
                {record.line, ImportProblem::Kind::Warning,
                 tr("line %1: consent \"%2\" is neither yes nor no; taken as no, contact data not kept")
                     .arg(record.line)
                     .arg(consentText)});
        if (hasConsentColumn && consent == Answer::Yes) {
            a.dataConsentAt = now;
            a.email = field(u"email");
            a.phone = field(u"phone");
        }
        const QString photoText = field(u"photo_consent");
        const Answer photo = answerOf(photoText);
        if (photo == Answer::Unclear)
            plan.problems.append({record.line, ImportProblem::Kind::Warning,
                                  tr("line %1: consent to photographs \"%2\" is neither yes nor no; taken as no")
                                      .arg(record.line)
                                      .arg(photoText)});
        a.photoConsent = photo == Answer::Yes;
        a.preferredMesaCode = field(u"preferred_mesa").section(u' ', 0, 0).section(u':', 0, 0).toUpper();
        a.registeredAt = now;
        plan.accepted.append(row);
    }
    return plan;
}

Result<AttendeeImport::Plan> AttendeeImport::prepare(EventFile &file, const QByteArray &bytes)
{
    TRY_LET(table, TabularReader::read(bytes));
    return prepare(file, *table);
}

Result<AttendeeImport::Plan> AttendeeImport::prepare(EventFile &file, const TabularReader::Table &table, const QStringList &columnChoices,
                                                     int headerLine)
{
    SqlStatement query(file.database(), u"SELECT document_number, given_names, surnames FROM attendee"_s);
    TRY(query.exec());
    QSet<QString> existing;
    // The register's names were given apart: what each word is, for sure.
    NameLexicon known;
    while (query.next()) {
        existing.insert(query.value(0).toString());
        for (const QString &unit : NameSplitter::units(query.value(1).toString()))
            known.add(unit.section(u' ', -1), true);
        for (const QString &unit : NameSplitter::units(query.value(2).toString()))
            known.add(unit.section(u' ', -1), false);
    }
    return prepare(table, existing, columnChoices, headerLine, &known);
}

Result<AttendeeImport::Plan> AttendeeImport::prepareFile(EventFile &file, const QString &path, const TabularReader::Options &options,
                                                         const QStringList &columnChoices, int headerLine)
{
    TRY_LET(table, TabularReader::readFile(path, options));
    TRY_LET(plan, prepare(file, *table, columnChoices, headerLine));
    // Without a window to choose in, a list whose columns cannot be placed
    // is refused, saying what to choose.
    if (!plan->unplaced.isEmpty())
        return Error{plan->unplaced + u' ' + tr("Choose with --header-row N and --column \"HEADER=FIELD\".")};
    return plan;
}

Result<AttendeeImport::Report> AttendeeImport::commit(EventFile &file, const Plan &plan)
{
    if (!plan.unplaced.isEmpty())
        return Error{plan.unplaced};
    QList<Attendee> attendees;
    attendees.reserve(plan.accepted.size());
    for (const Row &row : plan.accepted)
        attendees.append(row.attendee);

    // A preferred mesa that the event does not have is dropped, not an error.
    SqlStatement mesas(file.database(), u"SELECT code FROM mesa"_s);
    TRY(mesas.exec());
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
    report.columns = plan.columns;
    report.imported = int(attendees.size());
    report.duplicates = plan.count(ImportProblem::Kind::Duplicate);
    report.rejected = plan.count(ImportProblem::Kind::Rejected);
    report.warnings = plan.count(ImportProblem::Kind::Warning);
    report.problems = plan.problems;
    report.notes = plan.notes;
    report.headerLine = plan.headerLine;
    return report;
}

Result<TabularSheet> AttendeeImport::exportSheet(EventFile &file)
{
    TRY_LET(attendees, AttendeeRepository(file).all());
    TabularSheet sheet;
    sheet.name = tr("Attendees");
    sheet.header = {u"given_names"_s, u"surnames"_s, u"document_type"_s, u"document"_s, u"organisation"_s, u"position"_s,
                    u"sector"_s, u"email"_s, u"phone"_s, u"data_consent"_s, u"photo_consent"_s, u"preferred_mesa"_s};
    const QString yes = u"sí"_s;
    const QString no = u"no"_s;
    for (const Attendee &a : *attendees)
        sheet.rows.append({a.givenNames, a.surnames, keyOf(a.documentType), a.documentNumber, a.organisation,
                           a.position, keyOf(a.sector), a.email, a.phone, a.dataConsentAt.isValid() ? yes : no,
                           a.photoConsent ? yes : no, a.preferredMesaCode});
    return sheet;
}

QString AttendeeImport::reportText(const Report &report)
{
    QStringList lines{tr("imported %1, duplicates %2, rejected %3").arg(report.imported).arg(report.duplicates).arg(report.rejected)};
    for (const Note &note : report.notes)
        lines.append(note.text);
    for (const ImportProblem &problem : report.problems)
        lines.append(problem.reason);
    return lines.join(u'\n');
}

} // namespace taller
