// The day's flows driven as a person drives them: real widgets, offscreen,
// keys sent to whatever has the focus, outcomes read back from the file.
#include "TestSupport.h"

#include "base/Text.h"

#include "EventDocument.h"
#include "RegistrationService.h"
#include "registration/AttendeeRepository.h"
#include "registration/RegistrationPage.h"
#include "registration/AttendanceDocument.h"
#include "mesas/MesaMembersPanel.h"
#include "MesasService.h"
#include "MainWindow.h"
#include "PlenaryService.h"
#include "ActaService.h"
#include "acta/ActaPage.h"
#include "agenda/ProjectorWindow.h"
#include "ProgrammeService.h"
#include "mesas/CommitmentEditor.h"
#include "mesas/MesaCommitmentsPanel.h"
#include "plenary/PlenaryPage.h"
#include "MeetingService.h"
#include "FileDialogs.h"
#include "meetings/MeetingsPage.h"
#include "meetings/FollowUpPage.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QPushButton>
#include <QRegularExpression>
#include <QMessageBox>
#include <QTableWidget>
#include <QTabBar>
#include <QListWidget>
#include <QUndoStack>
#include <QTest>
#include <QTimer>

#include <functional>
#include <iostream>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// Keys as a person presses them: to the widget that has the focus now.
struct Keyboard
{
    int presses = 0; // keys beyond the typing of names and numbers

    static QWidget *focus()
    {
        // An open popup (a completer's list) has the keyboard.
        if (QWidget *popup = QApplication::activePopupWidget())
            return popup;
        // Keys go to the focused widget, or to the active window itself
        // when nothing in it takes focus (the projector).
        QWidget *w = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        REQUIRE(w != nullptr);
        return w;
    }
    void type(const QString &text)
    {
        for (QChar c : text) {
            // A Spanish keyboard has ñ and the accented vowels of its own.
            if (c.unicode() < 128)
                QTest::keyClick(focus(), char(c.unicode()));
            else
                QTest::sendKeyEvent(QTest::Click, focus(), Qt::Key(QChar(c).toUpper().unicode()), QString(c), Qt::NoModifier);
        }
    }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++presses;
        QTest::keyClick(focus(), key, modifiers);
    }
    // What a person does to find someone, and a barcode reader to send a
    // document: the text, then Enter.
    void enter(const QString &text)
    {
        type(text);
        press(Qt::Key_Return);
    }
};

Attendee person(const QString &given, const QString &surnames, const QString &document, Sector sector)
{
    return test::person(given, surnames, document, u"Colectivo de ejemplo"_s, sector);
}

// What find(session) finds in the file on disk, read through a connection
// of its own; the test fails when it finds nothing.
template <typename Find>
auto foundOnDisk(const QString &path, Find find)
{
    auto other = EventSession::open(path);
    REQUIRE(other.ok());
    auto found = find(**other);
    REQUIRE(found.ok());
    REQUIRE(found->has_value());
    return **found;
}

// The person with this document as the file on disk has them.
Attendee onDisk(const QString &path, const QString &document)
{
    return foundOnDisk(path, [&](EventSession &session) { return RegistrationService(session).findByDocument(document); });
}

// The dialog just opened has the keyboard, as it has for a person.
bool dialogReady()
{
    // (The offscreen platform has no window manager to hand it over.)
    QWidget *dialog = QApplication::activeModalWidget();
    if (!dialog)
        return false;
    QApplication::setActiveWindow(dialog);
    return QTest::qWaitForWindowActive(dialog) && dialog->isAncestorOf(QApplication::focusWidget());
}

// What a person does in the dialog that opens next, done once it has the
// keyboard; called before the key or click that opens it, which waits for
// the dialog to close.
void inNextDialog(std::function<void()> actions)
{
    QTimer::singleShot(0, [actions = std::move(actions)] {
        REQUIRE(dialogReady());
        actions();
    });
}


// The child of parent that a screen reader announces as name.
template <typename Widget> Widget *named(const QWidget &parent, const QString &name)
{
    for (Widget *child : parent.findChildren<Widget *>()) {
        if (child->accessibleName() == name)
            return child;
    }
    FAIL("no " << Widget::staticMetaObject.className() << " named " << name.toStdString());
    return nullptr;
}

// A meeting of the process, added through the document's session; its id.
qint64 addMeeting(EventDocument &document, const QString &title, QDate date)
{
    Meeting meeting;
    meeting.title = title;
    meeting.date = date;
    auto id = MeetingService(document.session()).addMeeting(meeting);
    REQUIRE(id.ok());
    return *id;
}

struct Desk
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"desk.taller"_s);
    std::unique_ptr<EventDocument> document;
    RegistrationPage page;

    explicit Desk(int samples = 0, QList<Attendee> people = {})
    {
        auto session = test::newEventSession(path, samples);
        if (!people.isEmpty())
            REQUIRE(AttendeeRepository(session->file()).addAll(people).ok());
        document = std::make_unique<EventDocument>(std::move(session));
        document->setCurrentPage(Page::Registration);
        page.setDocument(document.get());
        test::showActive(page, {1024, 560});
        page.focusSearch();
    }
    QLineEdit *search() const { return named<QLineEdit>(page, RegistrationPage::tr("Find attendee")); }
    QTableView *results() const { return page.findChild<QTableView *>(); }
};

