#pragma once

class QCoreApplication;

namespace taller {

// Spanish unless the system asks for English: the people at the registration
// desk read Spanish, whatever the laptop was set up with.
void installTranslations(QCoreApplication &app);

} // namespace taller
