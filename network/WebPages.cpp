#include "WebPages.h"

#include "ActaService.h"
#include "EventService.h"
#include "MesasService.h"
#include "PlenaryService.h"
#include "ProgrammeService.h"
#include "base/Clock.h"
#include "programme/LiveSchedule.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace taller::web {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("taller::WebPages", text);
}

QString decisionOf(const Commitment &c, const QList<Commitment> &all)
{
    switch (c.status) {
    case CommitmentStatus::Approved:
    case CommitmentStatus::Withdrawn:
        return displayNameOf(c.status);
    case CommitmentStatus::Merged: {
        for (const Commitment &target : all) {
            if (c.mergedInto && target.id == *c.mergedInto)
                return tr("Merged into %1 «%2»").arg(target.mesaCode, target.title);
        }
        return displayNameOf(c.status);
    }
    case CommitmentStatus::Draft:
    case CommitmentStatus::Presented:
        break;
    }
    return {};
}

} // namespace

QJsonObject commitmentJson(const Commitment &c, const QList<Commitment> &all)
{
    QJsonObject json{{u"id"_s, c.id},
                     {u"revision"_s, c.revision},
                     {u"title"_s, c.title},
                     {u"measurable"_s, Commitments::isMeasurable(c)},
                     {u"missing"_s, QJsonArray::fromStringList(Commitments::missingForMeasurable(c))},
                     {u"status"_s, keyOf(c.status)},
                     {u"origin"_s, keyOf(c.origin)},
                     {u"decision"_s, decisionOf(c, all)},
                     {u"note"_s, c.plenaryNote}};
    for (const CommitmentTextField &field : Commitments::textFields())
        json.insert(QString::fromUtf16(field.key), c.*field.member);
    QString mergedInto;
    for (const Commitment &target : all) {
        if (c.mergedInto && target.id == *c.mergedInto)
            mergedInto = u"%1 «%2»"_s.arg(target.mesaCode, target.title);
    }
    json.insert(u"mergedInto"_s, mergedInto);
    return json;
}

Result<Mesa> mesaOf(EventSession &session, qint64 mesaId)
{
    TRY_LET(mesas, MesasService(session).mesas());
    for (const Mesa &mesa : *mesas) {
        if (mesa.id == mesaId)
            return mesa;
    }
    return Error{tr("This mesa is no longer in the event.")};
}

Result<QString> closedBecause(EventSession &session)
{
    TRY_LET(status, ActaService(session).status());
    if (*status == ActaStatus::Draft)
        return QString();
    return tr("The Acta de Compromisos is closed for signature: the commitments can no longer be changed here. "
              "A correction of the acta, at the facilitator's laptop, opens them again.");
}

Result<QJsonObject> mesaState(EventSession &session, qint64 mesaId)
{
    TRY_LET(mesa, mesaOf(session, mesaId));
    TRY_LET(commitments, MesasService(session).commitments());
    TRY_LET(closed, closedBecause(session));
    QJsonArray inputs;
    QJsonArray own;
    for (const Commitment &c : *commitments) {
        if (c.mesaCode != mesa->code)
            continue;
        (c.origin == CommitmentOrigin::Input ? inputs : own).append(commitmentJson(c, *commitments));
    }
    return QJsonObject{{u"mesa"_s, QJsonObject{{u"code"_s, mesa->code}, {u"name"_s, mesa->name}, {u"theme"_s, mesa->theme}}},
                       {u"readOnly"_s, !closed->isEmpty()},
                       {u"readOnlyReason"_s, *closed},
                       {u"inputs"_s, inputs},
                       {u"commitments"_s, own},
                       {u"serverTime"_s, storedTime(Clock::currentDateTime())}};
}

Result<QJsonObject> projectorState(EventSession &session)
{
    TRY_LET(details, EventService(session).details());
    TRY_LET(items, ProgrammeService(session).agenda());
    const QDateTime now = Clock::currentDateTime();
    const LiveStatus live = LiveSchedule::status(*items, now.date(), details->start, now);
    const auto planned = LiveSchedule::plannedTimes(*items, now.date(), details->start);
    const auto itemJson = [&](std::optional<int> index) -> QJsonValue {
        if (!index || *index < 0 || *index >= items->size())
            return QJsonValue::Null;
        QJsonObject item{{u"title"_s, items->at(*index).title}};
        if (*index < planned.size()) {
            item.insert(u"start"_s, planned.at(*index).first.toString(u"HH:mm"_s));
            item.insert(u"end"_s, planned.at(*index).second.toString(u"HH:mm"_s));
        }
        return item;
    };
    QJsonObject programme{{u"started"_s, live.phase != LiveStatus::Phase::NotStarted},
                          {u"finished"_s, live.phase == LiveStatus::Phase::Finished},
                          {u"now"_s, itemJson(live.current)},
                          {u"next"_s, itemJson(live.next)},
                          {u"remainingSeconds"_s, live.remainingSeconds},
                          {u"delayMinutes"_s, qint64(std::llround(double(live.delaySeconds) / 60.0))},
                          {u"plannedEnd"_s, live.plannedEnd.toString(u"HH:mm"_s)},
                          {u"projectedEnd"_s, live.projectedEnd.toString(u"HH:mm"_s)}};

    QJsonObject plenary{{u"active"_s, false}};
    TRY_LET(turns, PlenaryService(session).turns());
    for (const PlenaryTurn &turn : *turns) {
        if (!turn.isRunning())
            continue;
        TRY_LET(commitments, MesasService(session).commitments());
        QJsonArray shown;
        for (const Commitment &c : *commitments) {
            if (c.mesaCode == turn.mesa.code && c.origin != CommitmentOrigin::Input)
                shown.append(commitmentJson(c, *commitments));
        }
        const qint64 elapsed = turn.startedAt.secsTo(now);
        plenary = QJsonObject{
            {u"active"_s, true},
            {u"mesa"_s, QJsonObject{{u"code"_s, turn.mesa.code}, {u"name"_s, turn.mesa.name}, {u"theme"_s, turn.mesa.theme}}},
            {u"clock"_s, QJsonObject{{u"running"_s, true},
                                     {u"startedAt"_s, storedTime(turn.startedAt)},
                                     {u"minutes"_s, turn.minutes},
                                     {u"remainingSeconds"_s, qint64(turn.minutes) * 60 - elapsed}}},
            {u"commitments"_s, shown}};
        break;
    }
    return QJsonObject{{u"event"_s, QJsonObject{{u"title"_s, details->title}, {u"venue"_s, details->venue}}},
                       {u"programme"_s, programme},
                       {u"plenary"_s, plenary},
                       {u"serverTime"_s, storedTime(now)}};
}

} // namespace taller::web
