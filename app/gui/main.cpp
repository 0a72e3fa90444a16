#include "base/Localization.h"
#include "MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QStandardPaths>

#include "base/Clock.h"
#include "templates/Templates.h"

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("taller-abierto"));
    QApplication::setApplicationDisplayName(QStringLiteral("Taller Abierto"));
    QApplication::setOrganizationName(QStringLiteral("Taller Abierto"));
    QApplication::setApplicationVersion(QStringLiteral(TALLER_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.tallerabierto.TallerAbierto"));
    taller::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Run an open-government co-creation workshop."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QApplication::translate("main", "The event file (.taller) to open."));
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QApplication::translate("main", "Open the demo event (made on first use from the Palacio de "
                                                                  "Hierro template with 50 fictional attendees)."));
    parser.addOption(demo);
    parser.process(app);

    taller::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openEvent(parser.positionalArguments().constFirst());
    else if (parser.isSet(demo))
        window.openDemoEvent();
    return app.exec();
}
