#include "MeetingsPage.h"

#include "ActaService.h"
#include "EventDocument.h"
#include "FormDialog.h"
#include "base/TypedInput.h"
#include "MeetingService.h"
#include "ProcessService.h"
#include "base/Text.h"

#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

enum AgreementColumn { TextColumn, ResponsibleColumn, DueColumn, AgreementColumnCount };

// "Cerrada para firma", "Firmada" or "Borrador", read without starting an
// acta that does not exist yet.
QString actaStatusText(EventSession &session, qint64 meetingId, bool *frozen)
{
    ActaService acta(session, {meetingId});
    auto versions = acta.versions();
    *frozen = false;
    if (!versions || versions->isEmpty() || !versions->last().isClosed())
        return displayNameOf(ActaStatus::Draft);
    *frozen = true;
    auto people = acta.signatories(versions->last().version);
    const bool allSigned = people && !people->isEmpty()
                           && std::all_of(people->cbegin(), people->cend(), [](const Signatory &s) { return s.hasSigned(); });
    return displayNameOf(allSigned ? ActaStatus::Signed : ActaStatus::Closed);
}

} // namespace

MeetingsPage::MeetingsPage(QWidget *parent)
    : EventPage(parent)
    , m_summary(new QLabel)
    , m_list(new QTreeWidget)
    , m_detail(new QStackedWidget)
    , m_workshopNote(new QLabel)
    , m_tabs(new QTabWidget)
    , m_actaStatus(new QLabel)
    , m_title(new QLineEdit)
    , m_stage(new QComboBox)
    , m_date(new QDateEdit)
    , m_start(new QTimeEdit)
    , m_end(new QTimeEdit)
    , m_place(new QLineEdit)
    , m_organisation(new QLineEdit)
    , m_itemList(new QListWidget)
    , m_itemTitle(new QLineEdit)
    , m_development(new QPlainTextEdit)
    , m_newItem(new QLineEdit)
    , m_agreementTable(new QTableWidget)
    , m_agreementText(new QLineEdit)
    , m_agreementResponsible(new QLineEdit)
    , m_agreementDue(new QLineEdit)
{
    setWindowTitle(tr("Meetings")); // the title of its warnings
    m_summary->setWordWrap(true);

    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Meeting"), tr("Acta")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(false);
    m_list->setAccessibleName(tr("Meetings by stage"));
    m_list->setRootIsDecorated(true);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(actionButton(tr("&New meeting…"), &MeetingsPage::addMeeting));
    m_removeMeeting = actionButton(tr("Remo&ve…"), &MeetingsPage::removeMeeting);
    // The workshop is never removed: the button says so by being off.
    m_removeMeeting->setToolTip(tr("Remove a meeting added by mistake. The workshop stays."));
    listButtons->addWidget(m_removeMeeting);
    leftLayout->addLayout(listButtons);

    // Details of the meeting.
    m_title->setAccessibleName(tr("Title"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"dd/MM/yyyy"_s);
    // 00:00 reads as "not said": a meeting's end is often not known.
    for (QTimeEdit *t : {m_start, m_end}) {
        t->setDisplayFormat(u"HH:mm"_s);
        t->setSpecialValueText(u"—"_s);
    }
    m_organisation->setPlaceholderText(tr("The Gerencia it is held with"));
    auto *details = new QWidget;
    auto *form = new QFormLayout(details);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&tage:"), m_stage);
    for (QAbstractSpinBox *field : {static_cast<QAbstractSpinBox *>(m_date), static_cast<QAbstractSpinBox *>(m_start),
                                    static_cast<QAbstractSpinBox *>(m_end)})
        FormDialog::tabLeavesField(field);
    form->addRow(tr("&Date:"), m_date);
    addTimeSpanRow(form, tr("&Start:"), m_start, tr("to"), m_end);
    form->addRow(tr("&Place:"), m_place);
    form->addRow(tr("&Organisation:"), m_organisation);
    for (QLineEdit *e : {m_title, m_place, m_organisation})
        connect(e, &QLineEdit::editingFinished, this, &MeetingsPage::saveDetails);
    connect(m_stage, &QComboBox::activated, this, &MeetingsPage::saveDetails);
    for (QDateTimeEdit *e : std::initializer_list<QDateTimeEdit *>{m_date, m_start, m_end})
        connect(e, &QDateTimeEdit::editingFinished, this, &MeetingsPage::saveDetails);

    // The tabla, and the desarrollo of the item chosen.
    m_itemList->setAccessibleName(tr("Tabla"));
    m_itemTitle->setAccessibleName(tr("Item"));
    m_development->setAccessibleName(tr("Discussion (desarrollo)"));
    m_development->setPlaceholderText(tr("What was discussed under this item."));
    m_development->setTabChangesFocus(true);
    m_newItem->setPlaceholderText(tr("A new item of the tabla, then Enter"));
    m_newItem->setAccessibleName(tr("New item"));
    connect(m_newItem, &QLineEdit::returnPressed, this, &MeetingsPage::addItem);
    // What was typed is kept when the user leaves the item, the field or the page.
    connect(m_itemList, &QListWidget::currentRowChanged, this, [this] {
        if (!m_loading)
            saveItem();
        showItem();
    });
    connect(m_itemTitle, &QLineEdit::editingFinished, this, &MeetingsPage::saveItem);
    m_development->installEventFilter(this);
    auto *tabla = new QWidget;
    auto *tablaLayout = new QHBoxLayout(tabla);
    auto *itemsColumn = new QVBoxLayout;
    itemsColumn->addWidget(m_itemList, 1);
    itemsColumn->addWidget(m_newItem);
    itemsColumn->addWidget(actionButton(tr("Remove item"), &MeetingsPage::removeItem));
    auto *itemColumn = new QFormLayout;
    itemColumn->addRow(tr("It&em:"), m_itemTitle);
    itemColumn->addRow(tr("Dis&cussion:"), m_development);
    itemColumn->addRow(actionButton(tr("Save discussion"), &MeetingsPage::saveItem));
    tablaLayout->addLayout(itemsColumn, 2);
    tablaLayout->addLayout(itemColumn, 3);

    // The agreements: Acuerdo / Responsable / Fecha, edited in place.
    m_agreementTable->setColumnCount(AgreementColumnCount);
    m_agreementTable->setHorizontalHeaderLabels({tr("Agreement"), tr("Responsible"), tr("Due")});
    m_agreementTable->horizontalHeader()->setSectionResizeMode(TextColumn, QHeaderView::Stretch);
    m_agreementTable->horizontalHeader()->setSectionResizeMode(ResponsibleColumn, QHeaderView::Interactive);
    m_agreementTable->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::Interactive);
    m_agreementTable->setColumnWidth(ResponsibleColumn, 160);
    m_agreementTable->setColumnWidth(DueColumn, 110);
    m_agreementTable->verticalHeader()->hide();
    m_agreementTable->setWordWrap(true);
    m_agreementTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agreementTable->setAccessibleName(tr("Agreements"));
    connect(m_agreementTable, &QTableWidget::cellChanged, this, &MeetingsPage::agreementEdited);
    m_agreementText->setPlaceholderText(tr("What was agreed"));
    m_agreementResponsible->setPlaceholderText(tr("Who"));
    m_agreementDue->setPlaceholderText(tr("31/12/2026 or \"A la brevedad\""));
    for (QLineEdit *e : {m_agreementText, m_agreementResponsible, m_agreementDue})
        connect(e, &QLineEdit::returnPressed, this, &MeetingsPage::addAgreement);
    auto *agreements = new QWidget;
    auto *agreementsLayout = new QVBoxLayout(agreements);
    agreementsLayout->addWidget(m_agreementTable, 1);
    auto *newAgreement = new QHBoxLayout;
    newAgreement->addWidget(m_agreementText, 3);
    newAgreement->addWidget(m_agreementResponsible, 2);
    newAgreement->addWidget(m_agreementDue, 2);
    newAgreement->addWidget(actionButton(tr("&Add agreement"), &MeetingsPage::addAgreement));
    agreementsLayout->addLayout(newAgreement);
    agreementsLayout->addWidget(actionButton(tr("Remove agreement"), &MeetingsPage::removeAgreement), 0, Qt::AlignLeft);

    m_tabs->addTab(details, tr("Detai&ls"));
    m_tabs->addTab(tabla, tr("Ta&bla and discussion"));
    m_tabs->addTab(agreements, tr("A&greements"));
    // A tab chosen (Alt+O, Alt+B, Alt+R in Spanish, or a click) gives the
    // keyboard to its work: the title, the tabla (its list, or the new item
    // when it has none), the new agreement. Never a letter typed into the
    // field left behind.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        QWidget *page = m_tabs->widget(tab);
        // (Qt has already moved the keyboard off the tab hidden, to whatever
        // came next; the start of the work is chosen here instead.)
        if (!page || !isVisible())
            return;
        QWidget *start = tab == 0 ? static_cast<QWidget *>(m_title)
                         : tab == 1 ? (m_itemList->count() > 0 ? static_cast<QWidget *>(m_itemList) : m_newItem)
                                    : m_agreementText;
        start->setFocus(Qt::TabFocusReason);
    });

    auto *minutes = new QWidget;
    auto *minutesLayout = new QVBoxLayout(minutes);
    minutesLayout->setContentsMargins(0, 0, 0, 0);
    minutesLayout->addWidget(m_tabs, 1);
    auto *actaRow = new QHBoxLayout;
    m_actaStatus->setWordWrap(true);
    actaRow->addWidget(m_actaStatus, 1);
    actaRow->addWidget(actionButton(tr("Attendance…"), [this] { emit attendanceRequested(); }));
    actaRow->addWidget(actionButton(tr("Signatories, closing and signing…"), [this] { emit actaRequested(); }));
    minutesLayout->addLayout(actaRow);

    m_workshopNote->setWordWrap(true);
    m_workshopNote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_workshopNote->setText(tr("The workshop is run in its own sections: Programme, Registration, Mesas, Plenary and Acta. "
                               "Choose another meeting to write its minutes here."));
    m_detail->addWidget(m_workshopNote);
    m_detail->addWidget(minutes);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    // The list reads its meetings' dates and titles whole on a 1366 px
    // screen; on 1024 px the minutes keep the larger share.
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    m_list->setMinimumWidth(240);
    splitter->setSizes({400, 620});

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pageHeading(tr("Meetings of the process")));
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    // Reached by Ctrl+8, the page's work starts in its list: Home, ↓ and ↑
    // choose the meeting at once.
    setFocusProxy(m_list);

    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_loading || !document())
            return;
        const QTreeWidgetItem *item = m_list->currentItem();
        if (item && item->data(0, Qt::UserRole).isValid())
            document()->setMeeting({item->data(0, Qt::UserRole).toLongLong()});
    });
}

