#include "EventPage.h"

#include <QMessageBox>
#include <QTableWidgetItem>

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QTimeEdit>

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

QTableWidgetItem *EventPage::readOnlyItem(const QString &text, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    return item;
}

void EventPage::warn(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

QShortcut *EventPage::newPageShortcut(const QKeySequence &key)
{
    auto *shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    return shortcut;
}

std::optional<int> EventPage::rowAfterKey(int key, int current, int rows)
{
    switch (key) {
    case Qt::Key_Down: return std::min(current + 1, rows - 1);
    case Qt::Key_Up: return std::max(current - 1, 0);
    case Qt::Key_PageDown: return std::min(current + 10, rows - 1);
    case Qt::Key_PageUp: return std::max(current - 10, 0);
    default: return std::nullopt;
    }
}

void EventPage::addTimeSpanRow(QFormLayout *form, const QString &label, QTimeEdit *start, const QString &to,
                               QTimeEdit *end)
{
    auto *times = new QHBoxLayout;
    times->addWidget(start);
    times->addWidget(new QLabel(to));
    times->addWidget(end);
    times->addStretch(1);
    auto *startLabel = new QLabel(label);
    startLabel->setBuddy(start);
    form->addRow(startLabel, times);
}

void EventPage::selectRowWithId(QListWidget *list, qint64 id)
{
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            list->setCurrentRow(row);
            return;
        }
    }
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