const QList<Attendee> fewPeople{
    person(u"Inés"_s, u"Acuña Ríos"_s, u"40111222"_s, Sector::CivilSociety),
    person(u"Héctor"_s, u"Muñoz Peña"_s, u"40222333"_s, Sector::Academia),
    person(u"Héctor"_s, u"Vásquez Muñoz"_s, u"40333444"_s, Sector::Business),
    person(u"Rocío"_s, u"Cabrera Ayala"_s, u"40444555"_s, Sector::PublicSector),
};

// The desk of most tests: four people on the list, a keyboard in hand.
struct FewPeopleDesk
{
    Desk desk{0, fewPeople};
    Keyboard keys;
};

} // namespace

TEST_CASE_METHOD(FewPeopleDesk, "Desk: a name typed or a document scanned and Enter checks the person in, the focus stays in the search field",
                 "[widgets][desk]")
{
    const auto [typed, document, surnames] = GENERATE(table<QString, QString, QString>({
        {u"acuña"_s, u"40111222"_s, u"Acuña Ríos"_s},
        {u"40444555"_s, u"40444555"_s, u"Cabrera Ayala"_s},
    }));
    keys.enter(typed);
    CHECK(onDisk(desk.path, document).isCheckedIn());
    CHECK(QApplication::focusWidget() == desk.search());
    CHECK(desk.search()->text().isEmpty());
    CHECK(desk.page.bannerText().contains(surnames));
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: Ctrl+U undoes the last check-in with the focus in the search field", "[widgets][desk]")
{
    keys.enter(u"cabrera"_s);
    REQUIRE(onDisk(desk.path, u"40444555"_s).isCheckedIn());
    REQUIRE(QApplication::focusWidget() == desk.search());
    keys.type(u"mu"_s); // the next person half typed: Ctrl+U must not just clear it
    keys.press(Qt::Key_U, Qt::ControlModifier);
    CHECK_FALSE(onDisk(desk.path, u"40444555"_s).isCheckedIn());
    CHECK(desk.page.bannerText().contains(u"Cabrera Ayala"_s));
    CHECK(QApplication::focusWidget() == desk.search());
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: after a check-in by double click, typing goes to the search field", "[widgets][desk]")
{
    keys.type(u"héctor"_s);
    QTableView *view = desk.results();
    REQUIRE(view->model()->rowCount() == 2);
    const QRect second = view->visualRect(view->model()->index(1, 0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, second.center());
    CHECK(QApplication::focusWidget() == desk.search());
    keys.type(u"rocío"_s);
    CHECK(desk.search()->text() == u"rocío"_s);
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: with nothing typed the list shows who has not arrived yet", "[widgets][desk]")
{
    REQUIRE(desk.results()->model()->rowCount() == 4);
    keys.enter(u"40111222"_s);
    QCoreApplication::processEvents();
    CHECK(desk.results()->model()->rowCount() == 3);
    // ↓ and Enter on the empty search checks in the highlighted person.
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Return);
    CHECK(onDisk(desk.path, u"40444555"_s).isCheckedIn()); // Cabrera, first by surname
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: the confirmation fades after a few seconds", "[widgets][desk]")
{
    keys.enter(u"cabrera"_s);
    CHECK_FALSE(desk.page.bannerFaded());
    QTest::qWait(6500);
    CHECK(desk.page.bannerFaded());
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: F2 registers a walk-in with name, surnames, document and sector in at most 12 keystrokes", "[widgets][desk]")
{
    keys.type(u"Zoila Tapia Llanos"_s);
    bool dialogDriven = false;
    inNextDialog([&] {
        keys.type(u"41234567"_s); // the focus waits in the document field
        keys.press(Qt::Key_Tab);  // to the sector
        keys.press(Qt::Key_Down); // the first sector: civil society
        keys.press(Qt::Key_Return);
        dialogDriven = true;
        if (QWidget *still = QApplication::activeModalWidget()) {
            std::cout << "dialog still open; focus on " << QApplication::focusWidget()->metaObject()->className() << std::endl;
            for (QLabel *l : still->findChildren<QLabel *>())
                if (l->isVisible())
                    std::cout << l->text().toStdString() << std::endl;
            still->close();
        }
    });
    keys.press(Qt::Key_F2);
    REQUIRE(dialogDriven);
    const Attendee walkIn = onDisk(desk.path, u"41234567"_s);
    CHECK(walkIn.givenNames == u"Zoila"_s);
    CHECK(walkIn.surnames == u"Tapia Llanos"_s);
    CHECK(walkIn.sector == Sector::CivilSociety);
    CHECK(walkIn.walkIn);
    CHECK(walkIn.isCheckedIn());
    CHECK(keys.presses <= 12);
    std::cout << "walk-in: " << keys.presses << " keystrokes beyond the typing" << std::endl;
    QApplication::setActiveWindow(&desk.page); // what the window manager does when the dialog closes
    CHECK(QApplication::focusWidget() == desk.search());
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: a walk-in's sector is chosen, never assumed", "[widgets][desk]")
{
    keys.type(u"Zoila Tapia"_s);
    bool refused = false;
    inNextDialog([&] {
        QWidget *dialog = QApplication::activeModalWidget();
        keys.type(u"41234567"_s);
        keys.press(Qt::Key_Return); // no sector chosen: the dialog stays
        refused = QApplication::activeModalWidget() == dialog
                  && qobject_cast<QComboBox *>(QApplication::focusWidget()) != nullptr;
        keys.press(Qt::Key_Escape);
    });
    keys.press(Qt::Key_F2);
    CHECK(refused);
    auto other = EventSession::open(desk.path);
    REQUIRE(other.ok());
    CHECK_FALSE(RegistrationService(**other).findByDocument(u"41234567"_s)->has_value());
}

TEST_CASE_METHOD(FewPeopleDesk, "Desk: a person's details corrected with Ctrl+E, and Ctrl+Z puts them back", "[widgets][desk]")
{
    keys.type(u"cabrera"_s);
    inNextDialog([&] {
        keys.type(u"Rocío del Pilar"_s); // the given names are selected
        keys.press(Qt::Key_Return);
    });
    keys.press(Qt::Key_E, Qt::ControlModifier);
    CHECK(onDisk(desk.path, u"40444555"_s).givenNames == u"Rocío del Pilar"_s);
    desk.document->undoStack(Page::Registration)->undo();
    CHECK(onDisk(desk.path, u"40444555"_s).givenNames == u"Rocío"_s);
}

TEST_CASE("Desk: the counter counts against the list", "[widgets][desk]")
{
    Desk desk(0, fewPeople);
    desk.document->setEventField(EventField::ExpectedParticipants, 50);
    Keyboard keys;
    keys.enter(u"40111222"_s);
    QCoreApplication::processEvents(); // the counts follow once the key is handled
    QStringList labels;
    for (QLabel *label : desk.page.findChildren<QLabel *>())
        labels.append(label->text());
    CHECK(labels.contains(u"1 of 4"_s));
    CHECK_FALSE(labels.contains(u"1 of 50"_s));
}

TEST_CASE("Desk: search ranks surname starts first and forgives a typo", "[widgets][desk][search]")
{
    Desk desk(0, fewPeople);
    RegistrationService service(desk.document->session());
    auto munoz = service.search(u"munoz"_s);
    REQUIRE(munoz.ok());
    REQUIRE(munoz->size() == 2);
    CHECK(munoz->at(0).surnames == u"Muñoz Peña"_s);
    CHECK(munoz->at(1).surnames == u"Vásquez Muñoz"_s);
    auto typo = service.search(u"Inez Akuña"_s);
    INFO(typo.errorMessage().toStdString());
    REQUIRE(typo.ok());
    REQUIRE_FALSE(typo->isEmpty());
    CHECK(typo->first().documentNumber == u"40111222"_s);
    auto nobody = service.search(u"Zzyzx"_s);
    REQUIRE(nobody.ok());
    CHECK(nobody->isEmpty());
}

TEST_CASE("Desk: from the first key of a name to the check-in on disk at 5,000 attendees", "[widgets][desk][perf]")
{
    Desk desk(5000);
    auto everyone = RegistrationService(desk.document->session()).attendees();
    REQUIRE(everyone.ok());
    // People whose full name is nobody else's, as the desk would type it.
    QHash<QString, int> names;
    for (const Attendee &a : std::as_const(*everyone))
        ++names[foldForMatching(a.surnames + u' ' + a.givenNames)];
    QList<Attendee> targets;
    for (qsizetype i = everyone->size() / 3; i < everyone->size() && targets.size() < 7; i += 97) {
        const Attendee &a = everyone->at(i);
        if (names.value(foldForMatching(a.surnames + u' ' + a.givenNames)) == 1 && !a.givenNames.contains(u' '))
            targets.append(a);
    }
    REQUIRE(targets.size() == 7);
    Keyboard keys;
    QList<qint64> times;
    for (const Attendee &target : std::as_const(targets)) {
        const QString typed = target.surnames + u' ' + target.givenNames;
        QElapsedTimer clock;
        clock.start();
        keys.enter(typed);
        times.append(clock.elapsed());
        QCoreApplication::processEvents(); // the list and the counts follow
        CHECK(onDisk(desk.path, target.documentNumber).isCheckedIn());
    }
    std::sort(times.begin(), times.end());
    std::cout << "desk at 5,000 attendees, a full name (about 20 keys) and Enter to the check-in on disk: median "
              << times.at(times.size() / 2) << " ms, slowest " << times.last() << " ms" << std::endl;
    CHECK(times.at(times.size() / 2) < 50);
}

TEST_CASE("Mesas: in the search for whom to seat, ↓ and Enter seat the highlighted person and say who moved where",
          "[widgets][mesas]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"mesas.taller"_s);
    auto session = test::newEventSession(path);
    QList<Attendee> people = fewPeople;
    REQUIRE(AttendeeRepository(session->file()).addAll(people).ok());
    EventDocument document(std::move(session));
    document.setCurrentPage(Page::Mesas);
    auto mesaId = [&](const QString &code) {
        for (const Mesa &m : document.mesas())
            if (m.code == code)
                return m.id;
        FAIL("no mesa " << code.toStdString());
        return qint64(0);
    };
    document.seat(people.at(1).id, mesaId(u"M2"_s), u"seat"_s);
    document.seat(people.at(2).id, mesaId(u"M1"_s), u"seat"_s);

    MesaMembersPanel panel;
    panel.setDocument(&document);
    panel.setMesa(mesaId(u"M3"_s));
    test::showActive(panel, {1000, 500});
    named<QLineEdit>(panel, MesaMembersPanel::tr("Find a person to seat here"))->setFocus();

    Keyboard keys;
    keys.type(u"hector"_s);
    auto *candidates = panel.findChildren<QTableWidget *>().last();
    REQUIRE(candidates->rowCount() == 2);
    const qint64 first = candidates->item(0, 0)->data(Qt::UserRole).toLongLong();
    const qint64 second = candidates->item(1, 0)->data(Qt::UserRole).toLongLong();
    const QString secondName = candidates->item(1, 0)->text();
    const QString secondWas = second == people.at(1).id ? u"M2"_s : u"M1"_s;
    const QString firstWas = first == people.at(1).id ? u"M2"_s : u"M1"_s;
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_Return);

    auto other = EventSession::open(path);
    REQUIRE(other.ok());
    const auto seating = MesasService(**other).seating();
    REQUIRE(seating.ok());
    CHECK(seating->value(second) == mesaId(u"M3"_s));
    CHECK(seating->value(first) == mesaId(firstWas));
    CHECK(panel.outcomeText().contains(secondName));
    CHECK(panel.outcomeText().contains(MesaMembersPanel::tr("%1 moved from %2 to %3.").arg(secondName, secondWas, u"M3"_s)));

    // Its undo is on the Mesas page's own list, first in line.
    REQUIRE(document.undoStack(Page::Mesas)->canUndo());
    document.undoStack(Page::Mesas)->undo();
    auto again = MesasService(**other).seating();
    CHECK(again->value(second) == mesaId(secondWas));
}

namespace {

// A commitment its mesa has presented to the plenary.
Commitment presented(const QString &mesa, const QString &title)
{
    Commitment c = test::commitmentInFull(mesa, title);
    c.status = CommitmentStatus::Presented;
    return c;
}

struct Window
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"window.taller"_s);
    std::unique_ptr<MainWindow> window;
    qint64 first = 0, second = 0, other = 0;

    Window()
    {
        {
            auto session = test::newEventSession(path, 20);
            MesasService mesas(*session);
            first = mesas.saveCommitment(presented(u"M1"_s, u"Portal de datos abiertos"_s))->id;
            second = mesas.saveCommitment(presented(u"M1"_s, u"Catálogo de datos regionales"_s))->id;
            other = mesas.saveCommitment(presented(u"M2"_s, u"Audiencias públicas"_s))->id;
        }
        window = std::make_unique<MainWindow>();
        REQUIRE(window->openEvent(path));
        test::showActive(*window, {1366, 768});
    }
    Commitment stored(qint64 id) const
    {
        return foundOnDisk(path, [id](EventSession &session) { return MesasService(session).commitment(id); });
    }
};

} // namespace

TEST_CASE("Mesas: a new commitment stays in hand after its title is saved: the next field typed lands in it",
          "[widgets][mesas]")
{
    Window w;
    Keyboard keys;
    keys.press(Qt::Key_4, Qt::ControlModifier);
    keys.press(Qt::Key_C, Qt::AltModifier); // the Commitments tab of M1
    auto *panel = w.window->findChild<MesaCommitmentsPanel *>();
    REQUIRE(panel->isVisible());
    QTest::mouseClick(test::buttonNamed(panel, MesaCommitmentsPanel::tr("&New commitment")), Qt::LeftButton);
    keys.type(u"Compras publicadas"_s);
    auto fieldOf = [&](const QString &label) {
        for (QLabel *l : panel->findChildren<QLabel *>())
            if (l->text() == label && l->buddy())
                return l->buddy();
        FAIL("no field " << label.toStdString());
        return static_cast<QWidget *>(nullptr);
    };
    // Leaving the title saves it, and the mesa's list is reloaded.
    fieldOf(CommitmentEditor::tr("I&ndicator:"))->setFocus();
    QCoreApplication::processEvents();
    keys.type(u"Contratos publicados por mes"_s);
    fieldOf(CommitmentEditor::tr("&Title:"))->setFocus();
    QCoreApplication::processEvents();

    auto all = MesasService(w.window->findChild<MesaCommitmentsPanel *>()->document()->session()).commitments();
    REQUIRE(all);
    int found = 0;
    for (const Commitment &c : std::as_const(*all)) {
        if (c.title == u"Compras publicadas"_s) {
            ++found;
            CHECK(c.indicator == u"Contratos publicados por mes"_s);
        } else {
            CHECK(c.indicator != u"Contratos publicados por mes"_s);
        }
    }
    CHECK(found == 1);
}

TEST_CASE("Plenary: a merge chooses its target (never itself), names it, and Ctrl+Z undoes it", "[widgets][plenary]")
{
    Window w;
    Keyboard keys;
    keys.press(Qt::Key_5, Qt::ControlModifier);
    auto *page = w.window->findChild<PlenaryPage *>();
    REQUIRE(page->isVisible());
    auto *commitments = named<QListWidget>(*page, PlenaryPage::tr("Commitments of the mesa"));
    REQUIRE(commitments->count() == 2);
    // The first commitment of M1 is selected; the merge list offers the two
    // others, and nothing is chosen for the plenary.
    auto *mergeInto = named<QComboBox>(*page, PlenaryPage::tr("Commitment to merge into"));
    REQUIRE(mergeInto->currentData().toLongLong() == 0);
    QStringList offered;
    for (int i = 0; i < mergeInto->count(); ++i)
        offered.append(mergeInto->itemText(i));
    CHECK_FALSE(offered.contains(u"M1 · Portal de datos abiertos"_s));
    CHECK(offered.contains(u"M1 · Catálogo de datos regionales"_s));

    mergeInto->setFocus();
    keys.press(Qt::Key_Down); // the first real target: the catalogue
    REQUIRE(mergeInto->currentData().toLongLong() == w.second);
    QTest::mouseClick(test::buttonNamed(page, PlenaryPage::tr("&Merge into:")), Qt::LeftButton);
    Commitment merged = w.stored(w.first);
    CHECK(merged.status == CommitmentStatus::Merged);
    CHECK(merged.mergedInto == w.second);
    CHECK(commitments->item(0)->text().contains(u"→ M1 · Catálogo de datos regionales"_s));
    CHECK(page->lastOutcome().contains(u"Catálogo de datos regionales"_s));

    keys.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(w.stored(w.first).status == CommitmentStatus::Presented);
    CHECK_FALSE(w.stored(w.first).mergedInto.has_value());
}

TEST_CASE("Plenary: starting M3's turn keeps the order of presentation", "[widgets][plenary]")
{
    Window w;
    EventDocument *document = w.window->document();
    PlenaryService plenary(document->session());
    auto codes = [&] {
        QStringList order;
        const auto turns = plenary.turns();
        REQUIRE(turns.ok());
        for (const auto &turn : *turns)
            order.append(turn.mesa.code);
        return order;
    };
    const QStringList before = codes();
    qint64 m3 = 0;
    for (const Mesa &m : document->mesas())
        if (m.code == u"M3"_s)
            m3 = m.id;
    REQUIRE(plenary.startTurn(m3).ok());
    CHECK(codes() == before);
}

namespace {

// Answers every confirmation that opens with its "Yes", as the facilitator
// would after reading it; counts them.
struct ConfirmEverything
{
    QTimer timer;
    int answered = 0;
    ConfirmEverything()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                if (QAbstractButton *yes = box->button(QMessageBox::Yes)) {
                    ++answered;
                    yes->click();
                }
            }
        });
        timer.start();
    }
};

} // namespace

