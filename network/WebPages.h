#pragma once

#include "EventSession.h"
#include "mesas/Commitment.h"
#include "mesas/Mesa.h"

#include <QJsonObject>

// What the mesa and projector pages show, as the JSON docs/web-api.md
// describes: made from the same services as the window's pages, and
// nothing personal (no attendee, no moderator or rapporteur, no contact).
namespace taller::web {

QJsonObject commitmentJson(const Commitment &commitment, const QList<Commitment> &all);
// A mesa's page: its theme, inputs, commitments and whether the acta is
// closed.
Result<QJsonObject> mesaState(EventSession &session, qint64 mesaId);
// The projector: the programme now, and the plenary's mesa and clock.
Result<QJsonObject> projectorState(EventSession &session);
// The mesa with this id.
Result<Mesa> mesaOf(EventSession &session, qint64 mesaId);
// Whether the workshop's acta is closed (then the pages are read-only), and
// why in words.
Result<QString> closedBecause(EventSession &session);

} // namespace taller::web
