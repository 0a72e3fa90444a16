#include "SpreadsheetExport.h"
#include "FileDialogs.h"

#include "Settings.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

namespace taller {

using namespace Qt::StringLiterals;

void SpreadsheetExport::save(QWidget *parent, const QString &title, const Result<TabularSheet> &sheet, const QString &suggestedPath)
{
    if (!sheet) {
        QMessageBox::warning(parent, title, sheet.errorMessage());
        return;
    }
    // The folder of the last export, where one was made; the event's otherwise.
    QString suggested = suggestedPath;
    if (const QString folder = Settings::lastExportFolder(); !folder.isEmpty() && QDir(folder).exists())
        suggested = QDir(folder).filePath(QFileInfo(suggestedPath).fileName());
    QString filter;
    QString path =
        FileDialogs::saveFile(parent, title, suggested + u".xlsx"_s, TabularWriter::fileDialogFilter(), &filter);
    if (path.isEmpty())
        return;
    Settings::setLastExportFolder(QFileInfo(path).absolutePath());
    // The chosen type decides when the name has no ending of its own.
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive) && !path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += filter.contains(u"*.csv"_s) ? u".csv"_s : u".xlsx"_s;
    if (Status written = TabularWriter::write(*sheet, path, TabularWriter::formatFor(path)); !written) {
        QMessageBox::warning(parent, title, written.errorMessage());
        return;
    }
    QMessageBox::information(parent, title, tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace taller