TEST_CASE("Acta: closed for signature after a warning on what is not measurable, then signed on paper", "[widgets][acta]")
{
    Window w;
    {
        auto session = EventSession::open(w.path);
        REQUIRE(session.ok());
        PlenaryService plenary(**session);
        REQUIRE(plenary.decide(w.first, {CommitmentStatus::Approved, std::nullopt, u"Aprobado por consenso"_s}).ok());
        Commitment vague = w.stored(w.other);
        vague.indicator.clear();
        REQUIRE(MesasService(**session).saveCommitment(vague).ok());
        REQUIRE(plenary.decide(w.other, {CommitmentStatus::Approved, std::nullopt, {}}).ok());
        Signatory s;
        s.name = u"Rocío Cabrera Ayala"_s;
        s.document = u"40444555"_s;
        s.side = SignatorySide::CivilSociety;
        REQUIRE(ActaService(**session).addSignatory(s).ok());
    }
    w.window->document()->pollExternalChanges();
    Keyboard keys;
    keys.press(Qt::Key_6, Qt::ControlModifier);
    auto *page = w.window->findChild<ActaPage *>();
    REQUIRE(page->isVisible());

    ConfirmEverything confirm;
    QTest::mouseClick(test::buttonNamed(page, ActaPage::tr("&Close for signature…")), Qt::LeftButton);
    CHECK(confirm.answered == 2); // the unmeasurable commitment, then the closing itself
    {
        auto session = EventSession::open(w.path);
        REQUIRE(session.ok());
        CHECK(*ActaService(**session).status() == ActaStatus::Closed);
    }

    auto *signatories = page->findChild<QTableWidget *>();
    REQUIRE(signatories->rowCount() == 1);
    signatories->setCurrentCell(0, 0);
    QTest::mouseClick(test::buttonNamed(page, ActaPage::tr("Signed on &paper")), Qt::LeftButton);
    auto session = EventSession::open(w.path);
    REQUIRE(session.ok());
    const ActaService actas(**session);
    const auto version = actas.current();
    REQUIRE(version.ok());
    const auto signers = actas.signatories(version->version);
    REQUIRE(signers.ok());
    REQUIRE(signers->size() == 1);
    CHECK(signers->first().hasSigned());
    CHECK(signers->first().signatureKind == SignatureKind::Paper);
    CHECK(*actas.status() == ActaStatus::Signed);

    // On the plenary page the signed commitment reads as frozen.
    w.window->document()->pollExternalChanges();
    QApplication::setActiveWindow(w.window.get()); // what the window manager does after the dialogs
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    keys.press(Qt::Key_5, Qt::ControlModifier);
    auto *plenary = w.window->findChild<PlenaryPage *>();
    REQUIRE(plenary->isVisible());
    auto *editor = plenary->findChild<CommitmentEditor *>();
    REQUIRE(editor);
    CHECK(editor->findChildren<QLineEdit *>().first()->isReadOnly());

    // The printed acta: the preamble opens it, the participants follow.
    auto printed = actas.document();
    REQUIRE(printed.ok());
    const QString pdf = w.dir.filePath(u"acta.pdf"_s);
    REQUIRE(printed->writePdf(pdf).ok());
    const QString text = test::pdfText(pdf);
    const auto content = actas.content(version->version);
    REQUIRE(content.ok());
    REQUIRE_FALSE(content->preamble.trimmed().isEmpty());
    const QString preambleStart = content->preamble.simplified().left(30);
    const QString flat = text.simplified();
    REQUIRE(flat.contains(preambleStart));
    CHECK(flat.indexOf(preambleStart) < flat.indexOf(u"Participants"_s));
}

