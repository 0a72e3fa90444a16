#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace taller {

using namespace Qt::StringLiterals;

namespace {
const QString RecentFilesKey = u"files/recent"_s;
const QString LastFolderKey = u"files/lastFolder"_s;
const QString GeometryKey = u"window/geometry"_s;
const QString SealKeyFileKey = u"acta/sealKeyFile"_s;
} // namespace

QStringList Settings::recentFiles()
{
    return QSettings().value(RecentFilesKey).toStringList();
}

void Settings::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    QSettings().setValue(RecentFilesKey, files);
}

void Settings::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(QFileInfo(path).absoluteFilePath());
    QSettings().setValue(RecentFilesKey, files);
}

QByteArray Settings::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QString Settings::lastFolder()
{
    return QSettings().value(LastFolderKey, QDir::homePath()).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    QSettings().setValue(LastFolderKey, folder);
}

QString Settings::sealKeyFile()
{
    return QSettings().value(SealKeyFileKey).toString();
}

void Settings::setSealKeyFile(const QString &path)
{
    if (path.isEmpty())
        QSettings().remove(SealKeyFileKey);
    else
        QSettings().setValue(SealKeyFileKey, QFileInfo(path).absoluteFilePath());
}

QString Settings::lastExportFolder()
{
    return QSettings().value(u"lastExportFolder"_s).toString();
}

void Settings::setLastExportFolder(const QString &folder)
{
    QSettings().setValue(u"lastExportFolder"_s, folder);
}

} // namespace taller
