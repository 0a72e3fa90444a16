#include "printing/PrintedDocument.h"

#include "printing/PageCanvas.h"
#include "printing/PdfSignature.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QBuffer>
#include "base/SavedFile.h"
#include <QTextLayout>
#include <QDir>

#include <memory>

namespace taller {

using namespace Qt::StringLiterals;

namespace {
const QString FontFamily = u"DejaVu Sans"_s;
constexpr qreal HeaderBandMm = 11.0;
constexpr qreal FooterBandMm = 9.0;
constexpr qreal CellPaddingMm = 1.6;
constexpr qreal BlockGapMm = 2.5;
} // namespace

PrintedDocument::PrintedDocument(QString documentTitle)
    : m_documentTitle(std::move(documentTitle))
{
}

void PrintedDocument::setRunningHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

void PrintedDocument::setFooterNote(const QString &note)
{
    m_footerNote = note;
}

void PrintedDocument::setFooterDetail(const QString &detail)
{
    m_footerDetail = detail;
}

void PrintedDocument::setSignatureNote(const QString &note)
{
    m_signatureNote = note;
}

void PrintedDocument::setWatermark(const QString &text)
{
    m_watermark = text;
}

void PrintedDocument::setPageOrientation(QPageLayout::Orientation orientation)
{
    m_orientation = orientation;
}

void PrintedDocument::setPageNumbers(bool shown)
{
    m_pageNumbers = shown;
}

void PrintedDocument::addDrawnPage(PagePainter paint) { m_blocks.append(DrawnPage{std::move(paint)}); }
void PrintedDocument::addFramedPage(PagePainter paint) { m_blocks.append(DrawnPage{std::move(paint), true}); }

void PrintedDocument::addSignatureColumns(const SignatureColumns &columns) { m_blocks.append(columns); }

void PrintedDocument::addTitle(const QString &text) { m_blocks.append(TextBlock{TextStyle::Title, text}); }
void PrintedDocument::addSubtitle(const QString &text) { m_blocks.append(TextBlock{TextStyle::Subtitle, text}); }
void PrintedDocument::addHeading(const QString &text) { m_blocks.append(TextBlock{TextStyle::Heading, text}); }
void PrintedDocument::addParagraph(const QString &text) { m_blocks.append(TextBlock{TextStyle::Body, text}); }
void PrintedDocument::addFields(const QList<std::pair<QString, QString>> &fields) { m_blocks.append(FieldsBlock{fields}); }
void PrintedDocument::addTable(const Table &table) { m_blocks.append(table); }
void PrintedDocument::addSpacing(qreal mm) { m_blocks.append(SpacingBlock{mm}); }
void PrintedDocument::addImage(const QImage &image, qreal widthMm, const QString &text)
{
    m_blocks.append(ImageBlock{image, widthMm, text});
}
void PrintedDocument::addPageBreak() { m_blocks.append(PageBreakBlock{}); }

namespace {

// What the counting pass measured, kept for the painting pass: laying out
// text is most of the time a long document takes, and both passes measure
// the same cells.
struct Measurements
{
    QHash<QString, QFontMetricsF> metrics;
    QHash<QString, qreal> heights;
    QHash<QString, QString> fitted;
    QHash<QString, QString> elided;
};

QString measureKey(const QString &text, const QFont &font, qreal width, qreal height = 0)
{
    return font.key() + u'\x1f' + QString::number(width, 'f', 2) + u'\x1f' + QString::number(height, 'f', 2) + u'\x1f' + text;
}

} // namespace

// One pass over the blocks. Without a painter it only counts pages, so the
// painting pass can print "Página X de Y".
class PrintedDocument::Layout
{
public:
    Layout(const PrintedDocument &document, QPagedPaintDevice &device, QPainter *painter, int totalPages,
           Measurements &measured)
        : m_document(document)
        , m_device(device)
        , m_painter(painter)
        , m_measured(measured)
        , m_totalPages(totalPages)
        , m_dpi(device.logicalDpiY())
        , m_width(device.width())
        , m_height(device.height())
    {
    }

    // Where a SignatureBoxBlock lands is told to box.
    void reportSignatureBoxTo(SignatureBox *box) { m_signatureBox = box; }

