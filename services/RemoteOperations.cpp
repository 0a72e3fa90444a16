#include "RemoteOperations.h"

#include "RegistrationService.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace taller::RemoteOperations {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("taller::RemoteOperations", text);
}

OperationReceipt receipt(const Operation &operation, OperationOutcome outcome, QString message = {})
{
    return {operation.id, outcome, std::move(message)};
}

QString timeOf(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), u"HH:mm"_s);
}

// The failures that may pass: the operation is tried again, not refused.
bool passes(const Error &error)
{
    return error.kind == ErrorKind::Busy || error.kind == ErrorKind::Io || error.kind == ErrorKind::NoSpace;
}

OperationReceipt checkIn(RegistrationService &desk, const Operation &operation, bool undo, Error *retryLater)
{
    const auto done = undo ? desk.undoCheckInByDocument(operation.document()) : desk.checkInByDocument(operation.document());
    if (!done) {
        if (passes(done.error()) && retryLater)
            *retryLater = done.error();
        return receipt(operation, OperationOutcome::Refused, done.errorMessage());
    }
    switch (done->outcome) {
    case CheckinOutcome::CheckedIn:
    case CheckinOutcome::Undone:
        return receipt(operation, OperationOutcome::Applied);
    case CheckinOutcome::Already:
        return receipt(operation, OperationOutcome::Repeat,
                       tr("%1 had already arrived (checked in at %2): counted once, this check-in is kept as a repeat.")
                           .arg(done->attendee.fullName(), timeOf(done->at)));
    case CheckinOutcome::NotCheckedIn:
        return receipt(operation, OperationOutcome::Repeat,
                       tr("%1's arrival was already undone at another desk.").arg(done->attendee.fullName()));
    case CheckinOutcome::NotFound:
    case CheckinOutcome::Invalid:
        break;
    }
    return receipt(operation, OperationOutcome::Refused,
                   tr("No one with document %1 is on the hub's list; register the person as a walk-in.").arg(operation.document()));
}

} // namespace

OperationReceipt apply(EventSession &session, const QString &deviceName, const Operation &operation, Error *retryLater,
                       const std::function<QString(const QString &)> &registeredBy)
{
    RegistrationService desk(session, MeetingRef{operation.meeting()}, deviceName);
    switch (operation.kind) {
    case OperationKind::CheckIn:
        return checkIn(desk, operation, false, retryLater);
    case OperationKind::UndoCheckIn:
        return checkIn(desk, operation, true, retryLater);
    case OperationKind::WalkIn: {
        const Attendee person = operation.attendee();
        const auto existing = desk.findByDocument(person.documentNumber);
        if (!existing) {
            if (retryLater)
                *retryLater = existing.error();
            return receipt(operation, OperationOutcome::Refused, existing.errorMessage());
        }
        if (existing->has_value()) {
            const QString who = registeredBy ? registeredBy(person.documentNumber) : QString();
            return receipt(operation, OperationOutcome::SamePerson,
                           who.isEmpty()
                               ? tr("Document %1 was already on the list as %2: one person, the list's entry stands.")
                                     .arg(person.documentNumber, existing->value().fullName())
                               : tr("%1 registered document %2 first, as %3: one person, that entry stands.")
                                     .arg(who, person.documentNumber, existing->value().fullName()));
        }
        const auto added = desk.registerWalkIn(person);
        if (!added) {
            if (passes(added.error()) && retryLater)
                *retryLater = added.error();
            return receipt(operation, OperationOutcome::Refused, added.errorMessage());
        }
        return receipt(operation, OperationOutcome::Applied);
    }
    case OperationKind::UpdateAttendee: {
        const auto existing = desk.findByDocument(operation.document());
        if (!existing || !existing->has_value())
            return receipt(operation, OperationOutcome::Refused,
                           tr("No one with document %1 is on the hub's list; the correction was not made.")
                               .arg(operation.document()));
        Attendee changed = operation.attendee();
        changed.id = existing->value().id;
        changed.walkIn = existing->value().walkIn;
        changed.registeredAt = existing->value().registeredAt;
        const auto updated = desk.updateAttendee(changed);
        if (!updated) {
            if (passes(updated.error()) && retryLater)
                *retryLater = updated.error();
            return receipt(operation, OperationOutcome::Refused, updated.errorMessage());
        }
        return receipt(operation, OperationOutcome::Applied);
    }
    }
    return receipt(operation, OperationOutcome::Refused, tr("The hub does not know this kind of change."));
}

} // namespace taller::RemoteOperations
