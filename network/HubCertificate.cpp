#include "HubCertificate.h"

#include "base/SavedFile.h"

#include <QDir>
#include <QFile>
#include <QHostInfo>
#include <QSslSocket>
#include <QStandardPaths>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

template <typename T, void (*Free)(T *)>
struct Freed
{
    void operator()(T *p) const { Free(p); }
};
using Key = std::unique_ptr<EVP_PKEY, Freed<EVP_PKEY, EVP_PKEY_free>>;
using Certificate = std::unique_ptr<X509, Freed<X509, X509_free>>;
using Bio = std::unique_ptr<BIO, Freed<BIO, BIO_free_all>>;

QByteArray bytesOf(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

struct Made
{
    QByteArray certificatePem;
    QByteArray keyPem;
};

std::optional<Made> make(const QString &commonName)
{
    Key key(EVP_EC_gen("P-256"));
    if (!key)
        return std::nullopt;
    Certificate certificate(X509_new());
    if (!certificate)
        return std::nullopt;
    X509_set_version(certificate.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *number = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(number, X509_get_serialNumber(certificate.get()));
    BN_free(number);
    X509_gmtime_adj(X509_getm_notBefore(certificate.get()), -24 * 3600);
    X509_gmtime_adj(X509_getm_notAfter(certificate.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(certificate.get(), key.get());
    X509_NAME *name = X509_get_subject_name(certificate.get());
    const QByteArray cn = commonName.toUtf8();
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Taller Abierto"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_set_issuer_name(certificate.get(), name);
    if (X509_sign(certificate.get(), key.get(), EVP_sha256()) <= 0)
        return std::nullopt;
    Bio certificateOut(BIO_new(BIO_s_mem()));
    Bio keyOut(BIO_new(BIO_s_mem()));
    if (!PEM_write_bio_X509(certificateOut.get(), certificate.get())
        || !PEM_write_bio_PrivateKey(keyOut.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return std::nullopt;
    return Made{bytesOf(certificateOut.get()), bytesOf(keyOut.get())};
}

} // namespace

QString HubCertificate::defaultFolder()
{
    // One for the window and the command line alike: a desk pins it, so
    // `serve` and Archivo → Compartir must present the same certificate.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/taller-abierto/hub"_s;
}

QSslConfiguration HubCertificate::serverConfiguration() const
{
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(m_certificate);
    tls.setPrivateKey(m_key);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    return tls;
}

QString HubCertificate::fingerprintOf(const QSslCertificate &certificate)
{
    const QByteArray digest = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (int i = 0; i + 1 < digest.size(); i += 2)
        pairs.append(QString::fromLatin1(digest.mid(i, 2)));
    return pairs.join(u':');
}

Result<HubCertificate> HubCertificate::loadOrCreate(const QString &folder)
{
    const QString certificatePath = QDir(folder).filePath(u"certificate.pem"_s);
    const QString keyPath = QDir(folder).filePath(u"key.pem"_s);
    if (!QFile::exists(certificatePath) || !QFile::exists(keyPath)) {
        if (!QDir().mkpath(folder))
            return Error{tr("Cannot make the folder %1 for the hub's certificate.").arg(QDir::toNativeSeparators(folder))};
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        const auto made = make(tr("Taller Abierto hub on %1").arg(QHostInfo::localHostName()));
        if (!made)
            return Error{tr("OpenSSL could not make the hub's certificate.")};
        // The key first, readable only by its owner: a certificate without
        // its key is never left behind.
        TRY(SavedFile::write(keyPath, made->keyPem));
        QFile::setPermissions(keyPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        TRY(SavedFile::write(certificatePath, made->certificatePem));
    }
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read the hub's certificate in %1.").arg(QDir::toNativeSeparators(folder))};
    HubCertificate hub;
    hub.m_certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    hub.m_key = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
    if (hub.m_certificate.isNull() || hub.m_key.isNull())
        return Error{tr("The hub's certificate in %1 cannot be read; move the folder away and share again to make a new one.")
                         .arg(QDir::toNativeSeparators(folder))};
    return hub;
}

} // namespace taller
