#include "AgendaPage.h"
#include "FileDialogs.h"

#include "AgendaItemEditor.h"
#include "AgendaTableModel.h"
#include "base/Clock.h"
#include "base/SavedFile.h"
#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "LiveFormat.h"
#include "ProjectorWindow.h"
#include "Settings.h"
#include "ProgrammeService.h"
#include "SpreadsheetExport.h"
#include "event/EventHeader.h"
#include "programme/LiveSchedule.h"

#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

AgendaPage::AgendaPage(QWidget *parent)
    : EventPage(parent)
    , m_model(new AgendaTableModel(this))
    , m_view(new QTableView)
    , m_editor(new AgendaItemEditor)
    , m_summary(new QLabel)
    , m_problems(new QLabel)
    , m_liveText(new QLabel)
    , m_liveButton(new QPushButton)
    , m_clearButton(new QPushButton(tr("Clear times…")))
    , m_clock(new QTimer(this))
{
    auto *top = headingRow(pageHeading(tr("Programme")),
                           {actionButton(tr("Pre&view"), [this] { outputProgramme(DocumentPrinter::Output::Preview); }),
                            actionButton(tr("E&xport PDF…"), [this] { outputProgramme(DocumentPrinter::Output::Pdf); }),
                            actionButton(tr("&Print programme…"), [this] { outputProgramme(DocumentPrinter::Output::Print); })});

    // The live strip: what is on now, and the button that moves the day on.
    auto *live = new QFrame;
    live->setObjectName(u"liveStrip"_s);
    live->setStyleSheet(u"QFrame#liveStrip { background: #eef5f1; border: 1px solid #b9d7c7; border-radius: 4px; }"_s);
    m_liveText->setWordWrap(true);
    m_liveText->setTextFormat(Qt::RichText);
    QFont liveFont = m_liveText->font();
    liveFont.setPointSizeF(liveFont.pointSizeF() * 1.15);
    m_liveText->setFont(liveFont);
    auto *projector = actionButton(tr("Projector (F5)"), &AgendaPage::showProjector);
    connect(m_liveButton, &QPushButton::clicked, this, &AgendaPage::startOrAdvance);
    connect(m_clearButton, &QPushButton::clicked, this, &AgendaPage::clearActualTimes);
    auto *liveLayout = new QHBoxLayout(live);
    liveLayout->addWidget(m_liveText, 1);
    liveLayout->addWidget(m_clearButton);
    liveLayout->addWidget(projector);
    liveLayout->addWidget(m_liveButton);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setDragEnabled(true);
    m_view->setAcceptDrops(true);
    m_view->setDropIndicatorShown(true);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setAccessibleName(tr("Programme"));
    m_view->verticalHeader()->setVisible(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::ActivityColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::ResponsibleColumn, QHeaderView::Interactive);
    m_view->setColumnWidth(AgendaTableModel::ResponsibleColumn, 150);
    // Times and durations are short: they take what they need, and the
    // activity's title the rest (one or two lines, not ten, at 1024×600).
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::TimeColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AgendaTableModel::DurationColumn, QHeaderView::ResizeToContents);
    // The kind is in the form beside the table; the activity needs the room.
    m_view->setColumnHidden(AgendaTableModel::KindColumn, true);
    connect(m_model, &AgendaTableModel::moveRequested, this, &AgendaPage::moveRow);
    connect(m_view, &QTableView::activated, this, [this] { m_editor->focusTitle(); });

    auto *add = actionButton(tr("&Add activity (Ins)"), &AgendaPage::addActivity);
    auto *remove = actionButton(tr("&Delete (Del)"), &AgendaPage::deleteActivity);
    auto *up = actionButton(tr("Move &up (Alt+↑)"), [this] { moveActivity(-1); });
    auto *down = actionButton(tr("Move do&wn (Alt+↓)"), [this] { moveActivity(1); });
    auto *tools = new QHBoxLayout;
    tools->addWidget(add);
    tools->addWidget(remove);
    tools->addWidget(up);
    tools->addWidget(down);
    tools->addStretch();

    m_summary->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #9b1c12;"_s);
    auto *tableSide = new QWidget;
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tools);
    tableLayout->addWidget(m_view, 1);
    tableLayout->addWidget(m_summary);
    tableLayout->addWidget(m_problems);

    auto *editorScroll = new QScrollArea;
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    editorScroll->setWidget(m_editor);
    editorScroll->setMinimumWidth(330);
    editorScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *splitter = new QSplitter;
    splitter->addWidget(tableSide);
    splitter->addWidget(editorScroll);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({700, 300});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(live);
    layout->addWidget(splitter, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const int row = currentRow();
        m_editor->setItem(document() && row >= 0 && row < document()->agenda().size()
                              ? std::optional(document()->agenda().at(row))
                              : std::nullopt,
                          document() ? document()->mesas() : QList<Mesa>());
    });
    connect(m_editor, &AgendaItemEditor::edited, this, [this](const AgendaItem &item, const QString &mergeKey) {
        if (!document())
            return;
        QList<AgendaItem> items = document()->agenda();
        for (AgendaItem &existing : items) {
            if (existing.id == item.id)
                existing = item;
        }
        document()->setAgenda(items, tr("edit \"%1\"").arg(item.title), mergeKey);
    });

    pageShortcut(QKeySequence(Qt::Key_Insert), &AgendaPage::addActivity);
    pageShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), &AgendaPage::addActivity);
    pageShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveActivity(-1); });
    pageShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveActivity(1); });
    pageShortcut(QKeySequence(Qt::Key_F8), &AgendaPage::startOrAdvance);
    pageShortcut(QKeySequence(Qt::Key_F5), &AgendaPage::showProjector);
    // Delete removes the activity only from the table, never from a text field.
    auto *del = new QShortcut(QKeySequence::Delete, m_view, [this] { deleteActivity(); });
    del->setContext(Qt::WidgetShortcut);

    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &AgendaPage::refreshLive);
    setFocusProxy(m_view);
    setEnabled(false);
}

