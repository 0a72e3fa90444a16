#pragma once

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

} // namespace taller
