#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QRectF>
#include <QString>

namespace taller {

// The institution's certificate and its private key, from a PKCS#12 file
// (.p12, .pfx) and its password, ready to sign PDFs. Loading checks what a
// reader would otherwise only find out later: a wrong password, a
// certificate not yet valid or expired, one whose key usage does not allow
// signing — each refused naming why.
//
// The signing itself is poppler's (PDFConverter::sign, an ISO 32000 PKCS#7
// detached signature over the whole file, made with NSS). NSS finds keys in
// a certificate database, so the first certificate loaded in a process makes
// a database of its own in a temporary folder (never the user's ~/.pki) and
// each .p12 is imported into it; the folder goes when the process ends.
class SigningCertificate
{
    Q_DECLARE_TR_FUNCTIONS(taller::SigningCertificate)
public:
    static Result<SigningCertificate> load(const QString &p12Path, const QString &password);

    // The subject's common name (who signs), and the whole subject.
    QString signerName() const { return m_signerName; }
    QString subject() const { return m_subject; }
    QString issuer() const { return m_issuer; }
    QDateTime validUntil() const { return m_validUntil; }
    // The name NSS knows the certificate by in the process's database.
    QString nickname() const { return m_nickname; }

private:
    QString m_signerName;
    QString m_subject;
    QString m_issuer;
    QDateTime m_validUntil;
    QString m_nickname;
};

// Where the visible signature goes and what it says.
struct SignatureBox
{
    // The page, counted from 0, and the box on it in fractions of the
    // page's width and height from its top left corner.
    int page = 0;
    QRectF rect;
    QString text;
    QString reason;
};

class PdfSignature
{
    Q_DECLARE_TR_FUNCTIONS(taller::PdfSignature)
public:
    // pdf signed with certificate, the box drawn where it says: the bytes of
    // the signed file, or why it could not be signed.
    static Result<QByteArray> sign(const QByteArray &pdf, const SigningCertificate &certificate, const SignatureBox &box);
};

} // namespace taller
