#pragma once

#include "EventPage.h"

#include <QListWidget>

class QLineEdit;
class QTabWidget;

namespace taller {

class MesaCommitmentsPanel;
class MesaMembersPanel;

// The list of mesas; people dragged onto one are seated there.
class MesaListWidget : public QListWidget
{
    Q_OBJECT
public:
    using QListWidget::QListWidget;

signals:
    void attendeesDropped(qint64 mesaId, const QList<qint64> &attendeeIds);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
};

// "Mesas": the working tables, who sits at each, and what each drafts.
class MesasPage : public EventPage
{
    Q_OBJECT

public:
    explicit MesasPage(QWidget *parent = nullptr);

    void addMesa();
    void removeMesa();
    void printWorksheet();
    void printMesaAttendance();
    qint64 currentMesaId() const;

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocument() override;
    void refresh();
    void showCurrent();
    void commitDetails();

    MesaListWidget *m_list;
    QTabWidget *m_tabs;
    MesaMembersPanel *m_members;
    MesaCommitmentsPanel *m_commitments;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QLineEdit *m_theme;
    QLineEdit *m_moderator;
    QLineEdit *m_rapporteur;
    QLineEdit *m_place;
};

} // namespace taller
