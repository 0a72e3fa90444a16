#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace taller {

using namespace Qt::StringLiterals;

namespace {
constexpr auto RecentFilesKey = "files/recent"_L1;
constexpr auto LastFolderKey = "files/lastFolder"_L1;
constexpr auto GeometryKey = "window/geometry"_L1;
constexpr auto SealKeyFileKey = "acta/sealKeyFile"_L1;
constexpr auto SigningCertificateKey = "pdf/signingCertificate"_L1;
constexpr auto ChosenMeetingsKey = "files/chosenMeeting"_L1;
constexpr auto ScorersKey = "files/scorer"_L1;
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

QString Settings::signingCertificateFile()
{
    return QSettings().value(SigningCertificateKey).toString();
}

void Settings::setSigningCertificateFile(const QString &path)
{
    if (path.isEmpty())
        QSettings().remove(SigningCertificateKey);
    else
        QSettings().setValue(SigningCertificateKey, QFileInfo(path).absoluteFilePath());
}

QString Settings::lastExportFolder()
{
    return QSettings().value(u"lastExportFolder"_s).toString();
}

void Settings::setLastExportFolder(const QString &folder)
{
    QSettings().setValue(u"lastExportFolder"_s, folder);
}

qint64 Settings::chosenMeeting(const QString &path)
{
    return QSettings().value(ChosenMeetingsKey).toMap().value(QFileInfo(path).absoluteFilePath()).toLongLong();
}

void Settings::setChosenMeeting(const QString &path, qint64 meeting)
{
    QSettings settings;
    QVariantMap chosen = settings.value(ChosenMeetingsKey).toMap();
    // Only the recent files are worth remembering.
    const QStringList recent = recentFiles();
    for (auto it = chosen.begin(); it != chosen.end();)
        it = recent.contains(it.key()) ? std::next(it) : chosen.erase(it);
    chosen.insert(QFileInfo(path).absoluteFilePath(), meeting);
    settings.setValue(ChosenMeetingsKey, chosen);
}

QString Settings::scorer(const QString &path)
{
    return QSettings().value(ScorersKey).toMap().value(QFileInfo(path).absoluteFilePath()).toString();
}

void Settings::setScorer(const QString &path, const QString &scorer)
{
    QSettings settings;
    QVariantMap scorers = settings.value(ScorersKey).toMap();
    scorers.insert(QFileInfo(path).absoluteFilePath(), scorer);
    settings.setValue(ScorersKey, scorers);
}

} // namespace taller
