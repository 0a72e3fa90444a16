#include "PlenaryPage.h"

#include "base/Clock.h"
#include "EventDocument.h"
#include "PlenaryProjectorWindow.h"
#include "agenda/LiveFormat.h"
#include "mesas/CommitmentEditor.h"
#include "PlenaryService.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

PlenaryPage::PlenaryPage(QWidget *parent)
    : EventPage(parent)
    , m_turns(new QListWidget)
    , m_minutes(new QSpinBox)
    , m_automatic(new QCheckBox(tr("&Share the plenary's time")))
    , m_turnButton(new QPushButton)
    , m_clock(new QLabel)
    , m_commitments(new QListWidget)
    , m_mergeInto(new QComboBox)
    , m_note(new QLineEdit)
    , m_editor(new CommitmentEditor)
    , m_timer(new QTimer(this))
{
    auto *top = headingRow(pageHeading(tr("Plenary")), {actionButton(tr("Projector (F5)"), &PlenaryPage::showProjector)});

    QFont clockFont = m_clock->font();
    clockFont.setPointSizeF(clockFont.pointSizeF() * 1.4);
    clockFont.setBold(true);
    m_clock->setFont(clockFont);
    m_clock->setWordWrap(true);

    // Left: the order of presentation and each mesa's clock.
    m_turns->setDragDropMode(QAbstractItemView::InternalMove);
    m_turns->setAccessibleName(tr("Order of presentation"));
    m_turns->setWordWrap(true);
    m_turns->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_turns->setTextElideMode(Qt::ElideNone);
    m_turns->setResizeMode(QListView::Adjust);
    m_minutes->setRange(1, 180);
    m_minutes->setSuffix(tr(" min"));
    auto *up = actionButton(tr("Move &up (Alt+↑)"), [this] { moveMesa(-1); });
    auto *down = actionButton(tr("Move do&wn (Alt+↓)"), [this] { moveMesa(1); });
    connect(m_turnButton, &QPushButton::clicked, this, &PlenaryPage::startOrEndTurn);
    auto *orderBox = new QGroupBox(tr("Order of presentation"));
    auto *orderLayout = new QVBoxLayout(orderBox);
    orderLayout->addWidget(m_turns, 1);
    auto *moveRow = new QHBoxLayout;
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    orderLayout->addLayout(moveRow);
    auto *minutesRow = new QHBoxLayout;
    auto *minutesLabel = new QLabel(tr("&Time:"));
    minutesLabel->setBuddy(m_minutes);
    minutesRow->addWidget(minutesLabel);
    minutesRow->addWidget(m_minutes);
    minutesRow->addStretch();
    orderLayout->addLayout(minutesRow);
    orderLayout->addWidget(m_automatic);
    orderLayout->addWidget(m_turnButton);
    orderLayout->addWidget(m_clock);
    orderBox->setMinimumWidth(240);
    orderBox->setMaximumWidth(320);

    // Right: the commitments of the selected mesa and the decision on each.
    m_commitments->setWordWrap(true);
    m_commitments->setAccessibleName(tr("Commitments of the mesa"));
    auto *approve = actionButton(tr("&Approve"), [this] { decideSelected(int(CommitmentStatus::Approved)); });
    auto *withdraw = actionButton(tr("Wit&hdraw"), [this] { decideSelected(int(CommitmentStatus::Withdrawn)); });
    auto *reopen = actionButton(tr("&Undecided"), [this] { decideSelected(int(CommitmentStatus::Presented)); });
    auto *merge = actionButton(tr("&Merge into:"), &PlenaryPage::mergeSelected);
    m_note->setPlaceholderText(tr("The plenary's note on this decision"));
    m_mergeInto->setAccessibleName(tr("Commitment to merge into"));
    // A commitment's title is as long as the mesa wrote it: the choice shows
    // what fits and never widens the page past a small screen.
    m_mergeInto->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_mergeInto->setMinimumContentsLength(16);
    auto *decisions = new QHBoxLayout;
    decisions->addWidget(approve);
    decisions->addWidget(withdraw);
    decisions->addWidget(reopen);
    decisions->addWidget(merge);
    decisions->addWidget(m_mergeInto, 1);
    auto *noteRow = new QHBoxLayout;
    auto *noteLabel = new QLabel(tr("N&ote:"));
    noteLabel->setBuddy(m_note);
    noteRow->addWidget(noteLabel);
    noteRow->addWidget(m_note, 1);

    auto *amendBox = new QGroupBox(tr("Amend the commitment (changes are recorded as amended in plenary)"));
    auto *amendLayout = new QVBoxLayout(amendBox);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_editor);
    amendLayout->addWidget(scroll);

    auto *listSide = new QWidget;
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_commitments, 1);
    listLayout->addLayout(decisions);
    listLayout->addLayout(noteRow);
    m_outcome = new QLabel;
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setStyleSheet(u"QLabel { padding: 4px 8px; border-radius: 3px; background: #e6f0fa; color: #123c63; }"_s);
    m_outcome->hide();
    listLayout->addWidget(m_outcome);
    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(listSide);
    splitter->addWidget(amendBox);
    splitter->setSizes({320, 380});

    auto *body = new QHBoxLayout;
    body->addWidget(orderBox);
    body->addWidget(splitter, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_turns, &QListWidget::currentRowChanged, this, [this] {
        if (m_refreshing)
            return;
        refreshClock();
        refreshCommitments();
        if (m_projector)
            m_projector->setMesa(currentMesaId());
    });
    connect(m_turns->model(), &QAbstractItemModel::rowsMoved, this, &PlenaryPage::saveOrder);
    connect(m_minutes, &QSpinBox::editingFinished, this, [this] {
        if (document() && currentMesaId() && !m_automatic->isChecked()) {
            (void)PlenaryService(document()->session()).setMinutes(currentMesaId(), m_minutes->value());
        }
    });
    connect(m_automatic, &QCheckBox::toggled, this, [this](bool automatic) {
        if (m_refreshing || !document() || !currentMesaId())
            return;
        (void)PlenaryService(document()->session()).setMinutes(currentMesaId(), automatic ? std::nullopt : std::optional(m_minutes->value()));
    });
    connect(m_commitments, &QListWidget::currentRowChanged, this, [this] {
        if (m_refreshing || !document())
            return;
        std::optional<Commitment> shown;
        const qint64 id = m_commitments->currentItem() ? m_commitments->currentItem()->data(Qt::UserRole).toLongLong() : 0;
        for (const Commitment &c : document()->commitments()) {
            if (c.id == id)
                shown = c;
        }
        m_note->setText(shown ? shown->plenaryNote : QString());
        m_editor->showCommitment(shown, document());
        refreshMergeTargets(id);
    });
    connect(m_editor, &CommitmentEditor::edited, this, [this](Commitment c, const QString &mergeKey) {
        if (!document())
            return;
        document()->amendCommitment(c, tr("amend \"%1\"").arg(c.title), mergeKey);
    });

    pageShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), [this] { moveMesa(-1); });
    pageShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), [this] { moveMesa(1); });
    pageShortcut(QKeySequence(Qt::Key_F8), &PlenaryPage::startOrEndTurn);
    pageShortcut(QKeySequence(Qt::Key_F5), &PlenaryPage::showProjector);

    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &PlenaryPage::refreshClock);
    setFocusProxy(m_turns);
    setEnabled(false);
}

