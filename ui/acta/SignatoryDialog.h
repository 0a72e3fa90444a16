#pragma once

#include "FormDialog.h"
#include "acta/Acta.h"
#include "registration/Attendee.h"

#include <QSet>

#include <functional>

class QComboBox;
class QLineEdit;
class QStringListModel;

namespace taller {

// Who signs the acta, for which side.
class SignatoryDialog : public FormDialog
{
    Q_OBJECT
public:
    SignatoryDialog(const Signatory &signatory, QWidget *parent = nullptr);
    Signatory signatory() const;
    // People to pick from as the name is typed (the attendees): choosing one
    // fills the document, position, organisation and side.
    void setPeopleFinder(std::function<QList<Attendee>(const QString &)> find);
    void accept() override;

private:
    Signatory m_signatory;
    QLineEdit *m_name;
    QLineEdit *m_document;
    QLineEdit *m_position;
    QLineEdit *m_organisation;
    QComboBox *m_side;
    QStringListModel *m_suggestions = nullptr;
    QList<Attendee> m_found;
    // The fields the person wrote or chose: a pick from the attendees never
    // overwrites them.
    QSet<const QWidget *> m_byHand;
    std::function<QList<Attendee>(const QString &)> m_find;
};

} // namespace taller