TEST_CASE("Acta: a signatory picked from the attendees by typing part of the name", "[widgets][acta]")
{
    Window w;
    auto everyone = RegistrationService(w.window->document()->session()).attendees();
    REQUIRE(everyone.ok());
    const Attendee person = everyone->first();
    Keyboard keys;
    keys.press(Qt::Key_6, Qt::ControlModifier);
    auto *page = w.window->findChild<ActaPage *>();
    bool picked = false;
    inNextDialog([&] {
        keys.type(person.documentNumber.left(6)); // the desk's search finds by document too
        QTest::qWait(50);
        keys.press(Qt::Key_Down);   // the first suggestion
        keys.press(Qt::Key_Return); // taken
        QCoreApplication::processEvents();
        picked = true;
        keys.press(Qt::Key_Return); // the dialog's OK
    });
    QTest::mouseClick(test::buttonNamed(page, ActaPage::tr("&Add…")), Qt::LeftButton);
    REQUIRE(picked);
    auto session = EventSession::open(w.path);
    REQUIRE(session.ok());
    const ActaService actas(**session);
    const auto signers = actas.signatories(actas.current()->version);
    REQUIRE(signers.ok());
    REQUIRE(signers->size() == 1);
    CHECK(signers->first().name == person.fullName());
    CHECK(signers->first().document == person.documentNumber);
    CHECK(signers->first().organisation == person.organisation);
}

