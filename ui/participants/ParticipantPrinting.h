#pragma once

#include "registration/Attendee.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace taller {

class EventDocument;

// The window's way to what participants take home: name badges from the
// registration desk, constancias from the acta. Each builds the document and
// opens the usual print preview.
class ParticipantPrinting
{
    Q_DECLARE_TR_FUNCTIONS(taller::ParticipantPrinting)
public:
    using DocumentSource = std::function<EventDocument *()>;
    // "This person": whoever the desk has in hand when the menu opens.
    using PersonSource = std::function<std::optional<Attendee>()>;

    // Badges for everyone, those checked in, one mesa, or this person; and
    // the badge holder's size. Owned by parent.
    static QMenu *badgeMenu(QWidget *parent, DocumentSource document, PersonSource person);
    // Constancias in one document to preview and print, or one PDF each.
    static QMenu *certificateMenu(QWidget *parent, DocumentSource document);
};

} // namespace taller
