#pragma once

#include "EventPage.h"

#include "event/EventDetails.h"

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTimeEdit;

namespace taller {

// "Evento": the workshop's own details, saved as each field is left and
// undoable field by field.
class EventDetailsPage : public EventPage
{
    Q_OBJECT

public:
    explicit EventDetailsPage(QWidget *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocument() override;
    void refresh();
    void commit(EventField field);
    QVariant widgetValue(EventField field) const;

    QLineEdit *m_title;
    QLineEdit *m_organiser;
    QLineEdit *m_venue;
    QLineEdit *m_address;
    QDateEdit *m_date;
    QTimeEdit *m_start;
    QTimeEdit *m_end;
    QSpinBox *m_expected;
    QLineEdit *m_audience;
    QPlainTextEdit *m_generalObjective;
    QPlainTextEdit *m_specificObjectives;
    QLabel *m_timeWarning;
};

} // namespace taller