TEST_CASE("Projector: full screen, it obeys F8 and a clicker's PageDown and → and shows the audience no delay",
          "[widgets][projector]")
{
    Window w;
    Keyboard keys;
    keys.press(Qt::Key_2, Qt::ControlModifier);
    keys.press(Qt::Key_F5);
    auto *projector = qobject_cast<ProjectorWindow *>(QApplication::topLevelWidgets().isEmpty() ? nullptr : [] {
        for (QWidget *top : QApplication::topLevelWidgets())
            if (qobject_cast<ProjectorWindow *>(top) && top->isVisible())
                return top;
        return static_cast<QWidget *>(nullptr);
    }());
    REQUIRE(projector);
    // On a single mirrored screen the projector has the keyboard.
    QApplication::setActiveWindow(projector);
    REQUIRE(QTest::qWaitForWindowActive(projector));
    auto actual = [&](int item) {
        auto session = EventSession::open(w.path);
        REQUIRE(session.ok());
        return ProgrammeService(**session).agenda()->at(item);
    };
    keys.press(Qt::Key_F8); // start the day
    CHECK(actual(0).actualStart.isValid());
    keys.press(Qt::Key_PageDown); // the clicker: next activity
    CHECK(actual(1).actualStart.isValid());
    keys.press(Qt::Key_Right);
    CHECK(actual(2).actualStart.isValid());
    for (QLabel *label : projector->findChildren<QLabel *>()) {
        CHECK_FALSE(label->text().contains(u"behind"_s));
        CHECK_FALSE(label->text().contains(u"ahead"_s));
    }
    projector->close();
}

