#include "SignatoryDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

SignatoryDialog::SignatoryDialog(const Signatory &signatory, QWidget *parent)
    : QDialog(parent)
    , m_signatory(signatory)
    , m_name(new QLineEdit(signatory.name))
    , m_document(new QLineEdit(signatory.document))
    , m_position(new QLineEdit(signatory.position))
    , m_organisation(new QLineEdit(signatory.organisation))
    , m_side(new QComboBox)
    , m_problem(new QLabel)
{
    setWindowTitle(signatory.id ? tr("Edit signatory") : tr("Add signatory"));
    m_side->addItem(Actas::displayName(SignatorySide::Government), int(SignatorySide::Government));
    m_side->addItem(Actas::displayName(SignatorySide::CivilSociety), int(SignatorySide::CivilSociety));
    m_side->setCurrentIndex(m_side->findData(int(signatory.side)));
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Document:"), m_document);
    form->addRow(tr("&Position:"), m_position);
    form->addRow(tr("&Organisation:"), m_organisation);
    form->addRow(tr("Signs for:"), m_side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

Signatory SignatoryDialog::signatory() const
{
    Signatory s = m_signatory;
    s.name = m_name->text().simplified();
    s.document = m_document->text().simplified();
    s.position = m_position->text().simplified();
    s.organisation = m_organisation->text().simplified();
    s.side = SignatorySide(m_side->currentData().toInt());
    return s;
}

void SignatoryDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_problem->setText(tr("Write the signatory's name."));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace taller
