#include "PlenaryProjectorWindow.h"

#include "base/Clock.h"
#include "EventDocument.h"
#include "agenda/LiveFormat.h"
#include "PlenaryService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

PlenaryProjectorWindow::PlenaryProjectorWindow(EventDocument &document, QWidget *parent)
    : ProjectorSurface(document, tr("Plenary — Taller Abierto"), parent)
    , m_mesa(new QLabel)
    , m_countdown(new QLabel)
    , m_commitments(new QLabel)
{
    m_mesa->setWordWrap(true);
    m_commitments->setWordWrap(true);
    m_commitments->setTextFormat(Qt::RichText);
    m_commitments->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto *top = new QHBoxLayout;
    top->addWidget(m_mesa, 1);
    top->addWidget(m_countdown);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(40, 30, 40, 30);
    layout->addLayout(top);
    layout->addWidget(m_commitments, 1);
    connect(&document, &EventDocument::commitmentsChanged, this, &PlenaryProjectorWindow::refresh);
    connect(&document, &EventDocument::plenaryChanged, this, &PlenaryProjectorWindow::refresh);
}

void PlenaryProjectorWindow::setMesa(qint64 mesaId)
{
    m_mesaId = mesaId;
    refresh();
}

void PlenaryProjectorWindow::resizeEvent(QResizeEvent *event)
{
    const int u = unit();
    setPixelSize(m_mesa, u * 4, true);
    setPixelSize(m_countdown, u * 7, true);
    setPixelSize(m_commitments, int(u * 2.6), false);
    QWidget::resizeEvent(event);
}

void PlenaryProjectorWindow::refresh()
{
    auto turns = PlenaryService(document().session()).turns();
    if (!turns)
        return;
    const PlenaryTurn *shown = nullptr;
    for (const auto &turn : std::as_const(*turns)) {
        if (turn.isRunning() || (!shown && turn.mesa.id == m_mesaId))
            shown = &turn;
        if (turn.isRunning())
            break;
    }
    if (!shown && !turns->isEmpty())
        shown = &turns->first();
    if (!shown)
        return;
    m_mesa->setText(u"%1 — %2"_s.arg(shown->mesa.code, shown->mesa.name));
    if (shown->isRunning()) {
        const qint64 left = Clock::currentDateTime().secsTo(shown->startedAt.addSecs(qint64(shown->minutes) * 60));
        m_countdown->setText(LiveFormat::countdown(left));
        m_countdown->setStyleSheet(left < 0 ? u"color: #ff6b5b;"_s : left < 60 ? u"color: #f2c14e;"_s : QString());
    } else {
        m_countdown->setText(tr("%1 min").arg(shown->minutes));
        m_countdown->setStyleSheet(QString());
    }
    QStringList items;
    int number = 0;
    for (const Commitment &c : document().commitments()) {
        if (c.mesaCode != shown->mesa.code || c.status == CommitmentStatus::Withdrawn || c.status == CommitmentStatus::Merged)
            continue;
        QString item = u"<p><b>%1. %2</b>"_s.arg(++number).arg(c.title.toHtmlEscaped());
        QStringList details;
        if (!c.responsible.isEmpty())
            details << tr("Responsible: %1").arg(c.responsible.toHtmlEscaped());
        if (!c.deadline.isEmpty())
            details << tr("Deadline: %1").arg(c.deadline.toHtmlEscaped());
        if (!c.indicator.isEmpty())
            details << tr("Indicator: %1").arg(c.indicator.toHtmlEscaped());
        if (!details.isEmpty())
            item += u"<br>"_s + details.join(u" · "_s);
        if (c.status == CommitmentStatus::Approved)
            item += u" <span style='color:#7bd88f'>✓ "_s + displayNameOf(c.status) + u"</span>"_s;
        items << item + u"</p>"_s;
    }
    m_commitments->setText(items.isEmpty() ? tr("This mesa has no commitments to present.") : items.join(QString()));
}

} // namespace taller
