#pragma once

#include "EventSession.h"
#include "sharing/Operation.h"

namespace taller {

// A desk's operation applied to an event through the registration desk's own
// service, as the window makes it: at the hub when it arrives, and at the
// desk again over the hub's newer changes. What the rules say of it is the
// receipt; a failure that may pass (the file busy) is an Error, and the
// operation is tried again later.
namespace RemoteOperations {

// deviceName: the desk recorded with a check-in. registeredBy: who made the
// walk-in a document belongs to (for "the same person" receipts).
OperationReceipt apply(EventSession &session, const QString &deviceName, const Operation &operation, Error *retryLater,
                       const std::function<QString(const QString &document)> &registeredBy = {});

} // namespace RemoteOperations
} // namespace taller
