#include "RegistrationPage.h"

#include "MeetingService.h"

#include "AttendeeTableModel.h"
#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "ImportAttendeesDialog.h"
#include "WalkInDialog.h"
#include "participants/ParticipantPrinting.h"
#include "registration/AttendanceDocument.h"
#include "RegistrationService.h"

#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QResizeEvent>
#include <QLineEdit>
#include <QMenu>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QTableView>
#include <QTableWidget>
#include <QScopeGuard>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

constexpr int SearchLimit = 50;
constexpr int RecentLimit = 12;
constexpr int BannerFadeMs = 6000;

// Digits, as a barcode reader or a hurried volunteer types a document.
bool looksLikeDocumentNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^[0-9][0-9 .-]{5,}$|^[A-Za-z]{1,3}[0-9]{5,}$"_s);
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace

RegistrationPage::RegistrationPage(QWidget *parent)
    : EventPage(parent)
    , m_search(new QLineEdit)
    , m_heading(pageHeading(tr("Registration desk")))
    , m_banner(new QLabel)
    , m_connection(new QLabel)
    , m_hint(new QLabel)
    , m_results(new AttendeeTableModel(this))
    , m_resultsView(new QTableView)
    , m_totals(new QLabel)
    , m_totalsDetail(new QLabel)
    , m_sectors(new QTableWidget)
    , m_recent(new QListWidget)
    , m_bannerFade(new QTimer(this))
    , m_refreshSoon(new QTimer(this))
{
    auto *badgesButton = new QToolButton;
    badgesButton->setText(tr("Name &badges"));
    badgesButton->setPopupMode(QToolButton::InstantPopup);
    badgesButton->setMenu(ParticipantPrinting::badgeMenu(this, [this] { return document(); }, [this] { return currentPerson(); }));
    // A long meeting's name never widens the window past a small screen.
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *top = headingRow(m_heading,
                           {badgesButton, actionButton(tr("&Import list…"), &RegistrationPage::importAttendees),
                            actionButton(tr("Pre&view sheet"), [this] { outputAttendance(DocumentPrinter::Output::Preview); }),
                            actionButton(tr("E&xport PDF…"), [this] { outputAttendance(DocumentPrinter::Output::Pdf); }),
                            actionButton(tr("&Print attendance sheet…"), [this] { outputAttendance(DocumentPrinter::Output::Print); })});

    QFont searchFont = m_search->font();
    searchFont.setPointSizeF(searchFont.pointSizeF() * 1.6);
    m_search->setFont(searchFont);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, surname, document or organisation — Enter checks in"));
    m_search->setAccessibleName(tr("Find attendee"));
    m_search->installEventFilter(this);
    auto *walkInButton = new QPushButton(tr("New person (F2)"));
    walkInButton->setFocusPolicy(Qt::NoFocus);
    walkInButton->setMinimumHeight(m_search->sizeHint().height());
    connect(walkInButton, &QPushButton::clicked, this, &RegistrationPage::registerWalkIn);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(walkInButton);

    m_banner->setWordWrap(true);
    m_banner->setMinimumHeight(44);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Last result"));
    showBanner(Tone::Notice, tr("Type a few letters of a name or a document number, then press Enter."));

    m_resultsView->setModel(m_results);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->verticalHeader()->setVisible(false);
    m_resultsView->setAlternatingRowColors(true);
    // Name and organisation share the room; document, sector and arrival
    // keep the width their text needs.
    QHeaderView *columns = m_resultsView->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setSectionResizeMode(AttendeeTableModel::NameColumn, QHeaderView::Stretch);
    columns->setSectionResizeMode(AttendeeTableModel::OrganisationColumn, QHeaderView::Stretch);
    columns->setStretchLastSection(false);
    const QFontMetrics metrics = m_resultsView->fontMetrics();
    columns->resizeSection(AttendeeTableModel::DocumentColumn, metrics.horizontalAdvance(u"CE 000000000"_s) + 16);
    columns->resizeSection(AttendeeTableModel::SectorColumn, metrics.horizontalAdvance(tr("Civil society")) + 16);
    columns->resizeSection(AttendeeTableModel::StatusColumn, metrics.horizontalAdvance(tr("✓ Arrived %1").arg(u"00:00"_s)) + 16);
    // Typing always lands in the search field: the list is chosen with the
    // mouse or with ↑ ↓ from the field, never given the keyboard.
    m_resultsView->setFocusPolicy(Qt::NoFocus);
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        selectRow(index.row());
        checkIn(index.row());
        focusSearch();
    });
    m_resultsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_resultsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &at) {
        const QModelIndex index = m_resultsView->indexAt(at);
        if (!index.isValid())
            return;
        selectRow(index.row());
        QMenu menu;
        menu.addAction(tr("Check in"), this, [this, row = index.row()] {
            checkIn(row);
            focusSearch();
        });
        menu.addAction(tr("Edit details… (Ctrl+E)"), this, &RegistrationPage::editSelected);
        menu.exec(m_resultsView->viewport()->mapToGlobal(at));
    });
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setStyleSheet(u"color: #666; font-size: 12pt;"_s);
    m_hint->setWordWrap(true);

    auto *resultsColumn = new QVBoxLayout;
    resultsColumn->addWidget(m_resultsView, 1);
    resultsColumn->addWidget(m_hint);

    // The side panel: how many have arrived, by sector, and the latest.
    QFont totalsFont = m_totals->font();
    totalsFont.setPointSizeF(totalsFont.pointSizeF() * 2.4);
    totalsFont.setBold(true);
    m_totals->setFont(totalsFont);
    m_totalsDetail->setWordWrap(true);
    // Two columns, "Gremio empresarial | 3 de 6": the sector's name keeps
    // the room to be read whole in a panel 280 px wide.
    m_sectors->setColumnCount(2);
    m_sectors->setHorizontalHeaderLabels({tr("Sector"), tr("Arrived")});
    m_sectors->verticalHeader()->setVisible(false);
    m_sectors->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_sectors->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_sectors->setTextElideMode(Qt::ElideMiddle);
    m_sectors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sectors->setFocusPolicy(Qt::NoFocus);
    m_sectors->setSelectionMode(QAbstractItemView::NoSelection);
    m_sectors->verticalHeader()->setDefaultSectionSize(m_sectors->fontMetrics().height() + 6);
    // Every sector shown at once, without scrolling: the table is as tall as
    // its rows (refreshCounters), the latest check-ins take what is left.
    m_sectors->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sectors->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_recent->setMinimumHeight(2 * m_recent->fontMetrics().height() + 12);
    auto *undoButton = new QPushButton(tr("&Undo a check-in (Ctrl+U)"));
    connect(undoButton, &QPushButton::clicked, this, &RegistrationPage::undoCheckIn);
    undoButton->setFocusPolicy(Qt::NoFocus);
    m_recent->setFocusPolicy(Qt::NoFocus);

    auto *panel = new QGroupBox(tr("Attendance"));
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->addWidget(m_totals);
    panelLayout->addWidget(m_totalsDetail);
    panelLayout->addWidget(m_sectors);
    panelLayout->addWidget(new QLabel(tr("Latest check-ins:")));
    panelLayout->addWidget(m_recent, 1);
    panelLayout->addWidget(undoButton);
    panel->setMinimumWidth(280);
    panel->setMaximumWidth(360);
    panel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    m_refreshSoon->setSingleShot(true);
    m_refreshSoon->setInterval(0);
    connect(m_refreshSoon, &QTimer::timeout, this, [this] { m_refresh->request(); });
    m_bannerFade->setSingleShot(true);
    m_bannerFade->setInterval(BannerFadeMs);
    connect(m_bannerFade, &QTimer::timeout, this, [this] { setBannerTone(Tone::Faded); });

    auto *body = new QHBoxLayout;
    body->addLayout(resultsColumn, 3);
    body->addWidget(panel, 1);

    m_connection->setWordWrap(true);
    m_connection->setTextFormat(Qt::PlainText);
    m_connection->setAccessibleName(tr("Connection with the hub"));
    m_connection->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_connection);
    layout->addLayout(searchRow);
    layout->addWidget(m_banner);
    layout->addLayout(body, 1);

    connect(m_search, &QLineEdit::textChanged, this, &RegistrationPage::search);
    connect(m_search, &QLineEdit::returnPressed, this, &RegistrationPage::checkInFromSearch);
    pageShortcut(QKeySequence(Qt::Key_F2), &RegistrationPage::registerWalkIn);
    pageShortcut(QKeySequence(Qt::CTRL | Qt::Key_U), &RegistrationPage::undoCheckIn);
    pageShortcut(QKeySequence::Find, &RegistrationPage::focusSearch);
    pageShortcut(QKeySequence(Qt::Key_F3), &RegistrationPage::focusSearch);
    pageShortcut(QKeySequence(Qt::CTRL | Qt::Key_E), &RegistrationPage::editSelected);

    setFocusProxy(m_search);
    setEnabled(false);
}

