#include "FollowUpPage.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "FormDialog.h"
#include "MeetingService.h"
#include "ProcessService.h"
#include "base/Clock.h"
#include "base/Text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum AgreementColumn { IdColumn, MeetingColumn, TextColumn, ResponsibleColumn, DueColumn, StatusColumn, DoneColumn, AgreementColumnCount };
enum Filter { NotDone, Overdue, Done, All };

// Colour as a second cue, never the only one: the words say it too.
void paint(QTableWidgetItem *item, bool good, bool bad)
{
    if (good)
        item->setBackground(QColor(0xd9, 0xf2, 0xd9));
    else if (bad)
        item->setBackground(QColor(0xf9, 0xd6, 0xd2));
    else
        item->setBackground(QColor(0xfd, 0xf1, 0xc8));
    item->setForeground(Qt::black);
}

// What a tab shows (a labelled choice), then a summary of it taking the room.
QHBoxLayout *choiceRow(const QString &label, QComboBox *choice, QLabel *summary)
{
    auto *row = new QHBoxLayout;
    auto *name = new QLabel(label);
    name->setBuddy(choice);
    row->addWidget(name);
    row->addWidget(choice);
    row->addWidget(summary, 1);
    return row;
}

// A header's words on lines of about 30 characters: a header does not wrap.
QString wrapped(const QString &text)
{
    QStringList lines{QString()};
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (!lines.last().isEmpty() && lines.last().size() + word.size() > 30)
            lines.append(QString());
        lines.last() += (lines.last().isEmpty() ? QString() : u" "_s) + word;
    }
    return lines.join(u'\n');
}

} // namespace

FollowUpPage::FollowUpPage(QWidget *parent)
    : EventPage(parent)
    , m_tabs(new QTabWidget)
    , m_agreementSummary(new QLabel)
    , m_filter(new QComboBox)
    , m_agreementTable(new QTableWidget)
    , m_boardSummary(new QLabel)
    , m_stage(new QComboBox)
    , m_boardTable(new QTableWidget)
{
    setWindowTitle(tr("Agreements and deliverables")); // the title of its warnings

    // Agreements.
    m_filter->addItems({tr("Not done yet"), tr("Overdue"), tr("Done"), tr("All")});
    m_filter->setAccessibleName(tr("Show"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &FollowUpPage::refreshAgreements);
    m_agreementTable->setColumnCount(AgreementColumnCount);
    m_agreementTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Meeting"), tr("Agreement"), tr("Responsible"), tr("Due"), tr("Status"), tr("Done on")});
    m_agreementTable->verticalHeader()->hide();
    m_agreementTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agreementTable->setWordWrap(true);
    m_agreementTable->setAccessibleName(tr("Agreements"));
    for (int column : {IdColumn, MeetingColumn, DueColumn, StatusColumn})
        m_agreementTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_agreementTable->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_agreementTable->horizontalHeader()->setSectionResizeMode(DoneColumn, QHeaderView::Stretch);
    m_agreementTable->setColumnWidth(ResponsibleColumn, 150);
    connect(m_agreementTable, &QTableWidget::cellActivated, this, [this] { markDone(); });
    auto *agreements = new QWidget;
    auto *agreementsLayout = new QVBoxLayout(agreements);
    agreementsLayout->addLayout(choiceRow(tr("Show:"), m_filter, m_agreementSummary));
    agreementsLayout->addWidget(m_agreementTable, 1);
    auto *agreementButtons = new QHBoxLayout;
    agreementButtons->addWidget(actionButton(tr("&Mark as done…"), &FollowUpPage::markDone));
    agreementButtons->addWidget(actionButton(tr("&Reopen"), &FollowUpPage::reopen));
    agreementButtons->addStretch(1);
    agreementsLayout->addLayout(agreementButtons);

    // The board.
    m_stage->setAccessibleName(tr("Stage shown"));
    connect(m_stage, &QComboBox::currentIndexChanged, this, &FollowUpPage::refreshBoard);
    m_boardTable->setAccessibleName(tr("Board of deliverables"));
    m_boardTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_boardTable->setWordWrap(true);
    connect(m_boardTable, &QTableWidget::cellActivated, this, [this] { receive(); });
    m_boardSummary->setWordWrap(true);
    auto *board = new QWidget;
    auto *boardLayout = new QVBoxLayout(board);
    boardLayout->addLayout(choiceRow(tr("Stage:"), m_stage, m_boardSummary));
    boardLayout->addWidget(m_boardTable, 1);
    // Three to a row: five Spanish labels side by side would not fit 1024 px.
    auto *boardButtons = new QGridLayout;
    boardButtons->addWidget(actionButton(tr("Tick as &received…"), &FollowUpPage::receive), 0, 0);
    boardButtons->addWidget(actionButton(tr("Add &organisation…"), &FollowUpPage::addOrganisation), 0, 1);
    boardButtons->addWidget(actionButton(tr("Add &deliverable…"), &FollowUpPage::addDeliverable), 0, 2);
    boardButtons->addWidget(actionButton(tr("&Print board…"), &FollowUpPage::printBoard), 1, 0);
    boardButtons->addWidget(actionButton(tr("Print &reminders…"), &FollowUpPage::printReminders), 1, 1);
    boardLayout->addLayout(boardButtons);

    m_tabs->addTab(agreements, tr("Agreements"));
    m_tabs->addTab(board, tr("Deliverables"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Agreements and deliverables")));
    layout->addWidget(m_tabs, 1);
    // Reached by keyboard, the page's work starts in the table of the tab
    // shown: Enter on an agreement marks it done, on a cell ticks it.
    setFocusProxy(m_agreementTable);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this](int tab) { setFocusProxy(tab == 0 ? m_agreementTable : m_boardTable); });
}

void FollowUpPage::showDocument()
{
    follow({&EventDocument::meetingsChanged, &EventDocument::actaChanged, &EventDocument::processChanged}, &FollowUpPage::refresh);
    refresh();
}

void FollowUpPage::refresh()
{
    if (!document())
        return;
    auto meetings = MeetingService(document()->session()).meetings();
    auto process = ProcessService(document()->session()).process();
    if (!meetings || !process) {
        // Half a page would pass for the whole one: say why it is empty.
        const QString why = !meetings ? meetings.errorMessage() : process.errorMessage();
        m_agreementSummary->setText(why);
        m_boardSummary->setText(why);
        m_agreementTable->setRowCount(0);
        m_boardTable->setRowCount(0);
        return;
    }
    m_meetings = *meetings;
    const int stage = m_stage->currentData().toInt();
    m_stage->blockSignals(true);
    m_stage->clear();
    m_stage->addItem(tr("Every stage"), 0);
    if (process->has_value()) {
        for (const ProcessStage &s : (*process)->stages)
            m_stage->addItem(tr("Stage %1 · %2").arg(romanNumeral(s.number), s.name), s.number);
    }
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(stage)));
    m_stage->blockSignals(false);
    refreshAgreements();
    refreshBoard();
}

