#include "printing/PdfSignature.h"

#include <QColor>
#include <QFile>
#include <QMutex>
#include <QScopeGuard>
#include <QTemporaryDir>

#include <poppler-qt6.h>

// NSS names a member "slots", which Qt's headers define as a keyword.
#pragma push_macro("slots")
#undef slots
#include <cert.h>
#include <ciferfam.h>
#include <nss.h>
#include <p12.h>
#include <p12plcy.h>
#include <pk11pub.h>
#include <prerror.h>
#include <secerr.h>
#pragma pop_macro("slots")

#include <memory>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// The process's own NSS database, made on first use in a temporary folder.
// Poppler's signing finds NSS already initialised on it and uses it (it never
// opens the user's ~/.pki/nssdb then).
struct NssDatabase
{
    std::unique_ptr<QTemporaryDir> folder;
    bool ready = false;
    QString failure;
    int imported = 0;
};

QMutex nssMutex;

NssDatabase &nssDatabase()
{
    static NssDatabase database;
    if (database.ready || !database.failure.isEmpty())
        return database;
    if (NSS_IsInitialized()) {
        database.failure = SigningCertificate::tr("NSS was set up elsewhere in this process before the signing.");
        return database;
    }
    database.folder = std::make_unique<QTemporaryDir>();
    if (!database.folder->isValid()) {
        database.failure = SigningCertificate::tr("No temporary folder for the signing certificate: %1")
                               .arg(database.folder->errorString());
        return database;
    }
    const QByteArray path = "sql:" + QFile::encodeName(database.folder->path());
    if (NSS_Initialize(path.constData(), "", "", SECMOD_DB, 0) != SECSuccess) {
        database.failure = SigningCertificate::tr("NSS could not make its certificate database: %1")
                               .arg(QString::fromUtf8(PR_ErrorToString(PORT_GetError(), PR_LANGUAGE_I_DEFAULT)));
        return database;
    }
    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    if (slot && PK11_NeedUserInit(slot))
        PK11_InitPin(slot, "", "");
    if (slot)
        PK11_FreeSlot(slot);
    // The ciphers a .p12 may be encrypted with, old and new.
    for (long cipher : {PKCS12_RC4_40, PKCS12_RC4_128, PKCS12_RC2_CBC_40, PKCS12_RC2_CBC_128, PKCS12_DES_56,
                        PKCS12_DES_EDE3_168, PKCS12_AES_CBC_128, PKCS12_AES_CBC_192, PKCS12_AES_CBC_256})
        SEC_PKCS12EnableCipher(cipher, PR_TRUE);
    database.ready = true;
    return database;
}

// A PKCS#12 password is a BMPString: UTF-16 big-endian with two zero bytes at
// its end.
QByteArray bmpPassword(const QString &password)
{
    QByteArray bytes;
    for (QChar c : password) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xff));
    }
    bytes.append('\0');
    bytes.append('\0');
    return bytes;
}

// Every certificate imported is named afresh: a .p12 without a friendly name,
// or two with the same one, still have their own.
SECItem *freshNickname(SECItem *, PRBool *cancel, void *)
{
    *cancel = PR_FALSE;
    const QByteArray nick = "taller-abierto-signer-" + QByteArray::number(++nssDatabase().imported);
    SECItem *item = SECITEM_AllocItem(nullptr, nullptr, unsigned(nick.size()));
    if (!item)
        return nullptr;
    memcpy(item->data, nick.constData(), size_t(nick.size()));
    return item;
}

QString nssError()
{
    return QString::fromUtf8(PR_ErrorToString(PORT_GetError(), PR_LANGUAGE_I_DEFAULT));
}

QString nameFrom(char *owned)
{
    const QString text = owned ? QString::fromUtf8(owned) : QString();
    if (owned)
        PORT_Free(owned);
    return text;
}

struct CertificateDeleter
{
    void operator()(CERTCertificate *c) const { CERT_DestroyCertificate(c); }
};
using CertificatePtr = std::unique_ptr<CERTCertificate, CertificateDeleter>;

