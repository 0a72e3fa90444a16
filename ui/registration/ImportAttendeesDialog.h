#pragma once

#include "registration/AttendeeImport.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace taller {

class EventDocument;

// Shows what a CSV import will do (who comes in, what is rejected and why)
// before anything is written, then imports all accepted rows at once.
class ImportAttendeesDialog : public QDialog
{
    Q_OBJECT

public:
    ImportAttendeesDialog(EventDocument &document, const QString &csvPath, const AttendeeImport::Plan &plan,
                          QWidget *parent = nullptr);

    // Asks for a CSV, prepares it and shows the preview; reports errors itself.
    static void run(EventDocument &document, QWidget *parent);

    void accept() override;

private:
    EventDocument &m_document;
    AttendeeImport::Plan m_plan;
};

} // namespace taller