void FollowUpPage::refreshAgreements()
{
    if (!document())
        return;
    auto all = MeetingService(document()->session()).agreements();
    if (!all) {
        m_agreementSummary->setText(all.errorMessage());
        return;
    }
    const QDate today = Clock::currentDate();
    int counts[3] = {0, 0, 0};
    m_agreements.clear();
    for (const Agreement &a : std::as_const(*all)) {
        const AgreementStatus status = a.status(today);
        ++counts[int(status)];
        const bool shown = (m_filter->currentIndex() == NotDone && status != AgreementStatus::Done)
                           || (m_filter->currentIndex() == Overdue && status == AgreementStatus::Overdue)
                           || (m_filter->currentIndex() == Done && status == AgreementStatus::Done) || m_filter->currentIndex() == All;
        if (shown)
            m_agreements.append(a);
    }
    m_agreementSummary->setText(tr("%1 open, %2 overdue, %3 done.")
                                    .arg(counts[int(AgreementStatus::Open)])
                                    .arg(counts[int(AgreementStatus::Overdue)])
                                    .arg(counts[int(AgreementStatus::Done)]));
    m_agreementTable->setRowCount(int(m_agreements.size()));
    for (int row = 0; row < m_agreements.size(); ++row) {
        const Agreement &a = m_agreements.at(row);
        const auto meeting = std::find_if(m_meetings.cbegin(), m_meetings.cend(), [&](const Meeting &m) { return m.id == a.meetingId; });
        const AgreementStatus status = a.status(today);
        m_agreementTable->setItem(row, IdColumn, readOnlyItem(QString::number(a.id)));
        // Short in the table, whole in the tooltip.
        Meeting shortName;
        shortName.id = a.meetingId;
        if (meeting != m_meetings.cend())
            shortName.stage = meeting->stage;
        auto *meetingItem = readOnlyItem(Meetings::label(shortName));
        meetingItem->setToolTip(meeting != m_meetings.cend() ? Meetings::label(*meeting) : QString());
        m_agreementTable->setItem(row, MeetingColumn, meetingItem);
        m_agreementTable->setItem(row, TextColumn, readOnlyItem(a.text));
        m_agreementTable->setItem(row, ResponsibleColumn, readOnlyItem(a.responsible));
        m_agreementTable->setItem(row, DueColumn, readOnlyItem(Meetings::dueText(a.due)));
        auto *statusItem = readOnlyItem(displayNameOf(status));
        paint(statusItem, status == AgreementStatus::Done, status == AgreementStatus::Overdue);
        m_agreementTable->setItem(row, StatusColumn, statusItem);
        m_agreementTable->setItem(row, DoneColumn,
                                  readOnlyItem(a.isDone() ? u"%1 · %2"_s.arg(a.doneOn.toString(u"dd/MM/yyyy"_s), a.doneNote) : QString()));
    }
    m_agreementTable->resizeRowsToContents();
}

