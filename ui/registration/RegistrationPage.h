#pragma once

#include "DocumentPrinter.h"
#include "EventPage.h"

#include "DeferredRefresh.h"

#include "base/Result.h"
#include "registration/Checkin.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTableWidget;
class QTimer;

namespace taller {

class AttendeeTableModel;

// "Registro": the screen a volunteer keeps open all morning. Type a few
// letters or scan a document, Enter checks the person in, next.
class RegistrationPage : public EventPage
{
    Q_OBJECT

public:
    explicit RegistrationPage(QWidget *parent = nullptr);

    void focusSearch();
    void checkInFromSearch();
    void registerWalkIn();
    void undoCheckIn();
    void importAttendees();
    void outputAttendance(DocumentPrinter::Output where);

    void editSelected();

    // On a desk's copy: how it stands with its hub, shown above the search
    // (prominently when offline); empty hides it.
    void setConnectionState(const QString &text, bool offline);
    QString connectionText() const;
    // What the hub said of a change made here (a repeat, someone registered
    // at another desk, a refusal), on the banner until the next action.
    void showHubNotice(const QString &text);

    QString bannerText() const;
    // True once a confirmation has faded to grey.
    bool bannerFaded() const;
    // Who a badge is printed for: the person selected, else the last one
    // checked in or registered at this desk.
    std::optional<Attendee> currentPerson() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void showDocument() override;
    void showMeeting();
    // Counting an event of 100,000 people waits until the page is shown.
    DeferredRefresh *m_refresh = new DeferredRefresh(this, [this] { refresh(); });
    enum class Tone { Success, Notice, Problem, Faded };
    void search();
    void showNotArrived();
    void checkIn(int row);
    void setBannerTone(Tone tone);
    void refresh();
    void refreshCounters();
    void refreshRecent();
    void showOutcome(const Result<CheckinResult> &result, const QString &typed);
    void showBanner(Tone tone, const QString &text);
    void selectRow(int row);

    QLineEdit *m_search;
    QLabel *m_heading = nullptr;
    QLabel *m_banner;
    QLabel *m_connection;
    QLabel *m_hint;
    AttendeeTableModel *m_results;
    QTableView *m_resultsView;
    QLabel *m_totals;
    QLabel *m_totalsDetail;
    QTableWidget *m_sectors;
    QListWidget *m_recent;
    std::optional<Attendee> m_lastPerson;
    QTimer *m_bannerFade;
    QTimer *m_refreshSoon;
    Tone m_bannerTone = Tone::Notice;
};

} // namespace taller
