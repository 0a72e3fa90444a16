#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPointF>
#include <QString>

#include <functional>
#include <variant>

class QPagedPaintDevice;
class QPainter;

namespace taller {

class PageCanvas;
class SigningCertificate;
struct SignatureBox;

// The one renderer behind every printed page: A4 portrait, a running header
// naming the event, flowing content, tables whose header row repeats on every
// page, and a footer with "Página X de Y". Body text is never under 9 pt.
//
// Build it from blocks, then write a PDF (PDF/A-1b, fonts embedded) or hand
// it a printer.
class PrintedDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::PrintedDocument)

public:
    // Sizes in points as they appear on paper.
    static constexpr qreal BodyPointSize = 10.0;
    static constexpr qreal DetailPointSize = 9.0;
    static constexpr qreal MarginMm = 15.0;

    struct Cell
    {
        QString text;
        // A second, smaller line under the text (a role, a duration).
        QString detail;
        bool bold = false;
    };

    struct Column
    {
        QString title;
        qreal relativeWidth = 1.0;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    struct Table
    {
        QList<Column> columns;
        QList<QList<Cell>> rows;
        // Rows are at least this tall: room for a signature.
        qreal minimumRowHeightMm = 0;
        // The last spareRows rows are blank, for people added by hand: they
        // fill the page the table ends on, and start a page of their own only
        // when at least half of them are left for it (never a last page with
        // one blank row).
        int spareRows = 0;
    };

    // One person's place to sign: room to sign above a line, then who they
    // are; or, when they signed on screen, their drawn signature.
    struct SignatureCell
    {
        QStringList lines;
        QList<QList<QPointF>> drawing;
        // A scanned signature, drawn in the room to sign (flattened on white:
        // PDF/A allows no transparency).
        QImage image;
        QString note;
    };

    struct SignatureColumns
    {
        QString leftTitle;
        QString rightTitle;
        QList<SignatureCell> left;
        QList<SignatureCell> right;
    };

    static constexpr qreal SignatureSpaceMm = 22.0;

    explicit PrintedDocument(QString documentTitle);

    // The running header on every page (the event) and the footer's left text.
    void setRunningHeader(const QString &left, const QString &right);
    void setFooterNote(const QString &note);
    // A second footer line on every page (the acta's fingerprint).
    void setFooterDetail(const QString &detail);
    // What a certificate's signature box says after who and when (the
    // footer's detail when not set).
    void setSignatureNote(const QString &note);
    // Large faint text across every page ("BORRADOR").
    void setWatermark(const QString &text);
    // A4 portrait unless set (a sheet of large badges goes landscape).
    void setPageOrientation(QPageLayout::Orientation orientation);
    // "Page X of Y" in the footer; on by default.
    void setPageNumbers(bool shown);

    void addTitle(const QString &text);
    void addSubtitle(const QString &text);
    void addHeading(const QString &text);
    void addParagraph(const QString &text);
    // "Label: value" lines, the label in bold.
    void addFields(const QList<std::pair<QString, QString>> &fields);
    void addTable(const Table &table);
    void addSpacing(qreal mm);
    // An image widthMm wide (kept square to its shape), at the right margin,
    // with text beside it on its left; drawn without smoothing (a QR code
    // stays sharp). Kept whole on one page.
    void addImage(const QImage &image, qreal widthMm, const QString &text = {});
    void addPageBreak();
    void addSignatureColumns(const SignatureColumns &columns);

    // A page the caller draws whole, edge to edge (a sheet of badges with its
    // cutting marks): no running header, footer or watermark on it.
    using PagePainter = std::function<void(PageCanvas &canvas)>;
    void addDrawnPage(PagePainter paint);
    // A page the caller draws between the running header and the footer of
    // the pages around it (a chart in a report): the canvas is that band,
    // its corner at (0, 0) and paperMm() its size.
    void addFramedPage(PagePainter paint);

    QString documentTitle() const { return m_documentTitle; }

    // Lays the document out on device and paints it; returns the page count.
    Result<int> print(QPagedPaintDevice &device) const;
    // The document as PDF bytes.
    Result<QByteArray> pdf() const;
    // Writes the PDF to path; "done" only once every byte is on disk.
    Status writePdf(const QString &path) const;
    // The PDF signed with certificate (PdfSignature): a box at the end of the
    // content shows who signed, when (this computer's clock) and the footer's
    // detail (the acta's fingerprint); the signature covers the whole file.
    Result<QByteArray> signedPdf(const SigningCertificate &certificate) const;
    // Writes the signed PDF to path, as writePdf.
    Status writeSignedPdf(const QString &path, const SigningCertificate &certificate) const;
    // Height of the box a certificate's signature is drawn in.
    static constexpr qreal SignatureBoxMm = 24.0;

private:
    enum class TextStyle { Title, Subtitle, Heading, Body };
    struct TextBlock { TextStyle style; QString text; };
    struct FieldsBlock { QList<std::pair<QString, QString>> fields; };
    struct SpacingBlock { qreal mm; };
    struct PageBreakBlock {};
    struct DrawnPage { PagePainter paint; bool framed = false; };
    struct SignatureBoxBlock { qreal mm; };
    struct ImageBlock { QImage image; qreal mm; QString text; };
    using Block = std::variant<TextBlock, FieldsBlock, Table, SpacingBlock, PageBreakBlock, SignatureColumns, DrawnPage,
                               SignatureBoxBlock, ImageBlock>;

    // As print, telling where a SignatureBoxBlock was laid out.
    Result<int> print(QPagedPaintDevice &device, SignatureBox *signatureBox) const;
    Result<QByteArray> pdf(SignatureBox *signatureBox) const;

    class Layout;

    QString m_documentTitle;
    QString m_headerLeft;
    QString m_headerRight;
    QString m_footerNote;
    QString m_footerDetail;
    QString m_signatureNote;
    QString m_watermark;
    QPageLayout::Orientation m_orientation = QPageLayout::Portrait;
    bool m_pageNumbers = true;
    QList<Block> m_blocks;
};

} // namespace taller
