#include "MesaMembersPanel.h"

#include "EventDocument.h"
#include "mesas/MesaPlanning.h"
#include "MesasService.h"
#include "RegistrationService.h"

#include <algorithm>

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRadioButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

const QString AttendeeDragTable::MimeType = u"application/x-taller-attendee-ids"_s;

QMimeData *AttendeeDragTable::mimeData(const QList<QTableWidgetItem *> &items) const
{
    QStringList ids;
    for (QTableWidgetItem *item : items) {
        const QString id = this->item(item->row(), 0)->data(Qt::UserRole).toString();
        if (!ids.contains(id))
            ids << id;
    }
    auto *data = new QMimeData;
    data->setData(MimeType, ids.join(u',').toUtf8());
    return data;
}

namespace {

void setupTable(QTableWidget *table, const QStringList &headers)
{
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setDragEnabled(true);
    table->setDragDropMode(QAbstractItemView::DragOnly);
    table->setAlternatingRowColors(true);
}

void fill(QTableWidget *table, const QList<Attendee> &people, const std::function<QString(const Attendee &)> &lastColumn)
{
    table->setRowCount(int(people.size()));
    for (int row = 0; row < people.size(); ++row) {
        const Attendee &a = people.at(row);
        auto *name = new QTableWidgetItem(a.sortName());
        name->setData(Qt::UserRole, a.id);
        table->setItem(row, 0, name);
        name->setToolTip(a.organisation.isEmpty() ? a.fullName() : u"%1 — %2"_s.arg(a.fullName(), a.organisation));
        table->setItem(row, 1, new QTableWidgetItem(displayNameOf(a.sector)));
        table->setItem(row, 2, new QTableWidgetItem(lastColumn(a)));
    }
    // The sector and the last column take what they need up to a limit, so
    // that on a small screen the name stays readable; longer ones are elided.
    const int limit = 16 * table->fontMetrics().averageCharWidth();
    for (int column : {1, 2}) {
        table->resizeColumnToContents(column);
        table->setColumnWidth(column, std::min(table->columnWidth(column), limit));
    }
}

QList<qint64> selectedIds(const QTableWidget *table)
{
    QList<qint64> ids;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        ids << table->item(index.row(), 0)->data(Qt::UserRole).toLongLong();
    if (ids.isEmpty() && table->currentRow() >= 0 && table->item(table->currentRow(), 0))
        ids << table->item(table->currentRow(), 0)->data(Qt::UserRole).toLongLong();
    return ids;
}

} // namespace

MesaMembersPanel::MesaMembersPanel(QWidget *parent)
    : EventPage(parent)
    , m_membersLabel(new QLabel)
    , m_members(new AttendeeDragTable)
    , m_search(new QLineEdit)
    , m_candidates(new AttendeeDragTable)
    , m_candidatesLabel(new QLabel)
    , m_outcome(new QLabel)
{
    setupTable(m_members, {tr("Surnames, given names"), tr("Sector"), tr("Arrival")});
    setupTable(m_candidates, {tr("Surnames, given names"), tr("Sector"), tr("Mesa now")});
    m_search->setPlaceholderText(tr("Name, document or organisation"));
    m_search->setClearButtonEnabled(true);
    m_membersLabel->setWordWrap(true);
    m_candidatesLabel->setWordWrap(true);
    m_outcome->setWordWrap(true);
    m_outcome->setTextFormat(Qt::PlainText);
    m_outcome->setAccessibleName(tr("Last seating"));
    m_outcome->setStyleSheet(u"QLabel { padding: 4px 8px; border-radius: 3px; background: #e6f0fa; color: #123c63; }"_s);
    m_outcome->hide();
    m_search->setAccessibleName(tr("Find a person to seat here"));
    m_search->installEventFilter(this);

    auto *seat = actionButton(tr("&Seat at this mesa (Enter)"), &MesaMembersPanel::seatSelected);
    auto *unseat = actionButton(tr("&Remove from this mesa (Del)"), &MesaMembersPanel::unseatSelected);
    auto *balanceButton = actionButton(tr("&Balance all mesas…"), &MesaMembersPanel::balance);

    auto *left = new QVBoxLayout;
    left->addWidget(m_membersLabel);
    left->addWidget(m_members, 1);
    auto *leftButtons = new QHBoxLayout;
    leftButtons->addWidget(unseat);
    leftButtons->addWidget(balanceButton);
    leftButtons->addStretch();
    left->addLayout(leftButtons);

    // Alt+B (Spanish) reaches the search from anywhere on the page.
    auto *searchLabel = new QLabel(tr("Fi&nd a person to seat here:"));
    searchLabel->setBuddy(m_search);
    auto *right = new QVBoxLayout;
    right->addWidget(searchLabel);
    right->addWidget(m_search);
    right->addWidget(m_outcome);
    right->addWidget(m_candidatesLabel);
    right->addWidget(m_candidates, 1);
    right->addWidget(seat, 0, Qt::AlignLeft);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(left, 1);
    layout->addLayout(right, 1);

    connect(m_search, &QLineEdit::textChanged, this, &MesaMembersPanel::search);
    connect(m_search, &QLineEdit::returnPressed, this, &MesaMembersPanel::seatSelected);
    connect(m_candidates, &QTableWidget::itemActivated, this, &MesaMembersPanel::seatSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_members, [this] { unseatSelected(); });
    del->setContext(Qt::WidgetShortcut);

    // Tab follows the work: whom to find, whom of those found, seat; then
    // the mesa's members and what is done with them. Tab leaves a table
    // instead of walking its cells.
    for (QTableWidget *table : {static_cast<QTableWidget *>(m_candidates), static_cast<QTableWidget *>(m_members)})
        table->setTabKeyNavigation(false);
    m_tabChain = {m_search, m_candidates, seat, m_members, unseat, balanceButton};
    for (qsizetype i = 0; i + 1 < m_tabChain.size(); ++i)
        setTabOrder(m_tabChain.at(i), m_tabChain.at(i + 1));
}