// The certificate of the .p12 that carries a private key (its chain may
// come along): imported, it is one that has a key in the database.
CertificatePtr signingCertificateAmong(const QList<QByteArray> &ders)
{
    for (const QByteArray &der : ders) {
        SECItem item{siBuffer, reinterpret_cast<unsigned char *>(const_cast<char *>(der.constData())), unsigned(der.size())};
        CertificatePtr cert(CERT_FindCertByDERCert(CERT_GetDefaultCertDB(), &item));
        if (!cert)
            continue;
        if (SECKEYPrivateKey *key = PK11_FindKeyByAnyCert(cert.get(), nullptr)) {
            SECKEY_DestroyPrivateKey(key);
            return cert;
        }
    }
    return {};
}

} // namespace

Result<SigningCertificate> SigningCertificate::load(const QString &p12Path, const QString &password)
{
    QFile file(p12Path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("The certificate file %1 cannot be read: %2").arg(p12Path, file.errorString())};
    QByteArray p12 = file.readAll();
    if (p12.isEmpty())
        return Error{tr("The certificate file %1 is empty.").arg(p12Path)};

    QMutexLocker lock(&nssMutex);
    NssDatabase &database = nssDatabase();
    if (!database.ready)
        return Error{database.failure};

    PK11SlotInfo *slot = PK11_GetInternalKeySlot();
    QByteArray bmp = bmpPassword(password);
    SECItem passwordItem{siBuffer, reinterpret_cast<unsigned char *>(bmp.data()), unsigned(bmp.size())};
    SEC_PKCS12DecoderContext *decoder =
        SEC_PKCS12DecoderStart(&passwordItem, slot, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr);
    PK11_FreeSlot(slot);
    if (!decoder)
        return Error{tr("The certificate file %1 cannot be opened: %2").arg(p12Path, nssError())};
    auto finish = qScopeGuard([&] { SEC_PKCS12DecoderFinish(decoder); });

    if (SEC_PKCS12DecoderUpdate(decoder, reinterpret_cast<unsigned char *>(p12.data()), p12.size()) != SECSuccess
        || SEC_PKCS12DecoderVerify(decoder) != SECSuccess) {
        const PRErrorCode code = PORT_GetError();
        if (code == SEC_ERROR_BAD_PASSWORD || code == SEC_ERROR_PKCS12_PRIVACY_PASSWORD_INCORRECT
            || code == SEC_ERROR_BAD_DER)
            return Error{tr("Wrong password for the certificate %1 (or it is not a PKCS#12 file).").arg(p12Path)};
        return Error{tr("The certificate file %1 cannot be read as PKCS#12: %2").arg(p12Path, nssError())};
    }

    // Every certificate the file holds, to find the one with the key after
    // the import (or before it: the same file loaded twice is imported once).
    QList<QByteArray> ders;
    if (CERTCertList *list = SEC_PKCS12DecoderGetCerts(decoder)) {
        for (CERTCertListNode *node = CERT_LIST_HEAD(list); !CERT_LIST_END(node, list); node = CERT_LIST_NEXT(node))
            ders.append(QByteArray(reinterpret_cast<const char *>(node->cert->derCert.data), int(node->cert->derCert.len)));
        CERT_DestroyCertList(list);
    }
    CertificatePtr cert = signingCertificateAmong(ders);
    if (!cert) {
        if (SEC_PKCS12DecoderValidateBags(decoder, freshNickname) != SECSuccess
            || SEC_PKCS12DecoderImportBags(decoder) != SECSuccess)
            return Error{tr("The certificate and key in %1 cannot be used: %2").arg(p12Path, nssError())};
        cert = signingCertificateAmong(ders);
    }
    if (!cert)
        return Error{tr("The file %1 holds no certificate with its private key.").arg(p12Path)};

    SigningCertificate loaded;
    loaded.m_signerName = nameFrom(CERT_GetCommonName(&cert->subject));
    loaded.m_subject = QString::fromUtf8(cert->subjectName);
    loaded.m_issuer = QString::fromUtf8(cert->issuerName);
    loaded.m_nickname = QString::fromUtf8(cert->nickname);
    if (loaded.m_signerName.isEmpty())
        loaded.m_signerName = loaded.m_subject;
    PRTime notBefore = 0;
    PRTime notAfter = 0;
    if (CERT_GetCertTimes(cert.get(), &notBefore, &notAfter) == SECSuccess)
        loaded.m_validUntil = QDateTime::fromMSecsSinceEpoch(notAfter / 1000, Qt::UTC);

    switch (CERT_CheckCertValidTimes(cert.get(), PR_Now(), PR_FALSE)) {
    case secCertTimeExpired:
        return Error{tr("The certificate of %1 expired on %2: a signature made with it would not be valid.")
                         .arg(loaded.m_signerName, loaded.m_validUntil.toString(u"yyyy-MM-dd"_s)),
                     ErrorKind::Refused};
    case secCertTimeNotValidYet:
        return Error{tr("The certificate of %1 is not valid yet.").arg(loaded.m_signerName), ErrorKind::Refused};
    case secCertTimeValid:
        break;
    default:
        return Error{tr("The validity dates of the certificate of %1 cannot be read.").arg(loaded.m_signerName),
                     ErrorKind::Refused};
    }
    // A certificate that names its key's uses must allow signatures
    // (digitalSignature, or nonRepudiation as qualified certificates say).
    if (cert->keyUsagePresent && !(cert->keyUsage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return Error{tr("The certificate of %1 does not allow signing: its key usage has neither digitalSignature "
                        "nor nonRepudiation.")
                         .arg(loaded.m_signerName),
                     ErrorKind::Refused};
    return loaded;
}

Result<QByteArray> PdfSignature::sign(const QByteArray &pdf, const SigningCertificate &certificate, const SignatureBox &box)
{
    QMutexLocker lock(&nssMutex);
    if (!nssDatabase().ready)
        return Error{nssDatabase().failure};
    std::unique_ptr<Poppler::Document> document(Poppler::Document::loadFromData(pdf));
    if (!document || document->isLocked())
        return Error{tr("The PDF to sign cannot be read back.")};
    if (box.page < 0 || box.page >= document->numPages())
        return Error{tr("The PDF has no page %1 for the signature.").arg(box.page + 1)};

    // Poppler writes the signed file to a path of its own (it reads the
    // bytes back to sign them): a private temporary folder, read back whole.
    QTemporaryDir work;
    if (!work.isValid())
        return Error{tr("No temporary folder to sign the PDF in: %1").arg(work.errorString())};
    const QString signedPath = work.filePath(u"signed.pdf"_s);
    std::unique_ptr<Poppler::PDFConverter> converter(document->pdfConverter());
    converter->setOutputFileName(signedPath);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);

    Poppler::PDFConverter::NewSignatureData data;
    data.setCertNickname(certificate.nickname());
    data.setPassword(QString());
    data.setPage(box.page);
    data.setBoundingRectangle(box.rect);
    data.setSignatureText(box.text);
    data.setReason(box.reason);
    // Readable on paper like the rest of the page: 9 pt, as the body text.
    data.setFontSize(9);
    data.setFontColor(Qt::black);
    data.setBorderColor(QColor(0x0b, 0x4d, 0x37));
    data.setBorderWidth(1);
    data.setBackgroundColor(Qt::white);
    data.setFieldPartialName(u"Firma"_s);
    if (!converter->sign(data))
        return Error{tr("Poppler could not sign the PDF with the certificate of %1.").arg(certificate.signerName())};
    QFile written(signedPath);
    if (!written.open(QIODevice::ReadOnly))
        return Error{tr("The signed PDF cannot be read back: %1").arg(written.errorString())};
    const QByteArray signedBytes = written.readAll();
    if (signedBytes.size() <= pdf.size())
        return Error{tr("Poppler did not write the signed PDF.")};
    return signedBytes;
}

} // namespace taller
