#include "mesas/Mesa.h"

#include <QStringList>

namespace taller {

using namespace Qt::StringLiterals;

Error Mesas::noMesaWithCode(const QString &code, const QList<Mesa> &mesas)
{
    QStringList codes;
    for (const Mesa &m : mesas)
        codes << m.code;
    return Error{tr("There is no mesa %1; this event has %2.").arg(code, codes.isEmpty() ? tr("none") : codes.join(u", "_s))};
}

} // namespace taller