QList<QWidget *> MesaMembersPanel::tabChain() const
{
    return m_tabChain;
}

QWidget *MesaMembersPanel::searchField() const
{
    return m_search;
}

void MesaMembersPanel::typeIntoSearch(const QString &text)
{
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->insert(text);
}

void MesaMembersPanel::showDocument()
{
    follow({&EventDocument::mesasChanged, &EventDocument::attendeesChanged}, &MesaMembersPanel::refresh);
    refresh();
}

void MesaMembersPanel::setMesa(qint64 mesaId)
{
    m_mesaId = mesaId;
    refresh();
}

void MesaMembersPanel::refresh()
{
    if (!document() || m_mesaId == 0) {
        m_members->setRowCount(0);
        m_candidates->setRowCount(0);
        m_membersLabel->clear();
        return;
    }
    const auto seated = MesasService(document()->session()).members(m_mesaId);
    const QList<Attendee> members = seated ? *seated : QList<Attendee>();
    fill(m_members, members, [](const Attendee &a) {
        return a.isCheckedIn() ? a.checkedInAt.toString(u"HH:mm"_s) : QString();
    });
    const int sectors = MesaPlanning::sectorCount(members);
    QString label = tr("<b>%n people at this mesa</b>, from %1 sectors.", nullptr, int(members.size())).arg(sectors);
    if (!members.isEmpty() && sectors < MesaPlanning::MinimumSectors)
        label += u" <span style='color:#9b1c12'>"_s
                 + tr("⚠ Fewer than %1 sectors: commitments should be raised by many kinds of actor.").arg(MesaPlanning::MinimumSectors)
                 + u"</span>"_s;
    m_membersLabel->setText(label);
    search();
}

void MesaMembersPanel::search()
{
    if (!document())
        return;
    QList<Attendee> found;
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        // The first of them by surname; typing finds anyone.
        const MesasService mesas(document()->session());
        if (auto unseated = mesas.unseated(CandidateLimit))
            found = *unseated;
        const auto total = mesas.unseatedCount();
        m_candidatesLabel->setText(tr("%n people without a mesa:", nullptr, total ? *total : int(found.size())));
    } else {
        auto result = RegistrationService(document()->session(), document()->meeting()).search(text, 50);
        if (result)
            found = *result;
        m_candidatesLabel->setText(found.isEmpty() ? tr("Nobody matches \"%1\".").arg(text.trimmed()) : tr("People found:"));
    }
    QHash<qint64, QString> codes;
    for (const Mesa &mesa : document()->mesas())
        codes.insert(mesa.id, mesa.code);
    fill(m_candidates, found, [&](const Attendee &a) { return codes.value(document()->membership().value(a.id)); });
    if (m_candidates->rowCount() > 0)
        m_candidates->selectRow(0);
}

