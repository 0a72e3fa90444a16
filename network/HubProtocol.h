#pragma once

#include "DeskCopy.h"
#include "HubChanges.h"
#include "sharing/Operation.h"

#include <QJsonObject>

// The messages between a hub and its desks: JSON text frames over a
// WebSocket in TLS (see ARCHITECTURE.md, "The team on one event").
//
//   desk → hub   pair {key, name}            a new device, with a one-time key
//                hello {device, secret, run, seq, schema}
//                ops {items: [operation…]}    the desk's outbox, in order
//                snapshot-please {}           the changes did not fit the copy
//   hub → desk   paired {device, secret, name}
//                welcome {hubTime, run, seq}
//                changes {run, items: [{seq, changes (base64), operations}]}
//                snapshot {run, seq, data (base64)}
//                receipts {items: [receipt…]}
//                refused {message}            and the hub closes
namespace taller::hub {

inline constexpr int ProtocolVersion = 1;
inline constexpr quint16 DefaultPort = 48620;

QByteArray message(const QString &type, QJsonObject body = {});
// The message's type and body; an empty type when it is not one.
std::pair<QString, QJsonObject> read(const QString &text);

QJsonObject changeJson(const HubChanges::Change &change);
DeskCopy::HubChange changeFrom(const QJsonObject &json);

} // namespace taller::hub
