#include "MainWindow.h"
#include "MeetingChooser.h"
#include "FormDialog.h"
#include "FileDialogs.h"

#include "EventDocument.h"
#include "PreferencesDialog.h"
#include "Settings.h"
#include "SpreadsheetExport.h"
#include "StartPage.h"
#include "MeetingService.h"
#include "BundleService.h"
#include "meetings/FollowUpPage.h"
#include "meetings/MeetingsPage.h"
#include "agenda/AgendaPage.h"
#include "event/EventDetailsPage.h"
#include "acta/ActaPage.h"
#include "mesas/MesasPage.h"
#include "plenary/PlenaryPage.h"
#include "process/ProcessPage.h"
#include "registration/RegistrationPage.h"
#include "participants/ParticipantPrinting.h"
#include "base/Clock.h"
#include "templates/Templates.h"
#include "EventService.h"
#include "MesasService.h"
#include "RegistrationService.h"
#include "DeskLink.h"
#include "HubCertificate.h"
#include "HubProtocol.h"
#include "HubServer.h"
#include "sharing/JoinDialog.h"
#include "sharing/ShareDialog.h"

#include <QAction>
#include <QApplication>
#include <QPushButton>
#include <QCloseEvent>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QHostAddress>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QListWidget>
#include <QVBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSysInfo>
#include <QStatusBar>
#include <QToolButton>
#include <QUndoGroup>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString fileFilter()
{
    return MainWindow::tr("Taller Abierto events (*.taller)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_stack(new QStackedWidget)
    , m_startPage(new StartPage)
    , m_workspace(new QWidget)
    , m_navigation(new QListWidget)
    , m_sections(new QStackedWidget)
    , m_eventPage(new EventDetailsPage)
    , m_agendaPage(new AgendaPage)
    , m_registrationPage(new RegistrationPage)
    , m_mesasPage(new MesasPage)
    , m_plenaryPage(new PlenaryPage)
    , m_actaPage(new ActaPage)
    , m_processPage(new ProcessPage)
    , m_meetingsPage(new MeetingsPage)
    , m_followUpPage(new FollowUpPage)
    , m_meetingChoice(new MeetingChooser)
    , m_undoGroup(new QUndoGroup(this))
    , m_sharingStatus(new QToolButton)
    , m_deskStatus(new QLabel)
{
    setWindowIcon(QIcon::fromTheme(u"io.github.tallerabierto.TallerAbierto"_s,
                                   QIcon(u":/icons/256x256/apps/io.github.tallerabierto.TallerAbierto.png"_s)));
    setStyleSheet(u"QLabel#pageHeading { font-size: 15pt; font-weight: 600; margin: 4px 0 6px 0; }"
                  "QListWidget#sectionNavigation { font-size: 11pt; }"
                  "QListWidget#sectionNavigation::item { padding: 8px 10px; }"_s);
    // In the order of Page: the row of the sections list, the page shown and
    // its undo list are one index.
    const std::pair<QWidget *, QString> pages[] = {
        {m_eventPage, tr("Event")},       {m_agendaPage, tr("Programme")}, {m_registrationPage, tr("Registration")},
        {m_mesasPage, tr("Mesas")},       {m_plenaryPage, tr("Plenary")},  {m_actaPage, tr("Acta")},
        {m_processPage, tr("Process")},   {m_meetingsPage, tr("Meetings")}, {m_followUpPage, tr("Follow-up")}};
    static_assert(std::size(pages) == PageCount);
    for (const auto &[page, name] : pages) {
        m_sections->addWidget(page);
        auto *item = new QListWidgetItem(name);
        item->setToolTip(tr("Ctrl+%1").arg(m_navigation->count() + 1));
        m_navigation->addItem(item);
    }
    m_navigation->setFixedWidth(170);
    m_navigation->setObjectName(u"sectionNavigation"_s);
    m_navigation->setAccessibleName(tr("Sections"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_sections, &QStackedWidget::setCurrentIndex);
    connect(m_sections, &QStackedWidget::currentChanged, this, &MainWindow::followPage);

    // Which meeting of the process the desk and the acta work on; shown once
    // the file holds more than its workshop.
    m_meetingChoice->setAccessibleName(tr("Meeting"));
    m_meetingChoice->setAccessibleDescription(tr("The meeting Registration and Acta work on"));
    connect(m_meetingChoice, &QComboBox::activated, this, [this] {
        if (m_document && m_meetingChoice->currentData().isValid())
            m_document->setMeeting({m_meetingChoice->currentData().toLongLong()});
    });
    connect(m_meetingsPage, &MeetingsPage::attendanceRequested, this, [this] { showSection(Page::Registration); });
    connect(m_meetingsPage, &MeetingsPage::actaRequested, this, [this] { showSection(Page::Acta); });
    auto *navigationColumn = new QVBoxLayout;
    navigationColumn->setContentsMargins(0, 0, 0, 0);
    navigationColumn->setSpacing(2);
    navigationColumn->addWidget(m_meetingChoice);
    navigationColumn->addWidget(m_navigation, 1);
    auto *workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->addLayout(navigationColumn);
    workspaceLayout->addWidget(m_sections, 1);

    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);

    connect(m_startPage, &StartPage::newFromTemplateRequested, this, &MainWindow::newEventFromTemplate);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_startPage, &StartPage::demoRequested, this, &MainWindow::openDemoEvent);
    connect(m_startPage, &StartPage::recentFileRequested, this, &MainWindow::openEvent);
    connect(m_startPage, &StartPage::restoreRequested, this, &MainWindow::restoreFromBackup);

    // While the event is shared: where, and how many devices are connected;
    // pressed, the sharing dialog again.
    m_sharingStatus->setAutoRaise(true);
    m_sharingStatus->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_sharingStatus->setToolTip(tr("Show the pairing code and the devices"));
    m_sharingStatus->hide();
    connect(m_sharingStatus, &QToolButton::clicked, this, &MainWindow::shareOnNetwork);
    statusBar()->addPermanentWidget(m_sharingStatus);
    // On a desk's copy: how it stands with its hub.
    m_deskStatus->setAccessibleName(tr("Connection with the hub"));
    m_deskStatus->hide();
    statusBar()->addPermanentWidget(m_deskStatus);

    createActions();
    setDocument(nullptr);
    // The first window fits the screen it opens on, a 1024×600 netbook too.
    // A size remembered from a larger screen is brought within this one.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1200, 800);
    if (!restoreGeometry(Settings::windowGeometry()))
        resize(std::min(1200, available.width() * 95 / 100), std::min(800, available.height() * 92 / 100));
    else if (!isMaximized() && (width() > available.width() || height() > available.height()))
        resize(std::min(width(), available.width() * 95 / 100), std::min(height(), available.height() * 92 / 100));
}

MainWindow::~MainWindow()
{
    // The hub and the desk's link act on the document's session: they go first.
    m_deskLink.reset();
    stopSharing();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New event"));
    QAction *newPalacio = newMenu->addAction(tr("From the &Palacio de Hierro workshop…"));
    newPalacio->setShortcut(QKeySequence::New);
    connect(newPalacio, &QAction::triggered, this, [this] { newEventFromTemplate(EventTemplates::PalacioDeHierro); });
    QAction *newBlank = newMenu->addAction(tr("&Blank…"));
    connect(newBlank, &QAction::triggered, this, [this] { newEventFromTemplate(EventTemplates::Blank); });

    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseAndOpen);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    // The team on one event: this window's event served to the desks'
    // laptops, or this laptop joined to another's.
    m_shareAction = file->addAction(tr("Share on the local net&work…"), this, &MainWindow::shareOnNetwork);
    file->addAction(tr("&Join an event…"), this, &MainWindow::joinEvent);
    file->addSeparator();

    QAction *importAttendees = file->addAction(tr("&Import attendees (Excel or CSV)…"), this, [this] {
        showSection(Page::Registration);
        m_registrationPage->importAttendees();
    });
    file->addSeparator();
    QAction *printAttendance = file->addAction(tr("Print &attendance sheet…"), this, [this] { m_registrationPage->outputAttendance(DocumentPrinter::Output::Print); });
    printAttendance->setShortcut(QKeySequence::Print);
    QAction *exportAttendance = file->addAction(tr("Export attendance sheet as P&DF…"), this, [this] { m_registrationPage->outputAttendance(DocumentPrinter::Output::Pdf); });
    QMenu *badges = ParticipantPrinting::badgeMenu(this, [this] { return document(); },
                                                    [this] { return m_registrationPage->currentPerson(); });
    file->addMenu(badges);
    QMenu *certificates = ParticipantPrinting::certificateMenu(this, [this] { return document(); });
    file->addMenu(certificates);
    QAction *purge = file->addAction(tr("E&rase attendees' personal data…"), this, &MainWindow::purgePersonalData);
    QAction *printProgramme = file->addAction(tr("&Print programme…"), this, [this] { m_agendaPage->outputProgramme(DocumentPrinter::Output::Print); });
    QAction *previewProgramme = file->addAction(tr("Programme print pre&view…"), this, [this] { m_agendaPage->outputProgramme(DocumentPrinter::Output::Preview); });
    QAction *exportProgramme = file->addAction(tr("&Export programme as PDF…"), this, [this] { m_agendaPage->outputProgramme(DocumentPrinter::Output::Pdf); });
    QAction *importProgramme = file->addAction(tr("Import programme (Excel or CS&V)…"), this, [this] {
        showSection(Page::Programme);
        m_agendaPage->importCsv();
    });
    // The lists for a spreadsheet, in a menu of their own: the File menu
    // stays within a 600 px screen, and its Alt letters do not repeat.
    QMenu *sheets = file->addMenu(tr("E&xport to Excel or CSV"));
    QAction *exportProgrammeCsv = sheets->addAction(tr("&Programme…"), this, [this] { m_agendaPage->exportCsv(); });
    // Lists for a spreadsheet: each names the event's file beside it.
    auto exportList = [this](const QString &title, const QString &suffix, auto sheet) {
        if (!m_document)
            return;
        SpreadsheetExport::save(this, title, sheet(m_document->session()), m_document->pathBeside(suffix));
    };
    QAction *exportAttendees = sheets->addAction(tr("&Attendees…"), this, [exportList, this] {
        exportList(tr("Export attendees"), tr("-attendees"), [](EventSession &s) { return RegistrationService(s).exportAttendees(); });
    });
    QAction *exportCommitments = sheets->addAction(tr("&Commitments…"), this, [exportList, this] {
        exportList(tr("Export commitments"), tr("-commitments"), [](EventSession &s) { return MesasService(s).exportCommitments(); });
    });
    QAction *exportParticipation = sheets->addAction(tr("Participation by &sector, without personal data…"), this, [exportList, this] {
        // Of the meeting in hand, as the desk shows it.
        exportList(tr("Export participation"), tr("-participation"),
                   [this](EventSession &s) { return RegistrationService(s, m_document->meeting()).participationSheet(); });
    });
    file->addSeparator();
    QAction *startProcess = file->addAction(tr("Start a co-creation &process"), this, &MainWindow::startProcess);
    QAction *importFichas = file->addAction(tr("Import &fichas…"), this, [this] {
        if (m_document && !m_document->hasProcess())
            this->startProcess();
        showSection(Page::Process);
        m_processPage->importInitiatives();
    });
    QAction *bundle = file->addAction(tr("Export the OGP repository b&undle…"), this, &MainWindow::exportBundle);
    file->addSeparator();
    // Restoring is needed most when no event can be opened: it is always offered.
    file->addAction(tr("Restore from &backup…"), this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close event"), this, &MainWindow::closeDocument);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_hubOnlyActions = {importAttendees, importProgramme, startProcess, importFichas};
    m_eventActions = {bundle, importAttendees, printAttendance, exportAttendance, badges->menuAction(), certificates->menuAction(),
                      purge, printProgramme, previewProgramme, exportProgramme, importProgramme, exportProgrammeCsv,
                      exportAttendees, exportCommitments, exportParticipation, sheets->menuAction(), startProcess, importFichas, close};

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(u"Ctrl+Y"_s)});
    m_editMenu->addAction(undo);
    m_editMenu->addAction(redo);
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(tr("Pre&ferences…"), this, [this] { PreferencesDialog(this).exec(); });
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_navigation->count(); ++i) {
        QAction *go = view->addAction(m_navigation->item(i)->text(), this, [this, i] { showSection(Page(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        m_eventActions.append(go);
    }
    view->addSeparator();
    // On a small screen the sections' list gives its width back to the page;
    // Ctrl+1…6 still move between sections.
    QAction *sidebar = view->addAction(tr("Show the &sections list"));
    sidebar->setCheckable(true);
    sidebar->setChecked(true);
    sidebar->setShortcut(QKeySequence(u"Ctrl+Shift+L"_s));
    connect(sidebar, &QAction::toggled, m_navigation, &QWidget::setVisible);
    const QRect available = screen() ? screen()->availableGeometry() : QRect();
    if (available.isValid() && available.width() < 1200)
        m_navigation->setFixedWidth(130);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&Guide of the day"), this, &MainWindow::showGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    help->addAction(tr("&About Taller Abierto"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showSection(Page page)
{
    if (!m_document || int(page) < 0 || int(page) >= m_navigation->count())
        return;
    // The workshop's own sections are hidden while a meeting is in hand: its
    // page stands in for them.
    if (m_navigation->item(int(page))->isHidden())
        page = Page::Meetings;
    m_navigation->setCurrentRow(int(page));
    m_sections->currentWidget()->setFocus();
}

void MainWindow::newEventFromTemplate(const QString &templateKey)
{
    const auto eventTemplate = EventTemplates::byKey(templateKey, Clock::currentDate());
    if (!eventTemplate)
        return;
    const QString suggested = QDir(Settings::lastFolder())
                                  .filePath(tr("workshop-%1").arg(Clock::currentDate().toString(Qt::ISODate)) + u".taller"_s);
    QString path = FileDialogs::saveFile(this, tr("New event: %1").arg(eventTemplate->displayName), suggested,
                                         fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += u".taller"_s;
    auto session = EventService::create(path, *eventTemplate, 0, QSysInfo::machineHostName());
    if (!session) {
        QMessageBox::warning(this, tr("Could not create the event"), session.errorMessage());
        return;
    }
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    setDocument(std::make_unique<EventDocument>(std::move(session.value())));
    showSection(Page::Event);
}

bool MainWindow::openDemoEvent()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString path = QDir(folder).filePath(u"demo.taller"_s);
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(folder);
        auto created = EventService::create(path, EventTemplates::palacioDeHierro(Clock::currentDate()), 50);
        if (!created) {
            QMessageBox::warning(this, tr("Could not create the event"), created.errorMessage());
            return false;
        }
    }
    return openEvent(path);
}

void MainWindow::chooseAndOpen()
{
    const QString path = FileDialogs::openFile(this, tr("Open event"), Settings::lastFolder(), fileFilter());
    if (!path.isEmpty())
        openEvent(path);
}

bool MainWindow::openEvent(const QString &path)
{
    const bool existed = QFileInfo::exists(path);
    auto session = EventService::open(path, QSysInfo::machineHostName());
    if (!session) {
        // A damaged event is moved aside on open; its backup can take its place.
        if (existed && !QFileInfo::exists(path) && !EventService::backups(path).isEmpty())
            offerBackupFor(path, session.errorMessage());
        else
            QMessageBox::warning(this, tr("Could not open the event"), session.errorMessage());
        return false;
    }
    Settings::setLastFolder(QFileInfo(path).absolutePath());
    setDocument(std::make_unique<EventDocument>(std::move(session.value())));
    // A desk's copy is for the desk.
    showSection(m_deskLink ? Page::Registration : Page::Programme);
    if (m_document->session().isReadOnly())
        QMessageBox::information(this, tr("Opened read-only"),
                                 m_document->session().readOnlyMessage() + u"\n\n"_s
                                     + tr("You can view, search, print and export it; changes will be refused."));
    else if (const QString warning = EventService::locationWarning(path); !warning.isEmpty())
        QMessageBox::warning(this, tr("This place is not safe for an event file"), warning);
    return true;
}

void MainWindow::offerBackupFor(const QString &path, const QString &problem)
{
    const Backups::Copy latest = EventService::backups(path).first();
    const QString question = problem + u"\n\n"_s
                             + tr("Put the latest backup, from %1, in its place and open it?")
                                   .arg(QLocale().toString(latest.madeAt, QLocale::ShortFormat));
    if (QMessageBox::question(this, tr("The event file is damaged"), question) != QMessageBox::Yes)
        return;
    if (Status restored = EventService::restoreBackup(latest.path, path); !restored) {
        QMessageBox::warning(this, tr("Restore from backup"), restored.errorMessage());
        return;
    }
    openEvent(path);
}

void MainWindow::restoreFromBackup()
{
    QString eventPath;
    if (m_document) {
        m_document->backUpIfChanged();
        eventPath = m_document->path();
    } else {
        // No event open, most likely because it is damaged or lost: the
        // backups of the recent events are kept in the data folder all the
        // same.
        QStringList withBackups, labels;
        for (const QString &path : Settings::recentFiles()) {
            if (EventService::backups(path).isEmpty())
                continue;
            withBackups.append(path);
            labels.append(QDir::toNativeSeparators(path));
        }
        if (withBackups.isEmpty()) {
            QMessageBox::information(this, tr("Restore from backup"), tr("No backups of the recent events were found."));
            return;
        }
        if (withBackups.size() == 1) {
            eventPath = withBackups.first();
        } else {
            const auto which = FormDialog::askItem(this, tr("Restore from backup"), tr("Which event's backups?"), labels);
            if (!which)
                return;
            eventPath = withBackups.at(labels.indexOf(*which));
        }
    }
    const QList<Backups::Copy> copies = EventService::backups(eventPath);
    if (copies.isEmpty()) {
        QMessageBox::information(this, tr("Restore from backup"), tr("There are no backups of this event yet."));
        return;
    }
    QStringList labels;
    for (const Backups::Copy &copy : copies)
        labels << QLocale().toString(copy.madeAt, QLocale::LongFormat);
    const auto chosen = FormDialog::askItem(this, tr("Restore from backup"),
                                            tr("Backups of %1, newest first. The one you choose is opened as a new "
                                               "file; the current event stays as it is.")
                                                .arg(QFileInfo(eventPath).fileName()),
                                            labels);
    if (!chosen)
        return;
    const Backups::Copy copy = copies.at(labels.indexOf(*chosen));
    const QFileInfo event(eventPath);
    QString target =
        FileDialogs::saveFile(this, tr("Save the restored event as"),
                              event.absolutePath() + u'/' + event.completeBaseName() +
                                  tr("-restored-%1").arg(copy.madeAt.toString(u"yyyyMMdd-HHmm"_s)) + u".taller"_s,
                              fileFilter(), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (Status restored = EventService::restoreBackup(copy.path, target); !restored) {
        QMessageBox::warning(this, tr("Restore from backup"), restored.errorMessage());
        return;
    }
    openEvent(target);
}

void MainWindow::followPage(int index)
{
    // Edit → Undo acts on the page in front of the user, every page its own
    // undo list (the sections list is in the order of Page).
    if (!m_document || index < 0 || index >= PageCount)
        return;
    m_document->setCurrentPage(Page(index));
    m_undoGroup->setActiveStack(m_document->undoStack());
}

void MainWindow::closeDocument()
{
    setDocument(nullptr);
}

void MainWindow::setDocument(std::unique_ptr<EventDocument> document)
{
    // The hub and the desk's link serve the event that was open, and end with it.
    m_deskLink.reset();
    stopSharing();
    if (m_document) {
        for (int page = 0; page < PageCount; ++page)
            m_undoGroup->removeStack(m_document->undoStack(Page(page)));
    }
    // The pages let go of the old document before it is destroyed.
    m_eventPage->setDocument(document.get());
    m_agendaPage->setDocument(document.get());
    m_registrationPage->setDocument(document.get());
    m_mesasPage->setDocument(document.get());
    m_plenaryPage->setDocument(document.get());
    m_actaPage->setDocument(document.get());
    m_processPage->setDocument(document.get());
    m_meetingsPage->setDocument(document.get());
    m_followUpPage->setDocument(document.get());
    m_document = std::move(document);

    const bool open = m_document != nullptr;
    for (QAction *action : std::as_const(m_eventActions))
        action->setEnabled(open);
    const bool copy = open && DeskLink::isCopy(m_document->session());
    // A desk's copy takes check-ins, walk-ins and corrections; the rest
    // changes at the hub, and only the hub's own file is shared.
    for (QAction *action : std::as_const(m_hubOnlyActions))
        action->setEnabled(open && !copy);
    m_shareAction->setEnabled(open && !copy && !m_document->session().isReadOnly());
    if (open) {
        for (int page = 0; page < PageCount; ++page)
            m_undoGroup->addStack(m_document->undoStack(Page(page)));
        followPage(m_sections->currentIndex());
        connect(m_document.get(), &EventDocument::detailsChanged, this, &MainWindow::updateTitle);
        connect(m_document.get(), &EventDocument::processChanged, this, &MainWindow::updateProcessSection);
        connect(m_document.get(), &EventDocument::meetingsChanged, this, &MainWindow::updateProcessSection);
        connect(m_document.get(), &EventDocument::meetingChanged, this, &MainWindow::updateProcessSection);
        connect(m_document.get(), &EventDocument::meetingChanged, this,
                [this] { Settings::setChosenMeeting(m_document->path(), m_document->meeting().id); });
        connect(m_document.get(), &EventDocument::errorOccurred, this, [this](const QString &message) {
            QMessageBox::warning(this, tr("Could not save the change"), message);
        });
        connect(&m_document->session(), &EventSession::recovered, this,
                [this](const QString &note) { statusBar()->showMessage(note); });
        Settings::addRecentFile(m_document->path());
        // The meeting in hand when the file was last closed, if it is still there.
        if (const qint64 chosen = Settings::chosenMeeting(m_document->path()); chosen > 0 && MeetingService(m_document->session()).meeting(chosen))
            m_document->setMeeting({chosen});
        m_stack->setCurrentWidget(m_workspace);
        if (copy)
            startDeskLink();
    } else {
        m_stack->setCurrentWidget(m_startPage);
        m_startPage->refreshRecentFiles();
    }
    updateTitle();
    updateProcessSection();
    updateDeskStatus();
}

void MainWindow::updateProcessSection()
{
    updateMeetingChoice();
    const bool process = m_document && m_document->hasProcess();
    const bool meetings = m_meetingChoice->count() > 1;
    m_navigation->item(int(Page::Process))->setHidden(!process);
    m_navigation->item(int(Page::Meetings))->setHidden(!process && !meetings);
    m_navigation->item(int(Page::FollowUp))->setHidden(!process && !meetings);
    const bool workshop = !m_document || m_document->isWorkshop();
    for (Page page : {Page::Programme, Page::Mesas, Page::Plenary})
        m_navigation->item(int(page))->setHidden(!workshop);
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        showSection(Page::Meetings);
    updateTitle();
}

void MainWindow::updateMeetingChoice()
{
    m_meetingChoice->clear();
    if (m_document) {
        auto meetings = MeetingService(m_document->session()).meetings();
        if (!meetings)
            statusBar()->showMessage(meetings.errorMessage());
        for (const Meeting &m : meetings ? *meetings : QList<Meeting>()) {
            // Its number and date first: what tells meetings apart when a
            // narrow column ends the title in "…" (the tooltip has it whole).
            const QString text = m.isWorkshop() ? tr("Workshop · %1").arg(m.title)
                                 : m.date.isValid()
                                     ? tr("Meeting %1 · %2 · %3").arg(m.id).arg(m.date.toString(u"dd/MM/yyyy"_s), m.title)
                                     : tr("Meeting %1 · %2").arg(m.id).arg(m.title);
            m_meetingChoice->addItem(text, m.id);
            m_meetingChoice->setItemData(m_meetingChoice->count() - 1, m.isWorkshop() ? text : Meetings::label(m),
                                         Qt::ToolTipRole);
        }
        m_meetingChoice->setCurrentIndex(std::max(0, m_meetingChoice->findData(m_document->meeting().id)));
    }
    m_meetingChoice->setVisible(m_meetingChoice->count() > 1);
}

ShareDialog *MainWindow::shareDialog() const
{
    return m_shareDialog.data();
}

void MainWindow::shareOnNetwork()
{
    if (!m_document)
        return;
    if (DeskLink::isCopy(m_document->session())) {
        QMessageBox::information(this, tr("Share on the local network"),
                                 tr("This is a desk's copy of an event shared by another computer; the team joins that "
                                    "computer, the hub, not this one."));
        return;
    }
    if (!m_hub) {
        const auto certificate = HubCertificate::loadOrCreate(HubCertificate::defaultFolder());
        if (!certificate) {
            QMessageBox::warning(this, tr("Share on the local network"), certificate.errorMessage());
            return;
        }
        auto hub = std::make_unique<HubServer>(m_document->session(), *certificate);
        QString note;
        if (Status listening = hub->listen(QHostAddress::Any, hub::DefaultPort); !listening) {
            // The usual port is taken (another program, or this event shared
            // from another window): any free one, said plainly, since the
            // pairing code carries it.
            if (Status elsewhere = hub->listen(QHostAddress::Any, 0); !elsewhere) {
                QMessageBox::warning(this, tr("Share on the local network"), elsewhere.errorMessage());
                return;
            }
            note = tr("Port %1 is taken on this computer, so the event is shared on port %2; the pairing code "
                      "carries it.")
                       .arg(hub::DefaultPort)
                       .arg(hub->port());
        }
        m_hub = std::move(hub);
        m_hubNote = note;
        connect(m_hub.get(), &HubServer::devicesChanged, this, &MainWindow::updateSharingStatus);
        updateSharingStatus();
    }
    if (!m_shareDialog) {
        m_shareDialog = new ShareDialog(*m_hub, m_hubNote, this);
        m_shareDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_shareDialog, &ShareDialog::stopRequested, this, &MainWindow::stopSharing, Qt::QueuedConnection);
        // Changes the devices sent, counted as they arrive (once the hub has
        // recorded them, after the change itself is announced).
        connect(&m_document->session(), &EventSession::changed, m_shareDialog, &ShareDialog::refreshDevices,
                Qt::QueuedConnection);
    }
    m_shareDialog->show();
    m_shareDialog->raise();
    m_shareDialog->activateWindow();
}

void MainWindow::stopSharing()
{
    if (m_shareDialog) {
        m_shareDialog->disconnect(this);
        delete m_shareDialog.data();
    }
    if (!m_hub)
        return;
    m_hub->close();
    m_hub.reset();
    m_hubNote.clear();
    updateSharingStatus();
    statusBar()->showMessage(tr("The event is no longer shared; the desks keep working on their copies."), 10000);
}

QString MainWindow::sharingStatusText() const
{
    return m_sharingStatus->isHidden() ? QString() : m_sharingStatus->text();
}

QString MainWindow::deskStatusText() const
{
    return m_deskStatus->isHidden() ? QString() : m_deskStatus->text();
}

void MainWindow::updateSharingStatus()
{
    if (!m_hub || !m_hub->isListening()) {
        m_sharingStatus->hide();
        return;
    }
    const int connected = m_hub->connectedCount();
    const QString devices = connected == 1 ? tr("1 device connected") : tr("%1 devices connected").arg(connected);
    m_sharingStatus->setText(tr("Sharing at %1:%2 · %3").arg(m_hub->host()).arg(m_hub->port()).arg(devices));
    m_sharingStatus->show();
}

void MainWindow::startDeskLink()
{
    m_deskLink = std::make_unique<DeskLink>(m_document->session());
    connect(m_deskLink.get(), &DeskLink::stateChanged, this, &MainWindow::updateDeskStatus);
    // What is queued changes with every check-in made here.
    connect(&m_document->session(), &EventSession::changed, this, &MainWindow::updateDeskStatus);
    // The hub's word on a change made here (a repeat, the same person
    // registered at another desk, a refusal): to the person at the desk.
    connect(m_deskLink.get(), &DeskLink::notice, this, [this](const QString &message) {
        m_registrationPage->showHubNotice(message);
        statusBar()->showMessage(tr("From the hub: %1").arg(message), 30000);
    });
    m_deskLink->start();
}

void MainWindow::updateDeskStatus()
{
    if (!m_deskLink) {
        m_deskStatus->hide();
        m_registrationPage->setConnectionState({}, false);
        return;
    }
    const QString summary = m_deskLink->summary();
    const DeskLink::State state = m_deskLink->state();
    const bool online = state == DeskLink::State::Online;
    m_deskStatus->setText(summary);
    m_deskStatus->setStyleSheet(online ? QString() : u"QLabel { color: #8a4b00; font-weight: 600; }"_s);
    m_deskStatus->show();
    const bool waiting = state == DeskLink::State::Offline || state == DeskLink::State::Connecting;
    m_registrationPage->setConnectionState(waiting ? summary + u" "_s + tr("— this desk keeps working; its changes are sent "
                                                                           "when the hub is back.")
                                                   : summary,
                                           !online);
}

void MainWindow::joinEvent()
{
    JoinDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (openEvent(dialog.copyPath()))
        showSection(Page::Registration);
}

void MainWindow::exportBundle()
{
    if (!m_document)
        return;
    const QString start = Settings::lastExportFolder().isEmpty() ? QFileInfo(m_document->path()).absolutePath() : Settings::lastExportFolder();
    const QString parent = FileDialogs::folder(this, tr("Where to write the bundle"), start);
    if (parent.isEmpty())
        return;
    Settings::setLastExportFolder(parent);
    // A folder of its own, named after the event and the day.
    const QString folder = QDir(parent).filePath(QFileInfo(m_document->path()).completeBaseName() + tr("-ogp-repository-")
                                                 + QDate::currentDate().toString(Qt::ISODate));
    auto report = BundleService(m_document->session()).write(folder);
    if (!report) {
        QMessageBox::warning(this, tr("OGP repository bundle"), report.errorMessage());
        return;
    }
    QStringList names;
    for (const BundleService::File &f : std::as_const(report->files))
        names << u"• "_s + f.name;
    QMessageBox::information(this, tr("OGP repository bundle"),
                             tr("Wrote %1 files into %2:").arg(report->files.size()).arg(QDir::toNativeSeparators(report->folder))
                                 + u"\n\n"_s + names.join(u'\n'));
}

void MainWindow::startProcess()
{
    if (!m_document)
        return;
    if (Status started = m_document->startProcess(); !started) {
        QMessageBox::warning(this, tr("Co-creation process"), started.errorMessage());
        return;
    }
    showSection(Page::Process);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(u"&%1 %2"_s.arg(i + 1).arg(QFileInfo(path).fileName()),
                                                  this, [this, path] { openEvent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setEnabled(QFileInfo::exists(path));
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent events"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    if (!m_document) {
        setWindowTitle(tr("Taller Abierto"));
        return;
    }
    const QString fileName = QFileInfo(m_document->path()).fileName();
    const QString title = m_document->details().title;
    const QString readOnly = m_document->session().isReadOnly() ? u" "_s + tr("[read-only]") : QString();
    setWindowTitle(title.isEmpty() ? u"%1%2 — Taller Abierto"_s.arg(fileName, readOnly)
                                   : u"%1 (%2)%3 — Taller Abierto"_s.arg(fileName, title, readOnly));
    if (m_document->session().isReadOnly())
        statusBar()->showMessage(tr("Read-only: %1 cannot be changed here.").arg(QDir::toNativeSeparators(m_document->path())));
    else
        statusBar()->showMessage(tr("Saved automatically in %1").arg(QDir::toNativeSeparators(m_document->path())));
}

void MainWindow::purgePersonalData()
{
    if (!m_document)
        return;
    QMessageBox ask(QMessageBox::Warning, tr("Erase attendees' personal data"),
                    tr("After the event, Ley 29733 asks that the attendees' personal data be erased. This erases every "
                       "name, document, e-mail and phone from %1, its journal and every backup this program made of it, "
                       "keeping the counts by sector and the acta with its signatories.\n\nIt cannot be undone. Close "
                       "this event on every other computer or window first.")
                        .arg(QDir::toNativeSeparators(m_document->path())),
                    QMessageBox::Cancel, this);
    QPushButton *erase = ask.addButton(tr("&Erase for good"), QMessageBox::DestructiveRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() != erase)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto purged = m_document->purgePersonalData();
    QApplication::restoreOverrideCursor();
    if (!purged) {
        QMessageBox::critical(this, tr("The personal data is not erased"), purged.errorMessage());
        return;
    }
    QString message = purged->alreadyPurged ? tr("The personal data had already been erased from this event.")
                                            : tr("The attendees' personal data was erased from the file and its journal.");
    if (!purged->deleted.isEmpty())
        message += u"\n\n"_s + tr("%n copies of the event that held it were deleted.", nullptr, int(purged->deleted.size()));
    QMessageBox::information(this, tr("Personal data erased"), message);
}

void MainWindow::showGuide()
{
    // From the program's own resources: there when the Wi-Fi is not.
    QFile file(u":/help/guia-del-dia.html"_s);
    if (!file.open(QIODevice::ReadOnly))
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Guide of the day"));
    auto *text = new QTextBrowser;
    text->setAccessibleName(tr("Guide of the day"));
    text->setHtml(QString::fromUtf8(file.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    // Within the window on a 1024×600 screen; the text scrolls.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 600);
    dialog.resize(std::min({760, available.width() - 40, width()}), std::min({640, available.height() - 60, height() - 40}));
    text->setFocus();
    dialog.exec();
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Taller Abierto"),
                       tr("<h3>Taller Abierto %1</h3>"
                          "<p>For the facilitators of open-government co-creation workshops: the programme, the "
                          "registration desk, the working tables, the plenary and the Acta de Compromisos, on one "
                          "laptop and without internet.</p>"
                          "<p>Each event is one <i>.taller</i> file, saved as you work.</p>"
                          "<p>Free software under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Fields commit when they lose focus; make sure the last one does.
    if (QWidget *focused = QApplication::focusWidget())
        focused->clearFocus();
    Settings::setWindowGeometry(saveGeometry());
    event->accept();
}

} // namespace taller
