#include "MesasPage.h"
#include "FormDialog.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "MesaCommitmentsPanel.h"
#include "MesaMembersPanel.h"
#include "mesas/MesaDocument.h"
#include "mesas/MesaPlanning.h"
#include "MesasService.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

void MesaListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasFormat(AttendeeDragTable::MimeType))
        event->acceptProposedAction();
}

void MesaListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->mimeData()->hasFormat(AttendeeDragTable::MimeType) && itemAt(event->position().toPoint()))
        event->acceptProposedAction();
    else
        event->ignore();
}

void MesaListWidget::dropEvent(QDropEvent *event)
{
    QListWidgetItem *target = itemAt(event->position().toPoint());
    if (!target || !event->mimeData()->hasFormat(AttendeeDragTable::MimeType))
        return;
    QList<qint64> ids;
    for (const QString &id : QString::fromUtf8(event->mimeData()->data(AttendeeDragTable::MimeType)).split(u',', Qt::SkipEmptyParts))
        ids << id.toLongLong();
    emit attendeesDropped(target->data(Qt::UserRole).toLongLong(), ids);
    event->acceptProposedAction();
}

MesasPage::MesasPage(QWidget *parent)
    : EventPage(parent)
    , m_list(new MesaListWidget)
    , m_tabs(new QTabWidget)
    , m_members(new MesaMembersPanel)
    , m_commitments(new MesaCommitmentsPanel)
    , m_code(new QLineEdit)
    , m_name(new QLineEdit)
    , m_theme(new QLineEdit)
    , m_moderator(new QLineEdit)
    , m_rapporteur(new QLineEdit)
    , m_place(new QLineEdit)
{
    auto *top = headingRow(pageHeading(tr("Mesas")), {actionButton(tr("Print &worksheet…"), &MesasPage::printWorksheet),
                                                      actionButton(tr("Print mesa &attendance sheet…"), &MesasPage::printMesaAttendance)});

    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setAccessibleName(tr("Mesas"));
    m_list->setFixedWidth(250);
    m_list->setWordWrap(true);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    auto *add = actionButton(tr("Add &mesa"), &MesasPage::addMesa);
    auto *remove = actionButton(tr("Remo&ve mesa"), &MesasPage::removeMesa);
    leftButtons->addWidget(add);
    leftButtons->addWidget(remove);
    left->addLayout(leftButtons);

    auto *details = new QWidget;
    auto *form = new QFormLayout(details);
    form->addRow(tr("&Code:"), m_code);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("M&oderator:"), m_moderator);
    form->addRow(tr("&Rapporteur:"), m_rapporteur);
    form->addRow(tr("&Place:"), m_place);
    for (QLineEdit *edit : {m_code, m_name, m_theme, m_moderator, m_rapporteur, m_place})
        connect(edit, &QLineEdit::editingFinished, this, &MesasPage::commitDetails);

    m_tabs->addTab(m_members, tr("&People"));
    m_tabs->addTab(m_commitments, tr("&Commitments"));
    m_tabs->addTab(details, tr("&Details"));
    // A tab chosen (Alt+P, Alt+C, Alt+D or a click) gives the keyboard to its
    // work: whom to seat, the mesa's commitments, the mesa's code.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        QWidget *page = m_tabs->widget(tab);
        // (Qt has already moved the keyboard off the tab hidden, to whatever
        // came next; the start of the work is chosen here instead.)
        if (!page || !isVisible())
            return;
        QWidget *start = page == m_members ? m_members->searchField() : page == m_commitments ? static_cast<QWidget *>(m_commitments) : m_code;
        start->setFocus(Qt::TabFocusReason);
    });

    auto *body = new QHBoxLayout;
    body->addLayout(left);
    body->addWidget(m_tabs, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &MesasPage::showCurrent);
    connect(m_list, &MesaListWidget::attendeesDropped, this, [this](qint64 mesaId, const QList<qint64> &ids) {
        if (!document())
            return;
        QHash<qint64, qint64> seats = document()->membership();
        for (qint64 id : ids)
            seats.insert(id, mesaId);
        document()->setMembership(seats, tr("seat %n people", nullptr, int(ids.size())));
    });
    setFocusProxy(m_list);
    setEnabled(false);

    // Tab follows the work: from the mesa list into the tab shown (People:
    // the search, the people found, Seat), and only then the tabs, the
    // buttons under the list and the printing. A key typed in the list never
    // lands on a button.
    m_list->installEventFilter(this);
    QList<QWidget *> order{m_list};
    order += m_members->tabChain();
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        setTabOrder(order.at(i), order.at(i + 1));
    QWidget *lastInTabs = nullptr;
    for (QWidget *w = nextInFocusChain(); w != this; w = w->nextInFocusChain()) {
        if (m_tabs->isAncestorOf(w) && w->focusPolicy() != Qt::NoFocus)
            lastInTabs = w;
    }
    if (lastInTabs) {
        setTabOrder(lastInTabs, add);
        setTabOrder(add, remove);
    }
}

bool MesasPage::eventFilter(QObject *watched, QEvent *event)
{
    // Typing in the mesa list on People is typing whom to seat at the mesa
    // in hand: it goes on in the search.
    if (watched == m_list && event->type() == QEvent::KeyPress && m_tabs->currentWidget() == m_members) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool printable = !text.isEmpty() && text.at(0).isPrint()
                               && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (printable && m_tabs->isEnabled()) {
            m_members->typeIntoSearch(text);
            return true;
        }
    }
    return EventPage::eventFilter(watched, event);
}

