#include "DocumentPrinter.h"
#include "FileDialogs.h"

#include "Settings.h"

#include <QDesktopServices>
#include <QDir>
#include <QPushButton>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QUrl>

namespace taller {

using namespace Qt::StringLiterals;

bool DocumentPrinter::built(QWidget *parent, const Result<PrintedDocument> &document, const QString &title)
{
    if (!document)
        QMessageBox::warning(parent, title, document.errorMessage());
    return document.ok();
}

namespace {

std::optional<QString> askPassword(QWidget *parent, const QString &certificatePath)
{
    bool given = false;
    const QString password = QInputDialog::getText(
        parent, DocumentPrinter::tr("Sign the PDF"),
        DocumentPrinter::tr("Password of the certificate %1:").arg(QDir::toNativeSeparators(certificatePath)),
        QLineEdit::Password, QString(), &given);
    if (!given)
        return std::nullopt;
    return password;
}

DocumentPrinter::PasswordPrompt &passwordPrompt()
{
    static DocumentPrinter::PasswordPrompt prompt = askPassword;
    return prompt;
}

} // namespace

std::optional<QString> DocumentPrinter::askPassword(QWidget *parent, const QString &certificatePath)
{
    return passwordPrompt()(parent, certificatePath);
}

void DocumentPrinter::setPasswordPrompt(PasswordPrompt prompt)
{
    passwordPrompt() = prompt ? std::move(prompt) : PasswordPrompt(askPassword);
}

Result<std::optional<SigningCertificate>> DocumentPrinter::signingCertificate(QWidget *parent)
{
    const QString path = Settings::signingCertificateFile();
    if (path.isEmpty())
        return std::optional<SigningCertificate>();
    const std::optional<QString> password = passwordPrompt()(parent, path);
    if (!password)
        return Error{};
    TRY_TAKE(certificate, SigningCertificate::load(path, *password));
    return std::optional<SigningCertificate>(std::move(certificate));
}

Status DocumentPrinter::writePdf(QWidget *parent, const PrintedDocument &document, const QString &path, Signing signing)
{
    if (signing == Signing::Unsigned)
        return document.writePdf(path);
    TRY_TAKE(certificate, signingCertificate(parent));
    return certificate ? document.writeSignedPdf(path, *certificate) : document.writePdf(path);
}

void DocumentPrinter::output(QWidget *parent, Output where, const Result<PrintedDocument> &document, const QString &title,
                             const QString &suggestedPath, Signing signing)
{
    if (!built(parent, document, title))
        return;
    switch (where) {
    case Output::Preview: preview(parent, *document); break;
    case Output::Print: print(parent, *document); break;
    case Output::Pdf: exportPdf(parent, *document, suggestedPath, signing); break;
    }
}

void DocumentPrinter::print(QWidget *parent, const PrintedDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.documentTitle());
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print %1").arg(document.documentTitle()));
    if (dialog.exec() != QDialog::Accepted)
        return;
    // "Print to file" in the dialog: written like every exported PDF, each
    // byte checked and renamed into place, never half a file on a full disk.
    if (printer.outputFormat() == QPrinter::PdfFormat && !printer.outputFileName().isEmpty()) {
        if (Status written = document.writePdf(printer.outputFileName()); !written)
            QMessageBox::warning(parent, tr("Printing failed"), written.errorMessage());
        return;
    }
    if (auto printed = document.print(printer); !printed)
        QMessageBox::warning(parent, tr("Printing failed"), printed.errorMessage());
}

void DocumentPrinter::preview(QWidget *parent, const PrintedDocument &document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(document.documentTitle());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Preview: %1").arg(document.documentTitle()));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document](QPrinter *target) {
        (void)document.print(*target);
    });
    dialog.exec();
}

void DocumentPrinter::exportPdf(QWidget *parent, const PrintedDocument &document, const QString &suggestedPath, Signing signing)
{
    // The folder of the last export, when there was one: not the event's
    // folder, which may be the program's hidden data folder.
    QString suggested = suggestedPath;
    if (const QString folder = Settings::lastExportFolder(); !folder.isEmpty() && QDir(folder).exists())
        suggested = QDir(folder).filePath(QFileInfo(suggestedPath).fileName());
    const QString path = FileDialogs::saveFile(parent, tr("Export %1 as PDF").arg(document.documentTitle()), suggested,
                                               tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    Settings::setLastExportFolder(QFileInfo(path).absolutePath());
    if (Status written = writePdf(parent, document, path, signing); !written) {
        if (!written.errorMessage().isEmpty())
            QMessageBox::warning(parent, tr("Export failed"), written.errorMessage());
        return;
    }
    QMessageBox box(QMessageBox::Information, tr("PDF exported"), tr("Saved %1.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::Ok, parent);
    QPushButton *open = box.addButton(tr("&Open it"), QMessageBox::ActionRole);
    box.exec();
    if (box.clickedButton() == open)
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

} // namespace taller
