#include "base/TypedInput.h"

#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &dayFirst()
{
    static const QRegularExpression re(u"^(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4}|\\d{2})$"_s);
    return re;
}

const QRegularExpression &yearFirst()
{
    static const QRegularExpression re(u"^(\\d{4})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})$"_s);
    return re;
}

} // namespace

QString TypedInput::dateForms()
{
    return tr("31/12/2026 (day, month, year) or 2026-12-31");
}

QString TypedInput::timeForms()
{
    return tr("16:00, 16 or 4 pm");
}

bool TypedInput::looksLikeDate(const QString &typed)
{
    const QString text = typed.trimmed();
    return dayFirst().match(text).hasMatch() || yearFirst().match(text).hasMatch();
}

Result<QDate> TypedInput::date(const QString &typed)
{
    const QString text = typed.trimmed();
    int day = 0, month = 0, year = 0;
    if (const auto m = dayFirst().match(text); m.hasMatch()) {
        day = m.captured(1).toInt();
        month = m.captured(2).toInt();
        year = m.captured(3).toInt();
        if (m.captured(3).size() == 2)
            year += 2000;
    } else if (const auto m = yearFirst().match(text); m.hasMatch()) {
        year = m.captured(1).toInt();
        month = m.captured(2).toInt();
        day = m.captured(3).toInt();
    } else {
        return Error{tr("\"%1\" is not a date: write it as %2.").arg(text, dateForms())};
    }
    const QDate date(year, month, day);
    if (!date.isValid())
        return Error{tr("\"%1\" does not exist in the calendar: check the day and the month (a date is written %2).")
                         .arg(text, dateForms())};
    return date;
}

Result<QTime> TypedInput::time(const QString &typed)
{
    // "4 p. m." and "4 PM" alike: lower case, no spaces or dots after the
    // digits' separator.
    QString text = typed.trimmed().toLower();
    text.replace(u"p. m."_s, u"pm"_s).replace(u"a. m."_s, u"am"_s).replace(u"p.m."_s, u"pm"_s).replace(u"a.m."_s, u"am"_s);
    text.remove(u' ');
    static const QRegularExpression re(u"^(\\d{1,2})(?:[:.h]?(\\d{2}))?(?:h|hrs?|horas)?(am|pm)?$"_s);
    const auto m = re.match(text);
    const Error wrong{tr("\"%1\" is not a time: write it as %2.").arg(typed.trimmed(), timeForms())};
    if (!m.hasMatch())
        return wrong;
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    const QString half = m.captured(3);
    if (!half.isEmpty()) {
        if (hour < 1 || hour > 12)
            return wrong;
        hour = (hour % 12) + (half == u"pm"_s ? 12 : 0);
    }
    const QTime time(hour, minute);
    if (!time.isValid() || hour > 23 || minute > 59)
        return wrong;
    return time;
}

} // namespace taller
