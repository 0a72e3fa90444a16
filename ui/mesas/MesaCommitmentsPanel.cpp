#include "MesaCommitmentsPanel.h"

#include "ImportColumnsDialog.h"
#include "MesasService.h"
#include "FileDialogs.h"

#include "CommitmentEditor.h"
#include "EventDocument.h"
#include "Settings.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QResizeEvent>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

MesaCommitmentsPanel::MesaCommitmentsPanel(QWidget *parent)
    : EventPage(parent)
    , m_list(new QListWidget)
    , m_editor(new CommitmentEditor)
{
    auto *add = actionButton(tr("&New commitment"), &MesaCommitmentsPanel::addCommitment);
    auto *remove = actionButton(tr("De&lete"), &MesaCommitmentsPanel::deleteCommitment);
    // Two ways in: input commitments from a list or an earlier event, and
    // this mesa's own commitments typed with no network into a copy.
    auto *import = new QPushButton(tr("Import &inputs…"));
    auto *importMenu = new QMenu(import);
    importMenu->addAction(tr("Input commitments from a list or an earlier event…"), this, &MesaCommitmentsPanel::importInputs);
    importMenu->addAction(tr("This mesa's commitments typed into a copy of this event…"), this,
                          &MesaCommitmentsPanel::takeInFromCopy);
    import->setMenu(importMenu);
    m_list->setWordWrap(true);
    m_list->setAccessibleName(tr("Commitments of the mesa"));

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(import);
    buttons->addStretch();
    listLayout->addLayout(buttons);
    listLayout->addWidget(m_list, 1);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_editor);
    // Tab goes from the list into the editor's fields, not to the frame.
    scroll->setFocusPolicy(Qt::NoFocus);
    auto *splitter = new QSplitter;
    m_splitter = splitter;
    splitter->addWidget(listSide);
    splitter->addWidget(scroll);
    splitter->setSizes({240, 560});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &MesaCommitmentsPanel::showSelected);
    connect(m_list, &QListWidget::itemActivated, this, [this] { m_editor->focusTitle(); });
    connect(m_editor, &CommitmentEditor::edited, this, [this](const Commitment &c, const QString &mergeKey) {
        if (document())
            document()->updateCommitment(c, tr("edit \"%1\"").arg(c.title), mergeKey);
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_list, [this] { deleteCommitment(); });
    del->setContext(Qt::WidgetShortcut);
    setFocusProxy(m_list);
}

void MesaCommitmentsPanel::showDocument()
{
    follow({&EventDocument::commitmentsChanged, &EventDocument::agendaChanged}, &MesaCommitmentsPanel::refresh);
    refresh();
}

void MesaCommitmentsPanel::setMesa(const QString &mesaCode)
{
    // The same mesa chosen again (its list reloaded after a change) keeps the
    // commitment in hand: the next field typed into must still be its own.
    const bool another = mesaCode != m_mesaCode;
    m_mesaCode = mesaCode;
    refresh();
    if (another || !m_list->currentItem())
        m_list->setCurrentRow(0);
}

void MesaCommitmentsPanel::refresh()
{
    const qint64 selected = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (document()) {
        for (const Commitment &c : document()->commitments()) {
            if (c.mesaCode != m_mesaCode)
                continue;
            const QStringList missing = Commitments::missingForMeasurable(c);
            auto *item = new QListWidgetItem(u"%1\n%2 · %3"_s.arg(c.title, displayNameOf(c.origin),
                                                                   displayNameOf(c.status)));
            item->setData(Qt::UserRole, c.id);
            if (!missing.isEmpty()) {
                item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
                item->setToolTip(tr("Not yet measurable: it lacks %1.").arg(missing.join(u", "_s)));
            }
            m_list->addItem(item);
            if (c.id == selected)
                m_list->setCurrentItem(item);
        }
    }
    showSelected();
}

void MesaCommitmentsPanel::showSelected()
{
    std::optional<Commitment> shown;
    if (document() && m_list->currentItem()) {
        const qint64 id = m_list->currentItem()->data(Qt::UserRole).toLongLong();
        for (const Commitment &c : document()->commitments()) {
            if (c.id == id)
                shown = c;
        }
    }
    m_editor->showCommitment(shown, document());
}

