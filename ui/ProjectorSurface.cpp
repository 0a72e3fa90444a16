#include "ProjectorSurface.h"

#include "EventDocument.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QScreen>
#include <QTimer>
#include <QWindow>

namespace taller {

ProjectorSurface::ProjectorSurface(EventDocument &document, const QString &title, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    setAutoFillBackground(true);
    QPalette dark = palette();
    dark.setColor(QPalette::Window, QColor(0x10, 0x18, 0x20));
    dark.setColor(QPalette::WindowText, QColor(0xf2, 0xf2, 0xf2));
    setPalette(dark);
    connect(m_timer, &QTimer::timeout, this, &ProjectorSurface::refresh);
    m_timer->start(500);
    connect(&m_document, &QObject::destroyed, this, &QWidget::close);
}

void ProjectorSurface::showOnBestScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *target = screens.size() > 1 ? screens.at(1) : QGuiApplication::primaryScreen();
    if (target) {
        setGeometry(target->geometry());
        if (windowHandle())
            windowHandle()->setScreen(target);
    }
    showFullScreen();
}

void ProjectorSurface::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F5) {
        close();
        return;
    }
    switch (event->key()) {
    case Qt::Key_F8:
    case Qt::Key_PageDown:
    case Qt::Key_Right:
    case Qt::Key_Space:
        if (m_advance) {
            m_advance();
            refresh();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

int ProjectorSurface::unit() const
{
    return std::max(8, std::min(width() / 16, height() / 9) / 6);
}

void ProjectorSurface::setPixelSize(QLabel *label, int pixels, bool bold)
{
    QFont font = label->font();
    font.setPixelSize(pixels);
    font.setBold(bold);
    label->setFont(font);
}

} // namespace taller
