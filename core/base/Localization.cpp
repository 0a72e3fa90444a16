#include "base/Localization.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

bool systemAsksForEnglish()
{
    const QStringList languages = QLocale::system().uiLanguages();
    return !languages.isEmpty() && languages.first().startsWith(u"en"_s);
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    if (systemAsksForEnglish()) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        return;
    }
    const QLocale spanish(QLocale::Spanish, QLocale::Peru);
    QLocale::setDefault(spanish);

    auto *ours = new QTranslator(&app);
    if (ours->load(spanish, u"taller-abierto"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(ours);
    // Qt's own dialogs and buttons ("Cancel", the print dialog) in Spanish too.
    auto *qt = new QTranslator(&app);
    if (qt->load(spanish, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
}

} // namespace taller
