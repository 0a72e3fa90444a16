#include "process/Initiative.h"

#include "base/Text.h"

#include "base/EnumTable.h"

#include <QLocale>

namespace taller {

using namespace Qt::StringLiterals;

const ProcessStage *Process::stage(int number) const
{
    for (const ProcessStage &s : stages) {
        if (s.number == number)
            return &s;
    }
    return nullptr;
}

QList<FichaField> Initiatives::allFields()
{
    QList<FichaField> fields;
    for (int i = 0; i < FichaFieldCount; ++i)
        fields.append(FichaField(i));
    return fields;
}

QString Initiatives::label(FichaField field)
{
    switch (field) {
    case FichaField::Activity: return tr("Name of the activity");
    case FichaField::Description: return tr("Description of the activity");
    case FichaField::Scope: return tr("Scope of intervention");
    case FichaField::ExpectedResults: return tr("Expected results");
    case FichaField::DevelopmentPlanObjective: return tr("Strategic objective of the Concerted Development Plan it contributes to");
    case FichaField::InstitutionalPlanObjective: return tr("Strategic objective of the Institutional Strategic Plan it contributes to");
    case FichaField::Indicator: return tr("Indicator measuring the activity");
    case FichaField::Beneficiaries: return tr("Population served (number and location)");
    case FichaField::Budget: return tr("Budget of the activity 2016 and 2017");
    case FichaField::PhysicalTargetFirstYear: return tr("Physical target 2016");
    case FichaField::PhysicalTargetSecondYear: return tr("Physical target 2017");
    case FichaField::SocioEconomicImpact: return tr("Socio-economic impact");
    case FichaField::OpenGovernmentComponent: return tr("Proposed open-government component of the activity");
    }
    return {};
}

QString Initiatives::organisationLabel()
{
    return tr("Name of the Regional Management (Gerencia) or organisation");
}

QString Initiatives::key(FichaField field)
{
    static const char16_t *const keys[] = {u"activity", u"description", u"scope", u"expected_results", u"development_plan_objective",
                                           u"institutional_plan_objective", u"indicator", u"beneficiaries", u"budget",
                                           u"physical_target_2016", u"physical_target_2017", u"socio_economic_impact",
                                           u"open_government_component"};
    return QString::fromUtf16(keys[int(field)]);
}

namespace {

const EnumTable<InitiativeStatus> &statuses()
{
    static const EnumTable<InitiativeStatus> table("taller::Initiatives", {
        {InitiativeStatus::Proposed, u"proposed", QT_TRANSLATE_NOOP("taller::Initiatives", "Proposed")},
        {InitiativeStatus::Advanced, u"advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Advanced")},
        {InitiativeStatus::NotAdvanced, u"not_advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Not advanced")},
        {InitiativeStatus::Merged, u"merged", QT_TRANSLATE_NOOP("taller::Initiatives", "Merged")},
        {InitiativeStatus::Selected, u"selected", QT_TRANSLATE_NOOP("taller::Initiatives", "Selected")},
    });
    return table;
}

const EnumTable<StageMethod> &methods()
{
    static const EnumTable<StageMethod> table("taller::Initiatives", {
        {StageMethod::Scores, u"scores", QT_TRANSLATE_NOOP("taller::Initiatives", "Weighted criteria, 1 to 5")},
        {StageMethod::Dots, u"dots", QT_TRANSLATE_NOOP("taller::Initiatives", "Dot voting")},
    });
    return table;
}

const EnumTable<DecisionKind> &decisions()
{
    static const EnumTable<DecisionKind> table("taller::Initiatives", {
        {DecisionKind::Entered, u"entered", QT_TRANSLATE_NOOP("taller::Initiatives", "Submitted")},
        {DecisionKind::Advanced, u"advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Advanced")},
        {DecisionKind::NotAdvanced, u"not_advanced", QT_TRANSLATE_NOOP("taller::Initiatives", "Not advanced")},
        {DecisionKind::Merged, u"merged", QT_TRANSLATE_NOOP("taller::Initiatives", "Merged")},
        {DecisionKind::Selected, u"selected", QT_TRANSLATE_NOOP("taller::Initiatives", "Selected as a commitment")},
    });
    return table;
}

} // namespace

QString Initiatives::key(InitiativeStatus status) { return statuses().key(status); }
std::optional<InitiativeStatus> Initiatives::statusFromKey(const QString &key) { return statuses().fromKey(key); }
QString Initiatives::displayName(InitiativeStatus status) { return statuses().displayName(status); }
QString Initiatives::key(StageMethod method) { return methods().key(method); }
std::optional<StageMethod> Initiatives::methodFromKey(const QString &key) { return methods().fromKey(key); }
QString Initiatives::displayName(StageMethod method) { return methods().displayName(method); }
QString Initiatives::key(DecisionKind kind) { return decisions().key(kind); }
std::optional<DecisionKind> Initiatives::decisionFromKey(const QString &key) { return decisions().fromKey(key); }
QString Initiatives::displayName(DecisionKind kind) { return decisions().displayName(kind); }

QStringList Initiatives::missing(const Initiative &initiative)
{
    QStringList lacking;
    if (initiative.organisation.trimmed().isEmpty())
        lacking.append(organisationLabel());
    for (FichaField f : allFields()) {
        if (initiative.field(f).trimmed().isEmpty())
            lacking.append(label(f));
    }
    return lacking;
}

QString Initiatives::roman(int number)
{
    return romanNumeral(number);
}

QString Initiatives::stageTitle(const ProcessStage &stage)
{
    return u"%1 %2"_s.arg(roman(stage.number), stage.name);
}

QString Initiatives::scoreText(std::optional<double> score, StageMethod method)
{
    if (!score)
        return {};
    if (method == StageMethod::Dots)
        return QLocale().toString(qRound64(*score));
    return QLocale().toString(*score, 'f', 1);
}

QString Initiatives::reasonFromNumbers(std::optional<double> score, StageMethod method, int rank, int of)
{
    if (!score)
        return tr("not scored; rank %1 of %2").arg(rank).arg(of);
    if (method == StageMethod::Dots)
        return tr("%1 dots; rank %2 of %3").arg(scoreText(score, method)).arg(rank).arg(of);
    return tr("score %1; rank %2 of %3").arg(scoreText(score, method)).arg(rank).arg(of);
}

Process Initiatives::defaultProcess(const QString &institution)
{
    Process p;
    p.name = tr("Co-creation process");
    p.institution = institution;
    p.entryStage = 2;
    const QStringList names{tr("Induction"), tr("Formulation of initiatives"), tr("Presentation and prioritisation"), tr("Final proposal")};
    for (int n = 0; n < names.size(); ++n) {
        ProcessStage stage;
        stage.number = n + 1;
        stage.name = names[n];
        p.stages.append(stage);
    }
    return p;
}

QList<Criterion> Initiatives::defaultCriteria()
{
    return {{0, tr("Impact"), 3}, {0, tr("Feasibility"), 2}, {0, tr("Secured budget"), 2}, {0, tr("Open-government value"), 2},
            {0, tr("Participation of actors"), 1}};
}

} // namespace taller
