#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QTime>

namespace taller {

// Dates and times as people here type them, read the same way by every
// field that asks for one; what cannot be read is said with every form that
// can.
class TypedInput
{
    Q_DECLARE_TR_FUNCTIONS(taller::TypedInput)
public:
    // 31/12/2026, 31-12-2026, 31.12.2026, 31/12/26 (day first), or
    // 2026-12-31. A date written like one that is not in the calendar
    // (30/02/2027) is said not to exist.
    static Result<QDate> date(const QString &typed);
    // 16:00, 16.30, 16h, 16, 1600, 4 pm, 4:30 pm, 4 p. m., 10 am.
    static Result<QTime> time(const QString &typed);
    // True when text is written like a date, real or not.
    static bool looksLikeDate(const QString &typed);
    // The forms accepted, for a field's placeholder and its messages.
    static QString dateForms();
    static QString timeForms();
};

} // namespace taller