void MeetingsPage::showDocument()
{
    follow({&EventDocument::meetingsChanged, &EventDocument::meetingChanged, &EventDocument::actaChanged, &EventDocument::processChanged,
            &EventDocument::detailsChanged},
           &MeetingsPage::refresh);
    refresh();
}

void MeetingsPage::refresh()
{
    if (!document())
        return;
    auto meetings = MeetingService(document()->session()).meetings();
    if (!meetings) {
        m_summary->setText(meetings.errorMessage());
        return;
    }
    m_meetings = *meetings;
    auto process = ProcessService(document()->session()).process();
    QList<ProcessStage> stages = process && process->has_value() ? (*process)->stages : QList<ProcessStage>();

    m_loading = true;
    m_list->clear();
    QHash<int, QTreeWidgetItem *> byStage;
    auto stageItem = [&](std::optional<int> stage) {
        const int key = stage.value_or(0);
        if (auto *found = byStage.value(key))
            return found;
        QString label = tr("No stage");
        for (const ProcessStage &s : std::as_const(stages)) {
            if (stage && s.number == *stage)
                label = tr("Stage %1 · %2").arg(romanNumeral(s.number), s.name);
        }
        if (stage && label == tr("No stage"))
            label = tr("Stage %1").arg(romanNumeral(*stage));
        auto *item = new QTreeWidgetItem(m_list, {label});
        item->setFlags(Qt::ItemIsEnabled);
        // A stage's name is long ("Etapa II · Formulación de iniciativas"):
        // it takes the Acta column too, and says itself whole on hover.
        item->setFirstColumnSpanned(true);
        item->setToolTip(0, label);
        QFont bold = item->font(0);
        bold.setBold(true);
        item->setFont(0, bold);
        byStage.insert(key, item);
        return item;
    };
    for (const ProcessStage &s : std::as_const(stages))
        stageItem(s.number);
    QTreeWidgetItem *current = nullptr;
    int open = 0;
    for (const Meeting &m : std::as_const(m_meetings)) {
        bool frozen = false;
        const QString status = actaStatusText(document()->session(), m.id, &frozen);
        const QString date = m.date.isValid() ? m.date.toString(u"dd/MM/yyyy"_s) + u" · "_s : QString();
        auto *item = new QTreeWidgetItem(stageItem(m.stage), {date + (m.title.isEmpty() ? Meetings::label(m) : m.title), status});
        item->setData(0, Qt::UserRole, m.id);
        item->setToolTip(0, Meetings::label(m) + (m.organisation.isEmpty() ? QString() : u" · "_s + m.organisation));
        if (m.id == document()->meeting().id)
            current = item;
        if (!frozen && !m.isWorkshop())
            ++open;
    }
    m_list->expandAll();
    if (current)
        m_list->setCurrentItem(current);
    m_loading = false;
    m_summary->setText(tr("%n meeting(s) in the file; %1 with minutes still a draft. The meeting chosen here is the one "
                          "Registration and Acta work on.",
                          nullptr, int(m_meetings.size()))
                           .arg(open));
    m_stage->clear();
    m_stage->addItem(tr("No stage"), QVariant());
    for (const ProcessStage &s : std::as_const(stages))
        m_stage->addItem(tr("Stage %1 · %2").arg(romanNumeral(s.number), s.name), s.number);
    showMeeting();
}

