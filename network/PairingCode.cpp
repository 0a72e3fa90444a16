#include "PairingCode.h"

#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace taller {

QString PairingCode::address() const
{
    const QHostAddress parsed(host);
    const bool v6 = parsed.protocol() == QAbstractSocket::IPv6Protocol;
    return (v6 ? u"[%1]:%2"_s : u"%1:%2"_s).arg(host).arg(port);
}

QString PairingCode::toText() const
{
    QString compact = fingerprint;
    compact.remove(u':');
    return u"taller://%1/?clave=%2&huella=%3"_s.arg(address(), key, compact);
}

Result<PairingCode> PairingCode::parse(const QString &text)
{
    QString cleaned;
    for (const QChar c : text) {
        if (!c.isSpace())
            cleaned += c;
    }
    const QUrl url(cleaned, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(u"taller"_s, Qt::CaseInsensitive) != 0 || url.host().isEmpty())
        return Error{tr("This is not a pairing code. It starts with taller:// and is shown by the hub under "
                        "Archivo → Compartir en la red local.")};
    const QUrlQuery query(url);
    PairingCode code;
    code.host = url.host();
    code.port = quint16(url.port(0));
    code.key = query.queryItemValue(u"clave"_s).toUpper();
    QString digest = query.queryItemValue(u"huella"_s).toUpper();
    digest.remove(u':');
    if (code.port == 0)
        return Error{tr("The pairing code has no port after the address (…:48620).")};
    if (code.key.isEmpty())
        return Error{tr("The pairing code has no key (clave=…).")};
    if (digest.size() != 64 || !QByteArray::fromHex(digest.toLatin1()).toHex().toUpper().startsWith(digest.toLatin1()))
        return Error{tr("The pairing code's fingerprint (huella=…) is not whole: it has 64 letters and digits.")};
    QStringList pairs;
    for (int i = 0; i < digest.size(); i += 2)
        pairs.append(digest.mid(i, 2));
    code.fingerprint = pairs.join(u':');
    return code;
}

} // namespace taller
