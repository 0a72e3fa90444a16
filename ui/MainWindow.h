#pragma once

#include "Page.h"

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QUndoGroup;
class QListWidget;
class QMenu;
class QStackedWidget;
class QComboBox;
class QLabel;
class QToolButton;

namespace taller {

class ActaPage;
class DeskLink;
class HubServer;
class ShareDialog;
class AgendaPage;
class EventDetailsPage;
class EventDocument;
class FollowUpPage;
class MeetingsPage;
class MesasPage;
class PlenaryPage;
class ProcessPage;
class RegistrationPage;
class StartPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openEvent(const QString &path);
    // The demo event in the user's data folder, made on first use.
    bool openDemoEvent();
    void newEventFromTemplate(const QString &templateKey);
    void showSection(Page page);
    // Help → the guide of the day: the keys of each page, what to do when the
    // power or the Wi-Fi fails (Spanish, from the program's resources).
    void showGuide();
    EventDocument *document() const { return m_document.get(); }
    RegistrationPage *registrationPage() const { return m_registrationPage; }

    // Archivo → Compartir en la red local: starts the hub on this window's
    // event (it lives while the event is open here, or until "Dejar de
    // compartir") and shows the sharing dialog.
    void shareOnNetwork();
    void stopSharing();
    // Archivo → Unirse a un evento: joins a hub and opens this desk's copy.
    void joinEvent();
    HubServer *hub() const { return m_hub.get(); }
    ShareDialog *shareDialog() const;
    // On a desk's copy: its link to the hub, started when the copy opens.
    DeskLink *deskLink() const { return m_deskLink.get(); }
    // The permanent words of the status bar: sharing, or the desk's link.
    QString sharingStatusText() const;
    QString deskStatusText() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void followPage(int index);
    void createActions();
    void chooseAndOpen();
    void closeDocument();
    void setDocument(std::unique_ptr<EventDocument> document);
    void rebuildRecentMenu();
    void updateTitle();
    // The process's pages show once the file has a process or meetings; the
    // workshop's own sections only while the workshop is the meeting chosen.
    void updateProcessSection();
    // The meetings to choose from, and the one chosen.
    void updateMeetingChoice();
    void startProcess();
    // Every closed acta, the reasoned response and the lists, in a new
    // folder for the OGP repository.
    void exportBundle();
    void about();
    void restoreFromBackup();
    void purgePersonalData();
    // Offers the latest backup after a damaged file was set aside.
    void offerBackupFor(const QString &path, const QString &problem);
    void updateSharingStatus();
    void updateDeskStatus();
    void startDeskLink();

    std::unique_ptr<EventDocument> m_document;
    QStackedWidget *m_stack;
    StartPage *m_startPage;
    QWidget *m_workspace;
    QListWidget *m_navigation;
    QStackedWidget *m_sections;
    EventDetailsPage *m_eventPage;
    AgendaPage *m_agendaPage;
    RegistrationPage *m_registrationPage;
    MesasPage *m_mesasPage;
    PlenaryPage *m_plenaryPage;
    ActaPage *m_actaPage;
    ProcessPage *m_processPage;
    MeetingsPage *m_meetingsPage;
    FollowUpPage *m_followUpPage;
    QComboBox *m_meetingChoice;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QList<QAction *> m_eventActions;
    // What only the hub changes: not offered on a desk's copy.
    QList<QAction *> m_hubOnlyActions;
    QAction *m_shareAction = nullptr;
    QUndoGroup *m_undoGroup;
    // Declared after the document: let go of before it.
    std::unique_ptr<HubServer> m_hub;
    QString m_hubNote;
    QPointer<ShareDialog> m_shareDialog;
    std::unique_ptr<DeskLink> m_deskLink;
    QToolButton *m_sharingStatus;
    QLabel *m_deskStatus;
};

} // namespace taller
