#pragma once

#include "ProjectorSurface.h"

class QLabel;

namespace taller {

class EventDocument;

// The plenary for the room: which mesa presents, its countdown, and its
// commitments in type large enough for the back row.
class PlenaryProjectorWindow : public ProjectorSurface
{
    Q_OBJECT

public:
    explicit PlenaryProjectorWindow(EventDocument &document, QWidget *parent = nullptr);
    void setMesa(qint64 mesaId);
    void refresh() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    qint64 m_mesaId = 0;
    QLabel *m_mesa;
    QLabel *m_countdown;
    QLabel *m_commitments;
};

} // namespace taller
