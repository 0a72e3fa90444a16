#include "ProjectorWindow.h"

#include "base/Clock.h"
#include "EventDocument.h"
#include "LiveFormat.h"
#include "programme/LiveSchedule.h"

#include <QLabel>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

ProjectorWindow::ProjectorWindow(EventDocument &document, QWidget *parent)
    : ProjectorSurface(document, tr("Projector — Taller Abierto"), parent)
    , m_event(new QLabel)
    , m_label(new QLabel)
    , m_title(new QLabel)
    , m_countdown(new QLabel)
    , m_next(new QLabel)
    , m_footer(new QLabel)
{
    for (QLabel *label : {m_event, m_label, m_title, m_countdown, m_next, m_footer}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
    }
    m_countdown->setWordWrap(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addWidget(m_event);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(m_title);
    layout->addWidget(m_countdown);
    layout->addStretch(1);
    layout->addWidget(m_next);
    layout->addWidget(m_footer);

    connect(&document, &EventDocument::agendaChanged, this, &ProjectorWindow::refresh);
    connect(&document, &EventDocument::detailsChanged, this, &ProjectorWindow::refresh);
    refresh();
}

void ProjectorWindow::resizeEvent(QResizeEvent *event)
{
    // Sizes follow the screen, so a projector at any resolution reads the same.
    const int u = unit();
    setPixelSize(m_event, u * 2, false);
    setPixelSize(m_label, u * 2, false);
    setPixelSize(m_title, u * 4, true);
    setPixelSize(m_countdown, u * 12, true);
    setPixelSize(m_next, u * 3, false);
    setPixelSize(m_footer, u * 2, false);
    QWidget::resizeEvent(event);
}

void ProjectorWindow::refresh()
{
    const EventDetails &details = document().details();
    const QList<AgendaItem> &items = document().agenda();
    const QDateTime now = Clock::currentDateTime();
    const LiveStatus live = LiveSchedule::status(items, now.date(), details.start, now);
    m_event->setText(details.title);

    switch (live.phase) {
    case LiveStatus::Phase::NotStarted:
        m_label->setText(tr("Starting at %1").arg(details.start.toString(u"HH:mm"_s)));
        m_title->setText(items.isEmpty() ? QString() : items.first().title);
        m_countdown->setText(now.time().toString(u"HH:mm"_s));
        m_countdown->setStyleSheet(QString());
        m_next->setText(items.size() > 1 ? tr("Then: %1").arg(items.at(1).title) : QString());
        m_footer->setText(tr("Planned end %1").arg(details.end.toString(u"HH:mm"_s)));
        break;
    case LiveStatus::Phase::Running: {
        const AgendaItem &current = items.at(*live.current);
        m_label->setText(tr("Now"));
        m_title->setText(current.title);
        m_countdown->setText(LiveFormat::countdown(live.remainingSeconds));
        m_countdown->setStyleSheet(live.remainingSeconds < 0 ? u"color: #ff6b5b;"_s
                                   : live.remainingSeconds < 120 ? u"color: #f2c14e;"_s
                                                                 : QString());
        m_next->setText(live.next ? tr("Next: %1").arg(items.at(*live.next).title) : tr("Last activity of the day"));
        // The delay is the facilitator's business (shown on the Programa
        // page), not the audience's.
        m_footer->setText(tr("Expected end %1").arg(live.projectedEnd.time().toString(u"HH:mm"_s)));
        break;
    }
    case LiveStatus::Phase::Finished:
        m_label->setText(QString());
        m_title->setText(tr("Thank you for taking part"));
        m_countdown->setText(now.time().toString(u"HH:mm"_s));
        m_countdown->setStyleSheet(QString());
        m_next->setText(QString());
        m_footer->setText(tr("The day ended at %1").arg(live.projectedEnd.time().toString(u"HH:mm"_s)));
        break;
    }
}

} // namespace taller
