#pragma once

#include "ProjectorSurface.h"

class QLabel;

namespace taller {

class EventDocument;

// The programme for the room: what is on, a countdown readable from the back
// of a room of fifty, and what comes next. Full screen, on the second screen
// when there is one; Esc closes it.
class ProjectorWindow : public ProjectorSurface
{
    Q_OBJECT

public:
    explicit ProjectorWindow(EventDocument &document, QWidget *parent = nullptr);
    void refresh() override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QLabel *m_event;
    QLabel *m_label;
    QLabel *m_title;
    QLabel *m_countdown;
    QLabel *m_next;
    QLabel *m_footer;
};

} // namespace taller
