#include "sharing/Operation.h"

#include "base/Clock.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace taller {

QJsonObject Operation::toJson() const
{
    return {{u"id"_s, id},
            {u"kind"_s, keyOf(kind)},
            {u"payload"_s, payload},
            {u"deviceTime"_s, storedTime(deviceTime)}};
}

std::optional<Operation> Operation::fromJson(const QJsonObject &json)
{
    const auto kind = fromKey<OperationKind>(json.value(u"kind"_s).toString());
    Operation operation;
    operation.id = json.value(u"id"_s).toString();
    operation.payload = json.value(u"payload"_s).toObject();
    operation.deviceTime = QDateTime::fromString(json.value(u"deviceTime"_s).toString(), Qt::ISODateWithMs);
    if (!kind || operation.id.isEmpty() || operation.id.size() > 64 || !operation.deviceTime.isValid())
        return std::nullopt;
    operation.kind = *kind;
    return operation;
}

Operation Operation::make(OperationKind kind, QJsonObject payload)
{
    return {QUuid::createUuid().toString(QUuid::WithoutBraces), kind, std::move(payload), Clock::currentDateTime()};
}

namespace {

QJsonObject attendeeJson(const Attendee &a)
{
    return {{u"givenNames"_s, a.givenNames},
            {u"surnames"_s, a.surnames},
            {u"documentType"_s, keyOf(a.documentType)},
            {u"documentNumber"_s, a.documentNumber},
            {u"organisation"_s, a.organisation},
            {u"position"_s, a.position},
            {u"sector"_s, keyOf(a.sector)},
            {u"email"_s, a.email},
            {u"phone"_s, a.phone},
            {u"dataConsentAt"_s, storedTime(a.dataConsentAt)},
            {u"photoConsent"_s, a.photoConsent},
            {u"preferredMesa"_s, a.preferredMesaCode}};
}

} // namespace

Operation Operation::checkIn(const QString &document, qint64 meeting)
{
    return make(OperationKind::CheckIn, {{u"document"_s, document}, {u"meeting"_s, meeting}});
}

Operation Operation::undoCheckIn(const QString &document, qint64 meeting)
{
    return make(OperationKind::UndoCheckIn, {{u"document"_s, document}, {u"meeting"_s, meeting}});
}

Operation Operation::walkIn(const Attendee &attendee, qint64 meeting)
{
    return make(OperationKind::WalkIn,
                {{u"document"_s, attendee.documentNumber}, {u"meeting"_s, meeting}, {u"attendee"_s, attendeeJson(attendee)}});
}

Operation Operation::updateAttendee(const QString &originalDocument, const Attendee &attendee, qint64 meeting)
{
    return make(OperationKind::UpdateAttendee,
                {{u"document"_s, originalDocument}, {u"meeting"_s, meeting}, {u"attendee"_s, attendeeJson(attendee)}});
}

qint64 Operation::meeting() const
{
    return payload.value(u"meeting"_s).toInteger(1);
}

QString Operation::document() const
{
    return payload.value(u"document"_s).toString();
}

Attendee Operation::attendee() const
{
    const QJsonObject a = payload.value(u"attendee"_s).toObject();
    Attendee attendee;
    attendee.givenNames = a.value(u"givenNames"_s).toString();
    attendee.surnames = a.value(u"surnames"_s).toString();
    attendee.documentType = fromKey<DocumentType>(a.value(u"documentType"_s).toString()).value_or(DocumentType::Dni);
    attendee.documentNumber = a.value(u"documentNumber"_s).toString();
    attendee.organisation = a.value(u"organisation"_s).toString();
    attendee.position = a.value(u"position"_s).toString();
    attendee.sector = fromKey<Sector>(a.value(u"sector"_s).toString()).value_or(Sector::Other);
    attendee.email = a.value(u"email"_s).toString();
    attendee.phone = a.value(u"phone"_s).toString();
    attendee.dataConsentAt = fromStoredTime(a.value(u"dataConsentAt"_s).toString());
    attendee.photoConsent = a.value(u"photoConsent"_s).toBool();
    attendee.preferredMesaCode = a.value(u"preferredMesa"_s).toString();
    return attendee;
}

QJsonObject OperationReceipt::toJson() const
{
    return {{u"id"_s, operationId}, {u"outcome"_s, keyOf(outcome)}, {u"message"_s, message}};
}

OperationReceipt OperationReceipt::fromJson(const QJsonObject &json)
{
    OperationReceipt receipt;
    receipt.operationId = json.value(u"id"_s).toString();
    receipt.outcome = fromKey<OperationOutcome>(json.value(u"outcome"_s).toString()).value_or(OperationOutcome::Refused);
    receipt.message = json.value(u"message"_s).toString();
    return receipt;
}

} // namespace taller
