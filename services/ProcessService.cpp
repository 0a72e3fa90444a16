#include "ProcessService.h"

#include "base/Text.h"
#include "event/EventRepository.h"

#include <QFileInfo>

namespace taller {

using namespace Qt::StringLiterals;

Result<std::optional<Process>> ProcessService::process() const
{
    return ProcessRepository(m_session.file()).process();
}

Result<Process> ProcessService::start()
{
    TRY_LET(existing, process());
    if (existing->has_value())
        return **existing;
    TRY_LET(details, EventRepository(m_session.file()).load());
    return m_session.announced(ProcessRepository(m_session.file()).ensureProcess(details->organiser), Section::Process);
}

Status ProcessService::saveProcess(const Process &process)
{
    TRY(start());
    return m_session.announced(ProcessRepository(m_session.file()).saveProcess(process), Section::Process);
}

Result<QList<Criterion>> ProcessService::criteria() const
{
    return ProcessRepository(m_session.file()).criteria();
}

Result<Criterion> ProcessService::addCriterion(const QString &name, double weight)
{
    TRY(start());
    return m_session.announced(ProcessRepository(m_session.file()).addCriterion(name, weight), Section::Process);
}

Status ProcessService::updateCriterion(const Criterion &criterion)
{
    return m_session.announced(ProcessRepository(m_session.file()).updateCriterion(criterion), Section::Process);
}

Result<Criterion> ProcessService::findCriterion(const QString &idOrName) const
{
    TRY_LET(all, criteria());
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    QStringList names;
    for (const Criterion &c : std::as_const(*all)) {
        if ((isNumber && c.id == id) || foldForMatching(c.name) == foldForMatching(idOrName))
            return c;
        names.append(c.name);
    }
    return Error{tr("There is no criterion \"%1\"; the criteria are: %2.").arg(idOrName, names.join(u", "_s))};
}

Result<QList<Initiative>> ProcessService::initiatives() const
{
    return InitiativeRepository(m_session.file()).initiatives();
}

Result<QList<InitiativeStanding>> ProcessService::standings() const
{
    return ScoringRepository(m_session.file()).standings();
}

Result<std::optional<Initiative>> ProcessService::initiative(qint64 id) const
{
    return InitiativeRepository(m_session.file()).initiative(id);
}

Result<Initiative> ProcessService::saveInitiative(const Initiative &initiative)
{
    TRY(start());
    return m_session.announced(InitiativeRepository(m_session.file()).saveInitiative(initiative), Section::Process);
}

Result<InitiativeImport::Plan> ProcessService::prepareImport(const QString &path, const TabularReader::Options &options)
{
    TRY_LET(plan, previewImport(path, options));
    if (!plan->unplaced.isEmpty())
        return Error{plan->unplaced};
    return plan;
}

Result<InitiativeImport::Plan> ProcessService::previewImport(const QString &path, const TabularReader::Options &options,
                                                             const QStringList &choices, int headerLine)
{
    TRY_LET(sheet, SheetReaders::read(path, options));
    return InitiativeImport::plan(m_session.file(), *sheet, QFileInfo(path).fileName(), choices, headerLine);
}

Result<InitiativeImport::Report> ProcessService::import(const InitiativeImport::Plan &plan)
{
    TRY(start());
    auto report = InitiativeImport::commit(m_session.file(), plan);
    if (report && report->imported > 0)
        m_session.announce(Section::Process);
    return report;
}

Status ProcessService::setScore(qint64 initiativeId, qint64 criterionId, const QString &scorer, std::optional<int> value)
{
    return m_session.announced(ScoringRepository(m_session.file()).setScore(initiativeId, criterionId, scorer, value),
                               Section::Process);
}

Result<std::optional<int>> ProcessService::score(qint64 initiativeId, qint64 criterionId, const QString &scorer) const
{
    return ScoringRepository(m_session.file()).score(initiativeId, criterionId, scorer);
}

Status ProcessService::setVote(qint64 initiativeId, const QString &scorer, std::optional<int> dots)
{
    return m_session.announced(ScoringRepository(m_session.file()).setVote(initiativeId, scorer, dots),
                               Section::Process);
}

Result<std::optional<int>> ProcessService::vote(qint64 initiativeId, const QString &scorer) const
{
    return ScoringRepository(m_session.file()).vote(initiativeId, scorer);
}

Result<Ranking> ProcessService::ranking(int stage) const
{
    return ScoringRepository(m_session.file()).ranking(stage);
}

Result<qint64> ProcessService::advanceTop(int stage, int count, const QString &reason)
{
    if (count < 1)
        return Error{tr("Advance at least one initiative.")};
    TRY_LET(r, ranking(stage - 1));
    QList<qint64> tied;
    const QList<qint64> top = r->top(count, &tied);
    if (!tied.isEmpty()) {
        QStringList ids;
        for (qint64 id : std::as_const(tied))
            ids.append(QString::number(id));
        return Error{tr("Places %1 and %2 are tied (initiatives %3); the numbers cannot choose. Name the ones to advance with their ids.")
                         .arg(count)
                         .arg(count + 1)
                         .arg(ids.join(u", "_s))};
    }
    return advance(stage, top, reason);
}

Result<qint64> ProcessService::advance(int stage, const QList<qint64> &chosen, const QString &reason)
{
    return m_session.announced(InitiativeDecisionRepository(m_session.file()).advance(stage, chosen, reason), Section::Process);
}

Result<qint64> ProcessService::merge(qint64 initiativeId, qint64 intoId, const QString &reason)
{
    return m_session.announced(InitiativeDecisionRepository(m_session.file()).merge(initiativeId, intoId, reason),
                               Section::Process);
}

Result<qint64> ProcessService::select(const QList<qint64> &chosen, const QString &reason)
{
    return m_session.announced(InitiativeDecisionRepository(m_session.file()).select(chosen, reason),
                               Section::Process | Section::Commitments);
}

Status ProcessService::undo(qint64 batch)
{
    // Undoing a selection removes the commitments it made: refused by the
    // acta's freeze when one of them is in a closed acta.
    return m_session.announced(InitiativeDecisionRepository(m_session.file()).undo(batch),
                               Section::Process | Section::Commitments);
}

Result<QList<InitiativeDecision>> ProcessService::decisions(qint64 initiativeId) const
{
    return InitiativeDecisionRepository(m_session.file()).decisions(initiativeId);
}

Result<CommitmentTrace> ProcessService::trace(qint64 commitmentId) const
{
    return InitiativeDecisionRepository(m_session.file()).trace(commitmentId);
}

Result<Funnel> ProcessService::funnel() const
{
    TRY_LET(p, process());
    if (!p->has_value())
        return Funnel{};
    TRY_LET(s, standings());
    return Funnel::from(**p, *s);
}

Result<PrintedDocument> ProcessService::reasonedResponse() const
{
    return ProcessDocument::reasonedResponse(m_session.file());
}

Result<PrintedDocument> ProcessService::ficha(qint64 initiativeId) const
{
    return ProcessDocument::ficha(m_session.file(), initiativeId);
}

Result<PrintedDocument> ProcessService::blankFicha() const
{
    return ProcessDocument::blankFicha(m_session.file());
}

Result<TabularSheet> ProcessService::initiativesSheet() const
{
    return InitiativeExport::sheet(m_session.file());
}

Result<QList<Deliverable>> ProcessService::deliverables() const
{
    return DeliverableRepository(m_session.file()).deliverables();
}

Result<Deliverable> ProcessService::addDeliverable(const Deliverable &deliverable)
{
    TRY_LET(p, ProcessRepository(m_session.file()).process());
    if (p->has_value() && !(*p)->stage(deliverable.stage))
        return Error{tr("The process has no stage %1.").arg(deliverable.stage)};
    return m_session.announced(DeliverableRepository(m_session.file()).addDeliverable(deliverable), Section::Process);
}

Result<QStringList> ProcessService::organisations() const
{
    return DeliverableRepository(m_session.file()).organisations();
}

Status ProcessService::addOrganisation(const QString &name)
{
    return m_session.announced(DeliverableRepository(m_session.file()).addOrganisation(name), Section::Process);
}

Status ProcessService::receive(qint64 deliverableId, const QString &organisation, int received, const QDate &on, const QString &note)
{
    return m_session.announced(
        DeliverableRepository(m_session.file()).receive(deliverableId, organisation, received, on, note),
        Section::Process);
}

Result<DeliverableBoard> ProcessService::board(int stage) const
{
    return DeliverableRepository(m_session.file()).board(stage);
}

namespace {

Result<QString> institutionOf(EventFile &file)
{
    TRY_LET(p, ProcessRepository(file).process());
    return p->has_value() ? (*p)->institution : QString();
}

} // namespace

Result<PrintedDocument> ProcessService::boardDocument(int stage) const
{
    TRY_LET(b, board(stage));
    TRY_LET(institution, institutionOf(m_session.file()));
    return DeliverableDocument::board(*b, *institution);
}

Result<PrintedDocument> ProcessService::reminders(int stage) const
{
    TRY_LET(b, board(stage));
    TRY_LET(institution, institutionOf(m_session.file()));
    return DeliverableDocument::reminders(*b, *institution);
}

} // namespace taller