void PlenaryPage::showDocument()
{
    // The projector of the event before closes itself as that event goes.
    follow({&EventDocument::commitmentsChanged}, &PlenaryPage::refreshCommitments);
    follow({&EventDocument::agendaChanged}, &PlenaryPage::refresh);
    follow({&EventDocument::plenaryChanged}, &PlenaryPage::refreshTurns);
    // The turns' clock ticks only while there is a plenary to time.
    if (document())
        m_timer->start();
    else
        m_timer->stop();
    refresh();
    m_turns->setCurrentRow(0);
}

qint64 PlenaryPage::currentMesaId() const
{
    return m_turns->currentItem() ? m_turns->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

QString PlenaryPage::currentMesaCode() const
{
    return m_turns->currentItem() ? m_turns->currentItem()->data(Qt::UserRole + 1).toString() : QString();
}

void PlenaryPage::refresh()
{
    refreshTurns();
    refreshCommitments();
}

void PlenaryPage::refreshTurns()
{
    m_refreshing = true;
    const qint64 current = currentMesaId();
    m_turns->clear();
    if (document()) {
        auto turns = PlenaryService(document()->session()).turns();
        if (turns) {
            int number = 0;
            for (const auto &turn : std::as_const(*turns)) {
                QString text = u"%1. %2 — %3\n"_s.arg(++number).arg(turn.mesa.code, turn.mesa.name) + tr("%1 min").arg(turn.minutes);
                if (turn.isRunning())
                    text += u" · "_s + tr("presenting since %1").arg(turn.startedAt.toString(u"HH:mm"_s));
                else if (turn.endedAt.isValid())
                    text += u" · "_s + tr("presented %1–%2").arg(turn.startedAt.toString(u"HH:mm"_s), turn.endedAt.toString(u"HH:mm"_s));
                auto *item = new QListWidgetItem(text);
                item->setData(Qt::UserRole, turn.mesa.id);
                item->setData(Qt::UserRole + 1, turn.mesa.code);
                item->setData(Qt::UserRole + 2, turn.minutes);
                item->setData(Qt::UserRole + 3, turn.minutesSetByHand.has_value());
                item->setData(Qt::UserRole + 4, turn.startedAt);
                item->setData(Qt::UserRole + 5, turn.isRunning());
                if (turn.isRunning())
                    item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MediaPlay));
                else if (turn.endedAt.isValid())
                    item->setIcon(QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton));
                m_turns->addItem(item);
                if (turn.mesa.id == current)
                    m_turns->setCurrentItem(item);
            }
        }
    }
    if (!m_turns->currentItem() && m_turns->count() > 0)
        m_turns->setCurrentRow(0);
    m_refreshing = false;
    refreshClock();
}

