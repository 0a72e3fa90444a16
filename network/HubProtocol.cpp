#include "HubProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace taller::hub {

QByteArray message(const QString &type, QJsonObject body)
{
    body.insert(u"type"_s, type);
    body.insert(u"protocol"_s, ProtocolVersion);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::pair<QString, QJsonObject> read(const QString &text)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return {};
    const QJsonObject body = document.object();
    return {body.value(u"type"_s).toString(), body};
}

QJsonObject changeJson(const HubChanges::Change &change)
{
    return {{u"seq"_s, change.seq},
            {u"changes"_s, QString::fromLatin1(change.changes.toBase64())},
            {u"operations"_s, QJsonArray::fromStringList(change.operations)}};
}

DeskCopy::HubChange changeFrom(const QJsonObject &json)
{
    DeskCopy::HubChange change;
    change.seq = json.value(u"seq"_s).toInteger();
    change.changes = QByteArray::fromBase64(json.value(u"changes"_s).toString().toLatin1());
    for (const QJsonValue &id : json.value(u"operations"_s).toArray())
        change.operations.append(id.toString());
    return change;
}

} // namespace taller::hub