void MeetingsPage::showMeeting()
{
    const auto found = std::find_if(m_meetings.cbegin(), m_meetings.cend(), [this](const Meeting &m) { return m.id == document()->meeting().id; });
    m_removeMeeting->setEnabled(found != m_meetings.cend() && !found->isWorkshop());
    if (found == m_meetings.cend() || found->isWorkshop()) {
        m_detail->setCurrentIndex(0);
        return;
    }
    const Meeting &m = *found;
    m_detail->setCurrentIndex(1);
    m_loading = true;
    // A change made elsewhere (another desk, the command line) reloads the
    // page; what the user is typing in a field of the same meeting stays.
    const bool sameMeeting = m.id == m_shownMeeting;
    m_shownMeeting = m.id;
    auto unlessTyping = [&](QWidget *field, const std::function<void()> &show) {
        if (!sameMeeting || !field->hasFocus())
            show();
    };
    unlessTyping(m_title, [&] { m_title->setText(m.title); });
    m_stage->setCurrentIndex(std::max(0, m_stage->findData(m.stage ? QVariant(*m.stage) : QVariant())));
    unlessTyping(m_date, [&] { m_date->setDate(m.date); });
    unlessTyping(m_start, [&] { m_start->setTime(m.start.isValid() ? m.start : QTime(0, 0)); });
    unlessTyping(m_end, [&] { m_end->setTime(m.end.isValid() ? m.end : QTime(0, 0)); });
    unlessTyping(m_place, [&] { m_place->setText(m.place); });
    unlessTyping(m_organisation, [&] { m_organisation->setText(m.organisation); });

    MeetingService meetings(document()->session());
    auto items = meetings.items(m.id);
    m_items = items ? *items : QList<MeetingItem>();
    const int row = m_itemList->currentRow();
    m_itemList->clear();
    for (int i = 0; i < m_items.size(); ++i)
        m_itemList->addItem(u"%1.- %2"_s.arg(i + 1).arg(m_items.at(i).title));
    m_itemList->setCurrentRow(std::min(row < 0 ? 0 : row, int(m_items.size()) - 1));

    auto agreements = meetings.agreements(m.id);
    m_agreements = agreements ? *agreements : QList<Agreement>();
    m_agreementTable->setRowCount(int(m_agreements.size()));
    for (int i = 0; i < m_agreements.size(); ++i) {
        const Agreement &a = m_agreements.at(i);
        m_agreementTable->setItem(i, TextColumn, new QTableWidgetItem(a.text));
        m_agreementTable->setItem(i, ResponsibleColumn, new QTableWidgetItem(a.responsible));
        m_agreementTable->setItem(i, DueColumn, new QTableWidgetItem(Meetings::dueText(a.due)));
    }
    m_agreementTable->resizeRowsToContents();

    bool frozen = false;
    const QString status = actaStatusText(document()->session(), m.id, &frozen);
    m_actaStatus->setText(frozen ? tr("Minutes: %1. The tabla and the agreements are frozen in them; open a correction in "
                                      "Acta to change them. Their follow-up is in Agreements and deliverables.")
                                       .arg(status)
                                 : tr("Minutes: %1. Close them for signature in Acta once the tabla and the agreements are "
                                      "written.")
                                       .arg(status));
    for (QWidget *w : std::initializer_list<QWidget *>{m_itemTitle, m_development, m_newItem, m_agreementText, m_agreementResponsible,
                                                       m_agreementDue})
        w->setEnabled(!frozen);
    m_agreementTable->setEditTriggers(frozen ? QAbstractItemView::NoEditTriggers
                                             : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                                   | QAbstractItemView::AnyKeyPressed);
    // An empty tabla or list of agreements must not stand for one that
    // could not be read.
    if (!items || !agreements)
        m_actaStatus->setText(!items ? items.errorMessage() : agreements.errorMessage());
    m_loading = false;
    showItem();
}

