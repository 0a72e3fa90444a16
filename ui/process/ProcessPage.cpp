#include "ProcessPage.h"

#include "ImportColumnsDialog.h"
#include "FormDialog.h"
#include "FileDialogs.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "ProcessService.h"
#include "Settings.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum Column { IdColumn, OrganisationColumn, TitleColumn, StageColumn, StatusColumn, ScoreColumn, RankColumn, ReasonColumn, ColumnCount };

// What a click on a column's header sorts by: the number behind a number
// ("10" after "9"), the text otherwise.
constexpr int SortRole = Qt::UserRole + 1;

class SortableItem : public QTableWidgetItem
{
public:
    using QTableWidgetItem::QTableWidgetItem;
    bool operator<(const QTableWidgetItem &other) const override
    {
        const QVariant mine = data(SortRole), theirs = other.data(SortRole);
        if (mine.isValid() && theirs.isValid())
            return mine.toDouble() < theirs.toDouble();
        return QString::localeAwareCompare(text(), other.text()) < 0;
    }
};

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter,
                       std::optional<double> sortBy = std::nullopt)
{
    auto *item = new SortableItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setTextAlignment(alignment);
    if (sortBy)
        item->setData(SortRole, *sortBy);
    return item;
}

// The numbers a person types for the initiatives ("3, 7 12"); nullopt when
// something typed is not a number.
std::optional<QList<qint64>> typedNumbers(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QRegularExpression(u"[\\s,;]+"_s), Qt::SkipEmptyParts)) {
        bool ok = false;
        const qint64 id = part.toLongLong(&ok);
        if (!ok || id <= 0)
            return std::nullopt;
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

ProcessPage::ProcessPage(QWidget *parent)
    : EventPage(parent)
    , m_heading(pageHeading(QString()))
    , m_summary(new QLabel)
    , m_stage(new QComboBox)
    , m_criterion(new QComboBox)
    , m_scorer(new QLineEdit)
    , m_table(new QTableWidget)
{
    m_summary->setWordWrap(true);
    m_scorer->setPlaceholderText(tr("M1, or a person's name"));
    // Remembered per event file, as typed: a restart keeps it.
    connect(m_scorer, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (document())
            Settings::setScorer(document()->path(), text.trimmed());
    });
    m_scorer->setAccessibleName(tr("Who scores"));
    m_criterion->setAccessibleName(tr("Criterion"));
    m_stage->setAccessibleName(tr("Stage shown"));

    auto *scoring = new QHBoxLayout;
    scoring->addWidget(new QLabel(tr("Show:")));
    scoring->addWidget(m_stage);
    scoring->addSpacing(12);
    scoring->addWidget(new QLabel(tr("Scorer:")));
    scoring->addWidget(m_scorer);
    scoring->addWidget(new QLabel(tr("Criterion:")));
    scoring->addWidget(m_criterion, 1);
    auto *hint = new QLabel(tr("1 to 5 scores the initiative in hand (0 clears) and the cursor stays on it; ↓ goes to the "
                               "next. A click on a column's header sorts by it."));
    hint->setWordWrap(true);

    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Gerencia"), tr("Initiative"), tr("Stage"), tr("Status"), tr("Score"), tr("Rank"), tr("Reason")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    // The Gerencia, the initiative and the reason share what the numbers leave.
    m_table->horizontalHeader()->setSectionResizeMode(OrganisationColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    for (int column : {StageColumn, StatusColumn, ScoreColumn, RankColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ReasonColumn, QHeaderView::Stretch);
    m_table->setColumnWidth(OrganisationColumn, 220);
    m_table->installEventFilter(this);
    m_table->setAccessibleName(tr("Initiatives"));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IdColumn, Qt::AscendingOrder);

    // Three to a row: six Spanish labels side by side would not fit 1024 px.
    auto *buttons = new QGridLayout;
    int placed = 0;
    auto addButton = [&](const QString &text, void (ProcessPage::*slot)()) {
        buttons->addWidget(actionButton(text, slot), placed / 3, placed % 3);
        ++placed;
    };
    addButton(tr("Import fichas…"), &ProcessPage::importInitiatives);
    addButton(tr("Advance to the next stage…"), &ProcessPage::advance);
    addButton(tr("Select as commitments…"), &ProcessPage::selectCommitments);
    addButton(tr("Show on projector"), &ProcessPage::showProjector);
    addButton(tr("Print reasoned response…"), &ProcessPage::printResponse);
    addButton(tr("Export reasoned response as PDF…"), &ProcessPage::exportResponse);
    addButton(tr("Print blank ficha…"), &ProcessPage::printBlankFicha);
    buttons->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(scoring);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    // Reached by keyboard, the page's work starts in the table: a digit scores.
    setFocusProxy(m_table);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &ProcessPage::refresh);
}

