#pragma once

#include "EventSession.h"
#include "printing/PrintedDocument.h"
#include "process/Deliverables.h"
#include "process/InitiativeImport.h"
#include "process/ProcessDocument.h"
#include "process/InitiativeDecisionRepository.h"
#include "process/InitiativeRepository.h"
#include "process/ProcessRepository.h"
#include "process/ScoringRepository.h"

namespace taller {

// The co-creation process around the workshop: its stages, the fichas, the
// prioritisation, the decisions with their reasons, the commitments they
// became, and the reasoned response. One call per use case.
class ProcessService
{
    Q_DECLARE_TR_FUNCTIONS(taller::ProcessService)
public:
    explicit ProcessService(EventSession &session) : m_session(session) {}

    // The process, or none: a one-workshop file has none until first used.
    Result<std::optional<Process>> process() const;
    // Makes the process with the default stages and criteria if it has none.
    Result<Process> start();
    Status saveProcess(const Process &process);

    Result<QList<Criterion>> criteria() const;
    Result<Criterion> addCriterion(const QString &name, double weight);
    Status updateCriterion(const Criterion &criterion);
    // A criterion by id or by name (accents and case ignored).
    Result<Criterion> findCriterion(const QString &idOrName) const;

    Result<QList<Initiative>> initiatives() const;
    Result<QList<InitiativeStanding>> standings() const;
    Result<std::optional<Initiative>> initiative(qint64 id) const;
    Result<Initiative> saveInitiative(const Initiative &initiative);

    // Refused when the list's columns cannot be placed (the CLI).
    Result<InitiativeImport::Plan> prepareImport(const QString &path, const TabularReader::Options &options = {});
    // The same, kept as a plan that says what it cannot place (the window asks).
    Result<InitiativeImport::Plan> previewImport(const QString &path, const TabularReader::Options &options = {},
                                                 const QStringList &choices = {}, int headerLine = 0);
    Result<InitiativeImport::Report> import(const InitiativeImport::Plan &plan);

    Status setScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value);
    Result<std::optional<int>> score(qint64 initiativeId, qint64 criterionId, const QString &scorer) const;
    Status setVote(qint64 initiativeId, const QString &scorer, std::optional<int> dots);
    Result<std::optional<int>> vote(qint64 initiativeId, const QString &scorer) const;
    Result<Ranking> ranking(int stage) const;

    // Each returns the batch of decisions it recorded, for undo.
    Result<qint64> advanceTop(int stage, int count, const QString &reason);
    Result<qint64> advance(int stage, const QList<qint64> &chosen, const QString &reason);
    Result<qint64> merge(qint64 initiativeId, qint64 intoId, const QString &reason);
    Result<qint64> select(const QList<qint64> &chosen, const QString &reason);
    Status undo(qint64 batch);

    Result<QList<InitiativeDecision>> decisions(qint64 initiativeId = 0) const;
    Result<CommitmentTrace> trace(qint64 commitmentId) const;
    Result<Funnel> funnel() const;

    Result<PrintedDocument> reasonedResponse() const;
    Result<PrintedDocument> ficha(qint64 initiativeId) const;
    Result<PrintedDocument> blankFicha() const;
    Result<TabularSheet> initiativesSheet() const;

    // The board of deliverables: what each organisation owes per stage.
    Result<QList<Deliverable>> deliverables() const;
    Result<Deliverable> addDeliverable(const Deliverable &deliverable);
    Result<QStringList> organisations() const;
    Status addOrganisation(const QString &name);
    // Only deliverables ticked by hand; fichas and signed minutes count
    // themselves.
    Status receive(qint64 deliverableId, const QString &organisation, int received, const QDate &on, const QString &note);
    // stage 0: every stage.
    Result<DeliverableBoard> board(int stage = 0) const;
    Result<PrintedDocument> boardDocument(int stage = 0) const;
    Result<PrintedDocument> reminders(int stage = 0) const;

private:
    EventSession &m_session;
};

} // namespace taller