    int run()
    {
        // A drawn page stands alone: flowing content before it ends its page,
        // content after it starts a new one.
        bool afterDrawn = false;
        for (const Block &block : m_document.m_blocks) {
            if (const auto *drawn = std::get_if<DrawnPage>(&block)) {
                if (m_page == 0)
                    beginPage(drawn->framed);
                else
                    newPage(drawn->framed);
                place(*drawn);
                afterDrawn = true;
                continue;
            }
            if (m_page == 0)
                beginPage();
            else if (afterDrawn)
                newPage();
            afterDrawn = false;
            // The text just before the signatures goes with them: they never
            // stand alone on a page.
            m_keepWithNext = 0;
            if (std::holds_alternative<TextBlock>(block)) {
                const qsizetype at = &block - m_document.m_blocks.constData();
                for (qsizetype next = at + 1; next < m_document.m_blocks.size(); ++next) {
                    const Block &following = m_document.m_blocks.at(next);
                    if (const auto *space = std::get_if<SpacingBlock>(&following)) {
                        m_keepWithNext += mm(space->mm);
                        continue;
                    }
                    if (const auto *signatures = std::get_if<SignatureColumns>(&following))
                        m_keepWithNext += signatureOpeningHeight(*signatures);
                    else
                        m_keepWithNext = 0;
                    break;
                }
            }
            std::visit([this](const auto &b) { place(b); }, block);
        }
        if (m_page == 0)
            beginPage();
        return m_page;
    }

private:
    qreal mm(qreal value) const { return value / 25.4 * m_dpi; }

    QFont font(qreal pointSize, bool bold = false) const
    {
        QFont f(FontFamily);
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        // Any letter spacing turns typographic ligatures off, so that "fi" in
        // "específicos" is extracted, searched and copied as two letters.
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
        return f;
    }

    qreal footerBand() const { return mm(FooterBandMm + (m_document.m_footerDetail.isEmpty() ? 0 : 5)); }
    qreal bottom() const { return m_height - footerBand(); }

