#include "FileDialogs.h"
#include "FormDialog.h"

#include <QCoreApplication>
#include <QFileIconProvider>
#include <QFileInfo>

namespace taller::FileDialogs {

namespace {

// Icons and type names from the file's name alone.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override { return icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QCoreApplication::translate("taller::FileDialogs", "Folder");
        return info.suffix().isEmpty()
                   ? QCoreApplication::translate("taller::FileDialogs", "File")
                   : QCoreApplication::translate("taller::FileDialogs", "%1 file").arg(info.suffix().toUpper());
    }
};

QString run(QFileDialog &dialog, const QString &start)
{
    static NameOnlyIconProvider provider;
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&provider);
    // Nothing given, or a folder since removed: the dialog's own default.
    const QFileInfo where(start);
    if (where.isDir()) {
        dialog.setDirectory(start);
    } else if (!start.isEmpty() && where.absoluteDir().exists()) {
        dialog.setDirectory(where.absolutePath());
        dialog.selectFile(where.fileName());
    }
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, start);
}

QString saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                 QString *selectedFilter, QFileDialog::Options options)
{
    QFileDialog dialog(parent, caption, QString(), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setOptions(dialog.options() | options);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    const QString path = run(dialog, start);
    if (selectedFilter && !path.isEmpty())
        *selectedFilter = dialog.selectedNameFilter();
    return path;
}

QString folder(QWidget *parent, const QString &caption, const QString &start)
{
    QFileDialog dialog(parent, caption);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly);
    return run(dialog, start);
}

std::optional<ListChoice> openList(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    ListChoice choice;
    choice.path = openFile(parent, caption, start, filter);
    if (choice.path.isEmpty())
        return std::nullopt;
    // A file that cannot be read as a list is left to the import to refuse,
    // with its reason.
    auto table = TabularReader::readFile(choice.path);
    if (!table)
        return choice;
    if (table->sheets.size() > 1) {
        const auto sheet = FormDialog::askItem(
            parent, caption,
            QCoreApplication::translate("taller::FileDialogs", "%1 has several sheets. Import from:")
                .arg(QFileInfo(choice.path).fileName()),
            table->sheets);
        if (!sheet)
            return std::nullopt;
        choice.options = TabularReader::Options(*sheet);
        if (*sheet != table->sheet)
            return choice;
    }
    choice.table = std::move(*table);
    return choice;
}

} // namespace taller::FileDialogs
