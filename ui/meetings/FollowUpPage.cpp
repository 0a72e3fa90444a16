#include "FollowUpPage.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "MeetingService.h"
#include "ProcessService.h"
#include "base/Clock.h"
#include "base/Text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
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

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

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

QPushButton *button(const QString &text, QWidget *receiver, const std::function<void()> &action)
{
    auto *b = new QPushButton(text);
    QObject::connect(b, &QPushButton::clicked, receiver, action);
    return b;
}

} // namespace

FollowUpPage::FollowUpPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_agreementSummary(new QLabel)
    , m_filter(new QComboBox)
    , m_agreementTable(new QTableWidget)
    , m_boardSummary(new QLabel)
    , m_stage(new QComboBox)
    , m_boardTable(new QTableWidget)
{
    auto *heading = new QLabel(tr("Agreements and deliverables"));
    heading->setObjectName(u"pageHeading"_s);

    // Agreements.
    m_filter->addItems({tr("Not done yet"), tr("Overdue"), tr("Done"), tr("All")});
    m_filter->setAccessibleName(tr("Show"));
    connect(m_filter, &QComboBox::currentIndexChanged, this, &FollowUpPage::refreshAgreements);
    m_agreementTable->setColumnCount(AgreementColumnCount);
    m_agreementTable->setHorizontalHeaderLabels(
        {tr("No."), tr("Meeting"), tr("Agreement"), tr("Responsible"), tr("Due"), tr("Status"), tr("Done")});
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
    auto *agreementsTop = new QHBoxLayout;
    agreementsTop->addWidget(new QLabel(tr("Show:")));
    agreementsTop->addWidget(m_filter);
    agreementsTop->addWidget(m_agreementSummary, 1);
    agreementsLayout->addLayout(agreementsTop);
    agreementsLayout->addWidget(m_agreementTable, 1);
    auto *agreementButtons = new QHBoxLayout;
    agreementButtons->addWidget(button(tr("&Mark as done…"), this, [this] { markDone(); }));
    agreementButtons->addWidget(button(tr("&Reopen"), this, [this] { reopen(); }));
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
    auto *boardTop = new QHBoxLayout;
    boardTop->addWidget(new QLabel(tr("Stage:")));
    boardTop->addWidget(m_stage);
    boardTop->addWidget(m_boardSummary, 1);
    boardLayout->addLayout(boardTop);
    boardLayout->addWidget(m_boardTable, 1);
    // Three to a row: five Spanish labels side by side would not fit 1024 px.
    auto *boardButtons = new QGridLayout;
    boardButtons->addWidget(button(tr("Tick as &received…"), this, [this] { receive(); }), 0, 0);
    boardButtons->addWidget(button(tr("Add &organisation…"), this, [this] { addOrganisation(); }), 0, 1);
    boardButtons->addWidget(button(tr("Add &deliverable…"), this, [this] { addDeliverable(); }), 0, 2);
    boardButtons->addWidget(button(tr("&Print board…"), this, [this] { printBoard(); }), 1, 0);
    boardButtons->addWidget(button(tr("Print &reminders…"), this, [this] { printReminders(); }), 1, 1);
    boardLayout->addLayout(boardButtons);

    m_tabs->addTab(agreements, tr("Agreements"));
    m_tabs->addTab(board, tr("Deliverables"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

void FollowUpPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        for (auto signal : {&EventDocument::meetingsChanged, &EventDocument::actaChanged, &EventDocument::processChanged})
            connect(m_document, signal, this, &FollowUpPage::refresh);
    }
    refresh();
}

bool FollowUpPage::report(const Status &status)
{
    if (!status)
        QMessageBox::warning(this, tr("Agreements and deliverables"), status.errorMessage());
    return status.ok();
}

void FollowUpPage::refresh()
{
    if (!m_document)
        return;
    auto meetings = MeetingService(m_document->session()).meetings();
    m_meetings = meetings ? *meetings : QList<Meeting>();
    const int stage = m_stage->currentData().toInt();
    m_stage->blockSignals(true);
    m_stage->clear();
    m_stage->addItem(tr("Every stage"), 0);
    auto process = ProcessService(m_document->session()).process();
    if (process && process->has_value()) {
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
    if (!m_document)
        return;
    auto all = MeetingService(m_document->session()).agreements();
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
        m_agreementTable->setItem(row, IdColumn, cell(QString::number(a.id)));
        // Short in the table, whole in the tooltip.
        Meeting shortName;
        shortName.id = a.meetingId;
        if (meeting != m_meetings.cend())
            shortName.stage = meeting->stage;
        auto *meetingItem = cell(Meetings::label(shortName));
        meetingItem->setToolTip(meeting != m_meetings.cend() ? Meetings::label(*meeting) : QString());
        m_agreementTable->setItem(row, MeetingColumn, meetingItem);
        m_agreementTable->setItem(row, TextColumn, cell(a.text));
        m_agreementTable->setItem(row, ResponsibleColumn, cell(a.responsible));
        m_agreementTable->setItem(row, DueColumn, cell(Meetings::dueText(a.due)));
        auto *statusItem = cell(Meetings::displayName(status));
        paint(statusItem, status == AgreementStatus::Done, status == AgreementStatus::Overdue);
        m_agreementTable->setItem(row, StatusColumn, statusItem);
        m_agreementTable->setItem(row, DoneColumn,
                                  cell(a.isDone() ? u"%1 · %2"_s.arg(a.doneOn.toString(u"dd/MM/yyyy"_s), a.doneNote) : QString()));
    }
    m_agreementTable->resizeRowsToContents();
}

void FollowUpPage::refreshBoard()
{
    if (!m_document)
        return;
    auto board = ProcessService(m_document->session()).board(m_stage->currentData().toInt());
    if (!board) {
        m_boardSummary->setText(board.errorMessage());
        return;
    }
    m_board = *board;
    m_boardTable->clear();
    m_boardTable->setColumnCount(int(m_board.deliverables.size()));
    m_boardTable->setRowCount(int(m_board.rows.size()));
    QStringList headers;
    for (const Deliverable &d : std::as_const(m_board.deliverables))
        headers << wrapped(u"%1 · %2"_s.arg(romanNumeral(d.stage), d.name)) + u"\n"_s + Deliverables::displayName(d.source);
    m_boardTable->setHorizontalHeaderLabels(headers);
    QStringList organisations;
    int owing = 0;
    for (int row = 0; row < m_board.rows.size(); ++row) {
        const DeliverableBoard::Row &r = m_board.rows.at(row);
        organisations << r.organisation;
        owing += r.missing() > 0 ? 1 : 0;
        for (int column = 0; column < r.cells.size(); ++column) {
            const DeliverableCell &c = r.cells.at(column);
            const QString mark = c.isComplete() ? u"✓ "_s : c.received > 0 ? u"◐ "_s : u"✗ "_s;
            auto *item = cell(mark + Deliverables::cellText(c)
                              + (c.lastReceived.isValid() ? u"\n"_s + c.lastReceived.toString(u"dd/MM/yyyy"_s) : QString()));
            item->setToolTip(c.note);
            paint(item, c.isComplete(), c.received == 0);
            m_boardTable->setItem(row, column, item);
        }
    }
    m_boardTable->setVerticalHeaderLabels(organisations);
    m_boardTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_boardTable->resizeRowsToContents();
    m_boardSummary->setText(m_board.rows.isEmpty()
                                ? tr("No organisations yet: add them, or import their fichas.")
                                : tr("%1 of %2 organisations still owe something.").arg(owing).arg(m_board.rows.size()));
}

void FollowUpPage::markDone()
{
    const int row = m_agreementTable->currentRow();
    if (!m_document || row < 0 || row >= m_agreements.size())
        return;
    const Agreement &a = m_agreements.at(row);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Agreement done"));
    auto *date = new QDateEdit(Clock::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"dd/MM/yyyy"_s);
    auto *note = new QLineEdit(a.doneNote);
    note->setPlaceholderText(tr("The evidence: an oficio, a link, who confirmed it"));
    auto *reviewedIn = new QComboBox;
    reviewedIn->addItem(tr("(none)"), QVariant());
    for (const Meeting &m : std::as_const(m_meetings)) {
        if (m.id != a.meetingId)
            reviewedIn->addItem(Meetings::label(m), m.id);
    }
    if (m_document->meeting().id != a.meetingId)
        reviewedIn->setCurrentIndex(std::max(0, reviewedIn->findData(m_document->meeting().id)));
    auto *form = new QFormLayout(&dialog);
    auto *what = new QLabel(a.text);
    what->setWordWrap(true);
    form->addRow(what);
    form->addRow(tr("&Done on:"), date);
    form->addRow(tr("&Evidence:"), note);
    form->addRow(tr("Reviewed in &meeting:"), reviewedIn);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    note->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(MeetingService(m_document->session())
               .markDone(a.id, date->date(), note->text(),
                         reviewedIn->currentData().isValid() ? std::optional(reviewedIn->currentData().toLongLong()) : std::nullopt));
}

void FollowUpPage::reopen()
{
    const int row = m_agreementTable->currentRow();
    if (!m_document || row < 0 || row >= m_agreements.size())
        return;
    report(MeetingService(m_document->session()).reopen(m_agreements.at(row).id));
}

void FollowUpPage::addOrganisation()
{
    if (!m_document)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add organisation"), tr("The organisation (a Gerencia):"), QLineEdit::Normal, {}, &ok);
    if (ok && !name.trimmed().isEmpty())
        report(ProcessService(m_document->session()).addOrganisation(name));
}

void FollowUpPage::addDeliverable()
{
    if (!m_document)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add deliverable"));
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
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("S&tage:"), stage);
    form->addRow(tr("&What:"), name);
    form->addRow(tr("&How many each:"), expected);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    name->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto added = ProcessService(m_document->session()).addDeliverable({0, stage->currentData().toInt(), name->text(), expected->value(),
                                                                      DeliverableSource::Manual});
    report(added ? Status() : Status(added.error()));
}