void RegistrationPage::showDocument()
{
    m_search->clear();
    // A check-in is on disk and announced on the banner first; the list and
    // the counts follow as soon as the keystroke is handled, once for any
    // number of changes in between.
    follow({&EventDocument::attendeesChanged, &EventDocument::detailsChanged}, [this] { m_refreshSoon->start(); });
    follow({&EventDocument::meetingChanged}, [this] {
        showMeeting();
        // The last check-in announced was at the meeting before: not this
        // one's; the desk starts over with its hint.
        showBanner(Tone::Notice, tr("Type a few letters of a name or a document number, then press Enter."));
    });
    showMeeting();
    m_refresh->request();
}

void RegistrationPage::showMeeting()
{
    // The desk records attendance at the meeting chosen; its name is on top
    // so that nobody checks people in at the wrong one.
    QString meeting, whole;
    if (document() && !document()->isWorkshop()) {
        if (auto found = MeetingService(document()->session()).meeting(document()->meeting().id)) {
            whole = Meetings::label(*found);
            const QString title = found->title.size() > 40 ? found->title.left(39) + u'…' : found->title;
            meeting = tr("Meeting %1 · %2").arg(found->id).arg(title);
        }
    }
    m_heading->setText(meeting.isEmpty() ? tr("Registration desk") : tr("Attendance · %1").arg(meeting));
    m_heading->setToolTip(whole);
}

void RegistrationPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    focusSearch();
}

void RegistrationPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool RegistrationPage::eventFilter(QObject *watched, QEvent *event)
{
    // A line edit takes Ctrl+U (clear to the start) and Ctrl+E (end of line)
    // for itself; at the desk they mean what the buttons say.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_U || key->key() == Qt::Key_E)) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int current = m_resultsView->currentIndex().isValid() ? m_resultsView->currentIndex().row() : -1;
        if (const auto row = rowAfterKey(key->key(), current, m_results->rowCount())) {
            selectRow(*row);
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
            m_search->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RegistrationPage::selectRow(int row)
{
    if (row < 0 || row >= m_results->rowCount())
        return;
    m_resultsView->setCurrentIndex(m_results->index(row, 0));
    m_resultsView->selectRow(row);
}

void RegistrationPage::search()
{
    const QString text = m_search->text();
    if (document() && text.trimmed().isEmpty()) {
        showNotArrived();
        return;
    }
    QList<Attendee> found;
    if (document() && !text.trimmed().isEmpty()) {
        auto result = RegistrationService(document()->session(), document()->meeting()).search(text, SearchLimit);
        if (result)
            found = *result;
        else
            showBanner(Tone::Problem, result.errorMessage());
    }
    m_results->setAttendees(found);
    selectRow(0);
    if (text.trimmed().isEmpty())
        m_hint->setText(tr("Start typing to find a person. F2 registers someone who is not on the list."));
    else if (found.isEmpty())
        m_hint->setText(tr("Nobody matches \"%1\". Press F2 to register this person.").arg(text.trimmed()));
    else if (found.size() == SearchLimit)
        m_hint->setText(tr("Showing the first %1 matches; type more letters to narrow down.").arg(SearchLimit));
    else
        m_hint->setText(tr("↑ ↓ choose, Enter checks in."));
}

void RegistrationPage::showNotArrived()
{
    // Who has not come yet, read a page at a time as the list scrolls: as
    // quick with 100,000 people as with 50.
    RegistrationService service(document()->session(), document()->meeting());
    auto total = service.notArrivedCount();
    if (!total) {
        m_results->setAttendees({});
        showBanner(Tone::Problem, total.errorMessage());
        return;
    }
    EventDocument *event = document();
    m_results->setPaged(*total, [event](int offset, int limit) {
        auto page = RegistrationService(event->session(), event->meeting()).notArrived(offset, limit);
        return page ? *page : QList<Attendee>();
    });
    m_resultsView->clearSelection();
    m_resultsView->setCurrentIndex({});
    // An empty list is not a list of everyone arrived.
    const auto listed = *total == 0 ? service.attendeeCount() : Result<int>(*total);
    const bool nobodyListed = listed && *listed == 0;
    m_hint->setText(nobodyListed ? tr("Nobody is on the list yet. Import the list (File menu) or press F2 to register "
                                      "each person as they arrive.")
                    : *total == 0 ? tr("Everyone on the list has arrived. F2 registers someone who is not on it.")
                                  : tr("Not arrived yet: %n. Type to find a person; F2 registers someone who is not on the list.",
                                       nullptr, *total));
}

void RegistrationPage::checkIn(int row)
{
    if (!document())
        return;
    if (const Attendee *attendee = m_results->attendeeAt(row)) {
        const qint64 id = attendee->id;
        const QString typed = m_search->text().trimmed();
        showOutcome(document()->checkIn(id), typed);
        m_search->clear();
    }
}

void RegistrationPage::editSelected()
{
    if (!document())
        return;
    const Attendee *selected = m_results->attendeeAt(m_resultsView->currentIndex().row());
    if (!selected) {
        showBanner(Tone::Notice, tr("Choose a person in the list first (↑ ↓ or a click), then Ctrl+E edits their details."));
        focusSearch();
        return;
    }
    WalkInDialog dialog(*document(), this);
    dialog.editAttendee(*selected);
    if (dialog.exec() == QDialog::Accepted) {
        m_lastPerson = dialog.registered();
        showBanner(Tone::Success, tr("Details saved: %1 (Ctrl+Z undoes)").arg(dialog.registered().fullName()));
    }
    focusSearch();
}

void RegistrationPage::checkInFromSearch()
{
    if (!document())
        return;
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty()) {
        // Enter on a highlighted person of the "not arrived" list.
        if (m_resultsView->currentIndex().isValid())
            checkIn(m_resultsView->currentIndex().row());
        return;
    }

    // A scanned or typed document number checks that person in directly.
    if (looksLikeDocumentNumber(typed)) {
        auto result = document()->checkInByDocument(typed);
        if (result && result->outcome != CheckinOutcome::NotFound && result->outcome != CheckinOutcome::Invalid) {
            showOutcome(result, typed);
            m_search->clear();
            return;
        }
        if (m_results->rowCount() == 0) {
            showOutcome(result, typed);
            m_search->selectAll();
            return;
        }
    }
    const int row = m_resultsView->currentIndex().isValid() ? m_resultsView->currentIndex().row() : 0;
    const Attendee *attendee = m_results->attendeeAt(row);
    if (!attendee || typed.isEmpty()) {
        showBanner(Tone::Problem, tr("Nobody matches \"%1\". Press F2 to register this person.").arg(typed));
        m_search->selectAll();
        return;
    }
    showOutcome(document()->checkIn(attendee->id), typed);
    m_search->clear();
}

void RegistrationPage::showOutcome(const Result<CheckinResult> &result, const QString &typed)
{
    if (!result) {
        showBanner(Tone::Problem, tr("Not saved: %1").arg(result.errorMessage()));
        return;
    }
    const Attendee &a = result->attendee;
    if (a.id != 0)
        m_lastPerson = a;
    const QString who = a.organisation.isEmpty() ? a.fullName() : u"%1 — %2"_s.arg(a.fullName(), a.organisation);
    switch (result->outcome) {
    case CheckinOutcome::CheckedIn:
        showBanner(Tone::Success, tr("✓ Checked in: %1 (%2)").arg(who, result->at.toString(u"HH:mm"_s)));
        break;
    case CheckinOutcome::Already:
        showBanner(Tone::Notice, tr("Already checked in at %1: %2").arg(result->at.toString(u"HH:mm"_s), who));
        break;
    case CheckinOutcome::Undone:
        showBanner(Tone::Notice, tr("Check-in undone: %1").arg(who));
        break;
    case CheckinOutcome::NotCheckedIn:
        showBanner(Tone::Notice, tr("%1 is not checked in.").arg(who));
        break;
    case CheckinOutcome::NotFound:
        showBanner(Tone::Problem, tr("No one on the list has document %1. Press F2 to register this person.").arg(typed));
        break;
    case CheckinOutcome::Invalid:
        showBanner(Tone::Problem, tr("\"%1\" is not a document number.").arg(typed));
        break;
    }
}

void RegistrationPage::showBanner(Tone tone, const QString &text)
{
    setBannerTone(tone);
    m_banner->setText(text);
    // A confirmation fades after a few seconds, so that it is not read as
    // the next person's; problems stay until the next action.
    if (tone == Tone::Success)
        m_bannerFade->start();
    else
        m_bannerFade->stop();
}

void RegistrationPage::setBannerTone(Tone tone)
{
    static const QString base = u"QLabel { padding: 8px 12px; border-radius: 4px; font-size: 13pt; %1 }"_s;
    m_bannerTone = tone;
    switch (tone) {
    case Tone::Success: m_banner->setStyleSheet(base.arg(u"background: #d8f0e3; color: #0b4d37;"_s)); break;
    case Tone::Notice: m_banner->setStyleSheet(base.arg(u"background: #fff1c9; color: #5c4300;"_s)); break;
    case Tone::Problem: m_banner->setStyleSheet(base.arg(u"background: #fadbd8; color: #7d1a12;"_s)); break;
    case Tone::Faded: m_banner->setStyleSheet(base.arg(u"background: #eeeeee; color: #666666;"_s)); break;
    }
}

void RegistrationPage::setConnectionState(const QString &text, bool offline)
{
    m_connection->setText(text);
    m_connection->setVisible(!text.isEmpty());
    // Offline, the desk keeps working: said plainly, not as an alarm.
    m_connection->setStyleSheet(offline ? u"QLabel { padding: 6px 12px; border-radius: 4px; font-size: 12pt; font-weight: 600; "
                                          "background: #ffe0b2; color: #6a3b00; }"_s
                                        : u"QLabel { padding: 2px 12px; color: #2e6b4f; }"_s);
}

QString RegistrationPage::connectionText() const
{
    return m_connection->isHidden() ? QString() : m_connection->text();
}

void RegistrationPage::showHubNotice(const QString &text)
{
    showBanner(Tone::Notice, tr("From the hub: %1").arg(text));
}

bool RegistrationPage::bannerFaded() const
{
    return m_bannerTone == Tone::Faded;
}

QString RegistrationPage::bannerText() const
{
    return m_banner->text();
}

void RegistrationPage::registerWalkIn()
{
    if (!document())
        return;
    // Whatever happens in the dialog, typing lands in the search field
    // again, in this window (not in the dialog just closed).
    const auto backToSearch = qScopeGuard([this] {
        if (QWidget *top = window()) {
            top->raise();
            top->activateWindow();
        }
        focusSearch();
    });
    WalkInDialog dialog(*document(), this);
    dialog.prefill(m_search->text());
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_lastPerson = dialog.registered();
    if (dialog.alreadyOnList())
        showOutcome(document()->checkIn(dialog.registered().id), dialog.registered().documentNumber);
    else if (dialog.checkInNow())
        showOutcome(document()->checkIn(dialog.registered().id), dialog.registered().documentNumber);
    else
        showBanner(Tone::Success, tr("Registered: %1").arg(dialog.registered().fullName()));
    m_search->clear();
}

void RegistrationPage::undoCheckIn()
{
    if (!document())
        return;
    // A key pressed before the list caught up with the last check-in.
    if (m_refreshSoon->isActive()) {
        m_refreshSoon->stop();
        m_refresh->request();
    }
    // The selected person if they are checked in, else the latest check-in.
    qint64 attendeeId = 0;
    if (const Attendee *selected = m_results->attendeeAt(m_resultsView->currentIndex().row()); selected && selected->isCheckedIn())
        attendeeId = selected->id;
    else if (QListWidgetItem *item = m_recent->currentItem())
        attendeeId = item->data(Qt::UserRole).toLongLong();
    else if (m_recent->count() > 0)
        attendeeId = m_recent->item(0)->data(Qt::UserRole).toLongLong();
    if (attendeeId == 0) {
        showBanner(Tone::Notice, tr("There is no check-in to undo."));
        return;
    }
    showOutcome(document()->undoCheckIn(attendeeId), QString());
    focusSearch();
}

void RegistrationPage::refresh()
{
    if (document() && !m_search->text().trimmed().isEmpty()) {
        const int row = m_resultsView->currentIndex().row();
        search();
        selectRow(std::max(0, row));
    } else {
        search();
    }
    refreshCounters();
    refreshRecent();
}

void RegistrationPage::refreshCounters()
{
    m_sectors->setRowCount(0);
    if (!document()) {
        m_totals->clear();
        m_totalsDetail->clear();
        return;
    }
    auto counts = RegistrationService(document()->session(), document()->meeting()).counts();
    if (!counts) {
        m_totalsDetail->setText(counts.errorMessage());
        return;
    }
    // Counted against the list itself, the figure the volunteer can check;
    // the number expected (typed on the Evento page, for the workshop) is
    // said apart.
    const int expected = document()->isWorkshop() ? document()->details().expectedParticipants : 0;
    m_totals->setText(tr("%1 of %2").arg(counts->checkedIn).arg(counts->registered));
    QStringList detail{tr("arrived, of the %n people on the list.", nullptr, counts->registered)};
    if (counts->walkIns > 0)
        detail.append(tr("%n of them added at the desk (walk-ins).", nullptr, counts->walkIns));
    if (expected > 0)
        detail.append(tr("%n participant(s) expected.", nullptr, expected));
    m_totalsDetail->setText(detail.join(u' '));
    for (Sector sector : valuesOf<Sector>()) {
        const SectorCount c = counts->bySector.value(sector);
        if (c.registered == 0)
            continue;
        const int row = m_sectors->rowCount();
        m_sectors->insertRow(row);
        auto *name = new QTableWidgetItem(displayNameOf(sector));
        name->setToolTip(displayNameOf(sector));
        m_sectors->setItem(row, 0, name);
        auto *arrived = new QTableWidgetItem(tr("%1 of %2").arg(c.checkedIn).arg(c.registered));
        arrived->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_sectors->setItem(row, 1, arrived);
    }
    const int header = m_sectors->horizontalHeader()->sizeHint().height();
    const int row = m_sectors->verticalHeader()->defaultSectionSize();
    m_sectors->setFixedHeight(header + m_sectors->rowCount() * row + 2 * m_sectors->frameWidth());
}

void RegistrationPage::refreshRecent()
{
    m_recent->clear();
    if (!document())
        return;
    auto recent = RegistrationService(document()->session(), document()->meeting()).recentCheckins(RecentLimit);
    if (!recent)
        return;
    for (const CheckinEntry &entry : std::as_const(*recent)) {
        const QString text = entry.undo ? tr("%1  ↺ undone: %2").arg(entry.at.toString(u"HH:mm"_s), entry.attendee.sortName())
                                        : tr("%1  ✓ %2").arg(entry.at.toString(u"HH:mm"_s), entry.attendee.sortName());
        auto *item = new QListWidgetItem(text);
        item->setData(Qt::UserRole, entry.attendee.id);
        if (entry.undo)
            item->setForeground(QColor(0x88, 0x88, 0x88));
        m_recent->addItem(item);
    }
}

std::optional<Attendee> RegistrationPage::currentPerson() const
{
    if (const Attendee *selected = m_results->attendeeAt(m_resultsView->currentIndex().row()))
        return *selected;
    return m_lastPerson;
}


void RegistrationPage::importAttendees()
{
    if (document())
        ImportAttendeesDialog::run(*document(), this);
}

void RegistrationPage::outputAttendance(DocumentPrinter::Output where)
{
    if (!document())
        return;
    RegistrationService registration(document()->session(), document()->meeting());
    DocumentPrinter::output(this, where, registration.attendanceSheet(AttendanceDocument::DefaultBlankRows),
                            tr("Attendance sheet"), document()->pathBeside(tr("-attendance") + u".pdf"_s));
}

void RegistrationPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    // On a small screen the name needs the room: the organisation column
    // steps aside (it stays in the name's tooltip).
    m_resultsView->setColumnHidden(AttendeeTableModel::OrganisationColumn, m_resultsView->width() < 700);
}

} // namespace taller
