#pragma once

#include "DocumentPrinter.h"
#include "EventPage.h"

#include "base/Result.h"
#include "DocumentPrinter.h"
#include "printing/PrintedDocument.h"
#include "process/Prioritisation.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace taller {

class ProcessProjectorWindow;

// The co-creation process: the fichas with their status, score and rank;
// scoring by keyboard (a row, then 1 to 5); advancing a stage; the final
// selection; the ranked list on the projector; the printed documents.
class ProcessPage : public EventPage
{
    Q_OBJECT
public:
    explicit ProcessPage(QWidget *parent = nullptr);
    ~ProcessPage() override;

    void importInitiatives();
    void advance();
    void selectCommitments();
    void showProjector();
    void printResponse();
    void exportResponse();
    void printBlankFicha();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocument() override;
    void refresh();
    void scoreCurrent(std::optional<int> value);
    QList<qint64> selectedIds() const;
    int currentStage() const;
    // Sends printed to the printer or to a PDF (suggested as fileName in the
    // event's folder, signed when signing says so and a certificate is
    // chosen); title heads the warning when it could not be built.
    void output(DocumentPrinter::Output where, const Result<PrintedDocument> &printed, const QString &title, const QString &fileName,
                DocumentPrinter::Signing signing = DocumentPrinter::Signing::Unsigned);

    QLabel *m_heading;
    QLabel *m_summary;
    QComboBox *m_stage;
    QComboBox *m_criterion;
    QLineEdit *m_scorer;
    QTableWidget *m_table;
    ProcessProjectorWindow *m_projector = nullptr;
    QList<InitiativeStanding> m_standings;
    Process m_process;
};

// The ranked list with bars, for the room's screen.
class ProcessProjectorWindow : public QWidget
{
    Q_OBJECT
public:
    explicit ProcessProjectorWindow(QWidget *parent = nullptr);
    void setRanking(const QString &title, const QList<InitiativeStanding> &ranked);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_title;
    QList<InitiativeStanding> m_ranked;
};

} // namespace taller
