#include "mesas/Commitment.h"

#include "base/EnumTable.h"
#include "registration/Attendee.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const EnumTable<OgpValue> &ogpValues()
{
    static const EnumTable<OgpValue> table("taller::Commitments", {
        {OgpValue::Transparency, u"transparency", QT_TRANSLATE_NOOP("taller::Commitments", "Transparency")},
        {OgpValue::Accountability, u"accountability", QT_TRANSLATE_NOOP("taller::Commitments", "Accountability")},
        {OgpValue::Participation, u"participation", QT_TRANSLATE_NOOP("taller::Commitments", "Citizen participation")},
        {OgpValue::TechnologyAndInnovation, u"technology_innovation",
         QT_TRANSLATE_NOOP("taller::Commitments", "Technology and innovation")},
    });
    return table;
}

const EnumTable<CommitmentOrigin> &origins()
{
    static const EnumTable<CommitmentOrigin> table("taller::Commitments", {
        {CommitmentOrigin::Input, u"input", QT_TRANSLATE_NOOP("taller::Commitments", "Input from an earlier workshop")},
        {CommitmentOrigin::Proposed, u"proposed", QT_TRANSLATE_NOOP("taller::Commitments", "Proposed at the mesa")},
        {CommitmentOrigin::Amended, u"amended", QT_TRANSLATE_NOOP("taller::Commitments", "Amended in plenary")},
    });
    return table;
}

const EnumTable<CommitmentStatus> &statuses()
{
    static const EnumTable<CommitmentStatus> table("taller::Commitments", {
        {CommitmentStatus::Draft, u"draft", QT_TRANSLATE_NOOP("taller::Commitments", "Draft")},
        {CommitmentStatus::Presented, u"presented", QT_TRANSLATE_NOOP("taller::Commitments", "Presented")},
        {CommitmentStatus::Approved, u"approved", QT_TRANSLATE_NOOP("taller::Commitments", "Approved")},
        {CommitmentStatus::Merged, u"merged", QT_TRANSLATE_NOOP("taller::Commitments", "Merged")},
        {CommitmentStatus::Withdrawn, u"withdrawn", QT_TRANSLATE_NOOP("taller::Commitments", "Withdrawn")},
    });
    return table;
}

} // namespace

const QList<CommitmentTextField> &Commitments::textFields()
{
    static const QList<CommitmentTextField> fields = {
        {u"problem", &Commitment::problem},           {u"description", &Commitment::description},
        {u"actions", &Commitment::actions},           {u"responsible", &Commitment::responsible},
        {u"participants", &Commitment::participants}, {u"resources", &Commitment::resources},
        {u"deadline", &Commitment::deadline},         {u"indicator", &Commitment::indicator},
    };
    return fields;
}

QList<OgpValue> Commitments::allValues() { return ogpValues().all(); }
QString Commitments::key(OgpValue value) { return ogpValues().key(value); }
QString Commitments::displayName(OgpValue value) { return ogpValues().displayName(value); }
QString Commitments::key(CommitmentOrigin origin) { return origins().key(origin); }
std::optional<CommitmentOrigin> Commitments::originFromKey(const QString &key) { return origins().fromKey(key); }
QString Commitments::displayName(CommitmentOrigin origin) { return origins().displayName(origin); }
QList<CommitmentStatus> Commitments::allStatuses() { return statuses().all(); }
QString Commitments::key(CommitmentStatus status) { return statuses().key(status); }
std::optional<CommitmentStatus> Commitments::statusFromKey(const QString &key) { return statuses().fromKey(key); }
QString Commitments::displayName(CommitmentStatus status) { return statuses().displayName(status); }

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

QString Commitments::valuesText(const QList<OgpValue> &values)
{
    QStringList names;
    for (OgpValue value : values)
        names << displayName(value);
    return names.join(u", "_s);
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
