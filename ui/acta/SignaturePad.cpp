#include "SignaturePad.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QTabletEvent>
#include <QTouchEvent>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(520, 200);
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Signature"));
}

SignatureDrawing SignaturePad::drawing() const
{
    SignatureDrawing normalised;
    const qreal w = std::max(1, width());
    const qreal h = std::max(1, height());
    for (const QList<QPointF> &stroke : m_strokes) {
        QList<QPointF> points;
        for (const QPointF &p : stroke)
            points << QPointF(std::clamp(p.x() / w, 0.0, 1.0), std::clamp(p.y() / h, 0.0, 1.0));
        normalised << points;
    }
    return normalised;
}

void SignaturePad::clear()
{
    m_strokes.clear();
    update();
    emit changed();
}

void SignaturePad::addStroke(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return;
    m_strokes << points;
    update();
    emit changed();
}

void SignaturePad::begin(const QPointF &at)
{
    m_drawing = true;
    m_strokes << QList<QPointF>{at};
    update();
}

void SignaturePad::extend(const QPointF &at)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last() << at;
    update();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), 1, Qt::DashLine));
    p.drawLine(QPointF(20, height() * 0.78), QPointF(width() - 20, height() * 0.78));
    p.setPen(QPen(QColor(0x10, 0x20, 0x60), 2.5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QList<QPointF> &stroke : std::as_const(m_strokes)) {
        if (stroke.size() == 1)
            p.drawPoint(stroke.first());
        else
            p.drawPolyline(QPolygonF(stroke));
    }
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *event)
{
    extend(event->position());
    m_drawing = false;
    emit changed();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress: begin(event->position()); break;
    case QEvent::TabletMove: extend(event->position()); break;
    case QEvent::TabletRelease:
        m_drawing = false;
        emit changed();
        break;
    default: break;
    }
    event->accept();
}

bool SignaturePad::event(QEvent *event)
{
    if (event->type() == QEvent::TouchBegin || event->type() == QEvent::TouchUpdate || event->type() == QEvent::TouchEnd) {
        auto *touch = static_cast<QTouchEvent *>(event);
        if (!touch->points().isEmpty()) {
            const QPointF at = touch->points().first().position();
            if (event->type() == QEvent::TouchBegin)
                begin(at);
            else
                extend(at);
            if (event->type() == QEvent::TouchEnd) {
                m_drawing = false;
                emit changed();
            }
        }
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

SignaturePadDialog::SignaturePadDialog(const QString &signatoryName, QWidget *parent)
    : QDialog(parent)
    , m_pad(new SignaturePad)
{
    setWindowTitle(tr("Sign on screen: %1").arg(signatoryName));
    auto *intro = new QLabel(tr("%1, sign above the line with the mouse, a pen or your finger.").arg(signatoryName));
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QPushButton *accept = buttons->button(QDialogButtonBox::Ok);
    accept->setText(tr("&Sign"));
    accept->setEnabled(false);
    QPushButton *clear = buttons->addButton(tr("&Clear"), QDialogButtonBox::ResetRole);
    // Enter signs; only a deliberate click or Alt+C clears.
    clear->setAutoDefault(false);
    accept->setDefault(true);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(m_pad, &SignaturePad::changed, this, [this, accept] { accept->setEnabled(!m_pad->isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_pad, 1);
    layout->addWidget(buttons);
    resize(640, 340);
    m_pad->setFocus();
}

} // namespace taller
