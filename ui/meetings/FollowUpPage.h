#pragma once

#include "EventPage.h"
#include "meetings/Meeting.h"
#include "process/Deliverables.h"

class QComboBox;
class QLabel;
class QTableWidget;
class QTabWidget;

namespace taller {

// What the process is owed: every agreement of every meeting with its
// follow-up (open, done, overdue), and the board of what each organisation
// has delivered at each stage, with the reminders of what it still owes.
class FollowUpPage : public EventPage
{
    Q_OBJECT
public:
    explicit FollowUpPage(QWidget *parent = nullptr);

    void markDone();
    void reopen();
    void addOrganisation();
    void addDeliverable();
    void receive();
    void printBoard();
    void printReminders();

private:
    void showDocument() override;
    void refresh();
    void refreshAgreements();
    void refreshBoard();
    // Asks where to save it, beside the event file, or says why it could not be made.
    void exportPdf(const Result<PrintedDocument> &printed, const QString &title, const QString &suffix);

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
