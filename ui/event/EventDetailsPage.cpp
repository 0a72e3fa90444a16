#include "EventDetailsPage.h"
#include "FormDialog.h"

#include "EventDocument.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QStringList objectiveLines(const QString &text)
{
    QStringList lines;
    for (const QString &line : text.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
    }
    return lines;
}

} // namespace

EventDetailsPage::EventDetailsPage(QWidget *parent)
    : EventPage(parent)
    , m_title(new QLineEdit)
    , m_organiser(new QLineEdit)
    , m_venue(new QLineEdit)
    , m_address(new QLineEdit)
    , m_date(new QDateEdit)
    , m_start(new QTimeEdit)
    , m_end(new QTimeEdit)
    , m_expected(new QSpinBox)
    , m_audience(new QLineEdit)
    , m_generalObjective(new QPlainTextEdit)
    , m_specificObjectives(new QPlainTextEdit)
    , m_timeWarning(new QLabel)
{
    m_date->setCalendarPopup(true);
    for (QAbstractSpinBox *field : {static_cast<QAbstractSpinBox *>(m_date), static_cast<QAbstractSpinBox *>(m_start),
                                    static_cast<QAbstractSpinBox *>(m_end)})
        FormDialog::tabLeavesField(field);
    m_date->setDisplayFormat(u"dddd d 'de' MMMM 'de' yyyy"_s);
    m_start->setDisplayFormat(u"HH:mm"_s);
    m_end->setDisplayFormat(u"HH:mm"_s);
    m_expected->setRange(0, 100000);
    m_expected->setSuffix(tr(" people"));
    m_generalObjective->setTabChangesFocus(true);
    m_specificObjectives->setTabChangesFocus(true);
    m_generalObjective->setMinimumHeight(70);
    m_specificObjectives->setMinimumHeight(110);
    m_specificObjectives->setPlaceholderText(tr("One objective per line"));
    m_timeWarning->setStyleSheet(u"color: #b00020;"_s);
    m_timeWarning->setVisible(false);

    auto *general = new QGroupBox(tr("Workshop"));
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Title:"), m_title);
    generalForm->addRow(tr("&Organiser:"), m_organiser);
    generalForm->addRow(tr("Target a&udience:"), m_audience);
    generalForm->addRow(tr("E&xpected participants:"), m_expected);

    auto *place = new QGroupBox(tr("Place and time"));
    auto *placeForm = new QFormLayout(place);
    placeForm->addRow(tr("&Venue:"), m_venue);
    placeForm->addRow(tr("&Address:"), m_address);
    placeForm->addRow(tr("&Date:"), m_date);
    addTimeSpanRow(placeForm, tr("T&ime:"), m_start, tr("to"), m_end);
    placeForm->addRow(QString(), m_timeWarning);

    auto *objectives = new QGroupBox(tr("Objectives"));
    auto *objectivesForm = new QFormLayout(objectives);
    objectivesForm->addRow(tr("&General objective:"), m_generalObjective);
    objectivesForm->addRow(tr("S&pecific objectives:"), m_specificObjectives);

    for (QFormLayout *form : {generalForm, placeForm, objectivesForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(pageHeading(tr("Event")));
    column->addWidget(general);
    column->addWidget(place);
    column->addWidget(objectives);
    column->addStretch();
    content->setMaximumWidth(900);

    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(EventField::Title); });
    connect(m_organiser, &QLineEdit::editingFinished, this, [this] { commit(EventField::Organiser); });
    connect(m_venue, &QLineEdit::editingFinished, this, [this] { commit(EventField::Venue); });
    connect(m_address, &QLineEdit::editingFinished, this, [this] { commit(EventField::Address); });
    connect(m_audience, &QLineEdit::editingFinished, this, [this] { commit(EventField::Audience); });
    connect(m_date, &QDateEdit::dateChanged, this, [this] { commit(EventField::Date); });
    connect(m_start, &QTimeEdit::editingFinished, this, [this] { commit(EventField::Start); });
    connect(m_end, &QTimeEdit::editingFinished, this, [this] { commit(EventField::End); });
    connect(m_expected, &QSpinBox::editingFinished, this, [this] { commit(EventField::ExpectedParticipants); });
    m_generalObjective->installEventFilter(this);
    m_specificObjectives->installEventFilter(this);
    setFocusProxy(m_title);
    setEnabled(false);
}

void EventDetailsPage::showDocument()
{
    if (document()) {
        follow({&EventDocument::detailsChanged}, &EventDetailsPage::refresh);
        refresh();
    }
}

bool EventDetailsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (watched == m_generalObjective)
            commit(EventField::GeneralObjective);
        else if (watched == m_specificObjectives)
            commit(EventField::SpecificObjectives);
    }
    return QWidget::eventFilter(watched, event);
}

QVariant EventDetailsPage::widgetValue(EventField field) const
{
    switch (field) {
    case EventField::Title: return m_title->text().trimmed();
    case EventField::Organiser: return m_organiser->text().trimmed();
    case EventField::Venue: return m_venue->text().trimmed();
    case EventField::Address: return m_address->text().trimmed();
    case EventField::Date: return m_date->date();
    case EventField::Start: return m_start->time();
    case EventField::End: return m_end->time();
    case EventField::GeneralObjective: return m_generalObjective->toPlainText().trimmed();
    case EventField::SpecificObjectives: return objectiveLines(m_specificObjectives->toPlainText());
    case EventField::ExpectedParticipants: return m_expected->value();
    case EventField::Audience: return m_audience->text().trimmed();
    }
    return {};
}

void EventDetailsPage::commit(EventField field)
{
    if (document())
        document()->setEventField(field, widgetValue(field));
}

void EventDetailsPage::refresh()
{
    if (!document())
        return;
    const EventDetails &d = document()->details();
    const QSignalBlocker blockDate(m_date);
    auto setText = [](QLineEdit *edit, const QString &text) {
        if (edit->text() != text)
            edit->setText(text);
    };
    auto setPlain = [](QPlainTextEdit *edit, const QString &text) {
        if (edit->toPlainText().trimmed() != text)
            edit->setPlainText(text);
    };
    setText(m_title, d.title);
    setText(m_organiser, d.organiser);
    setText(m_venue, d.venue);
    setText(m_address, d.address);
    setText(m_audience, d.audience);
    m_date->setDate(d.date.isValid() ? d.date : QDate::currentDate());
    m_start->setTime(d.start);
    m_end->setTime(d.end);
    m_expected->setValue(d.expectedParticipants);
    setPlain(m_generalObjective, d.generalObjective);
    setPlain(m_specificObjectives, d.specificObjectives.join(u'\n'));

    const bool endsBeforeStart = d.end <= d.start;
    m_timeWarning->setVisible(endsBeforeStart);
    m_timeWarning->setText(tr("The event ends before it starts: check the times."));
}

} // namespace taller