void FollowUpPage::refreshBoard()
{
    if (!document())
        return;
    auto board = ProcessService(document()->session()).board(m_stage->currentData().toInt());
    if (!board) {
        m_boardSummary->setText(board.errorMessage());
        return;
    }
    m_board = *board;
    m_boardTable->clear();
    // The organisation is a column of its own that wraps: a header would
    // take the width of the longest name.
    m_boardTable->setColumnCount(int(m_board.deliverables.size()) + 1);
    m_boardTable->setRowCount(int(m_board.rows.size()));
    QStringList headers{tr("Organisation")};
    for (const Deliverable &d : std::as_const(m_board.deliverables))
        headers << wrapped(u"%1 · %2"_s.arg(romanNumeral(d.stage), d.name)) + u"\n"_s + displayNameOf(d.source);
    m_boardTable->setHorizontalHeaderLabels(headers);
    int owing = 0;
    for (int row = 0; row < m_board.rows.size(); ++row) {
        const DeliverableBoard::Row &r = m_board.rows.at(row);
        m_boardTable->setItem(row, 0, readOnlyItem(r.organisation));
        owing += r.missing() > 0 ? 1 : 0;
        for (int column = 0; column < r.cells.size(); ++column) {
            const DeliverableCell &c = r.cells.at(column);
            const QString mark = c.isComplete() ? u"✓ "_s : c.received > 0 ? u"◐ "_s : u"✗ "_s;
            auto *item = readOnlyItem(mark + Deliverables::cellText(c)
                              + (c.lastReceived.isValid() ? u"\n"_s + c.lastReceived.toString(u"dd/MM/yyyy"_s) : QString()));
            item->setToolTip(c.note);
            paint(item, c.isComplete(), c.received == 0);
            m_boardTable->setItem(row, column + 1, item);
        }
    }
    m_boardTable->verticalHeader()->hide();
    m_boardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_boardTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_boardTable->setColumnWidth(0, 240);
    m_boardTable->resizeRowsToContents();
    m_boardSummary->setText(m_board.rows.isEmpty()
                                ? tr("No organisations yet: add them, or import their fichas.")
                                : tr("%1 of %2 organisations still owe something.").arg(owing).arg(m_board.rows.size()));
}

void FollowUpPage::markDone()
{
    const int row = m_agreementTable->currentRow();
    if (!document() || row < 0 || row >= m_agreements.size())
        return;
    const Agreement &a = m_agreements.at(row);
    FormDialog dialog(this, tr("Agreement done"));
    auto *date = FormDialog::dateEdit(Clock::currentDate());
    auto *note = new QLineEdit(a.doneNote);
    note->setPlaceholderText(tr("The evidence: an oficio, a link, who confirmed it"));
    auto *reviewedIn = new QComboBox;
    reviewedIn->addItem(tr("(none)"), QVariant());
    for (const Meeting &m : std::as_const(m_meetings)) {
        if (m.id != a.meetingId)
            reviewedIn->addItem(Meetings::label(m), m.id);
    }
    // The meeting being held now, when it is another one than the agreement's.
    if (document()->meeting().id != a.meetingId && !document()->isWorkshop())
        reviewedIn->setCurrentIndex(std::max(0, reviewedIn->findData(document()->meeting().id)));
    auto *what = new QLabel(a.text);
    what->setWordWrap(true);
    dialog.form()->addRow(what);
    dialog.form()->addRow(tr("&Done on:"), date);
    dialog.form()->addRow(tr("&Evidence:"), note);
    dialog.form()->addRow(tr("Reviewed in &meeting:"), reviewedIn);
    if (!dialog.ask(note))
        return;
    succeeded(MeetingService(document()->session())
               .markDone(a.id, date->date(), note->text(),
                         reviewedIn->currentData().isValid() ? std::optional(reviewedIn->currentData().toLongLong()) : std::nullopt));
}

