#include "acta/ActaDocument.h"

#include "event/EventHeader.h"
#include "acta/ActaRepository.h"
#include "base/Text.h"

#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// A place for each signatory, the government's on the left and civil
// society's on the right, with how and when each signed.
PrintedDocument::SignatureColumns signatureColumns(const QList<Signatory> &signatories)
{
    PrintedDocument::SignatureColumns signatures;
    signatures.leftTitle = displayNameOf(SignatorySide::Government);
    signatures.rightTitle = displayNameOf(SignatorySide::CivilSociety);
    for (const Signatory &s : signatories) {
        PrintedDocument::SignatureCell cell;
        cell.lines << s.name;
        if (!s.document.isEmpty())
            cell.lines << ActaDocument::tr("Document: %1").arg(s.document);
        if (!s.position.isEmpty())
            cell.lines << s.position;
        if (!s.organisation.isEmpty())
            cell.lines << s.organisation;
        if (s.signatureKind == SignatureKind::Drawn)
            cell.drawing = s.drawing;
        // Where a public servant's seal goes beside the signature.
        cell.lines << ActaDocument::tr("Signature and seal");
        if (s.hasSigned())
            cell.note = s.signatureKind == SignatureKind::Drawn
                            ? ActaDocument::tr("Signed on screen, %1").arg(QLocale().toString(s.signedAt, QLocale::ShortFormat))
                            : ActaDocument::tr("Signed on paper, %1").arg(QLocale().toString(s.signedAt, QLocale::ShortFormat));
        (s.side == SignatorySide::Government ? signatures.left : signatures.right).append(cell);
    }
    return signatures;
}

// The running footer of an acta: its name, version and fingerprint (and
// seal), or DRAFT.
void applyFooter(PrintedDocument &document, const QString &name, const ActaContent &acta, bool closed, const QString &fingerprint)
{
    document.setFooterNote(closed && !acta.sealKeyId.isEmpty()
                               ? ActaDocument::tr("%1, version %2 · sealed with the key %3").arg(name).arg(acta.version).arg(acta.sealKeyId)
                               : ActaDocument::tr("%1, version %2").arg(name).arg(acta.version));
    document.setFooterDetail(closed ? ActaDocument::tr("SHA-256 fingerprint: %1").arg(fingerprint)
                                    : ActaDocument::tr("DRAFT: not closed for signature, no fingerprint yet"));
    if (!closed)
        document.setWatermark(ActaDocument::tr("DRAFT"));
}

// A table whose first column numbers its rows ("No."), then columns.
PrintedDocument::Table numberedTable(const QList<PrintedDocument::Column> &columns, const QList<QStringList> &rows)
{
    PrintedDocument::Table table;
    table.columns = QList<PrintedDocument::Column>{{ActaDocument::tr("No."), 10, Qt::AlignRight}} + columns;
    for (int i = 0; i < rows.size(); ++i) {
        QList<PrintedDocument::Cell> cells{{QString::number(i + 1), {}, false}};
        for (const QString &text : rows.at(i))
            cells.append({text, {}, false});
        table.rows.append(cells);
    }
    return table;
}

// What was agreed, who does it and by when: the table every acta ends with.
PrintedDocument::Table agreementsTable(const QList<QStringList> &rows)
{
    return numberedTable({{ActaDocument::tr("Agreement"), 95, Qt::AlignLeft}, {ActaDocument::tr("Responsible"), 45, Qt::AlignLeft},
                          {ActaDocument::tr("Date"), 30, Qt::AlignLeft}},
                         rows);
}

// The acta's title and subtitle, and for a correction which version it
// replaces and why.
void addTitle(PrintedDocument &document, const QString &title, const QString &subtitle, const ActaContent &acta)
{
    document.addTitle(title);
    document.addSubtitle(subtitle);
    if (acta.replaces)
        document.addParagraph(ActaDocument::tr("Version %1, which replaces version %2. Reason for the correction: %3")
                                  .arg(acta.version)
                                  .arg(*acta.replaces)
                                  .arg(acta.correctionReason));
}

// When it was closed, as recorded (UTC, ISO 8601), written out.
QString recordedClosingText(const ActaContent &acta)
{
    const QDateTime closedAt = QDateTime::fromString(acta.closedAt, Qt::ISODateWithMs);
    if (!closedAt.isValid())
        return acta.closedAt;
    return ActaDocument::closedAtText(closedAt);
}

