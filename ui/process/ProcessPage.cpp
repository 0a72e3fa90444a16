#include "ProcessPage.h"
#include "FormDialog.h"
#include "FileDialogs.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "ProcessService.h"

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
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum Column { IdColumn, OrganisationColumn, TitleColumn, StageColumn, StatusColumn, ScoreColumn, RankColumn, ReasonColumn, ColumnCount };

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
    m_scorer->setText(u"M1"_s);
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
    auto *hint = new QLabel(tr("Select a row and press 1 to 5 to score it; 0 clears."));

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
    addButton(tr("Print blank ficha…"), &ProcessPage::printBlankFicha);
    buttons->setColumnStretch(3, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_summary);
    layout->addLayout(scoring);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

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
    refresh();
}

int ProcessPage::currentStage() const
{
    return m_stage->currentData().toInt();
}

void ProcessPage::refresh()
{
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
    const int currentRow = m_table->currentRow();
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const auto &s = rows[r];
        const ProcessStage *st = m_process.stage(s.initiative.stage);
        auto *id = readOnlyItem(QString::number(s.initiative.id), Qt::AlignRight | Qt::AlignVCenter);
        id->setData(Qt::UserRole, s.initiative.id);
        m_table->setItem(r, IdColumn, id);
        m_table->setItem(r, OrganisationColumn, readOnlyItem(s.initiative.organisation));
        auto *title = readOnlyItem(s.initiative.title());
        const QStringList missing = Initiatives::missing(s.initiative);
        if (!missing.isEmpty()) {
            title->setToolTip(tr("Incomplete ficha; it lacks: %1").arg(missing.join(u"; "_s)));
            title->setText(title->text() + u" ⚠"_s);
        }
        m_table->setItem(r, TitleColumn, title);
        m_table->setItem(r, StageColumn, readOnlyItem(st ? Initiatives::roman(st->number) : QString::number(s.initiative.stage)));
        m_table->setItem(r, StatusColumn, readOnlyItem(displayNameOf(s.initiative.status)));
        m_table->setItem(r, ScoreColumn, readOnlyItem(Initiatives::scoreText(s.score, s.method), Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(r, RankColumn, readOnlyItem(s.rank > 0 ? (s.tied ? tr("%1 (tied)").arg(s.rank) : QString::number(s.rank)) : QString(),
                                             Qt::AlignRight | Qt::AlignVCenter));
        m_table->setItem(r, ReasonColumn, readOnlyItem(s.reason));
    }
    m_table->resizeColumnToContents(IdColumn);
    if (currentRow >= 0 && currentRow < m_table->rowCount())
        m_table->setCurrentCell(currentRow, TitleColumn);
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
    const qint64 id = m_table->item(row, IdColumn)->data(Qt::UserRole).toLongLong();
    document()->setInitiativeScore(id, m_criterion->currentData().toLongLong(), m_scorer->text(), value);
    // On to the next row.
    m_table->setCurrentCell(std::min(row + 1, m_table->rowCount() - 1), TitleColumn);
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
    auto plan = service.prepareImport(list->path, list->options);
    if (!succeeded(plan, tr("Import fichas")))
        return;
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
    dialog.setMinimumWidth(620);
    auto *top = new QRadioButton(tr("The first by rank:"));
    auto *count = new QSpinBox;
    count->setRange(1, 100000);
    count->setValue(16);
    auto *chosen = new QRadioButton(tr("The %n selected rows", nullptr, int(selectedIds().size())));
    chosen->setEnabled(!selectedIds().isEmpty());
    top->setChecked(true);
    auto *reason = new QLineEdit;
    reason->setPlaceholderText(tr("Optional; the score and rank are recorded anyway"));
    auto *form = new QFormLayout(&dialog);
    auto *topRow = new QHBoxLayout;
    topRow->addWidget(top);
    topRow->addWidget(count);
    form->addRow(topRow);
    form->addRow(chosen);
    form->addRow(tr("Reason for those not advanced:"), reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return;
    EventSession &session = document()->session();
    const int stage = from + 1;
    const QString why = reason->text();
    if (top->isChecked()) {
        const int k = count->value();
        document()->processDecision([&session, stage, k, why] { return ProcessService(session).advanceTop(stage, k, why); },
                                    tr("advance %1 initiatives").arg(k));
    } else {
        const QList<qint64> ids = selectedIds();
        document()->processDecision([&session, stage, ids, why] { return ProcessService(session).advance(stage, ids, why); },
                                    tr("advance %1 initiatives").arg(ids.size()));
    }
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

void ProcessPage::printResponse()
{
    if (document())
        exportToEventFolder(ProcessService(document()->session()).reasonedResponse(), tr("Reasoned response"), tr("reasoned-response.pdf"),
                            DocumentPrinter::Signing::Signable);
}

void ProcessPage::printBlankFicha()
{
    if (document())
        exportToEventFolder(ProcessService(document()->session()).blankFicha(), tr("Ficha"), tr("blank-ficha.pdf"));
}

void ProcessPage::exportToEventFolder(const Result<PrintedDocument> &printed, const QString &title, const QString &fileName,
                                      DocumentPrinter::Signing signing)
{
    if (DocumentPrinter::built(this, printed, title))
        DocumentPrinter::exportPdf(this, *printed, QFileInfo(document()->path()).absoluteDir().filePath(fileName), signing);
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
