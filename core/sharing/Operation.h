#pragma once

#include "base/EnumTable.h"
#include "registration/Attendee.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace taller {

// What a desk's copy sends its hub: one use case of the registration desk,
// named by what it does and to whom (a person by document number, which is
// the same on every device; row ids are not), stamped with the device's
// own clock. The hub applies it through the same service as its own window
// (RemoteOperations); the desk, meanwhile, shows it as done.
enum class OperationKind { CheckIn, UndoCheckIn, WalkIn, UpdateAttendee };

// What became of an operation at the hub.
enum class OperationOutcome {
    // Applied as the desk did it.
    Applied,
    // The person had already arrived (another desk checked them in): both
    // records are kept, this one counts as a repeat.
    Repeat,
    // A walk-in whose document another desk registered first: one person,
    // the other desk's entry stands.
    SamePerson,
    // A rule refused it (a closed acta, a person the hub does not know…):
    // undone at the desk and named there.
    Refused,
};

struct Operation
{
    QString id; // a UUID made at the desk; the hub applies each id once
    OperationKind kind = OperationKind::CheckIn;
    QJsonObject payload;
    QDateTime deviceTime;

    QJsonObject toJson() const;
    static std::optional<Operation> fromJson(const QJsonObject &json);
    static Operation make(OperationKind kind, QJsonObject payload);

    // The operations of the desk, each naming its person by document.
    static Operation checkIn(const QString &document, qint64 meeting);
    static Operation undoCheckIn(const QString &document, qint64 meeting);
    static Operation walkIn(const Attendee &attendee, qint64 meeting);
    // A correction of the person known by originalDocument at the desk.
    static Operation updateAttendee(const QString &originalDocument, const Attendee &attendee, qint64 meeting);

    qint64 meeting() const;
    QString document() const;
    // The person a walk-in or a correction describes (its id is the desk's).
    Attendee attendee() const;
};

// An operation's outcome as the hub reports it to the desk.
struct OperationReceipt
{
    QString operationId;
    OperationOutcome outcome = OperationOutcome::Applied;
    QString message; // in words for the desk; empty when applied

    QJsonObject toJson() const;
    static OperationReceipt fromJson(const QJsonObject &json);
};

const EnumTable<OperationKind> &enumTable(OperationKind);
const EnumTable<OperationOutcome> &enumTable(OperationOutcome);

} // namespace taller
