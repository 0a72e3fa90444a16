#include "mesas/Commitment.h"

#include "registration/Attendee.h"

namespace taller {

bool Commitment::operator==(const Commitment &other) const
{
    return id == other.id && mesaCode == other.mesaCode && title == other.title && problem == other.problem
        && description == other.description && actions == other.actions && responsible == other.responsible
        && participants == other.participants && resources == other.resources && deadline == other.deadline
        && indicator == other.indicator && values == other.values && origin == other.origin && source == other.source
        && status == other.status && mergedInto == other.mergedInto && plenaryNote == other.plenaryNote;
}

using namespace Qt::StringLiterals;

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

std::optional<OgpValue> Commitments::valueFromText(const QString &text)
{
    const QString folded = foldForMatching(text);
    for (OgpValue value : valuesOf<OgpValue>()) {
        if (folded == keyOf(value) || folded == foldForMatching(displayNameOf(value)))
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
        names << displayNameOf(value);
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