// The plenary's account (format 4 on): each mesa commitment it merged into
// another, naming that one (and its number in this acta when it is there),
// or withdrew, with the plenary's note.
void addPlenaryAccount(PrintedDocument &document, const ActaContent &acta)
{
    document.addHeading(ActaDocument::tr("Commitments merged or withdrawn by the plenary"));
    if (acta.plenaryAccount.isEmpty()) {
        document.addParagraph(ActaDocument::tr("The plenary neither merged nor withdrew any commitment of the mesas."));
        return;
    }
    auto named = [](const QString &mesa, const QString &title) {
        return mesa.isEmpty() ? ActaDocument::tr("«%1»").arg(title) : ActaDocument::tr("%1 «%2»").arg(mesa, title);
    };
    for (const PlenaryAccountEntry &e : acta.plenaryAccount) {
        QString line;
        if (e.status == CommitmentStatus::Merged) {
            const auto in = std::find_if(acta.commitments.cbegin(), acta.commitments.cend(),
                                         [&](const Commitment &c) { return e.mergedInto && c.id == *e.mergedInto; });
            const QString target = named(e.mergedIntoMesa, e.mergedIntoTitle);
            line = in != acta.commitments.cend()
                       ? ActaDocument::tr("%1. Merged into commitment %2 of this acta, %3.")
                             .arg(named(e.mesaCode, e.title))
                             .arg(in - acta.commitments.cbegin() + 1)
                             .arg(target)
                       : ActaDocument::tr("%1. Merged into %2.").arg(named(e.mesaCode, e.title), target);
        } else {
            line = ActaDocument::tr("%1. Withdrawn by the plenary.").arg(named(e.mesaCode, e.title));
        }
        if (const QString note = e.plenaryNote.trimmed(); !note.isEmpty())
            line += u" "_s + ActaDocument::tr("Plenary's note: %1").arg(note)
                    + (QStringView(u".!?…").contains(note.back()) ? QString() : u"."_s);
        document.addParagraph(u"– "_s + line);
    }
}

} // namespace

QString ActaDocument::closedAtText(const QDateTime &closedAt)
{
    const QDateTime local = closedAt.toLocalTime();
    return tr("%1, %2").arg(EventHeader::dateText(local.date()), local.toString(u"HH:mm"_s));
}

PrintedDocument ActaDocument::build(const ActaContent &acta, bool closed, const QString &fingerprint)
{
    if (acta.kind == ActaKind::Minutes)
        return buildMinutes(acta, closed, fingerprint);
    PrintedDocument document(tr("Acta de Compromisos"));
    EventHeader::applyRunningHeader(document, acta.event);
    // The sealing key's identifier goes on the line just above the
    // fingerprint: both in full on every page.
    applyFooter(document, tr("Acta de Compromisos"), acta, closed, fingerprint);

    // The institution that convenes heads its acta.
    if (!acta.event.organiser.trimmed().isEmpty())
        document.addSubtitle(acta.event.organiser.trimmed().toUpper());
    addTitle(document, tr("ACTA DE COMPROMISOS"), acta.event.title, acta);
    QList<std::pair<QString, QString>> where = {
        {tr("Organiser"), acta.event.organiser},
        {tr("Venue"), EventHeader::placeText(acta.event)},
        {tr("Date"), EventHeader::dateText(acta.event.date)},
        {tr("Time"), tr("%1 hours").arg(EventHeader::timeRangeText(acta.event.start, acta.event.end))},
    };
    if (closed)
        where.append({tr("Closed for signature"), recordedClosingText(acta)});
    document.addFields(where);

    QStringList bySector;
    for (auto it = acta.participantsBySector.cbegin(); it != acta.participantsBySector.cend(); ++it)
        bySector << u"%1: %2"_s.arg(displayNameOf(it.key())).arg(it.value());
    // The preamble opens the acta; the participants follow under their own
    // heading.
    document.addParagraph(acta.preamble);

    document.addHeading(tr("Participants"));
    document.addParagraph(tr("%n people took part in the workshop", nullptr, acta.participants)
                          + (bySector.isEmpty() ? u"."_s : u" ("_s + bySector.join(u"; "_s) + u")."_s));

    document.addHeading(tr("Commitments"));
    for (int i = 0; i < acta.commitments.size(); ++i) {
        const Commitment &c = acta.commitments.at(i);
        document.addHeading(tr("Commitment %1. %2").arg(i + 1).arg(c.title));
        QList<std::pair<QString, QString>> fields;
        if (!c.mesaCode.isEmpty())
            fields.append({tr("Mesa"), c.mesaCode});
        for (const auto &[label, value] : Commitments::fields(c))
            fields.append({label, value.isEmpty() ? u"—"_s : value});
        fields.append({tr("Origin"), displayNameOf(c.origin)});
        if (!c.plenaryNote.trimmed().isEmpty())
            fields.append({tr("Plenary's note"), c.plenaryNote});
        document.addFields(fields);
    }

    if (acta.textCoversPlenaryAccount())
        addPlenaryAccount(document, acta);

    document.addHeading(tr("Agreements"));
    QList<QStringList> agreements;
    for (const Commitment &c : acta.commitments)
        agreements.append({c.title, c.responsible, c.deadline});
    document.addTable(agreementsTable(agreements));

    document.addParagraph(acta.closing);

    document.addSpacing(4);
    document.addSignatureColumns(signatureColumns(acta.signatories));
    return document;
}

