#pragma once

#include <QWidget>

class QListWidget;

namespace taller {

// What the window shows with no event open: start from a template, or pick up
// a recent event.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void refreshRecentFiles();

signals:
    void newFromTemplateRequested(const QString &templateKey);
    void openRequested();
    void demoRequested();
    void recentFileRequested(const QString &path);
    void restoreRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QListWidget *m_recent;
};

} // namespace taller
