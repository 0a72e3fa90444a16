#include "FormDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QKeyEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace taller {

using namespace Qt::StringLiterals;

FormDialog::FormDialog(QWidget *parent, const QString &title)
    : QDialog(parent)
    , m_form(new QFormLayout)
    , m_problem(new QLabel)
{
    setWindowTitle(title);
    // Wide enough for its title in the title bar and for a name or a place
    // typed in full; the fields take the width.
    setMinimumWidth(std::max(440, fontMetrics().horizontalAdvance(title) + 160));
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

std::optional<QString> FormDialog::askText(QWidget *parent, const QString &title, const QString &question)
{
    FormDialog dialog(parent, title);
    auto *text = new QLineEdit;
    dialog.addQuestion(question, text);
    if (!dialog.ask(text))
        return std::nullopt;
    return text->text();
}

std::optional<QString> FormDialog::askItem(QWidget *parent, const QString &title, const QString &question,
                                           const QStringList &items)
{
    FormDialog dialog(parent, title);
    auto *choice = new QComboBox;
    choice->addItems(items);
    dialog.addQuestion(question, choice);
    if (!dialog.ask(choice))
        return std::nullopt;
    return choice->currentText();
}

void FormDialog::addQuestion(const QString &question, QWidget *field)
{
    auto *label = new QLabel(question);
    label->setWordWrap(true);
    label->setBuddy(field);
    m_form->addRow(label);
    m_form->addRow(field);
}

bool FormDialog::ask(QWidget *first)
{
    if (first)
        first->setFocus();
    return exec() == QDialog::Accepted;
}

void FormDialog::accept()
{
    if (m_check && !m_check())
        return;
    QDialog::accept();
}

void FormDialog::showProblem(const QString &problem, QWidget *field)
{
    m_problem->setText(problem);
    m_problem->show();
    field->setFocus();
}

namespace {

class TabLeaves : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool back = key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (key->key() != Qt::Key_Tab && !back)
            return false;
        auto *field = static_cast<QWidget *>(watched);
        // The next (or previous) widget that takes Tab, outside this field.
        QWidget *next = field;
        for (int guard = 0; guard < 1000; ++guard) {
            next = back ? next->previousInFocusChain() : next->nextInFocusChain();
            if (!next || next == field)
                return false;
            if (field->isAncestorOf(next))
                continue;
            if ((next->focusPolicy() & Qt::TabFocus) && next->isEnabled() && next->isVisible() && !next->focusProxy()) {
                next->setFocus(back ? Qt::BacktabFocusReason : Qt::TabFocusReason);
                return true;
            }
        }
        return false;
    }
};

} // namespace

void FormDialog::tabLeavesField(QAbstractSpinBox *field)
{
    field->installEventFilter(new TabLeaves(field));
}

QDateEdit *FormDialog::dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date);
    tabLeavesField(edit);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    return edit;
}

} // namespace taller
