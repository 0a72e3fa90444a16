#pragma once

#include <functional>

#include <QPointer>
#include <QWidget>

class QLabel;
class QTimer;

namespace taller {

class EventDocument;

// What every projected view shares: a dark full-screen window on the second
// screen when there is one, type sized from the screen, refreshed twice a
// second, closed with Esc or F5 or when its event is closed.
class ProjectorSurface : public QWidget
{
    Q_OBJECT

public:
    void showOnBestScreen();
    // F5 on a page: closes the projector shown, or shows the one make()
    // makes on the best screen.
    template <typename Projector, typename Make>
    static void toggle(QPointer<Projector> &shown, Make make)
    {
        if (shown) {
            shown->close();
            return;
        }
        shown = make();
        shown->showOnBestScreen();
    }
    virtual void refresh() = 0;
    // What the facilitator's next key does while the projector has the
    // keyboard (a single mirrored screen): F8 as on the page, and a
    // presentation clicker's PageDown, → or Space.
    void setAdvance(std::function<void()> advance) { m_advance = std::move(advance); }

protected:
    ProjectorSurface(EventDocument &document, const QString &title, QWidget *parent = nullptr);
    EventDocument &document() const { return m_document; }
    void keyPressEvent(QKeyEvent *event) override;
    // The type unit for the current size: a sixth of a ninth of the screen.
    int unit() const;
    static void setPixelSize(QLabel *label, int pixels, bool bold);

private:
    EventDocument &m_document;
    QTimer *m_timer;
    std::function<void()> m_advance;
};

} // namespace taller
