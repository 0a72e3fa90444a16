#include "acta/ActaSeal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <sodium.h>
#include <unistd.h>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QByteArray PrivateHeader = "taller-abierto-seal-key: ed25519\n";
const QByteArray PublicHeader = "taller-abierto-seal-public-key: ed25519\n";
constexpr qint64 MaxKeyFileSize = 4096;

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Reads a key file: its header line, then one line of hex of the given size.
Result<QByteArray> readKeyFile(const QString &path, const QByteArray &header, qsizetype bytes, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{SealKey::tr("Could not read the %1 %2: %3").arg(what, path, file.errorString())};
    if (file.size() > MaxKeyFileSize)
        return Error{SealKey::tr("%1 is not a %2: it is too large.").arg(path, what)};
    const QByteArray text = file.readAll();
    if (file.error() != QFile::NoError)
        return Error{SealKey::tr("Could not read the %1 %2: %3").arg(what, path, file.errorString())};
    if (!text.startsWith(header))
        return Error{SealKey::tr("%1 is not a %2 made by \"key new\".").arg(path, what)};
    const QByteArray hex = text.mid(header.size()).trimmed();
    const QByteArray raw = QByteArray::fromHex(hex);
    if (hex.size() != bytes * 2 || raw.size() != bytes || raw.toHex() != hex.toLower())
        return Error{SealKey::tr("%1 is not a %2: its key is damaged.").arg(path, what)};
    return raw;
}

Status writeNewFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, permissions))
        return Error{SealKey::tr("Could not create %1: %2").arg(path, file.errorString())};
    const bool written = file.write(bytes) == bytes.size() && file.flush() && ::fsync(file.handle()) == 0;
    if (!written) {
        const QString reason = file.errorString();
        file.close();
        file.remove();
        return Error{SealKey::tr("Could not write %1: %2").arg(path, reason)};
    }
    file.close();
    return {};
}


// OpenSSL's objects, freed when they go.
struct BioFree { void operator()(BIO *b) const { BIO_free(b); } };
struct X509Free { void operator()(X509 *x) const { X509_free(x); } };
struct CmsFree { void operator()(CMS_ContentInfo *c) const { CMS_ContentInfo_free(c); } };
struct StoreFree { void operator()(X509_STORE *s) const { X509_STORE_free(s); } };
struct StoreCtxFree { void operator()(X509_STORE_CTX *c) const { X509_STORE_CTX_free(c); } };
struct CertStackFree { void operator()(STACK_OF(X509) *s) const { sk_X509_pop_free(s, X509_free); } };
using BioPtr = std::unique_ptr<BIO, BioFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using CmsPtr = std::unique_ptr<CMS_ContentInfo, CmsFree>;
using CertStack = std::unique_ptr<STACK_OF(X509), CertStackFree>;

BioPtr memoryOf(const QByteArray &bytes)
{
    return BioPtr(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

X509Ptr certificateFromDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    X509Ptr cert(d2i_X509(nullptr, &data, long(der.size())));
    // The whole of it is the certificate, nothing after.
    if (cert && data != reinterpret_cast<const unsigned char *>(der.constData()) + der.size())
        return {};
    return cert;
}

QByteArray derOf(X509 *cert)
{
    unsigned char *out = nullptr;
    const int size = i2d_X509(cert, &out);
    if (size <= 0)
        return {};
    QByteArray der(reinterpret_cast<const char *>(out), size);
    OPENSSL_free(out);
    return der;
}

QString nameOf(const X509_NAME *name)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB);
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, size);
}

QString commonNameOf(X509 *cert)
{
    const X509_NAME *subject = X509_get_subject_name(cert);
    const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
    if (at < 0)
        return nameOf(subject);
    unsigned char *utf8 = nullptr;
    const int size = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
    if (size < 0)
        return nameOf(subject);
    const QString name = QString::fromUtf8(reinterpret_cast<const char *>(utf8), size);
    OPENSSL_free(utf8);
    return name;
}
} // namespace

Result<SealPublicKey> SealPublicKey::fromHex(const QString &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
    if (hex.size() > 64 && QString::fromLatin1(raw.toHex()) == hex.toLower() && certificateFromDer(raw)) {
        SealPublicKey certificate;
        certificate.m_key = raw;
        certificate.m_certificate = true;
        return certificate;
    }
    if (hex.size() != 64 || raw.size() != 32 || QString::fromLatin1(raw.toHex()) != hex.toLower())
        return Error{tr("\"%1\" is not an Ed25519 public key.").arg(hex.left(80))};
    SealPublicKey key;
    key.m_key = raw;
    return key;
}

Result<SealPublicKey> SealPublicKey::load(const QString &path)
{
    TRY_LET(raw, readKeyFile(path, PublicHeader, 32, tr("public key file")));
    SealPublicKey key;
    key.m_key = *raw;
    return key;
}

QString SealPublicKey::id() const
{
    if (!isValid())
        return {};
    return (m_certificate ? u"x509:"_s : u"ed25519:"_s)
           + QString::fromLatin1(QCryptographicHash::hash(m_key, QCryptographicHash::Sha256).toHex().left(16));
}

