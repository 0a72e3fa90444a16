#include "process/Initiative.h"

#include "base/Text.h"

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

QString Initiatives::organisationLabel()
{
    return tr("Name of the Regional Management (Gerencia) or organisation");
}

QStringList Initiatives::missing(const Initiative &initiative)
{
    QStringList lacking;
    if (initiative.organisation.trimmed().isEmpty())
        lacking.append(organisationLabel());
    for (FichaField f : valuesOf<FichaField>()) {
        if (initiative.field(f).trimmed().isEmpty())
            lacking.append(displayNameOf(f));
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
    // Spanish documents write a decimal comma (3,4); Qt's data for Peru
    // give a point.
    QLocale locale;
    if (locale.language() == QLocale::Spanish)
        locale = QLocale(QLocale::Spanish, QLocale::Spain);
    if (method == StageMethod::Dots)
        return locale.toString(qRound64(*score));
    return locale.toString(*score, 'f', 1);
}

QString Initiatives::reasonFromNumbers(std::optional<double> score, StageMethod method, int rank, int of)
{
    if (!score)
        return tr("not scored"); // no rank where nothing was ranked
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