void PlenaryPage::refreshClock()
{
    QListWidgetItem *item = m_turns->currentItem();
    m_refreshing = true;
    if (item) {
        m_minutes->setValue(item->data(Qt::UserRole + 2).toInt());
        m_automatic->setChecked(!item->data(Qt::UserRole + 3).toBool());
        m_minutes->setEnabled(!m_automatic->isChecked());
    }
    m_refreshing = false;
    // The clock shows whichever mesa is presenting, wherever the selection is.
    for (int row = 0; row < m_turns->count(); ++row) {
        QListWidgetItem *turn = m_turns->item(row);
        if (!turn->data(Qt::UserRole + 5).toBool())
            continue;
        const QDateTime end = turn->data(Qt::UserRole + 4).toDateTime().addSecs(qint64(turn->data(Qt::UserRole + 2).toInt()) * 60);
        const qint64 left = Clock::currentDateTime().secsTo(end);
        m_clock->setText(tr("%1 presenting: %2").arg(turn->data(Qt::UserRole + 1).toString(),
                                                      left >= 0 ? tr("%1 left").arg(LiveFormat::countdown(left))
                                                                : tr("%1 over").arg(LiveFormat::countdown(-left))));
        m_clock->setStyleSheet(left < 0 ? u"color: #b00020;"_s : QString());
        m_turnButton->setText(turn == item ? tr("■ &End this turn (F8)") : tr("▶ &Start this mesa's turn (F8)"));
        return;
    }
    m_clock->setText(tr("No mesa is presenting."));
    m_clock->setStyleSheet(QString());
    m_turnButton->setText(tr("▶ &Start this mesa's turn (F8)"));
    m_turnButton->setEnabled(item != nullptr);
}

void PlenaryPage::refreshCommitments()
{
    if (!document())
        return;
    m_refreshing = true;
    const qint64 selected = m_commitments->currentItem() ? m_commitments->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    m_commitments->clear();
    const QString code = currentMesaCode();
    QHash<qint64, const Commitment *> byId;
    for (const Commitment &c : document()->commitments())
        byId.insert(c.id, &c);
    // A merge undone (Ctrl+Z) or decided otherwise is no longer announced.
    if (m_lastMerged) {
        const Commitment *merged = byId.value(m_lastMerged);
        if (!merged || merged->status != CommitmentStatus::Merged) {
            m_lastMerged = 0;
            m_lastOutcome.clear();
            m_outcome->hide();
        }
    }
    for (const Commitment &c : document()->commitments()) {
        if (c.mesaCode != code)
            continue;
        QString decision = displayNameOf(c.status);
        // Merged into what, as the room knows it: its mesa and its title.
        if (c.status == CommitmentStatus::Merged && c.mergedInto) {
            const Commitment *target = byId.value(*c.mergedInto);
            decision += u" → "_s + (target ? u"%1 · %2"_s.arg(target->mesaCode, target->title) : tr("a commitment no longer listed"));
        }
        auto *item = new QListWidgetItem(u"%1  [%2]\n%3"_s.arg(c.title, decision, displayNameOf(c.origin)));
        item->setData(Qt::UserRole, c.id);
        QStyle::StandardPixmap icon = QStyle::SP_FileIcon;
        if (c.status == CommitmentStatus::Approved)
            icon = QStyle::SP_DialogApplyButton;
        else if (c.status == CommitmentStatus::Withdrawn)
            icon = QStyle::SP_DialogCancelButton;
        else if (c.status == CommitmentStatus::Merged)
            icon = QStyle::SP_ArrowRight;
        item->setIcon(QApplication::style()->standardIcon(icon));
        m_commitments->addItem(item);
        if (c.id == selected)
            m_commitments->setCurrentItem(item);
    }
    if (!m_commitments->currentItem() && m_commitments->count() > 0)
        m_commitments->setCurrentRow(0);
    m_refreshing = false;
    emit m_commitments->currentRowChanged(m_commitments->currentRow());
}