ProcessPage::~ProcessPage()
{
    delete m_projector;
}

void ProcessPage::showDocument()
{
    if (m_projector)
        m_projector->hide();
    follow({&EventDocument::processChanged}, &ProcessPage::refresh);
    m_scorer->setText(document() ? Settings::scorer(document()->path()) : QString());
    refresh();
}

int ProcessPage::currentStage() const
{
    return m_stage->currentData().toInt();
}

void ProcessPage::refresh()
{
    // The initiative in hand and those selected stay so, wherever sorting
    // puts their rows.
    const qint64 current = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), IdColumn)
                               ? m_table->item(m_table->currentRow(), IdColumn)->data(Qt::UserRole).toLongLong()
                               : 0;
    const QList<qint64> selected = selectedIds();
    m_table->setRowCount(0);
    m_standings.clear();
    if (!document() || !document()->hasProcess())
        return;
    ProcessService service(document()->session());
    auto process = service.process();
    auto standings = service.standings();
    auto criteria = service.criteria();
    if (!process || !standings || !criteria || !process->has_value())
        return;
    m_process = **process;
    m_standings = *standings;
    m_heading->setText(u"%1 — %2"_s.arg(m_process.name, m_process.institution));

    const int shown = currentStage();
    {
        const QSignalBlocker block(m_stage);
        m_stage->clear();
        m_stage->addItem(tr("Every initiative"), 0);
        for (const ProcessStage &st : std::as_const(m_process.stages)) {
            if (st.number >= m_process.entryStage)
                m_stage->addItem(tr("Reached %1").arg(Initiatives::stageTitle(st)), st.number);
        }
        m_stage->setCurrentIndex(std::max(0, m_stage->findData(shown)));
    }
    const QString criterion = m_criterion->currentText();
    m_criterion->clear();
    for (const Criterion &c : std::as_const(*criteria))
        m_criterion->addItem(tr("%1 (weight %2)").arg(c.name, QLocale().toString(c.weight)), c.id);
    m_criterion->setCurrentIndex(std::max(0, m_criterion->findText(criterion)));

    auto funnel = service.funnel();
    QStringList steps;
    if (funnel) {
        for (const Funnel::Step &step : std::as_const(funnel->steps))
            steps.append(u"%1: %2"_s.arg(step.label).arg(step.count));
    }
    m_summary->setText(steps.join(u"  →  "_s));

    // In the order of the fichas, so that rows stay put while scoring; the
    // projector shows them by rank.
    QList<InitiativeStanding> rows;
    for (const auto &s : std::as_const(m_standings)) {
        if (shown == 0 || s.initiative.stage >= shown)
            rows.append(s);
    }
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &s = rows[r];
        const ProcessStage *st = m_process.stage(s.initiative.stage);
        auto *id = cell(QString::number(s.initiative.id), Qt::AlignRight | Qt::AlignVCenter, double(s.initiative.id));
        id->setData(Qt::UserRole, s.initiative.id);
        m_table->setItem(r, IdColumn, id);
        m_table->setItem(r, OrganisationColumn, cell(s.initiative.organisation));
        auto *title = cell(s.initiative.title());
        const QStringList missing = Initiatives::missing(s.initiative);
        if (!missing.isEmpty()) {
            title->setToolTip(tr("Incomplete ficha; it lacks: %1").arg(missing.join(u"; "_s)));
            title->setText(title->text() + u" ⚠"_s);
        }
        m_table->setItem(r, TitleColumn, title);
        m_table->setItem(r, StageColumn, cell(st ? Initiatives::roman(st->number) : QString::number(s.initiative.stage),
                                              Qt::AlignLeft | Qt::AlignVCenter, double(s.initiative.stage)));
        m_table->setItem(r, StatusColumn, cell(displayNameOf(s.initiative.status)));
        // Unscored: no score and no rank, said in words; they sort last.
        const bool scored = s.score.has_value();
        m_table->setItem(r, ScoreColumn, cell(scored ? Initiatives::scoreText(s.score, s.method) : tr("unscored"),
                                              Qt::AlignRight | Qt::AlignVCenter, scored ? *s.score : -1.0));
        QString rank;
        if (scored && s.rank > 0)
            rank = s.tied ? tr("%1 (tied)").arg(s.rank) : QString::number(s.rank);
        m_table->setItem(r, RankColumn, cell(rank, Qt::AlignRight | Qt::AlignVCenter, scored && s.rank > 0 ? double(s.rank) : 1e9));
        m_table->setItem(r, ReasonColumn, cell(s.reason));
    }
    m_table->setSortingEnabled(true);
    m_table->resizeColumnToContents(IdColumn);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const qint64 id = m_table->item(r, IdColumn)->data(Qt::UserRole).toLongLong();
        if (id == current)
            m_table->setCurrentCell(r, TitleColumn, QItemSelectionModel::NoUpdate);
    }
    if (!selected.isEmpty()) {
        QItemSelection keep;
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (selected.contains(m_table->item(r, IdColumn)->data(Qt::UserRole).toLongLong()))
                keep.select(m_table->model()->index(r, 0), m_table->model()->index(r, ColumnCount - 1));
        }
        m_table->selectionModel()->select(keep, QItemSelectionModel::ClearAndSelect);
    }
    if (m_projector && m_projector->isVisible())
        showProjector();
}

