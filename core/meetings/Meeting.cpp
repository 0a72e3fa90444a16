#include "meetings/Meeting.h"

#include "base/Text.h"
#include "base/TypedInput.h"

#include <QRegularExpression>

namespace taller {

using namespace Qt::StringLiterals;

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
        return Error{tr("An agreement needs a due: a date (%1) or words such as \"A la brevedad\".").arg(TypedInput::dateForms())};
    // Something written like a date (30/02/2027) but that is not one is a
    // typing mistake, not words ("15 días hábiles" are words).
    if (TypedInput::looksLikeDate(text)) {
        auto date = TypedInput::date(text);
        if (!date)
            return Error{date.errorMessage() + u' ' + tr("Or write words such as \"A la brevedad\".")};
        return date->toString(Qt::ISODate);
    }
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
