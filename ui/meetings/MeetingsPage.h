#pragma once

#include "EventPage.h"
#include "meetings/Meeting.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTabWidget;
class QTimeEdit;
class QTreeWidget;

namespace taller {

// The meetings of the process, stage by stage, and the minutes of the one
// chosen: its details, its tabla with what was discussed under each item
// (desarrollo), and its agreements. Choosing a meeting makes it the one the
// desk and the acta work on.
class MeetingsPage : public EventPage
{
    Q_OBJECT
public:
    explicit MeetingsPage(QWidget *parent = nullptr);

    void addMeeting();
    void removeMeeting();
    void addItem();
    void removeItem();
    void addAgreement();
    void removeAgreement();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

signals:
    // The user asks for the desk or the acta of the meeting in front of them.
    void attendanceRequested();
    void actaRequested();

private:
    void showDocument() override;
    void refresh();
    void showMeeting();
    void saveDetails();
    void showItem();
    void saveItem();
    void agreementEdited(int row, int column);
    qint64 currentItemId() const;

    QList<Meeting> m_meetings;
    QList<MeetingItem> m_items;
    QList<Agreement> m_agreements;
    bool m_loading = false;
    qint64 m_shownItem = 0;
    qint64 m_shownMeeting = 0;

    QLabel *m_summary;
    QTreeWidget *m_list;
    QStackedWidget *m_detail;
    QLabel *m_workshopNote;
    QPushButton *m_removeMeeting = nullptr;
    QTabWidget *m_tabs;
    QLabel *m_actaStatus;
    // Details.
    QLineEdit *m_title;
    QComboBox *m_stage;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QLineEdit *m_place;
    QLineEdit *m_organisation;
    // Tabla and desarrollo.
    QListWidget *m_itemList;
    QLineEdit *m_itemTitle;
    QPlainTextEdit *m_development;
    QLineEdit *m_newItem;
    // Agreements.
    QTableWidget *m_agreementTable;
    QLineEdit *m_agreementText;
    QLineEdit *m_agreementResponsible;
    QLineEdit *m_agreementDue;
};

} // namespace taller
