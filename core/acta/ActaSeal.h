#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace taller {

// An institution's signing key for the acta: Ed25519 (libsodium). The private
// key seals the canonical text of a closed acta and each signature record; the
// public key, handed to whoever checks, tells whether a file was changed by
// anyone who does not hold the private key.
//
// Key files are text: the private one (mode 0600) holds the 64-byte secret key
// in hex, the public one (KEYFILE.pub) the 32-byte public key in hex.
class SealPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(taller::SealPublicKey)
public:
    SealPublicKey() = default;
    static Result<SealPublicKey> fromHex(const QString &hex);
    static Result<SealPublicKey> load(const QString &path);

    bool isValid() const { return m_key.size() == 32; }
    QString hex() const { return QString::fromLatin1(m_key.toHex()); }
    // A short identifier to print beside the fingerprint: "ed25519:" and the
    // first 16 hex digits of the SHA-256 of the public key.
    QString id() const;
    bool verifies(const QByteArray &message, const QString &signatureHex) const;

private:
    QByteArray m_key;
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
    static QString publicPathFor(const QString &path) { return path + QStringLiteral(".pub"); }

    SealPublicKey publicKey() const { return m_public; }
    // Detached Ed25519 signature of message, lower-case hex.
    QString sign(const QByteArray &message) const;

private:
    QByteArray m_secret;
    SealPublicKey m_public;
};

} // namespace taller
