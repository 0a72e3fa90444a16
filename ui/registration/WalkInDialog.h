#pragma once

#include "base/Result.h"
#include "registration/Attendee.h"
#include "mesas/Mesa.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace taller {

class EventDocument;

// Registers a person who was not on the list, in one short form: what is
// wrong is said on the field itself, and nothing is saved until it is right.
class WalkInDialog : public QDialog
{
    Q_OBJECT

public:
    WalkInDialog(EventDocument &document, QWidget *parent = nullptr);

    // Fills what the desk already typed: a document number or a name.
    void prefill(const QString &searchText);
    const Attendee &registered() const { return m_registered; }
    bool checkInNow() const;
    // The document typed was already on the list and the desk chose to
    // check that person (registered()) in instead.
    bool alreadyOnList() const { return m_alreadyOnList; }
    // Turns the form into the editor of a person's details, saved as one
    // undoable step.
    void editAttendee(const Attendee &attendee);

    void accept() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Attendee attendeeFromForm() const;
    void showProblem(AttendeeField field, const QString &message);
    // Closes on the person stored, or stays with the reason beside the
    // document number.
    bool offerExisting(const QString &documentNumber);
    void acceptStored(const Result<Attendee> &stored);
    void clearProblems();
    void updateConsent();

    EventDocument &m_document;
    Attendee m_registered;
    QLineEdit *m_givenNames;
    QLineEdit *m_surnames;
    QComboBox *m_documentType;
    QLineEdit *m_documentNumber;
    QLineEdit *m_organisation;
    QLineEdit *m_position;
    QComboBox *m_sector;
    QCheckBox *m_dataConsent;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLabel *m_consentNote;
    QCheckBox *m_photoConsent;
    QComboBox *m_mesa;
    QCheckBox *m_checkIn;
    QLabel *m_sectorProblem;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_editing = false;
    bool m_alreadyOnList = false;
    QHash<AttendeeField, QLabel *> m_problemLabels;
    QHash<AttendeeField, QWidget *> m_fieldWidgets;
};

} // namespace taller