TEST_CASE("The attendance sheet never ends with a page of one or two blank rows", "[attendance]")
{
    QTemporaryDir dir;
    EventDetails details;
    details.title = u"Taller de prueba"_s;
    int spilled = 0;
    for (int n = 10; n <= 40; ++n) {
        QList<Attendee> people;
        for (int i = 0; i < n; ++i)
            people.append(person(u"Ana"_s, u"Pérez %1"_s.arg(i), QString::number(40000000 + i), Sector::Academia));
        const QString pdf = dir.filePath(u"sheet-%1.pdf"_s.arg(n));
        REQUIRE(AttendanceDocument::build(details, people, 10).writePdf(pdf).ok());
        const QString bare = dir.filePath(u"bare-%1.pdf"_s.arg(n));
        REQUIRE(AttendanceDocument::build(details, people, 0).writePdf(bare).ok());
        const QStringList pages = test::pdfText(pdf).split(u'\f');
        if (test::pdfPageCount(pdf) == test::pdfPageCount(bare))
            continue;
        // A page of its own for the spare rows holds at least half of them.
        ++spilled;
        const QString last = pages.at(pages.size() - 2);
        INFO(n << " attendees, last page: " << last.toStdString());
        for (int row = n + 6; row <= n + 10; ++row)
            CHECK(last.contains(QRegularExpression(u"(^|\\s)%1(\\s|$)"_s.arg(row))));
    }
    CHECK(spilled > 0); // the case was met
}

