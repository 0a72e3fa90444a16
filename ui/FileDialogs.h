#pragma once

#include "tabular/TabularReader.h"

#include <QFileDialog>
#include <QString>

#include <optional>

class QWidget;

namespace taller {

// Every file dialog of the window. They are Qt's own dialogs with an icon
// provider that never opens a file: a platform dialog, or Qt's default
// provider, reads each listed file to guess its type, and closing that read
// drops every POSIX lock this process holds on it. For the open .taller file
// that would tell another process (the CLI, a second desk) that nobody holds
// the event, and it could checkpoint and delete the journal under the window.
namespace FileDialogs {

// A file to read; empty when the person cancelled.
QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
// A file to write. start is a folder or a suggested path; selectedFilter, when
// given, is the filter shown first and then the one chosen.
QString saveFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                 QString *selectedFilter = nullptr, QFileDialog::Options options = {});
// A folder to write into.
QString folder(QWidget *parent, const QString &caption, const QString &start);

// A list to import, and how to read it.
struct ListChoice
{
    QString path;
    TabularReader::Options options;
    // The sheet to import, when it is the one read to learn the sheets:
    // whoever reads the list itself need not read it again.
    std::optional<TabularReader::Table> table;
};
// A list to import: the file chosen, and for a workbook of several sheets
// the sheet the person picks (never the first taken silently). Nothing when
// they cancel either question.
std::optional<ListChoice> openList(QWidget *parent, const QString &caption, const QString &start, const QString &filter);

} // namespace FileDialogs
} // namespace taller