    void beginPage(bool decorated = true)
    {
        ++m_page;
        m_y = mm(HeaderBandMm);
        if (!m_painter || !decorated)
            return;
        QPainter &p = *m_painter;
        const QFont headerFont = font(DetailPointSize);
        const QFontMetricsF &metrics = metricsFor(headerFont);
        p.setFont(headerFont);
        p.setPen(Qt::black);
        const QRectF header(0, 0, m_width, mm(HeaderBandMm) - mm(3));
        const QString &left = m_document.m_headerLeft;
        const QString &right = m_document.m_headerRight;
        if (metrics.horizontalAdvance(left) + metrics.horizontalAdvance(right) + mm(5) <= m_width) {
            p.drawText(header, Qt::AlignLeft | Qt::AlignBottom, left);
            p.drawText(header, Qt::AlignRight | Qt::AlignBottom, right);
        } else {
            // Too long for one line (a meeting's long title and place): each
            // on a line of its own, so that the date is never cut.
            const QRectF upper = header.adjusted(0, 0, 0, -metrics.height());
            p.drawText(upper, Qt::AlignLeft | Qt::AlignBottom, elided(metrics, left, Qt::ElideRight, m_width));
            p.drawText(header, Qt::AlignRight | Qt::AlignBottom, elided(metrics, right, Qt::ElideLeft, m_width));
        }
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.drawLine(QPointF(0, mm(HeaderBandMm) - mm(2)), QPointF(m_width, mm(HeaderBandMm) - mm(2)));

        if (!m_document.m_watermark.isEmpty()) {
            p.save();
            QFont mark = font(72, true);
            p.setFont(mark);
            // A light solid grey, not transparency: PDF/A-1b allows none.
            p.setPen(QColor(0xDD, 0xDD, 0xDD));
            p.translate(m_width / 2, m_height / 2);
            p.rotate(-35);
            const QRectF box(-m_width, -m_height / 4, 2 * m_width, m_height / 2);
            p.drawText(box, Qt::AlignCenter, m_document.m_watermark);
            p.restore();
            p.setFont(headerFont);
        }
        const QRectF footer(0, m_height - footerBand() + mm(2), m_width, mm(FooterBandMm) - mm(2));
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.drawLine(QPointF(0, footer.top()), QPointF(m_width, footer.top()));
        p.setPen(Qt::black);
        if (!m_document.m_footerDetail.isEmpty()) {
            const QRectF detail(0, footer.bottom() - mm(1), m_width, mm(5));
            p.drawText(detail, Qt::AlignLeft | Qt::AlignVCenter, elided(metrics, m_document.m_footerDetail, Qt::ElideMiddle, m_width));
        }
        const QString pageText = m_document.m_pageNumbers ? PrintedDocument::tr("Page %1 of %2").arg(m_page).arg(m_totalPages) : QString();
        const QString note = m_document.m_footerNote.isEmpty() ? m_document.m_documentTitle : m_document.m_footerNote;
        const QString elidedNote = elided(metrics, note, Qt::ElideMiddle, m_width - metrics.horizontalAdvance(pageText) - mm(5));
        p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter, elidedNote);
        p.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, pageText);
    }

    // The header and footer repeat on every page: each text is cut to its
    // width once, not once a page.
    QString elided(const QFontMetricsF &metrics, const QString &text, Qt::TextElideMode mode, qreal width) const
    {
        const QString key = QString::number(int(mode)) + u'|' + QString::number(width) + u'|' + text;
        auto it = m_measured.elided.constFind(key);
        if (it == m_measured.elided.cend())
            it = m_measured.elided.insert(key, metrics.elidedText(text, mode, width));
        return *it;
    }

    void newPage(bool decorated = true)
    {
        if (m_painter)
            m_device.newPage();
        beginPage(decorated);
    }

    // The caller draws the whole page, in millimetres from the paper's corner.
    void place(const DrawnPage &drawn)
    {
        m_y = bottom();
        if (!m_painter || !drawn.paint)
            return;
        if (drawn.framed) {
            // The band between the header and the footer, in millimetres.
            const qreal top = mm(HeaderBandMm);
            const QSizeF band((m_width) / mm(1), (bottom() - top - mm(2)) / mm(1));
            m_painter->save();
            m_painter->translate(0, top);
            PageCanvas canvas(*m_painter, m_dpi, band);
            drawn.paint(canvas);
            m_painter->restore();
            return;
        }
        const QPageLayout layout = m_device.pageLayout();
        const QRectF paintRect = layout.paintRect(QPageLayout::Millimeter);
        m_painter->save();
        m_painter->translate(-mm(paintRect.left()), -mm(paintRect.top()));
        if (!m_canvas)
            m_canvas = std::make_unique<PageCanvas>(*m_painter, m_dpi, layout.fullRect(QPageLayout::Millimeter).size());
        drawn.paint(*m_canvas);
        m_painter->restore();
    }

    bool fits(qreal height) const { return m_y + height <= bottom(); }

    void ensureRoom(qreal height)
    {
        if (!fits(height) && m_y > mm(HeaderBandMm))
            newPage();
    }

    void place(const SpacingBlock &spacing)
    {
        m_y += mm(spacing.mm);
    }

    void place(const ImageBlock &block)
    {
        if (block.image.isNull())
            return;
        const qreal side = mm(block.mm);
        const qreal height = side * block.image.height() / std::max(1, block.image.width());
        const QFont textFont = font(DetailPointSize);
        const qreal textWidth = m_width - side - mm(4);
        const qreal textRoom = block.text.isEmpty() ? 0 : textHeight(block.text, textFont, textWidth);
        ensureRoom(std::max(height, textRoom));
        if (m_page == 0)
            beginPage();
        if (m_painter) {
            QPainter &p = *m_painter;
            p.save();
            p.setRenderHint(QPainter::SmoothPixmapTransform, false);
            p.drawImage(QRectF(m_width - side, m_y, side, height), block.image);
            p.restore();
            if (!block.text.isEmpty()) {
                p.setFont(textFont);
                p.setPen(Qt::black);
                p.drawText(QRectF(0, m_y, textWidth, textRoom),
                           wrapFlags(block.text, metricsFor(textFont), textWidth) | Qt::AlignLeft | Qt::AlignTop, block.text);
            }
        }
        m_y += std::max(height, textRoom) + mm(BlockGapMm);
    }

    // Room kept, full width, for the box a certificate's signature draws
    // once the PDF is made; its place in fractions of the page.
    void place(const SignatureBoxBlock &block)
    {
        ensureRoom(mm(block.mm));
        if (m_page == 0)
            beginPage();
        if (m_signatureBox) {
            const QPageLayout layout = m_device.pageLayout();
            const QRectF full = layout.fullRect(QPageLayout::Millimeter);
            const QRectF paint = layout.paintRect(QPageLayout::Millimeter);
            const qreal top = paint.top() + m_y / m_dpi * 25.4;
            m_signatureBox->page = m_page - 1;
            m_signatureBox->rect = QRectF(paint.left() / full.width(), top / full.height(),
                                          (m_width / m_dpi * 25.4) / full.width(), block.mm / full.height());
        }
        m_y += mm(block.mm + BlockGapMm);
    }

    // A row of two signature places, kept together on one page.
    // The signatures' columns: where each falls, and how tall a signatory's
    // place is (the room to sign, then the name, the lines and the note).
    struct SignatureLayout
    {
        qreal gap = 0;
        qreal columnWidth = 0;
        QFont titleFont;
        QFont nameFont;
        QFont lineFont;
    };
    SignatureLayout signatureLayout() const
    {
        SignatureLayout layout;
        layout.gap = mm(10);
        layout.columnWidth = (m_width - layout.gap) / 2;
        layout.titleFont = font(BodyPointSize + 1, true);
        layout.nameFont = font(BodyPointSize, true);
        layout.lineFont = font(DetailPointSize);
        return layout;
    }
    // A name, a position or a note takes at most three lines; longer is cut
    // with an ellipsis, and a long word breaks rather than run off.
    QString signatureText(const QString &text, const QFont &f, qreal columnWidth) const
    {
        return fitted(text, f, columnWidth, 3 * metricsFor(f).height() + 0.5);
    }
    qreal signatureCellHeight(const SignatureCell &cell, const SignatureLayout &layout) const
    {
        qreal height = mm(SignatureSpaceMm) + mm(1.5);
        for (int i = 0; i < cell.lines.size(); ++i) {
            const QFont &f = i == 0 ? layout.nameFont : layout.lineFont;
            height += textHeight(signatureText(cell.lines.at(i), f, layout.columnWidth), f, layout.columnWidth);
        }
        if (!cell.note.isEmpty())
            height += textHeight(signatureText(cell.note, layout.lineFont, layout.columnWidth), layout.lineFont, layout.columnWidth);
        return height + mm(6);
    }
    // The titles and the first row of signatories: what the text before the
    // signatures keeps with it on its page.
    qreal signatureOpeningHeight(const SignatureColumns &block) const
    {
        const SignatureLayout layout = signatureLayout();
        qreal row = 0;
        if (!block.left.isEmpty())
            row = std::max(row, signatureCellHeight(block.left.first(), layout));
        if (!block.right.isEmpty())
            row = std::max(row, signatureCellHeight(block.right.first(), layout));
        return metricsFor(layout.titleFont).height() + mm(2) + row;
    }

    void place(const SignatureColumns &block)
    {
        const SignatureLayout layout = signatureLayout();
        const qreal gap = layout.gap;
        const qreal columnWidth = layout.columnWidth;
        const QFont &titleFont = layout.titleFont;
        const QFont &nameFont = layout.nameFont;
        const QFont &lineFont = layout.lineFont;
        const QFontMetricsF &titleMetrics = metricsFor(titleFont);
        auto shown = [&](const QString &text, const QFont &f) { return signatureText(text, f, columnWidth); };
        auto cellHeight = [&](const SignatureCell &cell) { return signatureCellHeight(cell, layout); };
        auto paint = [&](const SignatureCell &cell, qreal x) {
            if (!m_painter)
                return;
            QPainter &p = *m_painter;
            const QRectF space(x, m_y, columnWidth, mm(SignatureSpaceMm));
            if (!cell.image.isNull()) {
                QSizeF size = cell.image.size().toSizeF();
                const QRectF box = space.adjusted(mm(2), mm(1), -columnWidth * 0.3, -mm(1));
                size.scale(box.size(), Qt::KeepAspectRatio);
                p.drawImage(QRectF(box.topLeft(), size), cell.image);
            }
            if (!cell.drawing.isEmpty()) {
                p.save();
                p.setPen(QPen(QColor(0x10, 0x20, 0x60), mm(0.45), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                // The signing pad is about 2.6 times as wide as it is tall;
                // keep that shape rather than stretch the signature.
                QRectF box = space.adjusted(mm(4), mm(1), -mm(4), -mm(1));
                box.setWidth(std::min(box.width(), box.height() * 2.6));
                for (const QList<QPointF> &stroke : cell.drawing) {
                    QPolygonF line;
                    for (const QPointF &point : stroke)
                        line << QPointF(box.left() + point.x() * box.width(), box.top() + point.y() * box.height());
                    if (line.size() == 1)
                        p.drawPoint(line.first());
                    else
                        p.drawPolyline(line);
                }
                p.restore();
            }
            p.setPen(QPen(Qt::black, mm(0.3)));
            p.drawLine(QPointF(x, space.bottom()), QPointF(x + columnWidth * 0.9, space.bottom()));
            qreal y = space.bottom() + mm(1.5);
            for (int i = 0; i < cell.lines.size(); ++i) {
                const QFont &f = i == 0 ? nameFont : lineFont;
                const QString line = shown(cell.lines.at(i), f);
                const qreal h = textHeight(line, f, columnWidth);
                p.setFont(f);
                p.setPen(Qt::black);
                p.drawText(QRectF(x, y, columnWidth, h), wrapFlags(line, metricsFor(f), columnWidth) | Qt::AlignLeft | Qt::AlignTop,
                           line);
                y += h;
            }
            if (!cell.note.isEmpty()) {
                const QString note = shown(cell.note, lineFont);
                p.setFont(lineFont);
                p.setPen(QColor(0x0b, 0x4d, 0x37));
                p.drawText(QRectF(x, y, columnWidth, textHeight(note, lineFont, columnWidth)),
                           wrapFlags(note, metricsFor(lineFont), columnWidth) | Qt::AlignLeft | Qt::AlignTop, note);
            }
        };

        const qreal titleHeight = titleMetrics.height() + mm(2);
        const qsizetype rows = std::max(block.left.size(), block.right.size());
        for (qsizetype row = 0; row < rows; ++row) {
            qreal height = 0;
            if (row < block.left.size())
                height = std::max(height, cellHeight(block.left.at(row)));
            if (row < block.right.size())
                height = std::max(height, cellHeight(block.right.at(row)));
            const bool first = row == 0;
            if (!fits(height + (first ? titleHeight : 0)))
                newPage();
            if (first || m_y <= mm(HeaderBandMm) + 1) {
                if (m_painter) {
                    m_painter->setFont(titleFont);
                    m_painter->setPen(Qt::black);
                    m_painter->drawText(QRectF(0, m_y, columnWidth, titleHeight), Qt::AlignLeft | Qt::AlignTop, block.leftTitle);
                    m_painter->drawText(QRectF(columnWidth + gap, m_y, columnWidth, titleHeight), Qt::AlignLeft | Qt::AlignTop,
                                        block.rightTitle);
                }
                m_y += titleHeight;
            }
            if (row < block.left.size())
                paint(block.left.at(row), 0);
            if (row < block.right.size())
                paint(block.right.at(row), columnWidth + gap);
            m_y += height;
        }
        m_y += mm(BlockGapMm);
    }

    void place(const PageBreakBlock &)
    {
        if (m_y > mm(HeaderBandMm))
            newPage();
    }

    void place(const TextBlock &block)
    {
        qreal size = BodyPointSize;
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal gapBefore = 0;
        switch (block.style) {
        case TextStyle::Title: size = 16; bold = true; alignment = Qt::AlignHCenter; break;
        case TextStyle::Subtitle: size = 12.5; bold = true; alignment = Qt::AlignHCenter; break;
        case TextStyle::Heading: size = 11.5; bold = true; gapBefore = mm(2); break;
        case TextStyle::Body: break;
        }
        m_y += gapBefore;
        QTextLayout layout(block.text, font(size, bold), &m_device);
        QTextOption option(alignment);
        // A word wider than the page (a long address) breaks, never runs off.
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        qreal height = 0;
        while (true) {
            QTextLine line = layout.createLine();
            if (!line.isValid())
                break;
            line.setLineWidth(m_width);
            line.setPosition(QPointF(0, height));
            height += line.height();
        }
        layout.endLayout();

        // Keep a heading with at least a couple of lines of what follows it,
        // and the text before the signatures with them.
        if (block.style == TextStyle::Heading)
            ensureRoom(height + mm(12));
        else if (m_keepWithNext > 0)
            ensureRoom(height + m_keepWithNext);
        for (int i = 0; i < layout.lineCount(); ++i) {
            const QTextLine line = layout.lineAt(i);
            ensureRoom(line.height());
            if (m_painter) {
                m_painter->setPen(Qt::black);
                line.draw(m_painter, QPointF(0, m_y - line.y()));
            }
            m_y += line.height();
        }
        m_y += mm(block.style == TextStyle::Body ? BlockGapMm : 1.5);
    }

    void place(const FieldsBlock &block)
    {
        const QFont labelFont = font(BodyPointSize, true);
        const QFont valueFont = font(BodyPointSize);
        const QFontMetricsF labelMetrics(labelFont, &m_device);
        const QFontMetricsF valueMetrics(valueFont, &m_device);
        qreal labelWidth = 0;
        for (const auto &[label, value] : block.fields)
            labelWidth = std::max(labelWidth, labelMetrics.horizontalAdvance(label + u':'));
        labelWidth = std::min(labelWidth + mm(3), m_width * 0.35);
        const qreal valueWidth = m_width - labelWidth;
        for (const auto &[label, fullValue] : block.fields) {
            const QString value = fitted(fullValue, valueFont, valueWidth, maxCellTextHeight());
            const int flags = Qt::AlignLeft | Qt::AlignTop;
            const int labelFlags = flags | wrapFlags(label + u':', labelMetrics, labelWidth - mm(3));
            const int valueFlags = flags | wrapFlags(value, valueMetrics, valueWidth);
            const QRectF labelRect = labelMetrics.boundingRect(QRectF(0, 0, labelWidth - mm(3), 1e6), labelFlags, label + u':');
            const QRectF valueRect = valueMetrics.boundingRect(QRectF(0, 0, valueWidth, 1e6), valueFlags, value);
            const qreal height = std::max(labelRect.height(), valueRect.height()) + mm(0.8);
            ensureRoom(height);
            if (m_painter) {
                m_painter->setPen(Qt::black);
                m_painter->setFont(labelFont);
                m_painter->drawText(QRectF(0, m_y, labelWidth - mm(3), height), labelFlags, label + u':');
                m_painter->setFont(valueFont);
                m_painter->drawText(QRectF(labelWidth, m_y, valueWidth, height), valueFlags, value);
            }
            m_y += height;
        }
        m_y += mm(BlockGapMm);
    }

    QList<qreal> columnWidths(const Table &table) const
    {
        qreal total = 0;
        for (const Column &column : table.columns)
            total += column.relativeWidth;
        QList<qreal> widths;
        for (const Column &column : table.columns)
            widths.append(m_width * column.relativeWidth / total);
        return widths;
    }

    // Word wrap, but a single word wider than the cell (a long passport
    // number) breaks anywhere rather than spilling over the border.
    int wrapFlags(const QString &text, const QFontMetricsF &metrics, qreal width) const
    {
        if (metrics.horizontalAdvance(text) <= width)
            return Qt::TextWordWrap;
        for (QStringView word : QStringView(text).tokenize(u' ', Qt::SkipEmptyParts)) {
            if (metrics.horizontalAdvance(word.toString()) > width)
                return Qt::TextWrapAnywhere;
        }
        return Qt::TextWordWrap;
    }

    // Building font metrics is costly next to using them; a 5,000-row sheet
    // measures some 60,000 cells with three fonts.
    const QFontMetricsF &metricsFor(const QFont &font) const
    {
        const QString key = font.key();
        auto it = m_measured.metrics.find(key);
        if (it == m_measured.metrics.end())
            it = m_measured.metrics.insert(key, QFontMetricsF(font, &m_device));
        return *it;
    }

    qreal textHeight(const QString &text, const QFont &font, qreal width) const
    {
        if (text.isEmpty())
            return metricsFor(font).height();
        const QString key = measureKey(text, font, width);
        if (const auto known = m_measured.heights.constFind(key); known != m_measured.heights.cend())
            return *known;
        const QFontMetricsF &metrics = metricsFor(font);
        const int flags = wrapFlags(text, metrics, width) | Qt::AlignLeft | Qt::AlignTop;
        return *m_measured.heights.insert(key, metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height());
    }

    // text as it fits in width and maxHeight: whole when it fits, otherwise
    // cut (at a word when it can be) and ended with an ellipsis, so that a
    // reader sees that something was left out.
    QString fitted(const QString &text, const QFont &font, qreal width, qreal maxHeight) const
    {
        if (text.isEmpty() || textHeight(text, font, width) <= maxHeight)
            return text;
        const QString key = measureKey(text, font, width, maxHeight);
        if (const auto known = m_measured.fitted.constFind(key); known != m_measured.fitted.cend())
            return *known;
        return *m_measured.fitted.insert(key, cutToFit(text, font, width, maxHeight));
    }

    QString cutToFit(const QString &text, const QFont &font, qreal width, qreal maxHeight) const
    {
        const auto cut = [&](qsizetype n) {
            if (n > 0 && n < text.size() && text.at(n - 1).isHighSurrogate())
                --n;
            return QStringView(text).left(n).trimmed().toString() + u'\u2026';
        };
        qsizetype fits = 0;
        qsizetype low = 1, high = text.size() - 1;
        while (low <= high) {
            const qsizetype middle = low + (high - low) / 2;
            if (textHeight(cut(middle), font, width) <= maxHeight) {
                fits = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        // Prefer to end at a word when one ends nearby.
        const qsizetype space = text.lastIndexOf(u' ', fits > 0 ? fits - 1 : 0);
        if (space > 0 && fits - space < 20)
            fits = space;
        return cut(fits);
    }

    // A cell is at most as tall as a page's body: what does not fit is cut.
    qreal maxCellTextHeight() const { return bottom() - mm(HeaderBandMm) - mm(20); }

    qreal cellHeight(const Cell &cell, qreal width, const QFont &textFont, const QFont &detailFont) const
    {
        const qreal inner = width - 2 * mm(CellPaddingMm);
        qreal height = textHeight(cell.text, textFont, inner);
        if (!cell.detail.isEmpty())
            height += textHeight(cell.detail, detailFont, inner);
        return height + 2 * mm(CellPaddingMm);
    }

    void paintCell(const Cell &cell, const QRectF &rect, Qt::Alignment alignment, const QFont &textFont, const QFont &detailFont)
    {
        QPainter &p = *m_painter;
        p.setPen(QPen(Qt::black, mm(0.2)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(rect);
        const QRectF inner = rect.adjusted(mm(CellPaddingMm), mm(CellPaddingMm), -mm(CellPaddingMm), -mm(CellPaddingMm));
        const int alignmentFlags = Qt::AlignTop | int(alignment & Qt::AlignHorizontal_Mask);
        p.setPen(Qt::black);
        p.setFont(textFont);
        // What does not fit in the row (a row is at most a page) is cut with
        // an ellipsis, never clipped silently.
        const qreal detailRoom = cell.detail.isEmpty()
                                     ? 0
                                     : std::min(textHeight(cell.detail, detailFont, inner.width()), inner.height() / 2);
        const QString text = fitted(cell.text, textFont, inner.width(), inner.height() - detailRoom + 0.5);
        QRectF used;
        p.drawText(inner, alignmentFlags | wrapFlags(text, metricsFor(textFont), inner.width()), text, &used);
        if (!cell.detail.isEmpty()) {
            p.setFont(detailFont);
            p.setPen(QColor(0x33, 0x33, 0x33));
            const qreal top = text.isEmpty() ? inner.top() : used.bottom();
            const QString detail = fitted(cell.detail, detailFont, inner.width(), inner.bottom() - top + 0.5);
            p.drawText(QRectF(inner.left(), top, inner.width(), inner.bottom() - top),
                       alignmentFlags | wrapFlags(detail, metricsFor(detailFont), inner.width()), detail);
        }
    }

    void paintHeaderRow(const Table &table, const QList<qreal> &widths, qreal height)
    {
        const QFont headerFont = font(DetailPointSize, true);
        qreal x = 0;
        for (int c = 0; c < table.columns.size(); ++c) {
            const QRectF rect(x, m_y, widths[c], height);
            if (m_painter) {
                m_painter->fillRect(rect, QColor(0xE4, 0xE4, 0xE4));
                paintCell({table.columns[c].title, {}, true}, rect, table.columns[c].alignment, headerFont, headerFont);
            }
            x += widths[c];
        }
        m_y += height;
    }

    void place(const Table &table)
    {
        const QList<qreal> widths = columnWidths(table);
        const QFont headerFont = font(DetailPointSize, true);
        const QFont textFont = font(BodyPointSize);
        const QFont boldFont = font(BodyPointSize, true);
        const QFont detailFont = font(DetailPointSize);

        qreal headerHeight = 0;
        for (int c = 0; c < table.columns.size(); ++c)
            headerHeight = std::max(headerHeight, cellHeight({table.columns[c].title, {}, true}, widths[c], headerFont, headerFont));

        auto rowHeight = [&](const QList<Cell> &row) {
            qreal height = mm(table.minimumRowHeightMm);
            for (int c = 0; c < row.size() && c < widths.size(); ++c)
                height = std::max(height, cellHeight(row[c], widths[c], row[c].bold ? boldFont : textFont, detailFont));
            return height;
        };

        const qreal firstRow = table.rows.isEmpty() ? 0 : rowHeight(table.rows.first());
        ensureRoom(headerHeight + firstRow);
        paintHeaderRow(table, widths, headerHeight);
        const qsizetype firstSpare = table.rows.size() - std::clamp<qsizetype>(table.spareRows, 0, table.rows.size());
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QList<Cell> &row = table.rows.at(r);
            const qreal height = std::min(rowHeight(row), bottom() - mm(HeaderBandMm) - headerHeight);
            if (!fits(height)) {
                const qsizetype sparesLeft = r >= firstSpare ? table.rows.size() - r : 0;
                if (sparesLeft > 0 && sparesLeft * 2 < table.spareRows)
                    break;
                newPage();
                paintHeaderRow(table, widths, headerHeight);
            }
            if (m_painter) {
                qreal x = 0;
                for (int c = 0; c < widths.size(); ++c) {
                    const Cell cell = c < row.size() ? row[c] : Cell{};
                    paintCell(cell, QRectF(x, m_y, widths[c], height), table.columns[c].alignment,
                              cell.bold ? boldFont : textFont, detailFont);
                    x += widths[c];
                }
            }
            m_y += height;
        }
        m_y += mm(BlockGapMm + 1);
    }

    const PrintedDocument &m_document;
    QPagedPaintDevice &m_device;
    QPainter *m_painter;
    Measurements &m_measured;
    int m_totalPages;
    int m_page = 0;
    qreal m_y = 0;
    qreal m_dpi;
    qreal m_width;
    qreal m_height;
    std::unique_ptr<PageCanvas> m_canvas;
    SignatureBox *m_signatureBox = nullptr;
    // Room the text being placed keeps for what must follow it on its page
    // (the signatures after an acta's closing words).
    qreal m_keepWithNext = 0;
};

Result<int> PrintedDocument::print(QPagedPaintDevice &device) const
{
    return print(device, nullptr);
}

Result<int> PrintedDocument::print(QPagedPaintDevice &device, SignatureBox *signatureBox) const
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), m_orientation,
                                     QMarginsF(MarginMm, MarginMm - 3, MarginMm, MarginMm - 5), QPageLayout::Millimeter));
    // A first pass only counts pages, for "Page X of Y"; without page numbers
    // there is nothing to count.
    Measurements measured;
    const int pages = m_pageNumbers ? Layout(*this, device, nullptr, 0, measured).run() : 0;
    QPainter painter;
    if (!painter.begin(&device))
        return Error{tr("The printer or file could not be opened for printing.")};
    painter.setRenderHint(QPainter::Antialiasing);
    Layout layout(*this, device, &painter, pages, measured);
    layout.reportSignatureBoxTo(signatureBox);
    const int painted = layout.run();
    if (!painter.end())
        return Error{tr("Printing did not finish.")};
    return painted;
}