void MeetingsPage::saveDetails()
{
    if (m_loading || !document())
        return;
    auto meeting = MeetingService(document()->session()).meeting(document()->meeting().id);
    if (!meeting || meeting->isWorkshop())
        return;
    Meeting changed = *meeting;
    changed.title = m_title->text();
    changed.stage = m_stage->currentData().isValid() ? std::optional(m_stage->currentData().toInt()) : std::nullopt;
    changed.date = m_date->date();
    changed.start = m_start->time() == QTime(0, 0) ? QTime() : m_start->time();
    changed.end = m_end->time() == QTime(0, 0) ? QTime() : m_end->time();
    changed.place = m_place->text();
    changed.organisation = m_organisation->text();
    if (changed == *meeting)
        return;
    succeeded(MeetingService(document()->session()).updateMeeting(changed));
}

qint64 MeetingsPage::currentItemId() const
{
    const int row = m_itemList->currentRow();
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : 0;
}

void MeetingsPage::showItem()
{
    const int row = m_itemList->currentRow();
    const bool has = row >= 0 && row < m_items.size();
    const bool wasLoading = m_loading;
    m_loading = true;
    const qint64 shown = has ? m_items.at(row).id : 0;
    // The item being written stays as typed when the page reloads.
    if (shown != m_shownItem || !m_itemTitle->hasFocus())
        m_itemTitle->setText(has ? m_items.at(row).title : QString());
    if (shown != m_shownItem || !m_development->hasFocus())
        m_development->setPlainText(has ? m_items.at(row).development : QString());
    m_shownItem = shown;
    m_itemTitle->setEnabled(has && m_newItem->isEnabled());
    m_development->setEnabled(has && m_newItem->isEnabled());
    m_loading = wasLoading;
}

