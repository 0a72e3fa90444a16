#pragma once

#include "event/EventDetails.h"
#include "printing/PrintedDocument.h"
#include "registration/Attendee.h"

#include <QImage>

namespace taller {

class EventFile;
class SigningCertificate;

// Who signs the constancias: name and position, and optionally a scanned
// signature to print in the room to sign.
struct CertificateSigner
{
    QString name;
    QString position;
    QImage signature;

    // "NAME|POSITION", as the command line takes it.
    static Result<CertificateSigner> parse(const QString &text);
    // Reads a PNG or JPEG; a file that cannot be read is refused, never
    // printed as an empty space. Transparency is flattened onto white.
    static Result<QImage> readSignature(const QString &path);
};

// What every constancia of an event says, and for whom.
struct CertificateData
{
    EventDetails event;
    // Only the people checked in: a check-in undone is no attendance.
    QList<Attendee> attendees;
    // The acta in force, when it is closed: its version and fingerprint.
    int actaVersion = 0;
    QString actaFingerprint;
};

// The "Constancia de participación": one page per person who attended,
// with the event, date, place and hours, the person's name and document,
// the organiser and who signs, and the acta's fingerprint to check it by.
class CertificateDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::CertificateDocument)
public:
    static Result<CertificateData> load(EventFile &file);
    // All of them, one page each; an error when nobody has checked in.
    static Result<PrintedDocument> build(const CertificateData &data, const CertificateSigner &signer);
    static Result<PrintedDocument> build(EventFile &file, const CertificateSigner &signer);
    // One person's constancia alone.
    static PrintedDocument buildOne(const CertificateData &data, const Attendee &attendee, const CertificateSigner &signer);
    // One PDF per person in directory, named by document number (see
    // fileName). Written aside first: if any fails, none is left behind.
    // Returns the paths written. With a certificate, each PDF is signed with it.
    static Result<QStringList> writeEach(const CertificateData &data, const CertificateSigner &signer, const QString &directory,
                                         const SigningCertificate *certificate = nullptr);
    static QString fileName(const Attendee &attendee);

    // What a constancia certifies, as text a third party can write again
    // from the page: "constancia: 1", then one "key: value" line each (the
    // event's title, organiser and date, the person's name and document,
    // who signs and their position, the acta's version and fingerprint),
    // escaped as the acta's canonical text, Unicode NFC, LF endings.
    static QString canonicalText(const CertificateData &data, const Attendee &attendee, const CertificateSigner &signer);
    // Its SHA-256, lower-case hex: the constancia's own hash, in its QR code
    // beside the acta's fingerprint.
    static QString hashOf(const CertificateData &data, const Attendee &attendee, const CertificateSigner &signer);
    // What the QR code of a constancia holds.
    static QString qrText(const CertificateData &data, const Attendee &attendee, const CertificateSigner &signer);

private:
    static void addPage(PrintedDocument &document, const CertificateData &data, const Attendee &attendee,
                        const CertificateSigner &signer);
    // The QR code and the constancia's hash, under the page.
    static void addCheck(PrintedDocument &document, const CertificateData &data, const Attendee &attendee,
                         const CertificateSigner &signer);
};

} // namespace taller