void MesasPage::showDocument()
{
    m_members->setDocument(document());
    m_commitments->setDocument(document());
    follow({&EventDocument::agendaChanged, &EventDocument::mesasChanged, &EventDocument::commitmentsChanged,
            &EventDocument::attendeesChanged},
           &MesasPage::refresh);
    refresh();
    m_list->setCurrentRow(0);
}

qint64 MesasPage::currentMesaId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void MesasPage::refresh()
{
    const qint64 current = currentMesaId();
    const QSignalBlocker block(m_list);
    m_list->clear();
    if (!document()) {
        showCurrent();
        return;
    }
    // Counted by the file, not loaded: the list stays quick at any size.
    const auto summaries = MesasService(document()->session()).summaries();
    for (const Mesa &mesa : document()->mesas()) {
        const auto summary = summaries ? summaries->value(mesa.id) : decltype(summaries->value(mesa.id))();
        int commitments = 0;
        int notMeasurable = 0;
        for (const Commitment &c : document()->commitments()) {
            if (c.mesaCode == mesa.code) {
                ++commitments;
                notMeasurable += Commitments::isMeasurable(c) ? 0 : 1;
            }
        }
        const int sectors = summary.sectors;
        QStringList lines{u"%1 — %2"_s.arg(mesa.code, mesa.name),
                          tr("%n people", nullptr, summary.people) + u" · "_s + tr("%n sectors", nullptr, sectors) + u" · "_s
                              + tr("%n commitments", nullptr, commitments)};
        QStringList warnings;
        if (summary.people > 0 && sectors < MesaPlanning::MinimumSectors)
            warnings << tr("fewer than %1 sectors").arg(MesaPlanning::MinimumSectors);
        if (notMeasurable > 0)
            warnings << tr("%n not yet measurable", nullptr, notMeasurable);
        if (!warnings.isEmpty())
            lines << u"⚠ "_s + warnings.join(u"; "_s);
        auto *item = new QListWidgetItem(lines.join(u'\n'));
        item->setData(Qt::UserRole, mesa.id);
        if (!warnings.isEmpty())
            item->setIcon(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        m_list->addItem(item);
        if (mesa.id == current)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    showCurrent();
}

void MesasPage::showCurrent()
{
    const qint64 id = currentMesaId();
    Mesa mesa;
    if (document()) {
        for (const Mesa &m : document()->mesas()) {
            if (m.id == id)
                mesa = m;
        }
    }
    m_members->setMesa(id);
    m_commitments->setMesa(mesa.code);
    m_tabs->setEnabled(id != 0);
    const QList<std::pair<QLineEdit *, QString>> fields = {{m_code, mesa.code}, {m_name, mesa.name}, {m_theme, mesa.theme},
                                                           {m_moderator, mesa.moderator}, {m_rapporteur, mesa.rapporteur},
                                                           {m_place, mesa.place}};
    for (const auto &[edit, value] : fields) {
        if (edit->text() != value)
            edit->setText(value);
    }
}

void MesasPage::commitDetails()
{
    if (!document())
        return;
    const qint64 id = currentMesaId();
    for (const Mesa &m : document()->mesas()) {
        if (m.id != id)
            continue;
        Mesa edited = m;
        edited.code = m_code->text().trimmed().isEmpty() ? m.code : m_code->text().trimmed();
        edited.name = m_name->text().simplified();
        edited.theme = m_theme->text().simplified();
        edited.moderator = m_moderator->text().simplified();
        edited.rapporteur = m_rapporteur->text().simplified();
        edited.place = m_place->text().simplified();
        document()->updateMesa(edited);
    }
}

void MesasPage::addMesa()
{
    if (!document())
        return;
    const QString suggested = u"M%1"_s.arg(document()->mesas().size() + 1);
    const auto name = FormDialog::askText(this, tr("Add mesa"), tr("Name of mesa %1:").arg(suggested));
    if (!name)
        return;
    auto added = document()->addMesa(Mesa{0, suggested, name->simplified(), {}, {}, {}, {}});
    if (!succeeded(added, tr("Add mesa")))
        return;
    selectRowWithId(m_list, added->id);
}

void MesasPage::removeMesa()
{
    const qint64 id = currentMesaId();
    if (!document() || id == 0)
        return;
    const QString label = m_list->currentItem()->text().section(u'\n', 0, 0);
    if (QMessageBox::question(this, tr("Remove mesa"),
                              tr("Remove %1? Its members will have no mesa. This cannot be undone.").arg(label))
        != QMessageBox::Yes)
        return;
    succeeded(document()->removeMesa(id), tr("Remove mesa"));
}

void MesasPage::printWorksheet()
{
    if (!document() || !m_list->currentItem())
        return;
    const QString code = m_code->text();
    auto printed = MesasService(document()->session()).mesaWorksheet(code);
    if (DocumentPrinter::built(this, printed, tr("Print worksheet")))
        DocumentPrinter::preview(this, *printed);
}

void MesasPage::printMesaAttendance()
{
    if (!document() || !m_list->currentItem())
        return;
    auto printed = MesasService(document()->session()).mesaAttendanceSheet(m_code->text(), 5);
    if (DocumentPrinter::built(this, printed, tr("Print mesa attendance sheet")))
        DocumentPrinter::preview(this, *printed);
}

void MesasPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_list->setFixedWidth(width() < 900 ? 190 : 250);
}

} // namespace taller