void AgendaPage::showDocument()
{
    // The projector of the event before closes itself as that event goes.
    follow({&EventDocument::agendaChanged, &EventDocument::detailsChanged}, &AgendaPage::refresh);
    // The live strip's clock ticks only while there is a programme to follow.
    if (document())
        m_clock->start();
    else
        m_clock->stop();
    refresh();
    selectRow(0);
}

int AgendaPage::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void AgendaPage::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_editor->setItem(std::nullopt, document() ? document()->mesas() : QList<Mesa>());
        return;
    }
    m_view->setCurrentIndex(m_model->index(row, AgendaTableModel::ActivityColumn));
    m_view->selectRow(row);
}

void AgendaPage::refresh()
{
    const int row = currentRow();
    if (!document()) {
        m_model->setAgenda({}, {}, {});
        m_summary->clear();
        m_problems->clear();
        refreshLive();
        return;
    }
    const EventDetails &details = document()->details();
    QStringList codes;
    for (const Mesa &mesa : document()->mesas())
        codes << mesa.code;
    const QList<AgendaProblem> problems = AgendaValidation::problems(document()->agenda(), details.start, details.end, codes);
    const QDateTime now = Clock::currentDateTime();
    const LiveStatus live = LiveSchedule::status(document()->agenda(), now.date(), details.start, now);
    m_model->setAgenda(document()->agenda(), details.start, document()->mesas(), problems, live.current);
    m_view->resizeColumnToContents(AgendaTableModel::TimeColumn);
    m_view->resizeColumnToContents(AgendaTableModel::DurationColumn);
    selectRow(std::min(std::max(row, 0), m_model->rowCount() - 1));

    const QTime end = m_model->projectedEnd();
    QString summary = tr("%n activities from %1 to %2.", nullptr, m_model->rowCount())
                          .arg(details.start.toString(u"HH:mm"_s), end.toString(u"HH:mm"_s));
    const int spare = int(end.secsTo(details.end) / 60);
    if (spare > 0)
        summary += u' ' + tr("%1 free before the event's end (%2).").arg(EventHeader::durationText(spare), details.end.toString(u"HH:mm"_s));
    m_summary->setText(summary);
    QStringList problemLines;
    for (const AgendaProblem &problem : problems)
        problemLines << u"⚠ "_s + problem.message;
    m_problems->setText(problemLines.join(u'\n'));
    m_problems->setVisible(!problemLines.isEmpty());
    refreshLive();
}

