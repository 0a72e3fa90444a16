#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time, with no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Messages are asserted in English; the CLIs the tests start inherit this.
    // Tests of the Spanish text ask for it explicitly.
    qputenv("LC_ALL", "en_GB.UTF-8");
    qputenv("LANGUAGE", "en");
    // Backups and the demo event go to a data folder of the test run's own,
    // for this process and the CLIs it starts.
    QTemporaryDir data;
    qputenv("XDG_DATA_HOME", data.path().toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", QByteArray("/tmp/runtime-taller-tests"));
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Taller Abierto Tests"));
    QApplication::setApplicationName(QStringLiteral("taller-tests"));
    return Catch::Session().run(argc, argv);
}
