#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace taller {

class AgendaTableModel;
class EventDocument;

// "Programa": the day's timetable.
class AgendaPage : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaPage(QWidget *parent = nullptr);
    void setDocument(EventDocument *document);

    void printProgramme();
    void previewProgramme();
    void exportProgramme();

private:
    void refresh();

    EventDocument *m_document = nullptr;
    AgendaTableModel *m_model;
    QTableView *m_view;
    QLabel *m_summary;
};

} // namespace taller