void AgendaPage::refreshLive()
{
    if (!document()) {
        m_liveText->clear();
        return;
    }
    const EventDetails &details = document()->details();
    const QList<AgendaItem> &items = document()->agenda();
    const QDateTime now = Clock::currentDateTime();
    const LiveStatus live = LiveSchedule::status(items, now.date(), details.start, now);
    switch (live.phase) {
    case LiveStatus::Phase::NotStarted:
        m_liveText->setText(tr("The day has not started. Planned %1 to %2.")
                                .arg(details.start.toString(u"HH:mm"_s), live.plannedEnd.time().toString(u"HH:mm"_s)));
        m_liveButton->setText(tr("▶ &Start the day (F8)"));
        m_liveButton->setEnabled(!items.isEmpty());
        break;
    case LiveStatus::Phase::Running: {
        const AgendaItem &current = items.at(*live.current);
        const QString remaining = live.remainingSeconds >= 0
                                      ? tr("%1 left").arg(LiveFormat::countdown(live.remainingSeconds))
                                      : tr("<span style='color:#b00020'>%1 over</span>").arg(LiveFormat::countdown(-live.remainingSeconds));
        const QString next = live.next ? tr("Next: %1").arg(items.at(*live.next).title.toHtmlEscaped()) : tr("Last activity of the day.");
        m_liveText->setText(tr("<b>Now:</b> %1 — <b>%2</b><br>%3<br>Projected end %4, %5.")
                                .arg(current.title.toHtmlEscaped(), remaining, next,
                                     live.projectedEnd.time().toString(u"HH:mm"_s), LiveFormat::delay(live.delaySeconds)));
        m_liveButton->setText(live.next ? tr("&Next activity (F8)") : tr("&End the day (F8)"));
        m_liveButton->setEnabled(true);
        break;
    }
    case LiveStatus::Phase::Finished:
        m_liveText->setText(tr("The day ended at %1 (%2). The actual times are printed beside the planned ones.")
                                .arg(live.projectedEnd.time().toString(u"HH:mm"_s), LiveFormat::delay(live.delaySeconds)));
        m_liveButton->setText(tr("Day over"));
        m_liveButton->setEnabled(false);
        break;
    }
    m_clearButton->setVisible(live.phase != LiveStatus::Phase::NotStarted);
}

void AgendaPage::addActivity()
{
    if (!document())
        return;
    QList<AgendaItem> items = document()->agenda();
    const int at = currentRow() < 0 ? int(items.size()) : currentRow() + 1;
    AgendaItem item;
    item.kind = ActivityKind::Other;
    item.title = tr("New activity");
    item.minutes = 15;
    items.insert(at, item);
    document()->setAgenda(items, tr("add an activity"));
    selectRow(at);
    m_editor->focusTitle();
}

void AgendaPage::deleteActivity()
{
    const int row = currentRow();
    if (!document() || row < 0 || row >= document()->agenda().size())
        return;
    QList<AgendaItem> items = document()->agenda();
    const QString title = items.at(row).title;
    items.removeAt(row);
    // No question asked: Ctrl+Z brings it back.
    document()->setAgenda(items, tr("delete \"%1\"").arg(title));
    selectRow(std::min(row, int(items.size()) - 1));
    m_view->setFocus();
}

void AgendaPage::moveActivity(int delta)
{
    const int row = currentRow();
    if (row < 0)
        return;
    moveRow(row, delta < 0 ? row - 1 : row + 2);
    m_view->setFocus();
}

void AgendaPage::moveRow(int from, int to)
{
    if (!document())
        return;
    QList<AgendaItem> items = document()->agenda();
    if (from < 0 || from >= items.size())
        return;
    to = std::clamp(to, 0, int(items.size()));
    const int target = to > from ? to - 1 : to;
    if (target == from)
        return;
    const QString title = items.at(from).title;
    items.move(from, target);
    document()->setAgenda(items, tr("move \"%1\"").arg(title));
    selectRow(target);
}

void AgendaPage::startOrAdvance()
{
    if (!document())
        return;
    const QDateTime now = Clock::currentDateTime();
    const LiveStatus live = LiveSchedule::status(document()->agenda(), now.date(), document()->details().start, now);
    if (live.phase == LiveStatus::Phase::NotStarted)
        document()->startDay();
    else if (live.phase == LiveStatus::Phase::Running)
        document()->nextActivity();
}

