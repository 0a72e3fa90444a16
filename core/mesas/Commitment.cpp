#include "mesas/Commitment.h"

#include "registration/Attendee.h"

namespace taller {

using namespace Qt::StringLiterals;

QList<OgpValue> Commitments::allValues()
{
    return {OgpValue::Transparency, OgpValue::Accountability, OgpValue::Participation, OgpValue::TechnologyAndInnovation};
}

QString Commitments::key(OgpValue value)
{
    switch (value) {
    case OgpValue::Transparency: return u"transparency"_s;
    case OgpValue::Accountability: return u"accountability"_s;
    case OgpValue::Participation: return u"participation"_s;
    case OgpValue::TechnologyAndInnovation: return u"technology_innovation"_s;
    }
    return {};
}

std::optional<OgpValue> Commitments::valueFromText(const QString &text)
{
    const QString folded = foldForMatching(text);
    for (OgpValue value : allValues()) {
        if (folded == key(value) || folded == foldForMatching(displayName(value)))
            return value;
    }
    if (folded.startsWith(u"transparen"_s))
        return OgpValue::Transparency;
    if (folded.startsWith(u"rendicion"_s) || folded.startsWith(u"accountab"_s))
        return OgpValue::Accountability;
    if (folded.startsWith(u"particip"_s))
        return OgpValue::Participation;
    if (folded.startsWith(u"tecnolog"_s) || folded.startsWith(u"technolog"_s) || folded.startsWith(u"innova"_s))
        return OgpValue::TechnologyAndInnovation;
    return std::nullopt;
}

QString Commitments::displayName(OgpValue value)
{
    switch (value) {
    case OgpValue::Transparency: return tr("Transparency");
    case OgpValue::Accountability: return tr("Accountability");
    case OgpValue::Participation: return tr("Citizen participation");
    case OgpValue::TechnologyAndInnovation: return tr("Technology and innovation");
    }
    return {};
}

QString Commitments::valuesText(const QList<OgpValue> &values)
{
    QStringList names;
    for (OgpValue value : values)
        names << displayName(value);
    return names.join(u", "_s);
}

QString Commitments::key(CommitmentOrigin origin)
{
    switch (origin) {
    case CommitmentOrigin::Input: return u"input"_s;
    case CommitmentOrigin::Proposed: return u"proposed"_s;
    case CommitmentOrigin::Amended: return u"amended"_s;
    }
    return {};
}

std::optional<CommitmentOrigin> Commitments::originFromKey(const QString &key)
{
    for (CommitmentOrigin origin : {CommitmentOrigin::Input, CommitmentOrigin::Proposed, CommitmentOrigin::Amended}) {
        if (Commitments::key(origin) == key)
            return origin;
    }
    return std::nullopt;
}

QString Commitments::displayName(CommitmentOrigin origin)
{
    switch (origin) {
    case CommitmentOrigin::Input: return tr("Input from an earlier workshop");
    case CommitmentOrigin::Proposed: return tr("Proposed at the mesa");
    case CommitmentOrigin::Amended: return tr("Amended in plenary");
    }
    return {};
}

QList<CommitmentStatus> Commitments::allStatuses()
{
    return {CommitmentStatus::Draft, CommitmentStatus::Presented, CommitmentStatus::Approved, CommitmentStatus::Merged,
            CommitmentStatus::Withdrawn};
}

QString Commitments::key(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::Draft: return u"draft"_s;
    case CommitmentStatus::Presented: return u"presented"_s;
    case CommitmentStatus::Approved: return u"approved"_s;
    case CommitmentStatus::Merged: return u"merged"_s;
    case CommitmentStatus::Withdrawn: return u"withdrawn"_s;
    }
    return {};
}

std::optional<CommitmentStatus> Commitments::statusFromKey(const QString &key)
{
    for (CommitmentStatus status : allStatuses()) {
        if (Commitments::key(status) == key)
            return status;
    }
    return std::nullopt;
}

QString Commitments::displayName(CommitmentStatus status)
{
    switch (status) {
    case CommitmentStatus::Draft: return tr("Draft");
    case CommitmentStatus::Presented: return tr("Presented");
    case CommitmentStatus::Approved: return tr("Approved");
    case CommitmentStatus::Merged: return tr("Merged");
    case CommitmentStatus::Withdrawn: return tr("Withdrawn");
    }
    return {};
}

QStringList Commitments::missingForMeasurable(const Commitment &c)
{
    QStringList missing;
    if (c.actions.trimmed().isEmpty())
        missing << tr("how it will be done");
    if (c.responsible.trimmed().isEmpty())
        missing << tr("a responsible");
    if (c.deadline.trimmed().isEmpty())
        missing << tr("a deadline");
    if (c.indicator.trimmed().isEmpty())
        missing << tr("an indicator");
    return missing;
}

QList<std::pair<QString, QString>> Commitments::fields(const Commitment &c)
{
    return {
        {tr("Problem it addresses"), c.problem},
        {tr("Description"), c.description},
        {tr("How it will be done"), c.actions},
        {tr("Responsible"), c.responsible},
        {tr("Participants"), c.participants},
        {tr("Resources"), c.resources},
        {tr("Deadline"), c.deadline},
        {tr("Indicator"), c.indicator},
        {tr("OGP values"), valuesText(c.values)},
    };
}

} // namespace taller
