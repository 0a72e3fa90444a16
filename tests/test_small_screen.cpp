// The whole window on a 1024×600 laptop, in Spanish (the longer words): no
// page may widen the window past the screen or ask for more than it has.
#include "TestSupport.h"

#include "EventDocument.h"
#include "MainWindow.h"
#include "MeetingService.h"
#include "MesasService.h"
#include "ProcessService.h"
#include "EventSession.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStackedWidget>
#include <QTest>
#include <QTranslator>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// The program's Spanish for the scope of a test, as a desk in Peru reads it.
struct InSpanish
{
    QTranslator ours;
    QLocale before = QLocale();
    InSpanish()
    {
        REQUIRE(ours.load(QLocale(QLocale::Spanish, QLocale::Peru), u"taller-abierto"_s, u"_"_s, u":/i18n"_s));
        QCoreApplication::installTranslator(&ours);
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Peru));
    }
    ~InSpanish()
    {
        QCoreApplication::removeTranslator(&ours);
        QLocale::setDefault(before);
    }
};

} // namespace

TEST_CASE("Every page of the window fits a 1024×600 screen, in Spanish, with the sections list shown",
          "[widgets][smallscreen]")
{
    InSpanish spanish;
    QTemporaryDir dir;
    const QString path = dir.filePath(u"small.taller"_s);
    {
        auto session = test::newEventSession(path, 20);
        REQUIRE(ProcessService(*session).start().ok());
        Meeting meeting;
        meeting.title = u"Reunión con la Gerencia Regional de Desarrollo Económico"_s;
        meeting.date = QDate(2026, 12, 4);
        REQUIRE(MeetingService(*session).addMeeting(meeting).ok());
        // Titles as long as a mesa writes them: they fill every list and
        // choice that names a commitment.
        MesasService mesas(*session);
        for (const QString code : {u"M1"_s, u"M1"_s, u"M2"_s}) {
            Commitment c = test::commitmentInFull(code,
                u"Implementar un portal regional de datos abiertos con los contratos, las obras y los presupuestos "
                "participativos de todas las municipalidades provinciales"_s);
            c.status = CommitmentStatus::Presented;
            REQUIRE(mesas.saveCommitment(c).ok());
        }
    }
    MainWindow window;
    REQUIRE(window.openEvent(path));
    const QSize screen(1024, 600);
    window.resize(screen);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));

    const auto sections = window.findChildren<QStackedWidget *>();
    REQUIRE_FALSE(sections.isEmpty());
    for (int i = 0; i < PageCount; ++i) {
        INFO("page " << i);
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QApplication::processEvents();
        window.resize(screen);
        QApplication::processEvents();
        CHECK(window.width() <= screen.width());
        CHECK(window.height() <= screen.height());
        const QSize least = window.minimumSizeHint().expandedTo(window.minimumSize());
        CHECK(least.width() <= screen.width());
        CHECK(least.height() <= screen.height());
        // The page shown, whatever it asks for.
        for (QStackedWidget *stack : sections) {
            if (QWidget *page = stack->currentWidget()) {
                INFO(page->metaObject()->className() << " asks for " << page->minimumSizeHint().width() << "×"
                                                     << page->minimumSizeHint().height());
                CHECK(page->minimumSizeHint().width() <= screen.width());
                CHECK(page->minimumSizeHint().height() <= screen.height());
            }
        }
    }
}