void AgendaPage::clearActualTimes()
{
    if (!document())
        return;
    if (QMessageBox::question(this, tr("Clear times"),
                              tr("Forget every actual start and end recorded today? Ctrl+Z brings them back."))
        == QMessageBox::Yes)
        document()->clearActualTimes();
}

void AgendaPage::showProjector()
{
    if (!document())
        return;
    ProjectorSurface::toggle(m_projector, [this] {
        auto *projector = new ProjectorWindow(*document());
        projector->setAdvance([this] { startOrAdvance(); });
        return projector;
    });
}

void AgendaPage::outputProgramme(DocumentPrinter::Output where)
{
    if (document())
        DocumentPrinter::output(this, where, ProgrammeService(document()->session()).document(), tr("Programme"),
                                document()->pathBeside(tr("-programme") + u".pdf"_s));
}

void AgendaPage::importCsv()
{
    if (!document())
        return;
    const auto list =
        FileDialogs::openList(this, tr("Import programme"), Settings::lastFolder(), TabularReader::fileDialogFilter());
    if (!list)
        return;
    const QString &path = list->path;
    const EventDetails &details = document()->details();
    auto imported = ProgrammeService(document()->session()).readSheet(path, list->options);
    if (!succeeded(imported, tr("Import programme")))
        return;
    QStringList lines;
    for (const ImportProblem &problem : imported->problems)
        lines << problem.reason;
    if (imported->items.isEmpty()) {
        QMessageBox::warning(this, tr("Import programme"),
                             tr("No activity of %1 can be imported; the programme was left as it was.").arg(QFileInfo(path).fileName())
                                 + (lines.isEmpty() ? QString() : u"\n\n"_s + lines.join(u'\n')));
        return;
    }
    const QString question = tr("Replace the programme with the %n activities of %1?", nullptr, int(imported->items.size()))
                                 .arg(QFileInfo(path).fileName())
                             + (lines.isEmpty() ? QString() : u"\n\n"_s + lines.join(u'\n'))
                             + u"\n\n"_s + tr("Ctrl+Z undoes the import.");
    QMessageBox box(QMessageBox::Question, tr("Import programme"), question, QMessageBox::Cancel, this);
    QPushButton *replace = box.addButton(tr("&Replace"), QMessageBox::AcceptRole);
    QPushButton *fileTimes = nullptr;
    const QTime fileStart = imported->firstStart;
    const bool startDiffers = fileStart.isValid() && fileStart != details.start;
    const bool followFile = startDiffers && document()->agenda().isEmpty();
    if (startDiffers && !followFile) {
        // The event has a programme of its own: ask which start holds.
        box.setText(question + u"\n\n"_s
                    + tr("The file's first activity starts at %1, the event at %2.")
                          .arg(fileStart.toString(u"HH:mm"_s), details.start.toString(u"HH:mm"_s)));
        replace->setText(tr("Keep the event's start (%1)").arg(details.start.toString(u"HH:mm"_s)));
        fileTimes = box.addButton(tr("Use the file's times (start at %1)").arg(fileStart.toString(u"HH:mm"_s)), QMessageBox::AcceptRole);
    } else if (followFile) {
        box.setText(question + u"\n\n"_s + tr("The event will start at %1, as the file's first activity.").arg(fileStart.toString(u"HH:mm"_s)));
    }
    box.exec();
    if (box.clickedButton() != replace && (!fileTimes || box.clickedButton() != fileTimes))
        return;
    // The new start and the new programme are one step to undo.
    document()->undoStack()->beginMacro(tr("import the programme"));
    if (followFile || (fileTimes && box.clickedButton() == fileTimes))
        document()->setEventField(EventField::Start, fileStart);
    document()->setAgenda(imported->items, tr("import the programme"));
    document()->undoStack()->endMacro();
}

void AgendaPage::exportCsv()
{
    if (!document())
        return;
    SpreadsheetExport::save(this, tr("Export programme"), ProgrammeService(document()->session()).exportSheet(),
                            document()->pathBeside(tr("-programme")));
}

} // namespace taller
