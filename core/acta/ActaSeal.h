#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace taller {

// An institution's signing key for the acta: Ed25519 (libsodium). The private
// key seals the canonical text of a closed acta and each signature record; the
// public key, handed to whoever checks, tells whether a file was changed by
// anyone who does not hold the private key.
//
// Key files are text: the private one (mode 0600) holds the 64-byte secret key
// in hex, the public one (KEYFILE.pub) the 32-byte public key in hex.
//
// Or the institution's X.509 certificate and its key (a PKCS#12 file, the
// one that signs its PDFs): the seal is then a detached CMS (PKCS#7) signature
// in DER, made with OpenSSL, that `openssl cms -verify -binary -inform DER`
// checks against the canonical text; the file records the certificate (DER,
// in hex) where an Ed25519 public key would be, and its identifier is
// "x509:" and the first 16 hex digits of the SHA-256 of the certificate.
class SealPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(taller::SealPublicKey)
public:
    SealPublicKey() = default;
    // An Ed25519 public key (64 hex digits) or a certificate (DER in hex).
    static Result<SealPublicKey> fromHex(const QString &hex);
    static Result<SealPublicKey> load(const QString &path);

    bool isCertificate() const { return m_certificate; }
    bool isValid() const { return m_certificate ? !m_key.isEmpty() : m_key.size() == 32; }
    // For a certificate: whether it is caPemPath's own certificate, or one
    // its certificates issued (checked as OpenSSL checks a chain, dates
    // aside: a seal outlives the certificate's validity); why not, if not.
    Status certifiedBy(const QString &caPemPath) const;
    // The certificate's subject, for a certificate.
    QString subject() const;
    QString hex() const { return QString::fromLatin1(m_key.toHex()); }
    // A short identifier to print beside the fingerprint: "ed25519:" and the
    // first 16 hex digits of the SHA-256 of the public key.
    QString id() const;
    bool verifies(const QByteArray &message, const QString &signatureHex) const;

private:
    QByteArray m_key;
    bool m_certificate = false;
    friend class SealKey;
};

class SealKey
{
    Q_DECLARE_TR_FUNCTIONS(taller::SealKey)
public:
    SealKey() = default;
    ~SealKey();
    SealKey(const SealKey &other);
    SealKey &operator=(const SealKey &other);

    // Makes a new key pair: path (0600) and path + ".pub"; refuses to
    // overwrite either.
    static Result<SealKey> create(const QString &path);
    static Result<SealKey> load(const QString &path);
    // The certificate and key of a PKCS#12 file (.p12, .pfx): refused, naming
    // why, with a wrong password, expired or not yet valid, or when its key
    // usage allows no signing.
    static Result<SealKey> loadCertificate(const QString &path, const QString &password);
    // Whether path names a PKCS#12 file (by its ending: .p12 or .pfx).
    static bool isCertificateFile(const QString &path);
    static QString publicPathFor(const QString &path) { return path + QStringLiteral(".pub"); }

    SealPublicKey publicKey() const { return m_public; }
    // Detached Ed25519 signature of message, lower-case hex (or, for a
    // certificate, the detached CMS signature in DER, lower-case hex).
    QString sign(const QByteArray &message) const;

private:
    QByteArray m_secret;
    SealPublicKey m_public;
    struct CertificateKey;
    std::shared_ptr<const CertificateKey> m_certificate;
};

} // namespace taller
