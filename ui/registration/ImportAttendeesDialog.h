#pragma once

#include "registration/AttendeeImport.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QPushButton;
class QTableWidget;

namespace taller {

class EventDocument;

// Shows what an import will do before anything is written: which column
// feeds which field (the user can change it), who comes in with the names
// as split (the user can correct a split), what is rejected and why. Then
// imports all accepted rows at once.
class ImportAttendeesDialog : public QDialog
{
    Q_OBJECT

public:
    ImportAttendeesDialog(EventDocument &document, const QString &path, const TabularReader::Table &table,
                          const AttendeeImport::Plan &plan, QWidget *parent = nullptr);

    // Asks for a list (CSV, .xlsx, .ods), prepares it and shows the preview;
    // reports errors itself.
    static void run(EventDocument &document, QWidget *parent);

    void accept() override;

private:
    void chooseField(int column, const QString &field);
    void correctName(int row, int column);
    void fill();

    EventDocument &m_document;
    TabularReader::Table m_table;
    AttendeeImport::Plan m_plan;
    // Names corrected by hand, by line, kept when the columns change.
    QHash<int, std::pair<QString, QString>> m_corrections;
    QLabel *m_summary = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_people = nullptr;
    QTableWidget *m_problems = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QPushButton *m_import = nullptr;
    bool m_filling = false;
};

} // namespace taller
