#pragma once

#include "meetings/Meeting.h"
#include "process/Deliverables.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace taller {

class EventDocument;

// What the process is owed: every agreement of every meeting with its
// follow-up (open, done, overdue), and the board of what each organisation
// has delivered at each stage, with the reminders of what it still owes.
class FollowUpPage : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpPage(QWidget *parent = nullptr);
    void setDocument(EventDocument *document);

    void markDone();
    void reopen();
    void addOrganisation();
    void addDeliverable();
    void receive();
    void printBoard();
    void printReminders();

private:
    void refresh();
    void refreshAgreements();
    void refreshBoard();
    bool report(const Status &status);

    EventDocument *m_document = nullptr;
    QList<Agreement> m_agreements;
    QList<Meeting> m_meetings;
    DeliverableBoard m_board;

    QTabWidget *m_tabs;
    QLabel *m_agreementSummary;
    QComboBox *m_filter;
    QTableWidget *m_agreementTable;
    QLabel *m_boardSummary;
    QComboBox *m_stage;
    QTableWidget *m_boardTable;
};

} // namespace taller
