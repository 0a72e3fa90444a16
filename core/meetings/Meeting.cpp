#include "meetings/Meeting.h"

#include "base/Text.h"

#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QDate typedDate(const QString &text)
{
    const QString t = text.trimmed();
    for (const QString &format : {u"yyyy-MM-dd"_s, u"d/M/yyyy"_s, u"d-M-yyyy"_s, u"d.M.yyyy"_s}) {
        const QDate date = QDate::fromString(t, format);
        if (date.isValid())
            return date;
    }
    return {};
}

} // namespace

QDate Agreement::dueDate() const
{
    return QDate::fromString(due, Qt::ISODate);
}

AgreementStatus Agreement::status(const QDate &today) const
{
    if (isDone())
        return AgreementStatus::Done;
    const QDate date = dueDate();
    return date.isValid() && date < today ? AgreementStatus::Overdue : AgreementStatus::Open;
}

Result<QString> Meetings::normalizedDue(const QString &typed)
{
    const QString text = typed.simplified();
    if (text.isEmpty())
        return Error{tr("An agreement needs a due: a date (YYYY-MM-DD) or words such as \"A la brevedad\".")};
    if (const QDate date = typedDate(text); date.isValid())
        return date.toString(Qt::ISODate);
    // Something written like a date (31/02/2027) but that is not one is a
    // typing mistake, not words ("15 días hábiles" are words).
    static const QRegularExpression dateLike(u"^\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}$"_s);
    if (dateLike.match(text).hasMatch())
        return Error{tr("\"%1\" is not a date: write it as YYYY-MM-DD, or use words such as \"A la brevedad\".").arg(text)};
    return text;
}

QString Meetings::dueText(const QString &due)
{
    const QDate date = QDate::fromString(due, Qt::ISODate);
    return date.isValid() ? date.toString(u"dd/MM/yyyy"_s) : due;
}

QString Meetings::label(const Meeting &meeting)
{
    QStringList parts{tr("Meeting %1").arg(meeting.id)};
    if (meeting.stage)
        parts << tr("Stage %1").arg(romanNumeral(*meeting.stage));
    if (!meeting.title.isEmpty())
        parts << meeting.title;
    if (meeting.date.isValid())
        parts << meeting.date.toString(u"dd/MM/yyyy"_s);
    return parts.join(u" · "_s);
}

} // namespace taller