bool MeetingsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_development && event->type() == QEvent::FocusOut)
        saveItem();
    return EventPage::eventFilter(watched, event);
}

void MeetingsPage::hideEvent(QHideEvent *event)
{
    saveItem();
    EventPage::hideEvent(event);
}

void MeetingsPage::saveItem()
{
    if (m_loading || !document() || m_shownItem == 0)
        return;
    const auto found = std::find_if(m_items.cbegin(), m_items.cend(), [this](const MeetingItem &i) { return i.id == m_shownItem; });
    if (found == m_items.cend())
        return;
    const MeetingItem stored = *found;
    const MeetingItem changed{m_shownItem, m_itemTitle->text(), m_development->toPlainText()};
    if (changed.title.simplified() == stored.title && changed.development.trimmed() == stored.development)
        return;
    succeeded(MeetingService(document()->session()).updateItem(changed));
}

void MeetingsPage::addItem()
{
    if (!document() || m_newItem->text().trimmed().isEmpty())
        return;
    saveItem();
    auto added = MeetingService(document()->session()).addItem(document()->meeting().id, {0, m_newItem->text(), {}});
    if (!succeeded(added))
        return;
    m_newItem->clear();
    m_itemList->setCurrentRow(m_itemList->count() - 1);
    m_development->setFocus();
}

