#include "CommandLine.h"

#include "base/Localization.h"

#include <QDir>
#include <QGuiApplication>

#include <unistd.h>

int main(int argc, char *argv[])
{
    // Printing needs fonts, and so a GUI application, but never a screen.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // What Qt would pick anyway, without warning about it on every run.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QByteArray runtimeDir = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(getuid());
        QDir().mkpath(QString::fromLocal8Bit(runtimeDir));
        QFile::setPermissions(QString::fromLocal8Bit(runtimeDir), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", runtimeDir);
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("taller-abierto-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Taller Abierto"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TALLER_VERSION));
    taller::installTranslations(app);
    return taller::cli::run(app.arguments().mid(1));
}
