#pragma once

class QCoreApplication;
class QObject;
class QTranslator;

namespace taller {

// Spanish unless the system asks for English: the people at the registration
// desk read Spanish, whatever the laptop was set up with.
void installTranslations(QCoreApplication &app);

// Qt's own Spanish (its file and print dialogs) with Peru's words: "archivo",
// never "fichero". Nothing when Qt's Spanish is not installed.
QTranslator *qtTranslatorForPeru(QObject *parent);

} // namespace taller
