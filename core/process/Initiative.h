#pragma once

#include "base/EnumTable.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace taller {

// The thirteen fields of the "Ficha informativa de actividad priorizada", in
// the order the form asks for them. The submitting Gerencia stands apart.
enum class FichaField {
    Activity,
    Description,
    Scope,
    ExpectedResults,
    DevelopmentPlanObjective,
    InstitutionalPlanObjective,
    Indicator,
    Beneficiaries,
    Budget,
    PhysicalTargetFirstYear,
    PhysicalTargetSecondYear,
    SocioEconomicImpact,
    OpenGovernmentComponent,
};
inline constexpr int FichaFieldCount = 13;

// Where an initiative stands in the process.
enum class InitiativeStatus { Proposed, Advanced, NotAdvanced, Merged, Selected };

// How a stage prioritises: weighted criteria scored 1-5, or dots.
enum class StageMethod { Scores, Dots };

// What was decided about an initiative, once and for good (undo removes it).
enum class DecisionKind { Entered, Advanced, NotAdvanced, Merged, Selected };

struct Initiative
{
    qint64 id = 0;
    QString organisation;
    std::array<QString, FichaFieldCount> fields;
    // The last stage it reached.
    int stage = 0;
    InitiativeStatus status = InitiativeStatus::Proposed;
    std::optional<qint64> mergedInto;
    // Where it came from: a file and line, or "typed".
    QString source;

    QString title() const { return fields[0]; }
    QString &field(FichaField f) { return fields[size_t(f)]; }
    const QString &field(FichaField f) const { return fields[size_t(f)]; }
    bool isActive() const { return status == InitiativeStatus::Proposed || status == InitiativeStatus::Advanced; }
};

struct ProcessStage
{
    int number = 0;
    QString name;
    QDate starts;
    QDate ends;
    StageMethod method = StageMethod::Scores;
    // With dot voting: how many dots each participant has.
    int dotsPerScorer = 5;
};

struct Process
{
    QString name;
    QString institution;
    // The stage initiatives enter at (II, the formulation, by default).
    int entryStage = 2;
    QList<ProcessStage> stages;

    int lastStage() const { return stages.isEmpty() ? 0 : stages.last().number; }
    const ProcessStage *stage(int number) const;
};

struct Criterion
{
    qint64 id = 0;
    QString name;
    double weight = 1.0;
};

struct InitiativeDecision
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    // The stage the decision was about (for an advance: the stage reached or
    // not reached).
    int stage = 0;
    DecisionKind kind = DecisionKind::Entered;
    QString reason;
    std::optional<double> score;
    int rank = 0;
    int of = 0;
    QDateTime at;
    std::optional<qint64> mergedInto;
    std::optional<qint64> commitmentId;
    // Decisions taken together (one advance) share a batch; undo takes the
    // whole batch back.
    qint64 batch = 0;
};

// The words of each part, for forms, lists and printed pages.
class Initiatives
{
    Q_DECLARE_TR_FUNCTIONS(taller::Initiatives)
public:
    static QString organisationLabel();

    // The fields (with the Gerencia) an initiative has left empty.
    static QStringList missing(const Initiative &initiative);

    // "I", "II", ... as the seed numbers its stages.
    static QString roman(int number);
    static QString stageTitle(const ProcessStage &stage);

    // The score as people read it: one decimal in the user's language.
    static QString scoreText(std::optional<double> score, StageMethod method);
    // The reason the numbers give: "score 3.4; rank 23 of 70", or "not
    // scored" (no rank) when nothing was scored.
    static QString reasonFromNumbers(std::optional<double> score, StageMethod method, int rank, int of);

    // What a new process starts with.
    static Process defaultProcess(const QString &institution);
    static QList<Criterion> defaultCriteria();
};

// The words of these enumerations: core/vocabulary/Vocabulary.cpp.
const EnumTable<FichaField> &enumTable(FichaField);
const EnumTable<InitiativeStatus> &enumTable(InitiativeStatus);
const EnumTable<StageMethod> &enumTable(StageMethod);
const EnumTable<DecisionKind> &enumTable(DecisionKind);

} // namespace taller
