#include "printing/PageCanvas.h"

#include <QImage>
#include <QPainter>

#include <cmath>

namespace taller {

using namespace Qt::StringLiterals;

namespace {
// Sizes are tried in steps of this many points.
constexpr qreal SizeStep = 0.5;
} // namespace

PageCanvas::PageCanvas(QPainter &painter, qreal dpi, const QSizeF &paperMm)
    : m_painter(painter)
    , m_dpi(dpi)
    , m_paperMm(paperMm)
{
}

QRectF PageCanvas::rect(const QRectF &mmRect) const
{
    return {mm(mmRect.x()), mm(mmRect.y()), mm(mmRect.width()), mm(mmRect.height())};
}

QFont PageCanvas::font(qreal pointSize, bool bold)
{
    QFont f(u"DejaVu Sans"_s);
    f.setPointSizeF(pointSize);
    f.setBold(bold);
    // As in every printed document: no ligatures, so that text extracts and
    // searches letter by letter.
    f.setLetterSpacing(QFont::AbsoluteSpacing, 0.1);
    return f;
}

const QFontMetricsF &PageCanvas::metrics(qreal pointSize, bool bold)
{
    const QString key = QString::number(pointSize) + (bold ? u"b"_s : u"r"_s);
    auto it = m_metrics.find(key);
    if (it == m_metrics.end())
        it = m_metrics.insert(key, QFontMetricsF(font(pointSize, bold), m_painter.device()));
    return *it;
}

QStringList PageCanvas::wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int maximumLines,
                             bool *complete) const
{
    if (maximumLines <= 1) {
        *complete = metrics.horizontalAdvance(text) <= width;
        return {text};
    }
    *complete = true;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (metrics.horizontalAdvance(word) > width)
            *complete = false;
        const QString candidate = line.isEmpty() ? word : line + u' ' + word;
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        lines.append(line);
        if (lines.size() == maximumLines - 1) {
            // The last line takes the rest, whether it fits or not.
            line = words.mid(i).join(u' ');
            if (metrics.horizontalAdvance(line) > width)
                *complete = false;
            break;
        }
        line = word;
    }
    if (!line.isEmpty())
        lines.append(line);
    if (lines.size() > maximumLines)
        *complete = false;
    return lines;
}

PageCanvas::FittedText PageCanvas::fit(const QString &rawText, const QSizeF &boxMm, const TextFit &style)
{
    const QString key = u"%1|%2|%3|%4|%5|%6|%7"_s.arg(boxMm.width()).arg(boxMm.height()).arg(style.pointSize)
                            .arg(style.minimumPointSize).arg(style.maximumLines).arg(int(style.bold)).arg(rawText);
    if (const auto cached = m_fitted.constFind(key); cached != m_fitted.cend())
        return *cached;
    if (m_fitted.size() > 2048)
        m_fitted.clear();
    FittedText fitted = fitUncached(rawText, boxMm, style);
    m_fitted.insert(key, fitted);
    return fitted;
}

PageCanvas::FittedText PageCanvas::fitUncached(const QString &rawText, const QSizeF &boxMm, const TextFit &style)
{
    const QString text = rawText.simplified();
    const qreal width = mm(boxMm.width());
    const qreal height = mm(boxMm.height());
    const qreal minimum = std::min(style.minimumPointSize, style.pointSize);
    auto result = [this](qreal size, QStringList lines, const QFontMetricsF &m, bool elided) {
        return FittedText{size, std::move(lines), m.lineSpacing() / m_dpi * 25.4, elided};
    };
    if (text.isEmpty())
        return result(style.pointSize, {}, metrics(style.pointSize, style.bold), false);

    // One line, as large as it fits.
    for (qreal size = style.pointSize; size >= minimum - 1e-6; size -= SizeStep) {
        const QFontMetricsF &m = metrics(size, style.bold);
        if (m.height() <= height && m.horizontalAdvance(text) <= width)
            return result(size, {text}, m, false);
    }
    // Wrapped at word breaks, as large as it fits.
    if (style.maximumLines > 1) {
        for (qreal size = style.pointSize; size >= minimum - 1e-6; size -= SizeStep) {
            const QFontMetricsF &m = metrics(size, style.bold);
            const int lines = std::min(style.maximumLines, int(std::floor((height - m.height()) / m.lineSpacing())) + 1);
            if (lines < 2)
                continue;
            bool complete = false;
            QStringList wrapped = wrap(text, m, width, lines, &complete);
            if (complete)
                return result(size, wrapped, m, false);
        }
    }
    // At the smallest size, cut short: each line that is still too wide ends
    // with an ellipsis.
    const QFontMetricsF &m = metrics(minimum, style.bold);
    const int lines = std::max(1, std::min(style.maximumLines, int(std::floor((height - m.height()) / m.lineSpacing())) + 1));
    bool complete = false;
    QStringList wrapped = wrap(text, m, width, lines, &complete);
    for (QString &line : wrapped)
        line = m.elidedText(line, Qt::ElideRight, width);
    return result(minimum, wrapped, m, true);
}

void PageCanvas::drawFitted(const QRectF &boxMm, const FittedText &fitted, const TextFit &style)
{
    if (fitted.lines.isEmpty())
        return;
    m_painter.setFont(font(fitted.pointSize, style.bold));
    const qreal lineHeight = mm(fitted.lineHeightMm);
    const QRectF box = rect(boxMm);
    qreal y = box.top();
    if (style.alignment & Qt::AlignVCenter)
        y += (box.height() - lineHeight * fitted.lines.size()) / 2;
    else if (style.alignment & Qt::AlignBottom)
        y = box.bottom() - lineHeight * fitted.lines.size();
    const int horizontal = int(style.alignment & Qt::AlignHorizontal_Mask);
    for (const QString &line : fitted.lines) {
        m_painter.drawText(QRectF(box.left(), y, box.width(), lineHeight), horizontal | Qt::AlignVCenter, line);
        y += lineHeight;
    }
}

qreal PageCanvas::drawText(const QRectF &boxMm, const QString &text, const TextFit &style)
{
    const FittedText fitted = fit(text, boxMm.size(), style);
    drawFitted(boxMm, fitted, style);
    return fitted.heightMm();
}

qreal PageCanvas::textWidthMm(const QString &text, qreal pointSize, bool bold)
{
    return metrics(pointSize, bold).horizontalAdvance(text) / m_dpi * 25.4;
}

void PageCanvas::drawImage(const QRectF &boxMm, const QImage &image)
{
    if (image.isNull())
        return;
    QSizeF size = image.size().toSizeF();
    size.scale(rect(boxMm).size(), Qt::KeepAspectRatio);
    const QRectF box = rect(boxMm);
    const QRectF target(box.left() + (box.width() - size.width()) / 2, box.top() + (box.height() - size.height()) / 2,
                        size.width(), size.height());
    // Lossless: a QR code or a signature must not get JPEG's blur.
    m_painter.save();
    m_painter.setRenderHint(QPainter::LosslessImageRendering);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    m_painter.drawImage(target, image);
    m_painter.restore();
}

} // namespace taller
