#pragma once

#include <QDialog>
#include <QStringList>

#include <functional>
#include <optional>

class QAbstractSpinBox;
class QDateEdit;
class QFormLayout;
class QLabel;

namespace taller {

// A small dialog that asks for a few fields: a form of labelled rows above
// OK and Cancel. Enter accepts, Escape cancels; what cannot be accepted is
// said in a line between the form and the buttons.
class FormDialog : public QDialog
{
    Q_OBJECT
public:
    FormDialog(QWidget *parent, const QString &title);

    QFormLayout *form() const { return m_form; }
    // Shows it with the focus on first; true when accepted.
    bool ask(QWidget *first);
    // Says what stops the dialog from being accepted, and puts the focus on
    // the field to correct.
    void showProblem(const QString &problem, QWidget *field);
    // Asked before OK closes the dialog: false keeps it open as it is, with
    // everything typed (the check says why with showProblem).
    void setCheck(std::function<bool()> check) { m_check = std::move(check); }
    void accept() override;

    // One line of text asked for, or one of items chosen; nothing when the
    // person cancels. The question stands above its field, wrapped.
    static std::optional<QString> askText(QWidget *parent, const QString &title, const QString &question);
    static std::optional<QString> askItem(QWidget *parent, const QString &title, const QString &question,
                                          const QStringList &items);

    // A date as people here write it (31/12/2026), with a calendar to pick from.
    static QDateEdit *dateEdit(const QDate &date);
    // Tab and Shift+Tab leave a date or time field for the next field, as
    // in every other field, instead of walking its day, month and year (the
    // arrows and typing still move within it).
    static void tabLeavesField(QAbstractSpinBox *field);

private:
    void addQuestion(const QString &question, QWidget *field);

    QFormLayout *m_form;
    QLabel *m_problem;
    std::function<bool()> m_check;
};

} // namespace taller
