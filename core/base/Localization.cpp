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

// Qt's own Spanish is Spain's: its dialogs say "fichero" where Peru, and
// the rest of the program, say "archivo". This translator answers with
// Qt's Spanish and those few words in Peru's; installed after Qt's, it is
// asked first.
class PeruvianQtTranslator : public QTranslator
{
public:
    explicit PeruvianQtTranslator(QObject *parent) : QTranslator(parent) {}
    bool loadQt(const QLocale &locale)
    {
        return m_spain.load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    bool isEmpty() const override { return m_spain.isEmpty(); }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        QString text = m_spain.translate(context, sourceText, disambiguation, n);
        if (text.isEmpty() || !text.contains(u"icher"_s, Qt::CaseInsensitive))
            return text;
        static const std::pair<QString, QString> words[] = {
            {u"ficheros"_s, u"archivos"_s}, {u"Ficheros"_s, u"Archivos"_s}, {u"FICHEROS"_s, u"ARCHIVOS"_s},
            {u"fichero"_s, u"archivo"_s},   {u"Fichero"_s, u"Archivo"_s},   {u"FICHERO"_s, u"ARCHIVO"_s},
        };
        for (const auto &[spain, peru] : words)
            text.replace(spain, peru);
        return text;
    }

private:
    QTranslator m_spain;
};

} // namespace

QTranslator *qtTranslatorForPeru(QObject *parent)
{
    auto *qt = new PeruvianQtTranslator(parent);
    if (!qt->loadQt(QLocale(QLocale::Spanish, QLocale::Peru))) {
        delete qt;
        return nullptr;
    }
    return qt;
}

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
    // Qt's own dialogs and buttons ("Cancel", the print dialog) in Spanish
    // too, Peru's words for a file.
    if (QTranslator *qt = qtTranslatorForPeru(&app))
        app.installTranslator(qt);
}

} // namespace taller