bool MesaMembersPanel::eventFilter(QObject *watched, QEvent *event)
{
    // ↑ ↓ in the search field move the highlight in the list beneath it, so
    // that Enter seats the person the eye is on.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int rows = m_candidates->rowCount();
        const int current = m_candidates->currentRow();
        const int next = rowAfterKey(key->key(), current, rows).value_or(-1);
        if (next >= 0 && rows > 0) {
            m_candidates->clearSelection();
            m_candidates->setCurrentCell(next, 0);
            m_candidates->selectRow(next);
            return true;
        }
        if (next >= 0 || key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

QString MesaMembersPanel::outcomeText() const
{
    return m_outcome->isVisible() || !m_outcome->text().isEmpty() ? m_outcome->text() : QString();
}

void MesaMembersPanel::seatSelected()
{
    if (!document() || m_mesaId == 0)
        return;
    const QList<qint64> ids = selectedIds(m_candidates);
    if (ids.isEmpty())
        return;
    QHash<qint64, QString> codes;
    for (const Mesa &mesa : document()->mesas())
        codes.insert(mesa.id, mesa.code);
    QHash<qint64, QString> names;
    for (int row = 0; row < m_candidates->rowCount(); ++row) {
        if (QTableWidgetItem *item = m_candidates->item(row, 0))
            names.insert(item->data(Qt::UserRole).toLongLong(), item->text());
    }
    // Say whom and where: "Muñoz Peña, Héctor: from M2 to M3."
    QStringList said;
    QHash<qint64, qint64> seats = document()->membership();
    for (qint64 id : ids) {
        const qint64 was = seats.value(id);
        const QString to = codes.value(m_mesaId);
        if (was == m_mesaId)
            said.append(tr("%1 is already at %2.").arg(names.value(id), to));
        else if (was != 0)
            said.append(tr("%1 moved from %2 to %3.").arg(names.value(id), codes.value(was), to));
        else
            said.append(tr("%1 seated at %2.").arg(names.value(id), to));
        seats.insert(id, m_mesaId);
    }
    document()->setMembership(seats, ids.size() == 1 ? tr("seat %1 at %2").arg(names.value(ids.first()), codes.value(m_mesaId))
                                                     : tr("seat %n people", nullptr, int(ids.size())));
    m_outcome->setText(said.join(u' ') + u' ' + tr("(Ctrl+Z undoes)"));
    m_outcome->show();
    m_search->clear();
    m_search->setFocus();
}

void MesaMembersPanel::unseatSelected()
{
    if (!document())
        return;
    const QList<qint64> ids = selectedIds(m_members);
    if (ids.isEmpty())
        return;
    QHash<qint64, qint64> seats = document()->membership();
    for (qint64 id : ids)
        seats.remove(id);
    document()->setMembership(seats, tr("remove %n people from the mesa", nullptr, int(ids.size())));
    m_outcome->setText(tr("%n people removed from this mesa. (Ctrl+Z undoes)", nullptr, int(ids.size())));
    m_outcome->show();
}

void MesaMembersPanel::balance()
{
    if (!document() || document()->mesas().isEmpty())
        return;
    const auto counts = RegistrationService(document()->session(), document()->meeting()).counts();
    if (!counts)
        return;
    const int present = counts->checkedIn;

    QDialog dialog(this);
    dialog.setWindowTitle(tr("Seat people at the mesas"));
    auto *balanced = new QRadioButton(tr("&Balanced: equal sizes, sectors mixed at every mesa"));
    auto *preferred = new QRadioButton(tr("&Preferred mesa first, then balance the rest"));
    balanced->setChecked(true);
    auto *onlyPresent = new QCheckBox(tr("&Only the %n people who have checked in", nullptr, present));
    onlyPresent->setChecked(present > 0);
    onlyPresent->setEnabled(present > 0);
    auto *note = new QLabel(tr("This replaces the current seating of every mesa. Ctrl+Z undoes it."));
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Seat them"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(balanced);
    layout->addWidget(preferred);
    layout->addWidget(onlyPresent);
    layout->addWidget(note);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const auto plan = MesasService(document()->session()).balancePlan({!onlyPresent->isChecked(), preferred->isChecked()});
    if (!succeeded(plan, tr("Seat people at the mesas")))
        return;
    document()->setMembership(*plan, tr("balance the mesas"));
}

} // namespace taller