void MeetingsPage::removeItem()
{
    const qint64 id = currentItemId();
    if (!document() || id == 0)
        return;
    if (QMessageBox::question(this, tr("Remove item"), tr("Remove \"%1\" and its discussion from the tabla?").arg(m_items.at(m_itemList->currentRow()).title))
        != QMessageBox::Yes)
        return;
    succeeded(MeetingService(document()->session()).removeItem(id));
}

void MeetingsPage::addAgreement()
{
    if (!document() || m_agreementText->text().trimmed().isEmpty())
        return;
    Agreement a;
    a.meetingId = document()->meeting().id;
    a.text = m_agreementText->text();
    a.responsible = m_agreementResponsible->text();
    a.due = m_agreementDue->text();
    auto added = MeetingService(document()->session()).addAgreement(a);
    if (!succeeded(added))
        return;
    for (QLineEdit *e : {m_agreementText, m_agreementResponsible, m_agreementDue})
        e->clear();
    m_agreementText->setFocus();
}

void MeetingsPage::removeAgreement()
{
    const int row = m_agreementTable->currentRow();
    if (!document() || row < 0 || row >= m_agreements.size())
        return;
    if (QMessageBox::question(this, tr("Remove agreement"), tr("Remove the agreement \"%1\"?").arg(m_agreements.at(row).text))
        != QMessageBox::Yes)
        return;
    succeeded(MeetingService(document()->session()).removeAgreement(m_agreements.at(row).id));
}

void MeetingsPage::agreementEdited(int row, int column)
{
    if (m_loading || !document() || row < 0 || row >= m_agreements.size())
        return;
    Agreement changed = m_agreements.at(row);
    const QString text = m_agreementTable->item(row, column)->text();
    if (column == TextColumn)
        changed.text = text;
    else if (column == ResponsibleColumn)
        changed.responsible = text;
    else
        changed.due = text;
    if (!succeeded(MeetingService(document()->session()).updateAgreement(changed)))
        showMeeting(); // puts back what is stored
}

