#include "FormDialog.h"

#include <QComboBox>
#include <QDateEdit>
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

QDateEdit *FormDialog::dateEdit(const QDate &date)
{
    auto *edit = new QDateEdit(date);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"dd/MM/yyyy"_s);
    return edit;
}

} // namespace taller
