#pragma once

#include "registration/AttendeeImport.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace taller {

class EventDocument;

// Shows what an import will do before anything is written: the row that
// names the columns (the user can choose another), which column feeds which
// field (the user can change it), who comes in with the names as split —
// the splits the program is unsure of first, each fixed with one key (Ctrl+I
// swaps given names and surnames, Ctrl+← and Ctrl+→ move a word across,
// Ctrl+R takes the other reading, Ctrl+Return keeps it as shown) or by
// typing — what is rejected and why. It opens even when the columns cannot
// be placed, and asks. Then imports all accepted rows at once.
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

    // The names as they will be imported, in the order the table shows them
    // (flagged splits first); for tests.
    const AttendeeImport::Plan &plan() const { return m_plan; }
    // The plan's row shown at a table row.
    int planRow(int tableRow) const { return m_order.value(tableRow, -1); }

    enum class NameFix { Swap, MoveToSurnames, MoveToGivenNames, OtherReading, KeepAsShown };
    void fixName(int tableRow, NameFix fix);

private:
    void chooseField(int column, const QString &field);
    void chooseHeaderLine(int line);
    void prepareAgain(const QStringList &choices);
    void correctName(int row, int column);
    void setNames(int tableRow, const QString &given, const QString &surnames);
    void fill();
    // How many people, duplicates, rejections and warnings still to check.
    void showSummary();

    EventDocument &m_document;
    TabularReader::Table m_table;
    AttendeeImport::Plan m_plan;
    // Names corrected by hand, by line, kept when the columns change.
    QHash<int, std::pair<QString, QString>> m_corrections;
    // Table row → plan row: flagged splits first.
    QList<int> m_order;
    int m_headerLine = 0;
    QLabel *m_summary = nullptr;
    QLabel *m_unplaced = nullptr;
    QLabel *m_notes = nullptr;
    QComboBox *m_headerRow = nullptr;
    QTableWidget *m_columns = nullptr;
    QTableWidget *m_people = nullptr;
    QTableWidget *m_problems = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_import = nullptr;
    bool m_filling = false;
};

} // namespace taller
