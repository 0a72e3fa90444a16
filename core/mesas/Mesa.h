#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace taller {

// A working table: code M1..Mn, what it works on, who runs it and where.
struct Mesa
{
    qint64 id = 0;
    QString code;
    QString name;
    QString theme;
    QString moderator;
    QString rapporteur;
    QString place;

    bool operator==(const Mesa &) const = default;
};

class Mesas
{
    Q_DECLARE_TR_FUNCTIONS(taller::Mesas)
public:
    // Why code names none of the event's mesas: the codes there are instead.
    static Error noMesaWithCode(const QString &code, const QList<Mesa> &mesas);
};

} // namespace taller
