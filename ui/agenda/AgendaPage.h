#pragma once

#include "DocumentPrinter.h"
#include "EventPage.h"

#include "printing/PrintedDocument.h"

#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace taller {

class AgendaItemEditor;
class AgendaTableModel;
class ProjectorWindow;

// "Programa": build the day's timetable, then run it live.
class AgendaPage : public EventPage
{
    Q_OBJECT

public:
    explicit AgendaPage(QWidget *parent = nullptr);

    void addActivity();
    void deleteActivity();
    void moveActivity(int delta);
    void startOrAdvance();
    void showProjector();
    void clearActualTimes();

    void outputProgramme(DocumentPrinter::Output where);
    void importCsv();
    void exportCsv();

    int currentRow() const;
    void selectRow(int row);

private:
    void showDocument() override;
    void refresh();
    void refreshLive();
    void moveRow(int from, int to);

    AgendaTableModel *m_model;
    QTableView *m_view;
    AgendaItemEditor *m_editor;
    QLabel *m_summary;
    QLabel *m_problems;
    QLabel *m_liveText;
    QPushButton *m_liveButton;
    QPushButton *m_clearButton;
    QTimer *m_clock;
    QPointer<ProjectorWindow> m_projector;
};

} // namespace taller
