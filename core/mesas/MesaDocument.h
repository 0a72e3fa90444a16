#pragma once

#include "printing/PrintedDocument.h"
#include "registration/Attendee.h"
#include "mesas/Commitment.h"
#include "event/EventDetails.h"
#include "mesas/Mesa.h"

#include <QImage>

#include <optional>

namespace taller {

class EventFile;

// The "Ficha de mesa" a working table gets at 11:00: its theme and people,
// the input commitments in full, and blank forms to draft its own.
class MesaDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::MesaDocument)
public:
    static constexpr int BlankForms = 2;

    // The mesa's own page while the event is shared: its link and its QR.
    struct PageLink
    {
        QString url;
        QImage qr;
    };

    static PrintedDocument build(const EventDetails &details, const Mesa &mesa, const QList<Attendee> &members,
                                 const QList<Commitment> &inputs, const std::optional<PageLink> &page = std::nullopt);
    static Result<PrintedDocument> build(EventFile &file, const QString &mesaCode,
                                         const std::optional<PageLink> &page = std::nullopt);
    // The attendance sheet of one mesa's members.
    static Result<PrintedDocument> attendance(EventFile &file, const QString &mesaCode, int blankRows);

    // The mesa with this code, and its members sorted by surname.
    static Result<std::pair<Mesa, QList<Attendee>>> mesaWithMembers(EventFile &file, const QString &mesaCode);
};

} // namespace taller
