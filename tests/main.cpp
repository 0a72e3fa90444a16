#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>

int main(int argc, char *argv[])
{
    // catch_discover_tests runs this binary at build time, with no display.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Taller Abierto Tests"));
    QApplication::setApplicationName(QStringLiteral("taller-tests"));
    return Catch::Session().run(argc, argv);
}