void MesaCommitmentsPanel::addCommitment()
{
    if (!document())
        return;
    Commitment c;
    c.mesaCode = m_mesaCode;
    c.title = tr("New commitment");
    c.origin = CommitmentOrigin::Proposed;
    auto added = document()->addCommitment(c, tr("add a commitment"));
    if (!succeeded(added, tr("New commitment")))
        return;
    selectRowWithId(m_list, added->id);
    m_editor->focusTitle();
}

void MesaCommitmentsPanel::deleteCommitment()
{
    if (document() && m_list->currentItem())
        document()->removeCommitment(m_list->currentItem()->data(Qt::UserRole).toLongLong());
}

void MesaCommitmentsPanel::importInputs()
{
    if (!document())
        return;
    const auto list = FileDialogs::openList(
        this, tr("Import input commitments"), Settings::lastFolder(),
        tr("Spreadsheet, CSV or earlier event (*.xlsx *.ods *.csv *.tsv *.txt *.taller);;All files (*)"));
    if (!list)
        return;
    const QString title = tr("Import input commitments");
    MesasService service(document()->session());
    auto plan = service.prepareCommitments(list->path, list->options);
    if (!succeeded(plan, title))
        return;
    if (!plan->unplaced.isEmpty()) {
        // Not a dead end: the header row and the columns are chosen here.
        ImportColumnsDialog dialog(
            title, plan->firstRows, CommitmentImport::fields(),
            [&](int headerLine, const QStringList &choices) -> Result<ImportColumnsDialog::Preview> {
                TRY_LET(p, service.prepareCommitments(list->path, list->options, choices, headerLine));
                return ImportColumnsDialog::Preview{
                    p->columns, p->unplaced,
                    tr("%n commitments will be imported; rejected rows: %1.", nullptr, int(p->commitments.size())).arg(p->rejected())};
            },
            this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        plan = service.prepareCommitments(list->path, list->options, dialog.choices(), dialog.headerLine());
        if (!succeeded(plan, title))
            return;
    }
    auto imported = service.importCommitments(*plan);
    if (!succeeded(imported, title))
        return;
    QStringList problems;
    for (const ImportProblem &problem : imported->problems)
        problems.append(problem.reason);
    QString text = tr("%n commitments imported as inputs.", nullptr, imported->imported);
    if (!problems.isEmpty())
        text += u"\n\n"_s + problems.mid(0, 15).join(u'\n') + (problems.size() > 15 ? u"\n…"_s : QString());
    QMessageBox::information(this, title, text);
}

void MesaCommitmentsPanel::takeInFromCopy()
{
    if (!document() || m_mesaCode.isEmpty())
        return;
    const QString title = tr("Commitments of mesa %1 from a copy").arg(m_mesaCode);
    const auto copy = FileDialogs::openList(this, title, Settings::lastFolder(), tr("Copy of this event (*.taller)"));
    if (!copy)
        return;
    auto taken = MesasService(document()->session()).takeInFromCopy(copy->path, m_mesaCode);
    if (!succeeded(taken, title))
        return;
    QString text = tr("Added %1, updated %2, unchanged %3.").arg(taken->added).arg(taken->updated).arg(taken->unchanged);
    if (!taken->conflicts.isEmpty())
        text += u"\n\n"_s + tr("Changed both here and in the copy; this event kept its own:") + u"\n\n"_s
              + taken->conflicts.join(u"\n\n"_s);
    QMessageBox box(taken->conflicts.isEmpty() ? QMessageBox::Information : QMessageBox::Warning, title, text,
                    QMessageBox::Ok, this);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

void MesaCommitmentsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // Too narrow for the list and the form side by side (1024×600): the
    // list goes above, the form keeps the whole width for its fields.
    const Qt::Orientation wanted = width() < 820 ? Qt::Vertical : Qt::Horizontal;
    if (m_splitter && m_splitter->orientation() != wanted) {
        m_splitter->setOrientation(wanted);
        m_splitter->setSizes(wanted == Qt::Vertical ? QList<int>{120, 400} : QList<int>{240, 560});
    }
}

} // namespace taller