void PlenaryPage::refreshMergeTargets(qint64 selectedId)
{
    // Merging needs a choice: nothing is preselected, and a commitment is
    // never offered as its own target.
    m_mergeInto->clear();
    m_mergeInto->addItem(tr("Choose the commitment to merge into…"), 0);
    if (!document())
        return;
    for (const Commitment &c : document()->commitments()) {
        if (c.id != selectedId && c.status != CommitmentStatus::Withdrawn && c.status != CommitmentStatus::Merged)
            m_mergeInto->addItem(u"%1 · %2"_s.arg(c.mesaCode, c.title), c.id);
    }
    m_mergeInto->setCurrentIndex(0);
}

void PlenaryPage::saveOrder()
{
    if (!document() || m_refreshing)
        return;
    QList<qint64> ids;
    for (int row = 0; row < m_turns->count(); ++row)
        ids << m_turns->item(row)->data(Qt::UserRole).toLongLong();
    succeeded(PlenaryService(document()->session()).setOrder(ids), tr("Order of presentation"));
}

void PlenaryPage::moveMesa(int delta)
{
    const int row = m_turns->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_turns->count())
        return;
    m_refreshing = true;
    QListWidgetItem *item = m_turns->takeItem(row);
    m_turns->insertItem(target, item);
    m_turns->setCurrentRow(target);
    m_refreshing = false;
    saveOrder();
    m_turns->setFocus();
}

void PlenaryPage::startOrEndTurn()
{
    if (!document() || !m_turns->currentItem())
        return;
    PlenaryService plenary(document()->session());
    const bool ending = m_turns->currentItem()->data(Qt::UserRole + 5).toBool();
    const int row = m_turns->currentRow();
    Status status = ending ? plenary.finishTurn(currentMesaId()) : plenary.startTurn(currentMesaId());
    // A turn ended, the next mesa in the order is the one in hand: F8 again
    // starts its turn.
    if (succeeded(status, tr("Plenary")) && ending && row + 1 < m_turns->count())
        m_turns->setCurrentRow(row + 1);
    if (m_projector)
        m_projector->setMesa(currentMesaId());
}

void PlenaryPage::showProjector()
{
    if (!document())
        return;
    ProjectorSurface::toggle(m_projector, [this] {
        auto *projector = new PlenaryProjectorWindow(*document());
        projector->setMesa(currentMesaId());
        return projector;
    });
}

void PlenaryPage::decideSelected(int decision)
{
    if (!document() || !m_commitments->currentItem())
        return;
    const qint64 id = m_commitments->currentItem()->data(Qt::UserRole).toLongLong();
    std::optional<Commitment> subject; // a copy: deciding reloads the list
    for (const Commitment &c : document()->commitments()) {
        if (c.id == id)
            subject = c;
    }
    if (!subject)
        return;
    // Approving what cannot be measured yet is the plenary's call, made knowingly.
    if (CommitmentStatus(decision) == CommitmentStatus::Approved && !Commitments::isMeasurable(*subject)) {
        QMessageBox ask(QMessageBox::Warning, tr("Approve"),
                        tr("\"%1\" is not yet measurable: it lacks %2. Approve it anyway?")
                            .arg(subject->title, Commitments::missingForMeasurable(*subject).join(u", "_s)),
                        QMessageBox::Yes | QMessageBox::No, this);
        ask.setDefaultButton(QMessageBox::No);
        if (ask.exec() != QMessageBox::Yes)
            return;
    }
    document()->decide(*subject, {CommitmentStatus(decision), std::nullopt, m_note->text().trimmed()});
    m_commitments->setFocus();
}

void PlenaryPage::mergeSelected()
{
    if (!document() || !m_commitments->currentItem())
        return;
    const qint64 id = m_commitments->currentItem()->data(Qt::UserRole).toLongLong();
    const qint64 into = m_mergeInto->currentData().toLongLong();
    if (into == id || into == 0) {
        QMessageBox::information(this, tr("Merge"), tr("Choose another commitment to merge this one into."));
        m_mergeInto->setFocus();
        return;
    }
    // A copy: deciding reloads the document's list.
    std::optional<Commitment> subject;
    for (const Commitment &c : document()->commitments()) {
        if (c.id == id)
            subject = c;
    }
    const QString target = m_mergeInto->itemText(m_mergeInto->findData(into));
    if (subject && document()->decide(*subject, {CommitmentStatus::Merged, into, m_note->text().trimmed()})) {
        m_lastMerged = subject->id;
        m_lastOutcome = tr("\"%1\" merged into %2 (Ctrl+Z undoes).").arg(subject->title, target);
        m_outcome->setText(m_lastOutcome);
        m_outcome->show();
    }
    m_commitments->setFocus();
}

} // namespace taller
