#pragma once

#include "EventDocument.h"

#include <QPushButton>
#include <QShortcut>
#include <QWidget>

#include <initializer_list>
#include <optional>

class QFormLayout;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QTableWidgetItem;
class QTimeEdit;

namespace taller {

// A page of the window, or a panel of one, over the open event: it holds the
// document and follows the changes of the sections it shows. The window
// gives every page the same document, or none while no event is open.
class EventPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventPage(QWidget *parent = nullptr);

    // Shows document, or nothing and disabled for nullptr; the previous
    // one's changes are no longer followed.
    void setDocument(EventDocument *document);
    EventDocument *document() const { return m_document; }

protected:
    // A change of one section of the document, such as agendaChanged.
    using Section = void (EventDocument::*)();

    // What the page does with the document just set (or none): follow() the
    // sections it shows and refresh.
    virtual void showDocument() = 0;

    // Runs react, a slot of the page or a function, each time one of
    // sections of the document changes (never while there is none).
    template<typename Page>
    void follow(std::initializer_list<Section> sections, void (Page::*react)())
    {
        if (!m_document)
            return;
        for (Section section : sections)
            connect(m_document, section, static_cast<Page *>(this), react);
    }
    template<typename Functor>
    void follow(std::initializer_list<Section> sections, Functor react)
    {
        if (!m_document)
            return;
        for (Section section : sections)
            connect(m_document, section, this, react);
    }

    // A cell of a table the user reads but does not type into.
    static QTableWidgetItem *readOnlyItem(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

    // Whether an operation went through; if not, says why in a warning
    // titled title (by default the page's window title).
    template <typename T>
    bool succeeded(const Result<T> &result, const QString &title = {})
    {
        if (!result)
            warn(title.isEmpty() ? windowTitle() : title, result.errorMessage());
        return result.ok();
    }
    void warn(const QString &title, const QString &message);

    // The page's title, in the style the window gives every page's heading.
    static QLabel *pageHeading(const QString &title);
    // The heading on the left, taking the room, and widgets on the right.
    static QHBoxLayout *headingRow(QLabel *heading, std::initializer_list<QWidget *> widgets);
    // A form row for a span of the day, "start to end" with the caller's word
    // for to; the row's label gives its mnemonic to start.
    static void addTimeSpanRow(QFormLayout *form, const QString &label, QTimeEdit *start, const QString &to,
                               QTimeEdit *end);
    // A button that runs action, a slot of the page or a function, when
    // clicked.
    template<typename Page>
    QPushButton *actionButton(const QString &text, void (Page::*action)())
    {
        auto *button = new QPushButton(text);
        connect(button, &QPushButton::clicked, static_cast<Page *>(this), action);
        return button;
    }
    template<typename Functor>
    QPushButton *actionButton(const QString &text, Functor action)
    {
        auto *button = new QPushButton(text);
        connect(button, &QPushButton::clicked, this, action);
        return button;
    }

    // A key that runs action, a slot of the page or a function, wherever
    // the focus is on the page.
    template<typename Page>
    void pageShortcut(const QKeySequence &key, void (Page::*action)())
    {
        connect(newPageShortcut(key), &QShortcut::activated, static_cast<Page *>(this), action);
    }
    template<typename Functor>
    void pageShortcut(const QKeySequence &key, Functor action)
    {
        connect(newPageShortcut(key), &QShortcut::activated, this, action);
    }

    // Makes current the row of list whose item holds id in Qt::UserRole, as
    // the pages' lists of mesas and commitments do.
    static void selectRowWithId(QListWidget *list, qint64 id);

    // Where ↓ ↑ PageDown PageUp, typed in a search field, move the highlight
    // in the list of rows beneath it from current; nullopt for another key.
    static std::optional<int> rowAfterKey(int key, int current, int rows);

private:
    QShortcut *newPageShortcut(const QKeySequence &key);

    EventDocument *m_document = nullptr;
};

} // namespace taller