QList<qint64> ProcessPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows(IdColumn))
        ids.append(index.data(Qt::UserRole).toLongLong());
    return ids;
}

bool ProcessPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_5) {
            scoreCurrent(key->key() - Qt::Key_0);
            return true;
        }
        if (key->key() == Qt::Key_0) {
            scoreCurrent(std::nullopt);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ProcessPage::scoreCurrent(std::optional<int> value)
{
    const int row = m_table->currentRow();
    if (!document() || row < 0 || m_criterion->currentIndex() < 0)
        return;
    if (m_scorer->text().trimmed().isEmpty()) {
        QMessageBox::information(this, tr("Scorer"), tr("Write who scores (a mesa such as M1, or a person's name) first; "
                                                        "it is remembered for this process."));
        m_scorer->setFocus();
        return;
    }
    const qint64 id = m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong();
    // The cursor stays on the initiative just scored (refresh finds its row,
    // wherever sorting puts it); ↓ goes on to the next.
    document()->setInitiativeScore(id, m_criterion->currentData().toLongLong(), m_scorer->text().trimmed(), value);
}

void ProcessPage::importInitiatives()
{
    if (!document())
        return;
    const auto list = FileDialogs::openList(this, tr("Import fichas"), QFileInfo(document()->path()).absolutePath(),
                                            tr("Lists (*.csv *.tsv *.txt *.xlsx *.ods)"));
    if (!list)
        return;
    ProcessService service(document()->session());
    auto plan = service.previewImport(list->path, list->options);
    if (!succeeded(plan, tr("Import fichas")))
        return;
    if (!plan->unplaced.isEmpty()) {
        // Not a dead end: the header row and the columns are chosen here.
        ImportColumnsDialog dialog(
            tr("Import fichas"), plan->firstRows, InitiativeImport::fields(),
            [&](int headerLine, const QStringList &choices) -> Result<ImportColumnsDialog::Preview> {
                TRY_LET(p, service.previewImport(list->path, list->options, choices, headerLine));
                return ImportColumnsDialog::Preview{
                    p->columns, p->unplaced,
                    tr("%n fichas will be imported; rejected rows: %1.", nullptr, int(p->initiatives.size()))
                        .arg(p->count(ImportProblem::Kind::Rejected))};
            },
            this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        plan = service.previewImport(list->path, list->options, dialog.choices(), dialog.headerLine());
        if (!succeeded(plan, tr("Import fichas")))
            return;
    }
    QStringList problems;
    for (const auto &p : std::as_const(plan->problems))
        problems.append(p.reason);
    const QString question = tr("%n fichas are ready to import.", nullptr, int(plan->initiatives.size()))
                             + (problems.isEmpty() ? QString() : u"\n\n"_s + problems.mid(0, 15).join(u'\n')
                                                                     + (problems.size() > 15 ? u"\n…"_s : QString()));
    if (QMessageBox::question(this, tr("Import fichas"), question) != QMessageBox::Yes)
        return;
    auto report = service.import(*plan);
    succeeded(report, tr("Import fichas"));
}

void ProcessPage::advance()
{
    if (!document() || m_process.stages.isEmpty())
        return;
    // The stage after the one the competing initiatives are at.
    int from = 0;
    for (const auto &s : std::as_const(m_standings)) {
        if (s.initiative.isActive())
            from = std::max(from, s.initiative.stage);
    }
    if (from == 0 || from >= m_process.lastStage()) {
        QMessageBox::information(this, tr("Advance"), tr("No initiative can advance: use Select as commitments at the last stage."));
        return;
    }
    const ProcessStage *target = m_process.stage(from + 1);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Advance to %1").arg(Initiatives::stageTitle(*target)));
    auto *top = new QRadioButton(tr("The &first by rank:"));
    auto *count = new QSpinBox;
    count->setRange(1, 100000);
    count->setValue(16);
    const QList<qint64> selected = selectedIds();
    auto *chosen = new QRadioButton(tr("The %n &selected rows", nullptr, int(selected.size())));
    chosen->setEnabled(!selected.isEmpty());
    auto *listed = new QRadioButton(tr("These &numbers (No.):"));
    auto *numbers = new QLineEdit;
    numbers->setPlaceholderText(tr("for example 3, 7, 12"));
    numbers->setAccessibleName(tr("Numbers of the initiatives to advance"));
    (selected.size() > 1 ? chosen : top)->setChecked(true);
    connect(numbers, &QLineEdit::textEdited, listed, [listed] { listed->setChecked(true); });
    auto *reason = new QLineEdit;
    reason->setPlaceholderText(tr("Optional; the score and rank are recorded anyway"));
    auto *problem = new QLabel;
    problem->setWordWrap(true);
    problem->setStyleSheet(u"color: #8a1c00;"_s);
    problem->hide();
    auto *form = new QFormLayout(&dialog);
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(top);
    topRow->addWidget(count);
    topRow->addStretch();
    form->addRow(topRow);
    form->addRow(chosen);
    auto *numbersRow = new QHBoxLayout;
    numbersRow->addWidget(listed);
    numbersRow->addWidget(numbers, 1);
    form->addRow(numbersRow);
    form->addRow(problem);
    auto *reasonLabel = new QLabel(tr("&Reason for those not advanced:"));
    reasonLabel->setBuddy(reason);
    form->addRow(reasonLabel, reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    EventSession &session = document()->session();
    const int stage = from + 1;
    QList<qint64> advancing;
    // Accepted only with a list the numbers can stand behind: a tie at the
    // cut keeps the dialog open and asks for the numbers of those to advance.
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        if (top->isChecked()) {
            auto ranking = ProcessService(session).ranking(from);
            if (!ranking) {
                problem->setText(ranking.error().message);
                problem->show();
                return;
            }
            QList<qint64> tied;
            const QList<qint64> first = ranking->top(count->value(), &tied);
            if (!tied.isEmpty()) {
                QStringList above, tiedNumbers;
                for (qint64 id : first)
                    if (!tied.contains(id))
                        above.append(QString::number(id));
                for (qint64 id : std::as_const(tied))
                    tiedNumbers.append(QString::number(id));
                problem->setText(tr("Places %1 and %2 are tied (initiatives %3): the numbers cannot choose. The numbers above "
                                    "the tie are written below; add those of the tied initiatives that advance, then OK.")
                                     .arg(count->value())
                                     .arg(count->value() + 1)
                                     .arg(tiedNumbers.join(u", "_s)));
                problem->show();
                listed->setChecked(true);
                numbers->setText(above.join(u", "_s) + (above.isEmpty() ? QString() : u", "_s));
                numbers->setFocus();
                numbers->end(false);
                return;
            }
            advancing = first;
        } else if (chosen->isChecked()) {
            advancing = selected;
        } else {
            const auto typed = typedNumbers(numbers->text());
            QStringList unknown;
            if (typed) {
                for (qint64 id : *typed) {
                    const bool competing = std::any_of(m_standings.cbegin(), m_standings.cend(), [&](const auto &s) {
                        return s.initiative.id == id && s.initiative.isActive() && s.initiative.stage == from;
                    });
                    if (!competing)
                        unknown.append(QString::number(id));
                }
            }
            if (!typed || typed->isEmpty() || !unknown.isEmpty()) {
                problem->setText(!typed || typed->isEmpty()
                                     ? tr("Write the numbers (No.) of the initiatives to advance, separated by commas or spaces: 3, 7, 12.")
                                     : tr("No initiative competing at this stage has the number %1.").arg(unknown.join(u", "_s)));
                problem->show();
                numbers->setFocus();
                return;
            }
            advancing = *typed;
        }
        dialog.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(std::min(620, window()->width() - 40), dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString why = reason->text();
    document()->processDecision([&session, stage, advancing, why] { return ProcessService(session).advance(stage, advancing, why); },
                                tr("advance %1 initiatives").arg(advancing.size()));
}

void ProcessPage::selectCommitments()
{
    if (!document())
        return;
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        QMessageBox::information(this, tr("Select as commitments"), tr("Select the rows of the initiatives that become commitments first."));
        return;
    }
    const auto why =
        FormDialog::askText(this, tr("Select as commitments"),
                            tr("%n initiatives become commitments; every other one still competing is recorded as not "
                               "selected. Reason (optional):",
                               nullptr, int(ids.size())));
    if (!why)
        return;
    EventSession &session = document()->session();
    document()->processDecision([&session, ids, why = *why] { return ProcessService(session).select(ids, why); },
                                tr("select %1 commitments").arg(ids.size()));
}

void ProcessPage::showProjector()
{
    if (!m_projector)
        m_projector = new ProcessProjectorWindow;
    QList<InitiativeStanding> ranked;
    int stage = 0;
    for (const auto &s : std::as_const(m_standings)) {
        if (s.initiative.isActive()) {
            ranked.append(s);
            stage = std::max(stage, s.initiative.stage);
        }
    }
    if (ranked.isEmpty()) {
        for (const auto &s : std::as_const(m_standings)) {
            if (s.initiative.status == InitiativeStatus::Selected)
                ranked.append(s);
        }
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.rank < b.rank; });
    const ProcessStage *st = m_process.stage(stage);
    m_projector->setRanking(st ? Initiatives::stageTitle(*st) : tr("Selected as commitments"), ranked);
    m_projector->show();
    m_projector->raise();
}

// "Print…" goes to the printer (through the print dialog); "Export … as
// PDF…" saves a file beside the event.
void ProcessPage::printResponse()
{
    if (document())
        output(DocumentPrinter::Output::Print, ProcessService(document()->session()).reasonedResponse(), tr("Reasoned response"),
               tr("reasoned-response.pdf"));
}

void ProcessPage::exportResponse()
{
    if (document())
        output(DocumentPrinter::Output::Pdf, ProcessService(document()->session()).reasonedResponse(), tr("Reasoned response"),
               tr("reasoned-response.pdf"), DocumentPrinter::Signing::Signable);
}

void ProcessPage::printBlankFicha()
{
    if (document())
        output(DocumentPrinter::Output::Print, ProcessService(document()->session()).blankFicha(), tr("Ficha"), tr("blank-ficha.pdf"));
}

void ProcessPage::output(DocumentPrinter::Output where, const Result<PrintedDocument> &printed, const QString &title,
                         const QString &fileName, DocumentPrinter::Signing signing)
{
    DocumentPrinter::output(this, where, printed, title, QFileInfo(document()->path()).absoluteDir().filePath(fileName), signing);
}

ProcessProjectorWindow::ProcessProjectorWindow(QWidget *parent) : QWidget(parent)
{
    setWindowTitle(tr("Prioritisation — projector"));
    resize(1280, 720);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, Qt::white);
    setPalette(p);
}

void ProcessProjectorWindow::setRanking(const QString &title, const QList<InitiativeStanding> &ranked)
{
    m_title = title;
    m_ranked = ranked;
    update();
}

void ProcessProjectorWindow::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal margin = width() * 0.04;
    QFont heading = font();
    heading.setPointSizeF(std::max(18.0, height() / 28.0));
    heading.setBold(true);
    p.setFont(heading);
    p.setPen(Qt::black);
    const QRectF titleRect(margin, margin * 0.6, width() - 2 * margin, heading.pointSizeF() * 2);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, m_title);
    const int rows = std::min<int>(int(m_ranked.size()), 16);
    if (rows == 0)
        return;
    const qreal top = titleRect.bottom() + margin * 0.4;
    const qreal rowHeight = (height() - top - margin * 0.6) / 16;
    double best = 0;
    for (const auto &s : m_ranked)
        best = std::max(best, s.score.value_or(0));
    QFont text = font();
    text.setPointSizeF(std::max(12.0, rowHeight * 0.32));
    p.setFont(text);
    const qreal rankWidth = width() * 0.07, nameWidth = width() * 0.45;
    const qreal barLeft = margin + rankWidth + nameWidth, barWidth = width() - margin - barLeft - width() * 0.08;
    for (int r = 0; r < rows; ++r) {
        const auto &s = m_ranked[r];
        const qreal y = top + r * rowHeight;
        p.setPen(Qt::black);
        p.drawText(QRectF(margin, y, rankWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   s.tied ? u"%1="_s.arg(s.rank) : QString::number(s.rank));
        const QString name = QFontMetricsF(text).elidedText(s.initiative.title() + u" · "_s + s.initiative.organisation, Qt::ElideRight, nameWidth - 10);
        p.drawText(QRectF(margin + rankWidth, y, nameWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, name);
        const qreal w = best > 0 ? barWidth * s.score.value_or(0) / best : 0;
        p.setPen(Qt::NoPen);
        p.setBrush(s.tied ? QColor(0xf4, 0xb1, 0x83) : QColor(0x2e, 0x75, 0xb6));
        p.drawRoundedRect(QRectF(barLeft, y + rowHeight * 0.18, std::max<qreal>(w, 2), rowHeight * 0.64), 4, 4);
        p.setPen(Qt::black);
        p.drawText(QRectF(barLeft + w + 8, y, width() * 0.08, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                   Initiatives::scoreText(s.score, s.method));
    }
}

} // namespace taller
