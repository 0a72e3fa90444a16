#include "participants/CertificateDocument.h"
#include "participants/QrCode.h"

#include "acta/ActaRepository.h"
#include "base/Clock.h"
#include "event/EventHeader.h"
#include "event/EventRepository.h"
#include "registration/AttendeeRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocale>
#include <QFileInfo>
#include <QImageReader>
#include <QPainter>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace taller {

using namespace Qt::StringLiterals;

Result<CertificateSigner> CertificateSigner::parse(const QString &text)
{
    const QStringList parts = text.split(u'|');
    if (parts.size() != 2 || parts.at(0).trimmed().isEmpty() || parts.at(1).trimmed().isEmpty())
        return Error{CertificateDocument::tr("The signer is written \"NAME|POSITION\", not \"%1\".").arg(text)};
    return CertificateSigner{parts.at(0).trimmed(), parts.at(1).trimmed(), {}};
}

Result<QImage> CertificateSigner::readSignature(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QImage image = reader.read();
    if (image.isNull())
        return Error{CertificateDocument::tr("Cannot read the signature image %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString())};
    // PDF/A allows no transparency: the signature goes onto white paper.
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

Result<CertificateData> CertificateDocument::load(EventFile &file)
{
    CertificateData data;
    TRY_LET(details, EventRepository(file).load());
    data.event = *details;
    TRY_LET(attendees, AttendeeRepository(file).checkedIn());
    data.attendees = *attendees;
    TRY_LET(versions, ActaRepository(file).versions());
    if (!versions->isEmpty() && versions->constLast().isClosed()) {
        data.actaVersion = versions->constLast().version;
        data.actaFingerprint = versions->constLast().fingerprint;
    }
    return data;
}

namespace {

// "en el Palacio de Hierro", "en la Sala Mariátegui": a venue named by a
// common noun takes its article in Spanish; a proper name ("Trujillo") none.
QString venueWithArticle(const QString &place)
{
    if (QLocale().language() != QLocale::Spanish || place.isEmpty())
        return place;
    static const QStringList masculine{u"palacio"_s, u"auditorio"_s, u"centro"_s,  u"hotel"_s,   u"salón"_s,
                                       u"teatro"_s,  u"museo"_s,     u"colegio"_s, u"local"_s,   u"coliseo"_s,
                                       u"edificio"_s, u"gobierno"_s, u"club"_s,    u"complejo"_s, u"instituto"_s};
    static const QStringList feminine{u"sala"_s,    u"casa"_s,    u"municipalidad"_s, u"universidad"_s, u"biblioteca"_s,
                                      u"gerencia"_s, u"plaza"_s,  u"cámara"_s,        u"sede"_s,        u"escuela"_s,
                                      u"institución"_s, u"oficina"_s, u"dirección"_s};
    const QString first = place.section(u' ', 0, 0).toLower();
    if (masculine.contains(first))
        return u"el "_s + place;
    if (feminine.contains(first))
        return u"la "_s + place;
    return place;
}

// A title that already says it is a workshop ("Taller de validación…") is
// not called "the workshop «Taller…»".
bool namesItsKind(const QString &title)
{
    const QString first = title.section(u' ', 0, 0).toLower();
    return first == u"taller"_s || first == u"workshop"_s;
}

} // namespace

void CertificateDocument::addPage(PrintedDocument &document, const CertificateData &data, const Attendee &a,
                                  const CertificateSigner &signer)
{
    const EventDetails &e = data.event;
    document.addPageBreak();
    document.addSpacing(18);
    document.addTitle(tr("Certificate of participation"));
    document.addSpacing(10);
    document.addParagraph(tr("This is to certify that"));
    document.addTitle(a.fullName());
    if (!a.organisation.isEmpty())
        document.addSubtitle(a.organisation);
    document.addSpacing(4);
    const int minutes = e.start.isValid() && e.end.isValid() ? int(e.start.secsTo(e.end) / 60) : 0;
    const QString hours = minutes > 0 ? tr("%1 (%2)").arg(EventHeader::timeRangeText(e.start, e.end), EventHeader::durationText(minutes))
                                      : EventHeader::timeRangeText(e.start, e.end);
    const QString sentence = namesItsKind(e.title)
                                 ? tr("holder of %1 %2, took part in “%3”, organised by %4, held on %5 at %6, from %7.")
                                 : tr("holder of %1 %2, took part in the workshop “%3”, organised by %4, held on %5 at %6, from %7.");
    document.addParagraph(sentence.arg(DocumentTypes::shortName(a.documentType), a.documentNumber, e.title, e.organiser,
                                       EventHeader::dateText(e.date), venueWithArticle(EventHeader::placeText(e)), hours));
    document.addSpacing(24);

    PrintedDocument::SignatureCell cell;
    for (const QString &line : {signer.name, signer.position, e.organiser}) {
        if (!line.isEmpty())
            cell.lines << line;
    }
    cell.image = signer.signature;
    document.addSignatureColumns({{}, {}, {cell}, {}});

    if (!data.actaFingerprint.isEmpty()) {
        document.addSpacing(6);
        // The fingerprint on a line of its own, whole, to be typed or compared.
        document.addParagraph(tr("It can be checked against version %1 of the workshop's Acta de Compromisos, whose SHA-256 "
                                 "fingerprint is:").arg(data.actaVersion) + QChar::LineSeparator + data.actaFingerprint);
    }
    addCheck(document, data, a, signer);
}

void CertificateDocument::addCheck(PrintedDocument &document, const CertificateData &data, const Attendee &a,
                                   const CertificateSigner &signer)
{
    // A QR code a phone reads: the acta's fingerprint and this constancia's
    // own hash, which anyone recomputes from what the page says.
    auto qr = QrCode::encode(qrText(data, a, signer));
    if (!qr)
        return;
    document.addSpacing(4);
    document.addImage(qr->image(), 26,
                      tr("This constancia's SHA-256 hash (of the text \"constancia: 1\" and the event, the person, the "
                         "signer and the acta as printed here; see the README):")
                          + QChar::LineSeparator + hashOf(data, a, signer));
}

namespace {

QString escapedValue(QString value)
{
    value.remove(u'\r');
    value.replace(u"\\"_s, u"\\\\"_s);
    value.replace(u"\n"_s, u"\\n"_s);
    return value;
}

} // namespace

QString CertificateDocument::canonicalText(const CertificateData &data, const Attendee &a, const CertificateSigner &signer)
{
    const QList<std::pair<QString, QString>> fields{
        {u"event.title"_s, data.event.title},
        {u"event.organiser"_s, data.event.organiser},
        {u"event.date"_s, data.event.date.isValid() ? data.event.date.toString(Qt::ISODate) : QString()},
        {u"person.name"_s, a.fullName()},
        {u"person.document"_s, a.documentNumber},
        {u"signer.name"_s, signer.name},
        {u"signer.position"_s, signer.position},
        {u"acta.version"_s, data.actaFingerprint.isEmpty() ? QString() : QString::number(data.actaVersion)},
        {u"acta.fingerprint"_s, data.actaFingerprint},
    };
    QString text = u"constancia: 1\n"_s;
    for (const auto &[key, value] : fields)
        text += key + u": "_s + escapedValue(value) + u'\n';
    return text.normalized(QString::NormalizationForm_C);
}

QString CertificateDocument::hashOf(const CertificateData &data, const Attendee &a, const CertificateSigner &signer)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText(data, a, signer).toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString CertificateDocument::qrText(const CertificateData &data, const Attendee &a, const CertificateSigner &signer)
{
    return u"acta: "_s + data.actaFingerprint + u"\nconstancia: "_s + hashOf(data, a, signer) + u'\n';
}

namespace {

PrintedDocument certificateDocument(const CertificateData &data)
{
    PrintedDocument document(CertificateDocument::tr("Certificate of participation"));
    EventHeader::applyRunningHeader(document, data.event);
    // A constancia stands alone: "page 17 of 5000" would say nothing to its holder.
    document.setPageNumbers(false);
    // A signed constancia's box names the acta it certifies by.
    if (!data.actaFingerprint.isEmpty())
        document.setSignatureNote(CertificateDocument::tr("Acta version %1, SHA-256 fingerprint: %2")
                                      .arg(data.actaVersion)
                                      .arg(data.actaFingerprint));
    return document;
}

} // namespace

Result<PrintedDocument> CertificateDocument::build(const CertificateData &data, const CertificateSigner &signer)
{
    if (data.attendees.isEmpty())
        return Error{tr("Nobody has checked in, so there is no certificate of participation to print.")};
    PrintedDocument document = certificateDocument(data);
    for (const Attendee &a : data.attendees)
        addPage(document, data, a, signer);
    return document;
}

Result<PrintedDocument> CertificateDocument::build(EventFile &file, const CertificateSigner &signer)
{
    TRY_LET(data, load(file));
    return build(*data, signer);
}

PrintedDocument CertificateDocument::buildOne(const CertificateData &data, const Attendee &attendee, const CertificateSigner &signer)
{
    PrintedDocument document = certificateDocument(data);
    addPage(document, data, attendee, signer);
    return document;
}

QString CertificateDocument::fileName(const Attendee &attendee)
{
    QString name = attendee.documentNumber;
    static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
    name.replace(unsafe, u"_"_s);
    return name + u".pdf"_s;
}

Result<QStringList> CertificateDocument::writeEach(const CertificateData &data, const CertificateSigner &signer,
                                                  const QString &directory, const SigningCertificate *certificate)
{
    if (data.attendees.isEmpty())
        return Error{tr("Nobody has checked in, so there is no certificate of participation to print.")};
    // A folder made here and left empty by a failure goes again (after the
    // staging folder inside it, which goes first).
    const bool existed = QFileInfo(directory).isDir();
    bool moving = false;
    const auto removeMade = qScopeGuard([&] {
        if (!existed && !moving)
            QDir().rmdir(directory);
    });
    if (!QDir().mkpath(directory))
        return Error{tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(directory))};
    // Every file is written in a folder beside them first; only when all are
    // on disk do they move into place.
    QTemporaryDir staging(QDir(directory).filePath(u".constancias-XXXXXX"_s));
    if (!staging.isValid())
        return Error{tr("Cannot write in the folder %1: %2").arg(QDir::toNativeSeparators(directory), staging.errorString())};
    QStringList names;
    QSet<QString> taken;
    for (const Attendee &a : data.attendees) {
        const QString name = fileName(a);
        if (taken.contains(name))
            return Error{tr("Two people would get the same file name %1; nothing was written.").arg(name)};
        const PrintedDocument one = buildOne(data, a, signer);
        if (Status written = certificate ? one.writeSignedPdf(staging.filePath(name), *certificate)
                                         : one.writePdf(staging.filePath(name));
            !written) {
            // Said of the folder chosen, not of the hidden one beside it.
            if (written.error().kind == ErrorKind::NoSpace)
                return Error{tr("No space left in %1: the constancias did not fit (%2 could not be written), and none "
                                "was left there. Free some space or choose another folder.")
                                 .arg(QDir::toNativeSeparators(QFileInfo(directory).absoluteFilePath()), name),
                             ErrorKind::NoSpace};
            return Error{tr("%1 Nothing was written.").arg(written.errorMessage()), written.error().kind};
        }
        names << name;
        taken.insert(name);
    }
    QStringList paths;
    moving = true;
    for (const QString &name : std::as_const(names)) {
        const QString target = QDir(directory).filePath(name);
        // rename(2) replaces an older constancia of the same person at once.
        if (std::rename(QFile::encodeName(staging.filePath(name)).constData(), QFile::encodeName(target).constData()) != 0)
            return Error{tr("Cannot move %1 into %2: %3. %4 of %5 constancias were written.")
                             .arg(name, QDir::toNativeSeparators(directory), QString::fromLocal8Bit(strerror(errno)))
                             .arg(paths.size())
                             .arg(names.size())};
        paths << target;
    }
    return paths;
}

} // namespace taller
