#pragma once

#include "base/Result.h"
#include "printing/PdfSignature.h"
#include "printing/PrintedDocument.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

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

    // Whether an exported PDF is signed with the certificate chosen in the
    // preferences (the acta, the minutes, the constancias, the response).
    enum class Signing { Unsigned, Signable };

    // Asks where to save, suggesting suggestedName beside the event file.
    static void exportPdf(QWidget *parent, const PrintedDocument &document, const QString &suggestedPath,
                          Signing signing = Signing::Unsigned);

    // Where a page's Preview, Print and Export PDF buttons send its document.
    enum class Output { Preview, Print, Pdf };
    // Sends a document built for output; one that could not be built is
    // named in a warning titled title instead.
    static void output(QWidget *parent, Output where, const Result<PrintedDocument> &document, const QString &title,
                       const QString &suggestedPath, Signing signing = Signing::Unsigned);

    // The certificate chosen in the preferences, its password asked now (it
    // is never remembered): none when no certificate is chosen; an Error
    // with no message when the person cancelled the question, or one saying
    // why the certificate cannot sign.
    static Result<std::optional<SigningCertificate>> signingCertificate(QWidget *parent);
    // Writes document to path, signed when signable and a certificate is
    // chosen; an Error with no message when the person cancelled.
    static Status writePdf(QWidget *parent, const PrintedDocument &document, const QString &path, Signing signing);

    // How the password is asked: a dialog with the typing hidden, unless a
    // test puts another in its place (nothing: cancelled).
    using PasswordPrompt = std::function<std::optional<QString>(QWidget *parent, const QString &certificatePath)>;
    static void setPasswordPrompt(PasswordPrompt prompt);
    // Asks the password of the certificate at certificatePath as above.
    static std::optional<QString> askPassword(QWidget *parent, const QString &certificatePath);
};

} // namespace taller