QString SealPublicKey::subject() const
{
    if (!m_certificate)
        return {};
    X509Ptr cert = certificateFromDer(m_key);
    return cert ? nameOf(X509_get_subject_name(cert.get())) : QString();
}

Status SealPublicKey::certifiedBy(const QString &caPemPath) const
{
    if (!m_certificate)
        return Error{tr("The acta is sealed with the key %1, not with a certificate.").arg(id())};
    QFile file(caPemPath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the certificate %1: %2").arg(caPemPath, file.errorString())};
    const QByteArray pem = file.readAll();
    X509Ptr sealing = certificateFromDer(m_key);
    if (!sealing)
        return Error{tr("The sealing certificate the file records is damaged.")};
    std::unique_ptr<X509_STORE, StoreFree> store(X509_STORE_new());
    BioPtr bio = memoryOf(pem);
    int read = 0;
    while (X509Ptr cert = X509Ptr(PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr))) {
        ++read;
        if (derOf(cert.get()) == m_key)
            return {};
        X509_STORE_add_cert(store.get(), cert.get());
    }
    ERR_clear_error();
    if (read == 0) {
        X509Ptr der = certificateFromDer(pem);
        if (!der)
            return Error{tr("%1 holds no certificate (PEM or DER).").arg(caPemPath)};
        if (derOf(der.get()) == m_key)
            return {};
        X509_STORE_add_cert(store.get(), der.get());
    }
    std::unique_ptr<X509_STORE_CTX, StoreCtxFree> context(X509_STORE_CTX_new());
    if (!X509_STORE_CTX_init(context.get(), store.get(), sealing.get(), nullptr))
        return Error{tr("The certificate chain could not be checked.")};
    X509_STORE_CTX_set_flags(context.get(), X509_V_FLAG_NO_CHECK_TIME | X509_V_FLAG_PARTIAL_CHAIN);
    if (X509_verify_cert(context.get()) == 1)
        return {};
    return Error{tr("The sealing certificate (%1) was not issued by %2: %3")
                     .arg(subject(), caPemPath,
                          QString::fromUtf8(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get()))))};
}

bool SealPublicKey::verifies(const QByteArray &message, const QString &signatureHex) const
{
    if (m_certificate) {
        // The CMS must verify over message, signed by this certificate and
        // no other (it is the only one offered, and the CMS's own are not
        // looked at); the chain is certifiedBy's question.
        const QByteArray der = QByteArray::fromHex(signatureHex.toLatin1());
        if (der.isEmpty() || QString::fromLatin1(der.toHex()) != signatureHex.toLower())
            return false;
        BioPtr in = memoryOf(der);
        CmsPtr cms(d2i_CMS_bio(in.get(), nullptr));
        X509Ptr cert = certificateFromDer(m_key);
        if (!cms || !cert) {
            ERR_clear_error();
            return false;
        }
        CertStack signers(sk_X509_new_null());
        sk_X509_push(signers.get(), cert.release());
        BioPtr content = memoryOf(message);
        const bool verified = CMS_verify(cms.get(), signers.get(), nullptr, content.get(), nullptr,
                                         CMS_BINARY | CMS_DETACHED | CMS_NOINTERN | CMS_NO_SIGNER_CERT_VERIFY)
                              == 1;
        ERR_clear_error();
        return verified;
    }
    if (!isValid() || !sodiumReady())
        return false;
    const QByteArray signature = QByteArray::fromHex(signatureHex.toLatin1());
    if (signature.size() != crypto_sign_BYTES || signatureHex.size() != 2 * crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature.constData()),
                                       reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                                       reinterpret_cast<const unsigned char *>(m_key.constData()))
           == 0;
}

struct SealKey::CertificateKey
{
    EVP_PKEY *key = nullptr;
    X509 *certificate = nullptr;
    STACK_OF(X509) *chain = nullptr;

    CertificateKey() = default;
    CertificateKey(const CertificateKey &) = delete;
    CertificateKey &operator=(const CertificateKey &) = delete;
    ~CertificateKey()
    {
        EVP_PKEY_free(key);
        X509_free(certificate);
        sk_X509_pop_free(chain, X509_free);
    }
};

bool SealKey::isCertificateFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"p12"_s || suffix == u"pfx"_s;
}

