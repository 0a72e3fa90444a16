#include "participants/BadgeDocument.h"

#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "participants/QrCode.h"
#include "printing/PageCanvas.h"
#include "registration/AttendeeRepository.h"

#include <QPainter>

#include <memory>

namespace taller {

using namespace Qt::StringLiterals;

QList<BadgeLayout> BadgeLayouts::all()
{
    return {
        {u"90x55"_s, {90, 55}, 2, 4, QPageLayout::Portrait},
        {u"86x54"_s, {86, 54}, 2, 5, QPageLayout::Portrait},
        {u"4x3in"_s, {101.6, 76.2}, 2, 2, QPageLayout::Landscape},
    };
}

BadgeLayout BadgeLayouts::standard()
{
    return all().constFirst();
}

std::optional<BadgeLayout> BadgeLayouts::fromKey(const QString &key)
{
    for (const BadgeLayout &layout : all()) {
        if (layout.key.compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return layout;
    }
    return std::nullopt;
}

QString BadgeLayouts::displayName(const BadgeLayout &layout)
{
    if (layout.key == u"4x3in"_s)
        return tr("4 × 3 in, %n per page", nullptr, layout.perPage());
    return tr("%1 × %2 mm, %n per page", nullptr, layout.perPage()).arg(layout.sizeMm.width()).arg(layout.sizeMm.height());
}

QStringList BadgeLayouts::keys()
{
    QStringList keys;
    for (const BadgeLayout &layout : all())
        keys << layout.key;
    return keys;
}

QSizeF BadgeDocument::paperMm(const BadgeLayout &layout)
{
    const QSizeF a4(210, 297);
    return layout.orientation == QPageLayout::Landscape ? a4.transposed() : a4;
}

QList<QRectF> BadgeDocument::badgeRects(const BadgeLayout &layout)
{
    const QSizeF paper = paperMm(layout);
    const qreal left = (paper.width() - layout.columns * layout.sizeMm.width()) / 2;
    const qreal top = (paper.height() - layout.rows * layout.sizeMm.height()) / 2;
    QList<QRectF> rects;
    for (int row = 0; row < layout.rows; ++row) {
        for (int column = 0; column < layout.columns; ++column)
            rects.append(QRectF(QPointF(left + column * layout.sizeMm.width(), top + row * layout.sizeMm.height()), layout.sizeMm));
    }
    return rects;
}

namespace {

// The design is drawn for a 90 × 55 mm badge; larger holders scale it by
// their height, and the text column takes whatever width is left.
qreal scaleOf(const BadgeLayout &layout)
{
    return layout.sizeMm.height() / 55.0;
}

constexpr qreal TitleBandMm = 8.0;
constexpr qreal MesaBandMm = 11.5;
constexpr qreal QrSideMm = 24.0;

QString mesaText(const Mesa &mesa)
{
    if (mesa.theme.isEmpty() || mesa.theme == mesa.name)
        return mesa.name;
    if (mesa.name.isEmpty())
        return mesa.theme;
    return mesa.name + u" — "_s + mesa.theme;
}

struct PreparedBadge
{
    Badge badge;
    QImage qr;
};

struct Sheet
{
    EventDetails details;
    BadgeLayout layout;
    QList<PreparedBadge> badges;
};

void drawCutMarks(PageCanvas &canvas, const BadgeLayout &layout)
{
    QPainter &p = canvas.painter();
    const QList<QRectF> rects = BadgeDocument::badgeRects(layout);
    const QRectF grid = rects.constFirst().united(rects.constLast());
    // Faint lines along every edge, for scissors; marks in the margin for a
    // guillotine, where nothing is printed over them.
    p.setPen(QPen(QColor(0xBB, 0xBB, 0xBB), canvas.mm(0.1), Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    for (const QRectF &rect : rects)
        p.drawRect(canvas.rect(rect));
    p.setPen(QPen(Qt::black, canvas.mm(0.2)));
    const qreal gap = BadgeDocument::CutMarkGapMm;
    const qreal length = BadgeDocument::CutMarkMm;
    for (int column = 0; column <= layout.columns; ++column) {
        const qreal x = grid.left() + column * layout.sizeMm.width();
        p.drawLine(canvas.point(x, grid.top() - gap - length), canvas.point(x, grid.top() - gap));
        p.drawLine(canvas.point(x, grid.bottom() + gap), canvas.point(x, grid.bottom() + gap + length));
    }
    for (int row = 0; row <= layout.rows; ++row) {
        const qreal y = grid.top() + row * layout.sizeMm.height();
        p.drawLine(canvas.point(grid.left() - gap - length, y), canvas.point(grid.left() - gap, y));
        p.drawLine(canvas.point(grid.right() + gap, y), canvas.point(grid.right() + gap + length, y));
    }
}

void drawBadge(PageCanvas &canvas, const Sheet &sheet, const PreparedBadge &prepared, const QRectF &badge)
{
    QPainter &p = canvas.painter();
    const Attendee &a = prepared.badge.attendee;
    const qreal s = scaleOf(sheet.layout);
    const qreal pad = BadgeDocument::PaddingMm * s;
    const QRectF inner = badge.adjusted(pad, pad, -pad, -pad);
    p.setPen(Qt::black);

    // The event's title across the top, with a rule under it.
    PageCanvas::TextFit title{9 * s, 9, 2, false, Qt::AlignLeft | Qt::AlignVCenter};
    canvas.drawText(QRectF(inner.left(), inner.top(), inner.width(), TitleBandMm * s), sheet.details.title, title);
    const qreal rule = inner.top() + TitleBandMm * s + 0.8 * s;
    p.setPen(QPen(QColor(0x55, 0x55, 0x55), canvas.mm(0.25)));
    p.drawLine(canvas.point(inner.left(), rule), canvas.point(inner.right(), rule));

    // The mesa in a grey band along the bottom, edge to edge.
    const QRectF band(badge.left(), badge.bottom() - MesaBandMm * s, badge.width(), MesaBandMm * s);
    p.fillRect(canvas.rect(band), QColor(0xE6, 0xE6, 0xE6));
    p.setPen(Qt::black);
    const qreal codeWidth = 17 * s;
    const QRectF codeBox(band.left() + pad, band.top() + 0.6 * s, codeWidth, band.height() - 1.2 * s);
    const QRectF themeBox(codeBox.right() + 1.5 * s, codeBox.top(), band.right() - pad - codeBox.right() - 1.5 * s, codeBox.height());
    canvas.drawText(QRectF(codeBox.left(), codeBox.top(), codeBox.width(), 4 * s), BadgeDocument::tr("Mesa"),
                    {9 * s, 9, 1, false, Qt::AlignLeft | Qt::AlignVCenter});
    const QRectF codeValue(codeBox.left(), codeBox.top() + 4 * s, codeBox.width(), codeBox.height() - 4 * s);
    if (prepared.badge.mesa) {
        canvas.drawText(codeValue, prepared.badge.mesa->code, {18 * s, 10, 1, true, Qt::AlignLeft | Qt::AlignVCenter});
        canvas.drawText(themeBox, mesaText(*prepared.badge.mesa), {10 * s, 9, 2, false, Qt::AlignLeft | Qt::AlignVCenter});
    } else {
        // Room to write it in by hand.
        p.setPen(QPen(Qt::black, canvas.mm(0.25)));
        p.drawLine(canvas.point(codeValue.left(), codeValue.bottom() - 1 * s),
                   canvas.point(themeBox.right(), codeValue.bottom() - 1 * s));
        p.setPen(Qt::black);
    }

    // The QR code at the right, its quiet zone kept blank.
    const QRectF qr = BadgeDocument::qrRect(sheet.layout).translated(badge.topLeft());
    canvas.drawImage(qr, prepared.qr);

    // Who they are, in the column left of the code.
    const qreal top = rule + 1.5 * s;
    const qreal bottom = band.top() - 1.0 * s;
    const QRectF column(inner.left(), top, qr.left() - inner.left(), bottom - top);
    const qreal sectorHeight = 5.0 * s;
    const qreal organisationLine = 4.2;
    qreal y = column.top();
    auto remaining = [&](qreal reserved) { return column.bottom() - sectorHeight - reserved - y; };

    PageCanvas::TextFit given{22 * s, 12, 2, true, Qt::AlignLeft | Qt::AlignTop};
    y += canvas.drawText(QRectF(column.left(), y, column.width(), std::min(11.0 * s, remaining(2 * organisationLine))),
                         a.givenNames, given);
    PageCanvas::TextFit surnames{14 * s, 10, 2, false, Qt::AlignLeft | Qt::AlignTop};
    y += canvas.drawText(QRectF(column.left(), y, column.width(), std::min(9.0 * s, remaining(organisationLine))), a.surnames,
                         surnames);
    y += 0.5 * s;
    PageCanvas::TextFit organisation{10 * s, 9, 2, false, Qt::AlignLeft | Qt::AlignTop};
    canvas.drawText(QRectF(column.left(), y, column.width(), std::max(organisationLine, remaining(0))), a.organisation,
                    organisation);

    // The sector as a small label at the foot of the column.
    const QString sector = displayNameOf(a.sector);
    const PageCanvas::TextFit label{9 * s, 9, 1, false, Qt::AlignLeft | Qt::AlignVCenter};
    const QRectF labelBox(column.left(), column.bottom() - sectorHeight + 0.6 * s, column.width(), sectorHeight - 0.6 * s);
    const PageCanvas::FittedText fitted = canvas.fit(sector, labelBox.size() - QSizeF(2.4, 0), label);
    const qreal labelWidth = std::min(labelBox.width(), canvas.textWidthMm(fitted.lines.value(0), fitted.pointSize, false) + 2.4);
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), canvas.mm(0.25)));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(canvas.rect(QRectF(labelBox.left(), labelBox.top(), labelWidth, labelBox.height())), canvas.mm(1), canvas.mm(1));
    p.setPen(Qt::black);
    canvas.drawFitted(labelBox.adjusted(1.2, 0, -1.2, 0), fitted, label);
}

} // namespace

QRectF BadgeDocument::qrRect(const BadgeLayout &layout)
{
    const qreal s = scaleOf(layout);
    const qreal side = QrSideMm * s;
    const qreal top = PaddingMm * s + TitleBandMm * s + 1.2 * s;
    const qreal bottom = layout.sizeMm.height() - MesaBandMm * s;
    // Its quiet zone reaches to within a millimetre of the badge's edge.
    return QRectF(layout.sizeMm.width() - side - 1.0 * s, top + (bottom - top - side) / 2, side, side);
}

Result<PrintedDocument> BadgeDocument::build(const EventDetails &details, const QList<Badge> &badges, const BadgeLayout &layout)
{
    PrintedDocument document(tr("Name badges"));
    document.setPageOrientation(layout.orientation);
    const int perPage = layout.perPage();
    for (qsizetype first = 0; first < badges.size(); first += perPage) {
        auto sheet = std::make_shared<Sheet>();
        sheet->details = details;
        sheet->layout = layout;
        for (qsizetype i = first; i < std::min(badges.size(), first + perPage); ++i) {
            TRY_LET(code, QrCode::encode(badges.at(i).attendee.documentNumber));
            sheet->badges.append({badges.at(i), code->image()});
        }
        document.addDrawnPage([sheet](PageCanvas &canvas) {
            const QList<QRectF> rects = badgeRects(sheet->layout);
            for (qsizetype i = 0; i < sheet->badges.size(); ++i)
                drawBadge(canvas, *sheet, sheet->badges.at(i), rects.at(i));
            drawCutMarks(canvas, sheet->layout);
        });
    }
    return document;
}

Result<QList<Badge>> BadgeDocument::select(EventFile &file, const BadgeSelection &selection)
{
    TRY_LET(everyone, AttendeeRepository(file).all());
    TRY_LET(mesas, MesaRepository(file).load());
    TRY_LET(seats, MesaRepository(file).membership());

    std::optional<Mesa> onlyMesa;
    if (!selection.mesaCode.trimmed().isEmpty()) {
        for (const Mesa &m : std::as_const(*mesas)) {
            if (m.code.compare(selection.mesaCode.trimmed(), Qt::CaseInsensitive) == 0)
                onlyMesa = m;
        }
        if (!onlyMesa)
            return Mesas::noMesaWithCode(selection.mesaCode, *mesas);
    }
    QString document;
    if (!selection.document.trimmed().isEmpty()) {
        document = DocumentTypes::normalizedNumber(selection.document);
        const bool known = std::any_of(everyone->cbegin(), everyone->cend(), [&](const Attendee &a) {
            return a.documentNumber == document || (document.size() == 7 && a.documentNumber == u'0' + document);
        });
        if (!known)
            return Error{tr("No attendee has document %1.").arg(selection.document.trimmed())};
    }

    QList<Badge> badges;
    for (const Attendee &a : std::as_const(*everyone)) {
        if (!document.isEmpty() && a.documentNumber != document && a.documentNumber != u'0' + document)
            continue;
        if (selection.checkedInOnly && !a.isCheckedIn())
            continue;
        const qint64 mesaId = seats->value(a.id);
        if (onlyMesa && mesaId != onlyMesa->id)
            continue;
        Badge badge{a, std::nullopt};
        for (const Mesa &m : std::as_const(*mesas)) {
            if (m.id == mesaId)
                badge.mesa = m;
        }
        badges.append(badge);
    }
    if (badges.isEmpty()) {
        if (everyone->isEmpty())
            return Error{tr("There are no attendees yet, so there are no badges to print.")};
        QStringList criteria;
        if (!document.isEmpty())
            criteria << tr("document %1").arg(selection.document.trimmed());
        if (onlyMesa)
            criteria << tr("mesa %1").arg(onlyMesa->code);
        if (selection.checkedInOnly)
            criteria << tr("checked in");
        return Error{tr("No attendee matches all of: %1.").arg(criteria.join(u", "_s))};
    }
    return badges;
}

Result<PrintedDocument> BadgeDocument::build(EventFile &file, const BadgeSelection &selection, const BadgeLayout &layout)
{
    TRY_LET(details, EventRepository(file).load());
    TRY_LET(badges, select(file, selection));
    return build(*details, *badges, layout);
}

} // namespace taller
