#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace taller {

// What a device needs to join a hub, as one line of text and as a QR code:
// where the hub is, a one-time key, and the SHA-256 of the hub's certificate
// the device will pin. Nothing in it is a secret worth keeping once used:
// the key pairs one device, once.
//   taller://192.168.1.10:48620/?clave=ABCD-EFGH-JKMN-PQRS-TUVW&huella=3F:A1:…
struct PairingCode
{
    Q_DECLARE_TR_FUNCTIONS(taller::PairingCode)

public:
    QString host;
    quint16 port = 0;
    QString key;
    QString fingerprint;

    QString address() const;
    QString toText() const;
    // Reads a code as a person pastes or types it (spaces, line breaks and
    // case do not matter); says what is missing when it is not one.
    static Result<PairingCode> parse(const QString &text);
};

} // namespace taller