Result<SealKey> SealKey::loadCertificate(const QString &path, const QString &password)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Could not read the certificate %1: %2").arg(path, file.errorString())};
    const QByteArray bytes = file.readAll();
    BioPtr bio = memoryOf(bytes);
    PKCS12 *p12 = d2i_PKCS12_bio(bio.get(), nullptr);
    if (!p12) {
        ERR_clear_error();
        return Error{tr("%1 is not a PKCS#12 file (.p12, .pfx).").arg(path)};
    }
    const QByteArray utf8 = password.toUtf8();
    if (!PKCS12_verify_mac(p12, utf8.constData(), int(utf8.size()))) {
        PKCS12_free(p12);
        ERR_clear_error();
        return Error{tr("Wrong password for the certificate %1.").arg(path)};
    }
    auto loaded = std::make_shared<CertificateKey>();
    const int parsed = PKCS12_parse(p12, utf8.constData(), &loaded->key, &loaded->certificate, &loaded->chain);
    PKCS12_free(p12);
    if (!parsed || !loaded->key || !loaded->certificate) {
        const QString reason = QString::fromUtf8(ERR_reason_error_string(ERR_get_error()));
        ERR_clear_error();
        return Error{tr("The certificate and key in %1 cannot be read: %2").arg(path, reason)};
    }
    const QString who = commonNameOf(loaded->certificate);
    if (X509_cmp_current_time(X509_get0_notAfter(loaded->certificate)) <= 0)
        return Error{tr("The certificate of %1 has expired: a seal made with it would not be valid.").arg(who),
                     ErrorKind::Refused};
    if (X509_cmp_current_time(X509_get0_notBefore(loaded->certificate)) >= 0)
        return Error{tr("The certificate of %1 is not valid yet.").arg(who), ErrorKind::Refused};
    if ((X509_get_extension_flags(loaded->certificate) & EXFLAG_KUSAGE)
        && !(X509_get_key_usage(loaded->certificate) & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)))
        return Error{tr("The certificate of %1 does not allow signing: its key usage has neither digitalSignature "
                        "nor nonRepudiation.")
                         .arg(who),
                     ErrorKind::Refused};
    SealKey key;
    key.m_public.m_key = derOf(loaded->certificate);
    key.m_public.m_certificate = true;
    key.m_certificate = std::move(loaded);
    return key;
}

SealKey::~SealKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

SealKey::SealKey(const SealKey &other)
    : m_secret(other.m_secret)
    , m_public(other.m_public)
    , m_certificate(other.m_certificate)
{
    m_secret.detach();
}

SealKey &SealKey::operator=(const SealKey &other)
{
    if (this != &other) {
        if (!m_secret.isEmpty())
            sodium_memzero(m_secret.data(), size_t(m_secret.size()));
        m_secret = other.m_secret;
        m_secret.detach();
        m_public = other.m_public;
        m_certificate = other.m_certificate;
    }
    return *this;
}

Result<SealKey> SealKey::create(const QString &path)
{
    if (!sodiumReady())
        return Error{tr("The cryptography library could not start.")};
    const QString publicPath = publicPathFor(path);
    for (const QString &p : {path, publicPath}) {
        if (QFileInfo::exists(p))
            return Error{tr("%1 already exists; a key is never overwritten. Choose another name.").arg(p)};
    }
    SealKey key;
    key.m_secret.resize(crypto_sign_SECRETKEYBYTES);
    QByteArray publicBytes(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicBytes.data()), reinterpret_cast<unsigned char *>(key.m_secret.data()));
    key.m_public.m_key = publicBytes;

    QByteArray privateText = PrivateHeader + key.m_secret.toHex() + '\n';
    Status written = writeNewFile(path, privateText, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    sodium_memzero(privateText.data(), size_t(privateText.size()));
    if (!written)
        return written.error();
    if (Status pub = writeNewFile(publicPath, PublicHeader + publicBytes.toHex() + '\n',
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
        !pub) {
        QFile::remove(path);
        return pub.error();
    }
    return key;
}

Result<SealKey> SealKey::load(const QString &path)
{
    if (!sodiumReady())
        return Error{tr("The cryptography library could not start.")};
    TRY_LET(raw, readKeyFile(path, PrivateHeader, crypto_sign_SECRETKEYBYTES, tr("private key file")));
    SealKey key;
    key.m_secret = *raw;
    QByteArray publicBytes(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char *>(publicBytes.data()),
                                 reinterpret_cast<const unsigned char *>(key.m_secret.constData()));
    key.m_public.m_key = publicBytes;
    sodium_memzero(raw->data(), size_t(raw->size()));
    return key;
}

QString SealKey::sign(const QByteArray &message) const
{
    if (m_certificate) {
        // Detached, over the bytes as they are (no MIME canonicalisation),
        // the certificate and its chain included.
        BioPtr content = memoryOf(message);
        CmsPtr cms(CMS_sign(m_certificate->certificate, m_certificate->key, m_certificate->chain, content.get(),
                            CMS_BINARY | CMS_DETACHED));
        if (!cms) {
            ERR_clear_error();
            return {};
        }
        BioPtr out(BIO_new(BIO_s_mem()));
        if (!i2d_CMS_bio(out.get(), cms.get())) {
            ERR_clear_error();
            return {};
        }
        char *data = nullptr;
        const long size = BIO_get_mem_data(out.get(), &data);
        return QString::fromLatin1(QByteArray(data, int(size)).toHex());
    }
    if (m_secret.size() != crypto_sign_SECRETKEYBYTES || !sodiumReady())
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return QString::fromLatin1(signature.toHex());
}

} // namespace taller
