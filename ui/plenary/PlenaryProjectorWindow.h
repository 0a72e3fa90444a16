#pragma once

#include <QWidget>

class QLabel;
class QTimer;

namespace taller {

class EventDocument;

// The plenary for the room: which mesa presents, its countdown, and its
// commitments in type large enough for the back row.
class PlenaryProjectorWindow : public QWidget
{
    Q_OBJECT

public:
    explicit PlenaryProjectorWindow(EventDocument &document, QWidget *parent = nullptr);
    void setMesa(qint64 mesaId);
    void showOnBestScreen();
    void refresh();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    EventDocument &m_document;
    qint64 m_mesaId = 0;
    QLabel *m_mesa;
    QLabel *m_countdown;
    QLabel *m_commitments;
    QTimer *m_timer;
};

} // namespace taller