void FollowUpPage::reopen()
{
    const int row = m_agreementTable->currentRow();
    if (!document() || row < 0 || row >= m_agreements.size())
        return;
    succeeded(MeetingService(document()->session()).reopen(m_agreements.at(row).id));
}

void FollowUpPage::addOrganisation()
{
    if (!document())
        return;
    const auto name = FormDialog::askText(this, tr("Add organisation"), tr("The organisation (a Gerencia):"));
    if (name && !name->trimmed().isEmpty())
        succeeded(ProcessService(document()->session()).addOrganisation(*name));
}

void FollowUpPage::addDeliverable()
{
    if (!document())
        return;
    FormDialog dialog(this, tr("Add deliverable"));
    auto *stage = new QComboBox;
    for (int i = 1; i < m_stage->count(); ++i)
        stage->addItem(m_stage->itemText(i), m_stage->itemData(i));
    if (stage->count() == 0) {
        QMessageBox::information(this, tr("Add deliverable"), tr("Start the process first: deliverables belong to its stages."));
        return;
    }
    auto *name = new QLineEdit;
    name->setPlaceholderText(tr("Oficio para la OGP"));
    auto *expected = new QSpinBox;
    expected->setRange(1, 99);
    dialog.form()->addRow(tr("S&tage:"), stage);
    dialog.form()->addRow(tr("&What:"), name);
    dialog.form()->addRow(tr("&How many each:"), expected);
    if (!dialog.ask(name))
        return;
    auto added = ProcessService(document()->session()).addDeliverable({0, stage->currentData().toInt(), name->text(), expected->value(),
                                                                      DeliverableSource::Manual});
    succeeded(added);
}

void FollowUpPage::receive()
{
    const int row = m_boardTable->currentRow(), column = m_boardTable->currentColumn() - 1;
    if (!document() || row < 0 || column < 0 || row >= m_board.rows.size() || column >= m_board.deliverables.size()) {
        QMessageBox::information(this, tr("Tick as received"), tr("Choose the cell of an organisation and a deliverable first."));
        return;
    }
    const Deliverable &d = m_board.deliverables.at(column);
    const DeliverableBoard::Row &r = m_board.rows.at(row);
    if (d.source != DeliverableSource::Manual) {
        QMessageBox::information(this, tr("Tick as received"),
                                 d.source == DeliverableSource::Fichas
                                     ? tr("\"%1\" counts the fichas in the file: import or type %2's fichas in Process.").arg(d.name, r.organisation)
                                     : tr("\"%1\" counts %2's signed minutes at stage %3: close and sign them in Acta.")
                                           .arg(d.name, r.organisation, romanNumeral(d.stage)));
        return;
    }
    FormDialog dialog(this, tr("Tick as received"));
    auto *count = new QSpinBox;
    count->setRange(0, 999);
    count->setValue(std::max(r.cells.at(column).received, d.expected));
    auto *date = FormDialog::dateEdit(Clock::currentDate());
    auto *note = new QLineEdit(r.cells.at(column).note);
    dialog.form()->addRow(new QLabel(u"%1 — %2"_s.arg(r.organisation, d.name)));
    dialog.form()->addRow(tr("&Received (of %1):").arg(d.expected), count);
    dialog.form()->addRow(tr("&On:"), date);
    dialog.form()->addRow(tr("&Note:"), note);
    if (!dialog.ask(count))
        return;
    succeeded(ProcessService(document()->session()).receive(d.id, r.organisation, count->value(), date->date(), note->text()));
}

void FollowUpPage::printBoard()
{
    if (document())
        exportPdf(ProcessService(document()->session()).boardDocument(m_stage->currentData().toInt()), tr("Board of deliverables"),
                  tr("-deliverables-board.pdf"));
}

void FollowUpPage::printReminders()
{
    if (document())
        exportPdf(ProcessService(document()->session()).reminders(m_stage->currentData().toInt()), tr("Reminders of deliverables"),
                  tr("-deliverables-reminders.pdf"));
}

void FollowUpPage::exportPdf(const Result<PrintedDocument> &printed, const QString &title, const QString &suffix)
{
    if (DocumentPrinter::built(this, printed, title))
        DocumentPrinter::exportPdf(this, *printed, document()->pathBeside(suffix));
}

} // namespace taller
