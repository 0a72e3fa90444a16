#pragma once

#include <QCoreApplication>
#include <QString>

namespace taller {

// How live times read on screen, the same at the desk and on the projector.
class LiveFormat
{
    Q_DECLARE_TR_FUNCTIONS(taller::LiveFormat)
public:
    // "12:34" left, or "+02:15" over.
    static QString countdown(qint64 seconds);
    // "on time", "5 min behind", "3 min ahead".
    static QString delay(qint64 seconds);
};

} // namespace taller