Result<QByteArray> PrintedDocument::pdf() const
{
    return pdf(nullptr);
}

Result<QByteArray> PrintedDocument::pdf(SignatureBox *signatureBox) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly))
        return Error{tr("The PDF could not be prepared.")};
    {
        QPdfWriter writer(&buffer);
        writer.setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
        writer.setResolution(600);
        writer.setTitle(m_documentTitle);
        writer.setCreator(u"Taller Abierto"_s);
        TRY(print(writer, signatureBox));
    }
    buffer.close();
    return bytes;
}

Status PrintedDocument::writePdf(const QString &path) const
{
    // Made whole in memory, then written with every byte and the final sync
    // checked, aside and moved into place: a failed write never leaves half
    // a PDF behind, nor destroys an earlier good one.
    TRY_LET(bytes, pdf());
    return SavedFile::write(path, *bytes);
}

} // namespace taller

namespace taller {

Result<QByteArray> PrintedDocument::signedPdf(const SigningCertificate &certificate) const
{
    PrintedDocument withBox = *this;
    withBox.m_blocks.append(SignatureBoxBlock{SignatureBoxMm});
    SignatureBox box;
    box.page = -1;
    TRY_LET(bytes, withBox.pdf(&box));
    const QDateTime now = QDateTime::currentDateTime();
    QStringList lines{tr("Digitally signed by %1").arg(certificate.signerName()),
                      tr("Date: %1 (this computer's clock)").arg(now.toString(u"yyyy-MM-dd HH:mm:ss t"_s))};
    if (const QString note = m_signatureNote.isEmpty() ? m_footerDetail : m_signatureNote; !note.isEmpty())
        lines << note;
    lines << tr("Certificate issued by %1").arg(certificate.issuer());
    box.text = lines.join(u'\n');
    box.reason = m_documentTitle;
    return PdfSignature::sign(*bytes, certificate, box);
}

Status PrintedDocument::writeSignedPdf(const QString &path, const SigningCertificate &certificate) const
{
    TRY_LET(bytes, signedPdf(certificate));
    return SavedFile::write(path, *bytes);
}

} // namespace taller
