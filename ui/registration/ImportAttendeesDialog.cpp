#include "ImportAttendeesDialog.h"

#include "EventDocument.h"
#include "RegistrationService.h"
#include "Settings.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

void ImportAttendeesDialog::run(EventDocument &document, QWidget *parent)
{
    const QString path = QFileDialog::getOpenFileName(parent, tr("Import attendees from CSV"), Settings::lastFolder(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(parent, tr("Import attendees"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    auto plan = RegistrationService(document.session()).prepareImport(file.read(64 * 1024 * 1024));
    if (!plan) {
        QMessageBox::warning(parent, tr("Import attendees"),
                             tr("%1 cannot be imported.\n\n%2").arg(QFileInfo(path).fileName(), plan.errorMessage()));
        return;
    }
    ImportAttendeesDialog dialog(document, path, *plan, parent);
    dialog.exec();
}

ImportAttendeesDialog::ImportAttendeesDialog(EventDocument &document, const QString &csvPath,
                                             const AttendeeImport::Plan &plan, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_plan(plan)
{
    setWindowTitle(tr("Import attendees: %1").arg(QFileInfo(csvPath).fileName()));
    const int rejected = plan.count(AttendeeImport::ProblemKind::Rejected);
    const int duplicates = plan.count(AttendeeImport::ProblemKind::Duplicate);
    const int warnings = plan.count(AttendeeImport::ProblemKind::Warning);

    auto *summary = new QLabel(tr("<b>%n people will be imported</b>; duplicates left out: %1; rejected rows: %2; "
                                  "warnings: %3.",
                                  nullptr, int(plan.accepted.size()))
                                   .arg(duplicates)
                                   .arg(rejected)
                                   .arg(warnings));
    summary->setWordWrap(true);
    QStringList recognised;
    for (const auto &[column, header] : plan.recognisedColumns)
        recognised << u"%1 → %2"_s.arg(header, AttendeeImport::columnName(column));
    auto *columns = new QLabel(tr("Read as %1, separated by \"%2\". Columns: %3.")
                                   .arg(CsvReader::encodingName(plan.encoding),
                                        plan.delimiter == u'\t' ? tr("tab") : QString(plan.delimiter),
                                        recognised.join(u", "_s))
                               + (plan.ignoredColumns.isEmpty() ? QString()
                                                                : u' ' + tr("Ignored: %1.").arg(plan.ignoredColumns.join(u", "_s))));
    columns->setWordWrap(true);

    auto *people = new QTableWidget(int(plan.accepted.size()), 5);
    people->setHorizontalHeaderLabels({tr("Line"), tr("Surnames, given names"), tr("Document"), tr("Organisation"), tr("Sector")});
    for (int row = 0; row < plan.accepted.size(); ++row) {
        const AttendeeImport::Row &r = plan.accepted.at(row);
        const QStringList values{QString::number(r.line), r.attendee.sortName(), r.attendee.documentNumber,
                                 r.attendee.organisation, Sectors::displayName(r.attendee.sector)};
        for (int column = 0; column < values.size(); ++column)
            people->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    people->setEditTriggers(QAbstractItemView::NoEditTriggers);
    people->verticalHeader()->setVisible(false);
    people->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    people->resizeColumnToContents(0);

    auto *problems = new QTableWidget(int(plan.problems.size()), 2);
    problems->setHorizontalHeaderLabels({tr("Kind"), tr("What")});
    for (int row = 0; row < plan.problems.size(); ++row) {
        const AttendeeImport::Problem &p = plan.problems.at(row);
        const QString kind = p.kind == AttendeeImport::ProblemKind::Rejected    ? tr("Rejected")
                             : p.kind == AttendeeImport::ProblemKind::Duplicate ? tr("Duplicate")
                                                                                 : tr("Warning");
        auto *kindItem = new QTableWidgetItem(kind);
        kindItem->setForeground(p.kind == AttendeeImport::ProblemKind::Warning ? QColor(0x8a, 0x5a, 0x00) : QColor(0xb0, 0x00, 0x20));
        problems->setItem(row, 0, kindItem);
        problems->setItem(row, 1, new QTableWidgetItem(p.reason));
    }
    problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    problems->verticalHeader()->setVisible(false);
    problems->horizontalHeader()->setStretchLastSection(true);
    problems->setVisible(!plan.problems.isEmpty());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *import = buttons->button(QDialogButtonBox::Ok);
    import->setText(tr("&Import %n people", nullptr, int(plan.accepted.size())));
    import->setEnabled(!plan.accepted.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(columns);
    layout->addWidget(people, 3);
    if (!plan.problems.isEmpty()) {
        auto *problemsLabel = new QLabel(tr("Problems found:"));
        layout->addWidget(problemsLabel);
        layout->addWidget(problems, 1);
    }
    layout->addWidget(buttons);
    resize(900, 620);
}

void ImportAttendeesDialog::accept()
{
    auto report = m_document.importAttendees(m_plan);
    if (!report) {
        QMessageBox::warning(this, tr("Import attendees"), report.errorMessage());
        return;
    }
    QMessageBox::information(this, tr("Import attendees"),
                             tr("%n people imported.", nullptr, report->imported));
    QDialog::accept();
}

} // namespace taller