PrintedDocument ActaDocument::buildMinutes(const ActaContent &acta, bool closed, const QString &fingerprint)
{
    const Meeting &m = acta.meeting;
    PrintedDocument document(tr("Acta de reunión"));
    EventHeader::applyRunningHeader(document, m.heading());
    applyFooter(document, tr("Minutes of meeting %1").arg(m.id), acta, closed, fingerprint);

    addTitle(document, tr("ACTA DE REUNIÓN"), m.title, acta);
    QList<std::pair<QString, QString>> where = {
        {tr("Date"), EventHeader::dateText(m.date)},
        {tr("Start"), m.start.isValid() ? m.start.toString(u"HH:mm"_s) : u"—"_s},
        {tr("End"), m.end.isValid() ? m.end.toString(u"HH:mm"_s) : u"—"_s},
        {tr("Place"), m.place.isEmpty() ? u"—"_s : m.place},
    };
    if (m.stage)
        where.append({tr("Stage"), romanNumeral(*m.stage)});
    if (!m.organisation.isEmpty())
        where.append({tr("With"), m.organisation});
    if (closed)
        where.append({tr("Closed for signature"), recordedClosingText(acta)});
    document.addFields(where);
    if (!acta.preamble.trimmed().isEmpty())
        document.addParagraph(acta.preamble);

    // As the minutes of a meeting are laid out: I. Asistentes, II. Tabla,
    // III. Desarrollo, IV. Acuerdos (Acuerdo / Responsable / Fecha).
    document.addHeading(tr("I. Attendees"));
    if (acta.attendees.isEmpty()) {
        document.addParagraph(tr("Nobody's attendance was recorded."));
    } else if (acta.attendees.size() <= 15) {
        for (const MinutesAttendee &a : acta.attendees) {
            QStringList parts{a.name};
            const QString role = QStringList{a.position, a.organisation}.filter(QRegularExpression(u"\\S"_s)).join(u", "_s);
            if (!role.isEmpty())
                parts << role;
            document.addParagraph(u"– "_s + parts.join(u", "_s) + u"."_s);
        }
    } else {
        document.addParagraph(tr("%n people attended; their names are in the annex.", nullptr, int(acta.attendees.size())));
    }

    document.addHeading(tr("II. Tabla"));
    if (acta.items.isEmpty())
        document.addParagraph(u"—"_s);
    for (int i = 0; i < acta.items.size(); ++i)
        document.addParagraph(u"%1.- %2"_s.arg(i + 1).arg(acta.items.at(i).title));

    document.addHeading(tr("III. Discussion"));
    if (acta.items.isEmpty())
        document.addParagraph(u"—"_s);
    for (int i = 0; i < acta.items.size(); ++i) {
        const MeetingItem &item = acta.items.at(i);
        document.addParagraph(u"%1.- %2"_s.arg(i + 1).arg(item.title));
        document.addParagraph(item.development.trimmed().isEmpty() ? u"—"_s : item.development);
    }

    document.addHeading(tr("IV. Agreements"));
    QList<QStringList> agreements;
    for (const Agreement &a : acta.agreements)
        agreements.append({a.text, a.responsible, Meetings::dueText(a.due)});
    if (agreements.isEmpty())
        document.addParagraph(tr("No agreements were recorded."));
    else
        document.addTable(agreementsTable(agreements));

    if (!acta.closing.trimmed().isEmpty())
        document.addParagraph(acta.closing);
    document.addSpacing(4);
    document.addSignatureColumns(signatureColumns(acta.signatories));

    // The attendance, as an annex.
    document.addPageBreak();
    document.addHeading(tr("Annex. Attendance"));
    QList<QStringList> attendance;
    for (const MinutesAttendee &a : acta.attendees)
        attendance.append({a.name, a.position, a.organisation});
    if (attendance.isEmpty())
        document.addParagraph(tr("Nobody's attendance was recorded."));
    else
        document.addTable(numberedTable({{tr("Name"), 65, Qt::AlignLeft}, {tr("Position"), 50, Qt::AlignLeft},
                                         {tr("Organisation"), 55, Qt::AlignLeft}},
                                        attendance));
    return document;
}

Result<PrintedDocument> ActaDocument::build(EventFile &file, qint64 meeting, std::optional<int> version)
{
    ActaRepository actas(file, meeting);
    TRY_LET(current, actas.current());
    TRY_LET(record, version ? actas.version(*version) : Result<ActaRepository::Version>(*current));
    TRY_LET(content, actas.content(record->version));
    return build(*content, record->isClosed(), record->fingerprint);
}

} // namespace taller
