#pragma once

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QRectF>
#include <QString>

class QImage;
class QPainter;

namespace taller {

// A page drawn whole by its document (a sheet of badges): positions in
// millimetres from the paper's top-left corner, the house font, and text
// that always stays inside its box.
class PageCanvas
{
public:
    PageCanvas(QPainter &painter, qreal dpi, const QSizeF &paperMm);

    QPainter &painter() { return m_painter; }
    QSizeF paperMm() const { return m_paperMm; }

    // Millimetres to the painter's units.
    qreal mm(qreal value) const { return value / 25.4 * m_dpi; }
    QPointF point(qreal xMm, qreal yMm) const { return {mm(xMm), mm(yMm)}; }
    QRectF rect(const QRectF &mmRect) const;

    // The house font (the one every printed document uses).
    static QFont font(qreal pointSize, bool bold = false);

    struct TextFit
    {
        qreal pointSize = 10;
        // Never smaller than this; 9 pt is the house's floor for body text.
        qreal minimumPointSize = 9;
        int maximumLines = 1;
        bool bold = false;
        Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignTop;
    };

    // How text is laid out in a box: the size it fits at, its lines, and
    // whether it had to be cut short with an ellipsis.
    struct FittedText
    {
        qreal pointSize = 0;
        QStringList lines;
        qreal lineHeightMm = 0;
        bool elided = false;
        qreal heightMm() const { return lineHeightMm * lines.size(); }
    };

    // Fits text into boxMm: first on one line at the largest size down to
    // the minimum, then wrapped at word breaks over up to maximumLines, and
    // only then cut with an ellipsis at the minimum size. Never overflows.
    FittedText fit(const QString &text, const QSizeF &boxMm, const TextFit &style);
    // Fits and draws; returns the height used in millimetres.
    qreal drawText(const QRectF &boxMm, const QString &text, const TextFit &style);
    void drawFitted(const QRectF &boxMm, const FittedText &fitted, const TextFit &style);

    qreal textWidthMm(const QString &text, qreal pointSize, bool bold);

    // An image scaled into boxMm keeping its shape, centred, losslessly and
    // without smoothing (a QR code's modules stay square).
    void drawImage(const QRectF &boxMm, const QImage &image);

private:
    const QFontMetricsF &metrics(qreal pointSize, bool bold);
    FittedText fitUncached(const QString &text, const QSizeF &boxMm, const TextFit &style);
    QStringList wrap(const QString &text, const QFontMetricsF &metrics, qreal width, int maximumLines, bool *complete) const;

    QPainter &m_painter;
    qreal m_dpi;
    QSizeF m_paperMm;
    QHash<QString, QFontMetricsF> m_metrics;
    // The same text in the same box (the event's title on every badge) is
    // fitted once.
    QHash<QString, FittedText> m_fitted;
};

} // namespace taller
