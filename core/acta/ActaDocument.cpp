#include "acta/ActaDocument.h"

#include "event/EventHeader.h"
#include "acta/ActaRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

PrintedDocument ActaDocument::build(const ActaContent &acta, bool closed, const QString &fingerprint)
{
    PrintedDocument document(tr("Acta de Compromisos"));
    EventHeader::applyRunningHeader(document, acta.event);
    // The sealing key's identifier goes on the line just above the
    // fingerprint: both in full on every page.
    document.setFooterNote(closed && !acta.sealKeyId.isEmpty()
                               ? tr("Acta de Compromisos, version %1 · sealed with the key %2").arg(acta.version).arg(acta.sealKeyId)
                               : tr("Acta de Compromisos, version %1").arg(acta.version));
    document.setFooterDetail(closed ? tr("SHA-256 fingerprint: %1").arg(fingerprint)
                                    : tr("DRAFT: not closed for signature, no fingerprint yet"));
    if (!closed)
        document.setWatermark(tr("DRAFT"));

    document.addTitle(tr("ACTA DE COMPROMISOS"));
    document.addSubtitle(acta.event.title);
    if (acta.replaces)
        document.addParagraph(tr("Version %1, which replaces version %2. Reason for the correction: %3")
                                  .arg(acta.version)
                                  .arg(*acta.replaces)
                                  .arg(acta.correctionReason));
    QList<std::pair<QString, QString>> where = {
        {tr("Organiser"), acta.event.organiser},
        {tr("Venue"), EventHeader::placeText(acta.event)},
        {tr("Date"), EventHeader::dateText(acta.event.date)},
        {tr("Time"), tr("%1 hours").arg(EventHeader::timeRangeText(acta.event.start, acta.event.end))},
    };
    if (closed) {
        const QDateTime closedAt = QDateTime::fromString(acta.closedAt, Qt::ISODateWithMs).toLocalTime();
        where.append({tr("Closed for signature"), closedAt.isValid() ? QLocale().toString(closedAt, QLocale::ShortFormat) : acta.closedAt});
    }
    document.addFields(where);

    QStringList bySector;
    for (auto it = acta.participantsBySector.cbegin(); it != acta.participantsBySector.cend(); ++it)
        bySector << u"%1: %2"_s.arg(Sectors::displayName(it.key())).arg(it.value());
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
        fields.append({tr("Origin"), Commitments::displayName(c.origin)});
        if (!c.plenaryNote.trimmed().isEmpty())
            fields.append({tr("Plenary's note"), c.plenaryNote});
        document.addFields(fields);
    }

    document.addHeading(tr("Agreements"));
    PrintedDocument::Table agreements;
    agreements.columns = {{tr("No."), 10, Qt::AlignRight}, {tr("Agreement"), 95, Qt::AlignLeft},
                          {tr("Responsible"), 45, Qt::AlignLeft}, {tr("Date"), 30, Qt::AlignLeft}};
    for (int i = 0; i < acta.commitments.size(); ++i) {
        const Commitment &c = acta.commitments.at(i);
        agreements.rows.append({{QString::number(i + 1), {}, false}, {c.title, {}, false}, {c.responsible, {}, false},
                                {c.deadline, {}, false}});
    }
    document.addTable(agreements);

    document.addParagraph(acta.closing);

    PrintedDocument::SignatureColumns signatures;
    signatures.leftTitle = Actas::displayName(SignatorySide::Government);
    signatures.rightTitle = Actas::displayName(SignatorySide::CivilSociety);
    for (const Signatory &s : acta.signatories) {
        PrintedDocument::SignatureCell cell;
        cell.lines << s.name;
        if (!s.document.isEmpty())
            cell.lines << tr("Document: %1").arg(s.document);
        if (!s.position.isEmpty())
            cell.lines << s.position;
        if (!s.organisation.isEmpty())
            cell.lines << s.organisation;
        if (s.signatureKind == SignatureKind::Drawn)
            cell.drawing = s.drawing;
        if (s.hasSigned())
            cell.note = s.signatureKind == SignatureKind::Drawn
                            ? tr("Signed on screen, %1").arg(QLocale().toString(s.signedAt, QLocale::ShortFormat))
                            : tr("Signed on paper, %1").arg(QLocale().toString(s.signedAt, QLocale::ShortFormat));
        (s.side == SignatorySide::Government ? signatures.left : signatures.right).append(cell);
    }
    document.addSpacing(4);
    document.addSignatureColumns(signatures);
    return document;
}

Result<PrintedDocument> ActaDocument::build(EventFile &file, std::optional<int> version)
{
    ActaRepository actas(file);
    auto current = actas.current();
    if (!current)
        return current.error();
    auto record = version ? actas.version(*version) : Result<ActaRepository::Version>(*current);
    if (!record)
        return record.error();
    auto content = actas.content(record->version);
    if (!content)
        return content.error();
    return build(*content, record->isClosed(), record->fingerprint);
}

} // namespace taller
