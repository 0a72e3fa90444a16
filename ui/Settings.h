#pragma once

#include <QSettings>
#include <QStringList>

namespace taller {

// The window's remembered preferences, each with its key and default in one
// place. Tests point it at a temporary file.
class Settings
{
public:
    static constexpr int MaxRecentFiles = 8;

    static QStringList recentFiles();
    // Moves path to the top of the list.
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    static QString lastFolder();
    static void setLastFolder(const QString &folder);
    // Where the last PDF or CSV was exported: the next export opens there.
    static QString lastExportFolder();
    static void setLastExportFolder(const QString &folder);

    // The meeting last chosen in the event at path (0: none remembered), so
    // that a coordinator reopening the file finds the meeting in hand.
    static qint64 chosenMeeting(const QString &path);
    static void setChosenMeeting(const QString &path, qint64 meeting);

    // Who scores the initiatives of the process in the event at path, as
    // last typed there (empty: nobody yet), so that a restart keeps it.
    static QString scorer(const QString &path);
    static void setScorer(const QString &path, const QString &scorer);

    // The institution's private key file that seals the acta when it is
    // closed (and each signature on a sealed acta); empty: not sealed.
    static QString sealKeyFile();
    static void setSealKeyFile(const QString &path);

    // The institution's certificate (PKCS#12, .p12/.pfx) that signs the
    // exported PDFs of the acta, the minutes, the constancias and the
    // response; empty: not signed. Its password is never stored.
    static QString signingCertificateFile();
    static void setSigningCertificateFile(const QString &path);
};

} // namespace taller
