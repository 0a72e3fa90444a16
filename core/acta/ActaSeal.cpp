#include "acta/ActaSeal.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

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

} // namespace

Result<SealPublicKey> SealPublicKey::fromHex(const QString &hex)
{
    const QByteArray raw = QByteArray::fromHex(hex.toLatin1());
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
    return u"ed25519:"_s + QString::fromLatin1(QCryptographicHash::hash(m_key, QCryptographicHash::Sha256).toHex().left(16));
}

bool SealPublicKey::verifies(const QByteArray &message, const QString &signatureHex) const
{
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

SealKey::~SealKey()
{
    if (!m_secret.isEmpty())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

SealKey::SealKey(const SealKey &other) : m_secret(other.m_secret), m_public(other.m_public)
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
    if (m_secret.size() != crypto_sign_SECRETKEYBYTES || !sodiumReady())
        return {};
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()), quint64(message.size()),
                         reinterpret_cast<const unsigned char *>(m_secret.constData()));
    return QString::fromLatin1(signature.toHex());
}

} // namespace taller
