#pragma once

#include "event/EventDetails.h"
#include "mesas/Mesa.h"
#include "printing/PrintedDocument.h"
#include "registration/Attendee.h"

#include <QSizeF>

#include <optional>

namespace taller {

class EventFile;

// A badge holder's size and how many badges fit on one A4 sheet.
struct BadgeLayout
{
    QString key;
    QSizeF sizeMm;
    int columns = 2;
    int rows = 4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;

    int perPage() const { return columns * rows; }
};

class BadgeLayouts
{
    Q_DECLARE_TR_FUNCTIONS(taller::BadgeLayouts)
public:
    static QList<BadgeLayout> all();
    // 90 × 55 mm, eight to a page: the common badge holder.
    static BadgeLayout standard();
    static std::optional<BadgeLayout> fromKey(const QString &key);
    static QString displayName(const BadgeLayout &layout);
    static QStringList keys();
};

// One person's badge: who they are and the mesa they sit at, if any.
struct Badge
{
    Attendee attendee;
    std::optional<Mesa> mesa;
};

// Whose badges to print; every criterion given must hold.
struct BadgeSelection
{
    QString mesaCode;
    bool checkedInOnly = false;
    QString document;
};

// Sheets of name badges (gafetes) with cutting marks: given names large,
// surnames, organisation, sector, the mesa's code and theme, the event's
// title, and a QR code of the document number that the desk's barcode
// reader checks in exactly as a typed document.
class BadgeDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::BadgeDocument)
public:
    // Space between a badge's edge and its text, in millimetres at 90 × 55.
    static constexpr qreal PaddingMm = 3.0;
    // Cutting marks: this long, this far outside the grid of badges.
    static constexpr qreal CutMarkMm = 5.0;
    static constexpr qreal CutMarkGapMm = 2.0;

    static Result<PrintedDocument> build(const EventDetails &details, const QList<Badge> &badges, const BadgeLayout &layout);
    // The people the selection names, in the order of the attendance sheet,
    // each with their mesa; an error naming what matched nobody.
    static Result<QList<Badge>> select(EventFile &file, const BadgeSelection &selection);
    static Result<PrintedDocument> build(EventFile &file, const BadgeSelection &selection, const BadgeLayout &layout);

    // Where each badge of a page sits on the paper, in millimetres, in the
    // order they are filled (row by row).
    static QList<QRectF> badgeRects(const BadgeLayout &layout);
    static QSizeF paperMm(const BadgeLayout &layout);
    // The QR code's place inside a badge at the origin.
    static QRectF qrRect(const BadgeLayout &layout);
};

} // namespace taller