void MeetingsPage::removeMeeting()
{
    if (!document() || document()->isWorkshop())
        return;
    auto meeting = MeetingService(document()->session()).meeting(document()->meeting().id);
    if (!succeeded(meeting))
        return;
    if (QMessageBox::question(this, tr("Remove meeting"),
                              tr("Remove \"%1\" with its tabla, agreements and draft minutes? This cannot be undone.")
                                  .arg(Meetings::label(*meeting)))
        != QMessageBox::Yes)
        return;
    succeeded(MeetingService(document()->session()).removeMeeting(meeting->id));
}

void MeetingsPage::addMeeting()
{
    if (!document())
        return;
    FormDialog dialog(this, tr("New meeting"));
    auto *title = new QLineEdit;
    auto *stage = new QComboBox;
    for (int i = 1; i < m_stage->count(); ++i)
        stage->addItem(m_stage->itemText(i), m_stage->itemData(i));
    stage->addItem(tr("No stage"), QVariant());
    // Date and times typed as people type them, one field each: Tab goes
    // from field to field, never through day, month and year.
    auto *date = new QLineEdit(QDate::currentDate().toString(u"dd/MM/yyyy"_s));
    date->setPlaceholderText(TypedInput::dateForms());
    date->setToolTip(TypedInput::dateForms());
    auto *start = new QLineEdit(u"10:00"_s);
    start->setPlaceholderText(TypedInput::timeForms());
    start->setToolTip(TypedInput::timeForms());
    auto *end = new QLineEdit;
    end->setPlaceholderText(tr("optional; %1").arg(TypedInput::timeForms()));
    end->setToolTip(TypedInput::timeForms());
    auto *place = new QLineEdit;
    auto *organisation = new QLineEdit;
    organisation->setPlaceholderText(tr("The Gerencia it is held with"));
    dialog.form()->addRow(tr("&Title:"), title);
    dialog.form()->addRow(tr("S&tage:"), stage);
    dialog.form()->addRow(tr("&Date:"), date);
    dialog.form()->addRow(tr("&Start:"), start);
    dialog.form()->addRow(tr("&End:"), end);
    dialog.form()->addRow(tr("&Place:"), place);
    dialog.form()->addRow(tr("&Organisation:"), organisation);
    // Checked before the dialog closes: a wrong time keeps it open with
    // everything typed, the focus on the field to correct.
    QDate day;
    QTime from;
    std::optional<QTime> until;
    dialog.setCheck([&] {
        auto typedDay = TypedInput::date(date->text());
        if (!typedDay) {
            dialog.showProblem(typedDay.errorMessage(), date);
            return false;
        }
        auto typedStart = TypedInput::time(start->text());
        if (!typedStart) {
            dialog.showProblem(typedStart.errorMessage(), start);
            return false;
        }
        until.reset();
        if (!end->text().trimmed().isEmpty()) {
            auto typedEnd = TypedInput::time(end->text());
            if (!typedEnd) {
                dialog.showProblem(typedEnd.errorMessage(), end);
                return false;
            }
            if (*typedEnd <= *typedStart) {
                dialog.showProblem(tr("The meeting ends at %1, before it starts (%2).")
                                       .arg(typedEnd->toString(u"HH:mm"_s), typedStart->toString(u"HH:mm"_s)),
                                   end);
                return false;
            }
            until = *typedEnd;
        }
        day = *typedDay;
        from = *typedStart;
        return true;
    });
    while (dialog.ask(title)) {
        Meeting m;
        m.kind = MeetingKind::Meeting;
        m.title = title->text();
        m.stage = stage->currentData().isValid() ? std::optional(stage->currentData().toInt()) : std::nullopt;
        m.date = day;
        m.start = from;
        if (until)
            m.end = *until;
        m.place = place->text();
        m.organisation = organisation->text();
        auto added = MeetingService(document()->session()).addMeeting(m);
        if (!succeeded(added, tr("New meeting")))
            continue;
        document()->setMeeting({*added});
        m_tabs->setCurrentIndex(1);
        m_newItem->setFocus();
        return;
    }
}

} // namespace taller