TEST_CASE("Meetings: the desk checks people in at the meeting chosen, not at the workshop", "[widgets][meetings]")
{
    Desk desk(0, fewPeople);
    const qint64 meeting =
        addMeeting(*desk.document, u"Reunión con la Gerencia Regional de Salud"_s, QDate(2016, 9, 12));
    desk.document->setMeeting({meeting});
    desk.page.focusSearch();
    Keyboard keys;
    keys.enter(u"acuña"_s);
    auto other = EventSession::open(desk.path);
    REQUIRE(other.ok());
    auto atMeeting = RegistrationService(**other, {meeting}).findByDocument(u"40111222"_s);
    auto atWorkshop = RegistrationService(**other).findByDocument(u"40111222"_s);
    REQUIRE((atMeeting.ok() && atMeeting->has_value() && atWorkshop.ok() && atWorkshop->has_value()));
    CHECK((*atMeeting)->isCheckedIn());
    CHECK_FALSE((*atWorkshop)->isCheckedIn());
    CHECK(desk.page.findChildren<QLabel *>().constFirst()->text().contains(u"Reunión con la Gerencia"_s));
    // Who has not come yet is counted at that meeting too.
    bool counted = false;
    for (QLabel *label : desk.page.findChildren<QLabel *>())
        counted = counted || label->text().contains(u"Not arrived yet: 3."_s);
    CHECK(counted);
}

namespace {

// A window's document on a new event with one meeting of the process, for
// the pages of its minutes and their follow-up.
struct MeetingOnRecord
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"reunion.taller"_s);
    EventDocument document{test::newEventSession(path)};
    qint64 meeting = addMeeting(document, u"Reunión Mesa de Gobierno Abierto"_s, QDate(2018, 6, 13));

    // The meeting's agreements as the file on disk has them, read through a
    // connection of its own.
    QList<Agreement> agreementsOnDisk() const
    {
        auto other = EventSession::open(path);
        REQUIRE(other.ok());
        auto agreements = MeetingService(**other).agreements(meeting);
        REQUIRE(agreements.ok());
        return *agreements;
    }
};

} // namespace

TEST_CASE_METHOD(MeetingOnRecord,
                 "Meetings: agreements typed with Tab and Enter land in the minutes, a date or words as due",
                 "[widgets][meetings]")
{
    MeetingsPage page;
    page.setDocument(&document);
    document.setMeeting({meeting});
    test::showActive(page, {1024, 560});
    QLineEdit *text = nullptr;
    for (QLineEdit *edit : page.findChildren<QLineEdit *>()) {
        if (edit->placeholderText() == MeetingsPage::tr("What was agreed"))
            text = edit;
    }
    REQUIRE(text != nullptr);
    Keyboard keys;
    // A click on the agreements' tab, then in its first field.
    auto *tabs = page.findChild<QTabBar *>();
    REQUIRE(tabs != nullptr);
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
    REQUIRE(text->isVisible());
    QTest::mouseClick(text, Qt::LeftButton);
    REQUIRE(QApplication::focusWidget() == text);
    // Each agreement as it is typed: what, Tab, who, Tab, by when and Enter.
    auto typeAgreement = [&](const QString &what, const QString &who, const QString &due) {
        keys.type(what);
        keys.press(Qt::Key_Tab);
        keys.type(who);
        keys.press(Qt::Key_Tab);
        keys.enter(due);
    };
    typeAgreement(u"Validar internamente la urgencia"_s, u"Comisión"_s, u"A la brevedad"_s);
    CHECK(QApplication::focusWidget() == text);
    typeAgreement(u"Enviar formulario"_s, u"Segpres"_s, u"31/12/2026"_s);
    const QList<Agreement> agreements = agreementsOnDisk();
    REQUIRE(agreements.size() == 2);
    CHECK(agreements.at(0).text == u"Validar internamente la urgencia"_s);
    CHECK(agreements.at(0).responsible == u"Comisión"_s);
    CHECK(agreements.at(0).due == u"A la brevedad"_s);
    CHECK(agreements.at(1).due == u"2026-12-31"_s);
    // What the table shows is what the file holds.
    auto *table = page.findChild<QTableWidget *>();
    REQUIRE(table != nullptr);
    CHECK(table->rowCount() == 2);
    CHECK(table->item(1, 2)->text() == u"31/12/2026"_s);
}