void FollowUpPage::receive()
{
    const int row = m_boardTable->currentRow(), column = m_boardTable->currentColumn();
    if (!m_document || row < 0 || column < 0 || row >= m_board.rows.size() || column >= m_board.deliverables.size()) {
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
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Tick as received"));
    auto *count = new QSpinBox;
    count->setRange(0, 999);
    count->setValue(std::max(r.cells.at(column).received, d.expected));
    auto *date = new QDateEdit(Clock::currentDate());
    date->setCalendarPopup(true);
    date->setDisplayFormat(u"dd/MM/yyyy"_s);
    auto *note = new QLineEdit(r.cells.at(column).note);
    auto *form = new QFormLayout(&dialog);
    form->addRow(new QLabel(u"%1 — %2"_s.arg(r.organisation, d.name)));
    form->addRow(tr("&Received (of %1):").arg(d.expected), count);
    form->addRow(tr("&On:"), date);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    count->setFocus();
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(ProcessService(m_document->session()).receive(d.id, r.organisation, count->value(), date->date(), note->text()));
}

void FollowUpPage::printBoard()
{
    if (!m_document)
        return;
    auto document = ProcessService(m_document->session()).boardDocument(m_stage->currentData().toInt());
    if (!report(document ? Status() : Status(document.error())))
        return;
    DocumentPrinter::exportPdf(this, *document, QFileInfo(m_document->path()).absoluteDir().filePath(tr("deliverables-board.pdf")));
}

void FollowUpPage::printReminders()
{
    if (!m_document)
        return;
    auto document = ProcessService(m_document->session()).reminders(m_stage->currentData().toInt());
    if (!report(document ? Status() : Status(document.error())))
        return;
    DocumentPrinter::exportPdf(this, *document, QFileInfo(m_document->path()).absoluteDir().filePath(tr("deliverables-reminders.pdf")));
}

} // namespace taller
