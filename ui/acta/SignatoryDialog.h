#pragma once

#include "acta/Acta.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace taller {

// Who signs the acta, for which side.
class SignatoryDialog : public QDialog
{
    Q_OBJECT
public:
    SignatoryDialog(const Signatory &signatory, QWidget *parent = nullptr);
    Signatory signatory() const;
    void accept() override;

private:
    Signatory m_signatory;
    QLineEdit *m_name;
    QLineEdit *m_document;
    QLineEdit *m_position;
    QLineEdit *m_organisation;
    QComboBox *m_side;
    QLabel *m_problem;
};

} // namespace taller
