#include "EventPage.h"

#include <QHBoxLayout>
#include <QLabel>

namespace taller {

using namespace Qt::StringLiterals;

EventPage::EventPage(QWidget *parent)
    : QWidget(parent)
{
}

void EventPage::setDocument(EventDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    // Without an event a page has nothing to act on.
    setEnabled(document != nullptr);
    showDocument();
}

QLabel *EventPage::pageHeading(const QString &title)
{
    auto *heading = new QLabel(title);
    heading->setObjectName(u"pageHeading"_s);
    return heading;
}

QHBoxLayout *EventPage::headingRow(QLabel *heading, std::initializer_list<QWidget *> widgets)
{
    auto *row = new QHBoxLayout;
    row->addWidget(heading, 1);
    for (QWidget *widget : widgets)
        row->addWidget(widget);
    return row;
}

} // namespace taller
