#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>

namespace taller {

// The hub's own TLS certificate: made once on this computer the first time
// an event is shared (an ECDSA P-256 key and a self-signed certificate,
// through OpenSSL), kept in the user's data folder (the key readable only by
// its owner), and pinned by every device that joins: a device trusts exactly
// the certificate whose SHA-256 the pairing code names, as Syncthing and KDE
// Connect do, with no authority in between.
class HubCertificate
{
    Q_DECLARE_TR_FUNCTIONS(taller::HubCertificate)

public:
    // The certificate kept in folder, made there when there is none.
    static Result<HubCertificate> loadOrCreate(const QString &folder);
    // The folder of this user's hub certificate, the same for the window
    // and the command line.
    static QString defaultFolder();

    const QSslCertificate &certificate() const { return m_certificate; }
    // What a server of the hub presents: this certificate and its key, TLS
    // 1.2 or later, no certificate asked of the other side (a desk proves
    // itself with its secret, a browser with its page's token).
    QSslConfiguration serverConfiguration() const;
    const QSslKey &key() const { return m_key; }
    // SHA-256 of the certificate (DER), as upper-case hex pairs joined by ':'.
    QString fingerprint() const { return fingerprintOf(m_certificate); }
    static QString fingerprintOf(const QSslCertificate &certificate);

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace taller