TEST_CASE_METHOD(MeetingOnRecord, "Follow-up: Enter on an agreement, then its evidence and Enter, marks it done",
                 "[widgets][meetings][followup]")
{
    Agreement agreement;
    agreement.meetingId = meeting;
    agreement.text = u"Enviar formulario y planificación"_s;
    agreement.responsible = u"Segpres"_s;
    agreement.due = u"A la brevedad"_s;
    REQUIRE(MeetingService(document.session()).addAgreement(agreement).ok());
    FollowUpPage page;
    page.setDocument(&document);
    test::showActive(page, {1024, 560});
    auto *table = named<QTableWidget>(page, FollowUpPage::tr("Agreements"));
    REQUIRE(table->rowCount() == 1);
    table->setFocus();
    table->setCurrentCell(0, 2);
    Keyboard keys;
    inNextDialog([&] {
        keys.type(u"Oficio 123-2018"_s);
        keys.press(Qt::Key_Return);
    });
    keys.press(Qt::Key_Return);
    const QList<Agreement> stored = agreementsOnDisk();
    REQUIRE(stored.size() == 1);
    CHECK(stored.at(0).isDone());
    CHECK(stored.at(0).doneNote == u"Oficio 123-2018"_s);
    // Done ones leave the list of what is still pending.
    CHECK(table->rowCount() == 0);
}

TEST_CASE(
    "Neither a file dialog over the event's folder nor the event picked as a list loosens the window's hold on it",
    "[widgets][files]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"taller.taller"_s);
    auto session = test::newEventSession(path, 5);
    RegistrationService desk(*session);
    auto people = desk.attendees();
    REQUIRE(people);
    REQUIRE(people->size() == 5);
    REQUIRE(desk.checkIn(people->at(0).id));
    REQUIRE(QFileInfo::exists(path + u"-wal"_s));

    // The dialog lists the folder, the open event among its files, until it
    // is dismissed; reading a file to guess its type would have dropped the
    // locks SQLite holds on it for this process.
    QTimer::singleShot(1500, [] {
        if (auto *shown = qobject_cast<QDialog *>(QApplication::activeModalWidget()))
            shown->reject();
    });
    CHECK(FileDialogs::openFile(nullptr, u"Import attendees"_s, dir.path(), u"All files (*)"_s).isEmpty());
    // The event itself picked as the list to import is refused before it is read.
    auto asList = desk.prepareImportFile(path, {}, {});
    REQUIRE_FALSE(asList);
    CHECK(asList.errorMessage().contains(u"open here"_s));

    const QString second = people->at(1).documentNumber;
    REQUIRE(test::runCli({u"checkin"_s, path, second}).exitCode == 0);
    // The CLI saw the window still holding the file, so it left the journal
    // alone, and the window reads what the CLI wrote.
    CHECK(QFileInfo::exists(path + u"-wal"_s));
    auto seen = desk.findByDocument(second);
    REQUIRE(seen);
    REQUIRE(seen->has_value());
    CHECK(seen->value().checkedInAt.isValid());
}

TEST_CASE("Undo on the Meetings and Follow-up pages never undoes a seating made on Mesas", "[widgets][undo]")
{
    Window w;
    EventDocument &document = *w.window->document();
    addMeeting(document, u"Reunión con la Gerencia Regional de Salud"_s, QDate(2016, 9, 12));
    Keyboard keys;
    keys.press(Qt::Key_4, Qt::ControlModifier); // Mesas
    auto mesas = MesasService(document.session()).mesas();
    auto people = RegistrationService(document.session()).attendees();
    REQUIRE((mesas.ok() && people.ok() && !mesas->isEmpty() && !people->isEmpty()));
    const qint64 person = people->constFirst().id;
    const qint64 mesa = mesas->constFirst().id;
    document.seat(person, mesa, u"seat one person"_s);
    auto seatedOnDisk = [&] {
        auto other = EventSession::open(w.path);
        REQUIRE(other.ok());
        auto seating = MesasService(**other).seating();
        REQUIRE(seating.ok());
        return seating->value(person);
    };
    REQUIRE(seatedOnDisk() == mesa);

    for (const Qt::Key page : {Qt::Key_8, Qt::Key_9}) { // Meetings, Follow-up
        keys.press(page, Qt::ControlModifier);
        keys.press(Qt::Key_Z, Qt::ControlModifier);
        INFO("Ctrl+Z on page " << (page == Qt::Key_8 ? "Meetings" : "Follow-up"));
        CHECK(seatedOnDisk() == mesa);
    }
    // Back on Mesas, Ctrl+Z undoes the seating, as it should.
    keys.press(Qt::Key_4, Qt::ControlModifier);
    keys.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(seatedOnDisk() == 0);
}
