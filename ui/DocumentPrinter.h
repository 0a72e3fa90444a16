#pragma once

#include "base/Result.h"
#include "printing/PrintedDocument.h"

#include <QCoreApplication>

class QWidget;

namespace taller {

// The window's three ways out for any printed document: the printer (through
// the print dialog), a preview, and a PDF file.
class DocumentPrinter
{
    Q_DECLARE_TR_FUNCTIONS(taller::DocumentPrinter)
public:
    // Whether a document could be built; if not, the reason is shown in a
    // warning titled title.
    static bool built(QWidget *parent, const Result<PrintedDocument> &document, const QString &title);
    static void print(QWidget *parent, const PrintedDocument &document);
    static void preview(QWidget *parent, const PrintedDocument &document);
    // Asks where to save, suggesting suggestedName beside the event file.
    static void exportPdf(QWidget *parent, const PrintedDocument &document, const QString &suggestedPath);

    // Where a page's Preview, Print and Export PDF buttons send its document.
    enum class Output { Preview, Print, Pdf };
    // Sends a document built for output; one that could not be built is
    // named in a warning titled title instead.
    static void output(QWidget *parent, Output where, const Result<PrintedDocument> &document, const QString &title,
                       const QString &suggestedPath);
};

} // namespace taller
