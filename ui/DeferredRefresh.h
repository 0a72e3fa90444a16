#pragma once

#include <QObject>
#include <QWidget>

#include <functional>

namespace taller {

// Runs a page's refresh when the page is on screen, and otherwise the next
// time it is shown: a change to an event of 100,000 people costs nothing on
// the pages nobody is looking at, and opening an event draws only the first.
class DeferredRefresh : public QObject
{
public:
    DeferredRefresh(QWidget *page, std::function<void()> refresh);

    // Refreshes now if the page is visible; otherwise when it is next shown.
    void request();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_page;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace taller
