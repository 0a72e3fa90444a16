#include "WalkInDialog.h"

#include "base/Clock.h"
#include "EventDocument.h"
#include "RegistrationService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QString ProblemStyle = u"border: 2px solid #b00020; border-radius: 3px; padding: 1px;"_s;

} // namespace

WalkInDialog::WalkInDialog(EventDocument &document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_givenNames(new QLineEdit)
    , m_surnames(new QLineEdit)
    , m_documentType(new QComboBox)
    , m_documentNumber(new QLineEdit)
    , m_organisation(new QLineEdit)
    , m_position(new QLineEdit)
    , m_sector(new QComboBox)
    , m_dataConsent(new QCheckBox(tr("Consents to the processing of their personal data (Ley 29733)")))
    , m_email(new QLineEdit)
    , m_phone(new QLineEdit)
    , m_consentNote(new QLabel)
    , m_photoConsent(new QCheckBox(tr("Consents to appearing in photographs")))
    , m_mesa(new QComboBox)
    , m_checkIn(new QCheckBox(tr("Check in now")))
    , m_sectorProblem(new QLabel)
{
    setWindowTitle(tr("Register a walk-in"));
    for (DocumentType type : valuesOf<DocumentType>())
        m_documentType->addItem(displayNameOf(type), int(type));
    // No sector is assumed: the person says which one is theirs.
    m_sector->addItem(tr("Choose…"), -1);
    for (Sector sector : valuesOf<Sector>())
        m_sector->addItem(displayNameOf(sector), int(sector));
    m_sector->setCurrentIndex(0);
    m_sectorProblem->setStyleSheet(u"color: #b00020;"_s);
    m_sectorProblem->hide();
    m_mesa->addItem(tr("No preference"), QString());
    for (const Mesa &mesa : document.mesas())
        m_mesa->addItem(u"%1 — %2"_s.arg(mesa.code, mesa.name), mesa.code);
    m_mesa->setEnabled(m_mesa->count() > 1);
    m_documentNumber->setPlaceholderText(tr("8 digits for a DNI"));
    m_email->setPlaceholderText(tr("name@example.org"));
    m_consentNote->setWordWrap(true);
    m_consentNote->setStyleSheet(u"color: #555;"_s);
    m_checkIn->setChecked(true);

    auto *form = new QFormLayout;
    // The line saying what is wrong with a field stands right under it; the
    // row's mnemonic still goes to the field.
    auto addRowWithProblem = [form](const QString &label, QWidget *field, QLabel *problem) {
        auto *cell = new QWidget;
        auto *column = new QVBoxLayout(cell);
        column->setContentsMargins(0, 0, 0, 0);
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(problem);
        form->addRow(label, cell);
        if (auto *formLabel = qobject_cast<QLabel *>(form->labelForField(cell)))
            formLabel->setBuddy(field);
    };
    auto addField = [&](const QString &label, QWidget *field, std::optional<AttendeeField> checked) {
        if (!checked) {
            form->addRow(label, field);
            return;
        }
        auto *problem = new QLabel;
        problem->setStyleSheet(u"color: #b00020;"_s);
        problem->setWordWrap(true);
        problem->hide();
        addRowWithProblem(label, field, problem);
        m_problemLabels.insert(*checked, problem);
        m_fieldWidgets.insert(*checked, field);
    };

    auto *documentRow = new QWidget;
    auto *documentLayout = new QHBoxLayout(documentRow);
    documentLayout->setContentsMargins(0, 0, 0, 0);
    documentLayout->addWidget(m_documentType);
    documentLayout->addWidget(m_documentNumber, 1);

    addField(tr("&Given names:"), m_givenNames, AttendeeField::GivenNames);
    addField(tr("&Surnames:"), m_surnames, AttendeeField::Surnames);
    addField(tr("&Document:"), documentRow, AttendeeField::Document);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(documentRow->parentWidget())))
        label->setBuddy(m_documentType);
    addRowWithProblem(tr("Sec&tor:"), m_sector, m_sectorProblem);
    // A problem is said until the person changes what it is about.
    auto clearWhenChanged = [](QWidget *field, QLabel *problem) {
        field->setStyleSheet(QString());
        problem->hide();
    };
    for (QLineEdit *edit : {m_givenNames, m_surnames, m_documentNumber}) {
        QLabel *problem = m_problemLabels.value(edit == m_documentNumber ? AttendeeField::Document
                                                : edit == m_givenNames   ? AttendeeField::GivenNames
                                                                         : AttendeeField::Surnames);
        connect(edit, &QLineEdit::textEdited, problem, [=] { clearWhenChanged(edit, problem); });
    }
    connect(m_documentType, &QComboBox::currentIndexChanged, this,
            [=, this] { clearWhenChanged(m_documentNumber, m_problemLabels.value(AttendeeField::Document)); });
    connect(m_sector, &QComboBox::currentIndexChanged, m_sectorProblem,
            [=, this] { clearWhenChanged(m_sector, m_sectorProblem); });
    addField(tr("&Organisation:"), m_organisation, std::nullopt);
    addField(tr("&Position:"), m_position, std::nullopt);
    form->addRow(QString(), m_dataConsent);
    addField(tr("&E-mail:"), m_email, AttendeeField::Email);
    addField(tr("P&hone:"), m_phone, AttendeeField::Phone);
    form->addRow(QString(), m_consentNote);
    form->addRow(QString(), m_photoConsent);
    addField(tr("Preferred &mesa:"), m_mesa, std::nullopt);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Given names, surnames and document are required; the rest can be left blank."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // On a 600 px screen the form scrolls rather than squeezing its fields
    // (the sector's box) or cutting the consent's note.
    auto *formPanel = new QWidget;
    form->setContentsMargins(0, 0, 0, 0);
    formPanel->setLayout(form);
    auto *scroll = new QScrollArea;
    scroll->setWidget(formPanel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_checkIn);
    layout->addWidget(buttons);
    setMinimumWidth(560);

    // Tab goes down the form as it reads: names, document, sector, the rest.
    QWidget *order[] = {m_givenNames, m_surnames, m_documentType, m_documentNumber, m_sector, m_organisation,
                        m_position, m_dataConsent, m_email, m_phone, m_photoConsent, m_mesa, m_checkIn};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    m_buttons = buttons;

    // Tab from the surnames reaches the kind of document first: a number
    // typed there goes on in the number's field instead of being lost in the
    // box (letters still choose a kind: "p", Pasaporte).
    m_documentType->installEventFilter(this);

    connect(m_dataConsent, &QCheckBox::toggled, this, &WalkInDialog::updateConsent);
    updateConsent();
    m_givenNames->setFocus();
}

bool WalkInDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_documentType && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!key->text().isEmpty() && key->text().at(0).isDigit()
            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier))) {
            m_documentNumber->setFocus(Qt::OtherFocusReason);
            m_documentNumber->insert(key->text());
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void WalkInDialog::prefill(const QString &searchText)
{
    const QString text = searchText.simplified();
    if (text.isEmpty())
        return;
    static const QRegularExpression documentLike(u"^[0-9A-Za-z-. ]*[0-9][0-9A-Za-z-. ]*$"_s);
    if (documentLike.match(text).hasMatch()) {
        m_documentNumber->setText(DocumentTypes::normalizedNumber(text));
        m_givenNames->setFocus();
        return;
    }
    // "Núñez Peña María" or "María Núñez": the desk can fix the split.
    const QStringList words = text.split(u' ');
    if (words.size() == 1) {
        m_surnames->setText(text);
        m_givenNames->setFocus();
    } else {
        m_givenNames->setText(words.first());
        m_surnames->setText(words.mid(1).join(u' '));
        m_documentNumber->setFocus();
    }
}

void WalkInDialog::editAttendee(const Attendee &attendee)
{
    m_editing = true;
    m_registered = attendee;
    setWindowTitle(tr("Edit %1's details").arg(attendee.fullName()));
    m_givenNames->setText(attendee.givenNames);
    m_surnames->setText(attendee.surnames);
    m_documentType->setCurrentIndex(m_documentType->findData(int(attendee.documentType)));
    m_documentNumber->setText(attendee.documentNumber);
    m_organisation->setText(attendee.organisation);
    m_position->setText(attendee.position);
    m_sector->setCurrentIndex(m_sector->findData(int(attendee.sector)));
    m_dataConsent->setChecked(attendee.dataConsentAt.isValid());
    m_email->setText(attendee.email);
    m_phone->setText(attendee.phone);
    m_photoConsent->setChecked(attendee.photoConsent);
    m_mesa->setCurrentIndex(std::max(0, m_mesa->findData(attendee.preferredMesaCode)));
    m_checkIn->hide();
    m_checkIn->setChecked(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));
    m_givenNames->setFocus();
    m_givenNames->selectAll();
}

bool WalkInDialog::checkInNow() const
{
    return m_checkIn->isChecked();
}

void WalkInDialog::updateConsent()
{
    const bool consent = m_dataConsent->isChecked();
    m_email->setEnabled(consent);
    m_phone->setEnabled(consent);
    m_consentNote->setText(consent ? tr("Contact data will be kept for this event's follow-up.")
                                   : tr("Without consent the person can still sign the attendance sheet, but their "
                                        "e-mail and phone are not kept."));
}

Attendee WalkInDialog::attendeeFromForm() const
{
    Attendee a;
    a.givenNames = m_givenNames->text().simplified();
    a.surnames = m_surnames->text().simplified();
    a.documentType = DocumentType(m_documentType->currentData().toInt());
    a.documentNumber = DocumentTypes::normalizedNumber(m_documentNumber->text());
    a.organisation = m_organisation->text().simplified();
    a.position = m_position->text().simplified();
    a.sector = m_sector->currentData().toInt() >= 0 ? Sector(m_sector->currentData().toInt()) : Sector::Other;
    if (m_dataConsent->isChecked()) {
        a.dataConsentAt = Clock::currentDateTime();
        a.email = m_email->text().trimmed();
        a.phone = m_phone->text().trimmed();
    }
    a.photoConsent = m_photoConsent->isChecked();
    a.preferredMesaCode = m_mesa->currentData().toString();
    a.walkIn = true;
    return a;
}

void WalkInDialog::clearProblems()
{
    m_sectorProblem->hide();
    m_sector->setStyleSheet(QString());
    for (QLabel *label : std::as_const(m_problemLabels))
        label->hide();
    for (QWidget *widget : std::as_const(m_fieldWidgets))
        widget->setStyleSheet(QString());
}

void WalkInDialog::showProblem(AttendeeField field, const QString &message)
{
    if (QLabel *label = m_problemLabels.value(field)) {
        label->setText(message);
        label->show();
    }
    QWidget *widget = field == AttendeeField::Document ? m_documentNumber : m_fieldWidgets.value(field);
    if (widget)
        widget->setStyleSheet(ProblemStyle);
}

void WalkInDialog::accept()
{
    clearProblems();
    const Attendee attendee = attendeeFromForm();
    const QList<FieldProblem> problems = AttendeeValidation::problems(attendee);
    for (const FieldProblem &problem : problems)
        showProblem(problem.field, problem.message);
    // A document already on the list is said first: that person's sector
    // is already known, and nobody need choose one for nothing.
    const bool documentUsable = std::none_of(problems.cbegin(), problems.cend(),
                                             [](const FieldProblem &p) { return p.field == AttendeeField::Document; });
    if (!m_editing && documentUsable && offerExisting(attendee.documentNumber))
        return;
    const bool noSector = m_sector->currentData().toInt() < 0;
    if (noSector) {
        m_sectorProblem->setText(tr("Choose the person's sector."));
        m_sectorProblem->show();
        m_sector->setStyleSheet(ProblemStyle);
        if (problems.isEmpty()) {
            m_sector->setFocus();
            return;
        }
    }
    if (!problems.isEmpty()) {
        QWidget *first = problems.first().field == AttendeeField::Document ? m_documentNumber
                                                                             : m_fieldWidgets.value(problems.first().field);
        if (first)
            first->setFocus();
        return;
    }
    if (m_editing) {
        Attendee changed = attendee;
        changed.id = m_registered.id;
        changed.walkIn = m_registered.walkIn;
        if (!m_dataConsent->isChecked())
            changed.dataConsentAt = QDateTime();
        else if (m_registered.dataConsentAt.isValid())
            changed.dataConsentAt = m_registered.dataConsentAt;
        acceptStored(m_document.updateAttendee(changed));
        return;
    }
    // The one failure left is a document already on the list, or the disk.
    acceptStored(m_document.registerWalkIn(attendee));
}

bool WalkInDialog::offerExisting(const QString &documentNumber)
{
    // A document already on the list: say whose it is and offer to check
    // that person in, rather than a dead end. True when the dialog is done
    // with (accepted, or the document to correct).
    auto existing = RegistrationService(m_document.session(), m_document.meeting()).findByDocument(documentNumber);
    if (!existing || !*existing)
        return false;
    const Attendee &person = **existing;
    QMessageBox ask(QMessageBox::Question, tr("Already on the list"),
                    tr("Document %1 belongs to %2%3, who is already on the list.")
                        .arg(person.documentNumber, person.fullName(),
                             person.organisation.isEmpty() ? QString() : u" ("_s + person.organisation + u')'),
                    QMessageBox::NoButton, this);
    QPushButton *checkIn = ask.addButton(person.isCheckedIn() ? tr("&Show that person") : tr("&Check %1 in").arg(person.givenNames),
                                         QMessageBox::AcceptRole);
    ask.addButton(tr("C&orrect the document"), QMessageBox::RejectRole);
    ask.setDefaultButton(checkIn);
    ask.exec();
    if (ask.clickedButton() == checkIn) {
        m_registered = person;
        m_alreadyOnList = true;
        QDialog::accept();
        return true;
    }
    showProblem(AttendeeField::Document, tr("Already on the list: %1.").arg(person.fullName()));
    m_documentNumber->setFocus();
    m_documentNumber->selectAll();
    return true;
}

void WalkInDialog::acceptStored(const Result<Attendee> &stored)
{
    if (!stored) {
        showProblem(AttendeeField::Document, stored.errorMessage());
        m_documentNumber->setFocus();
        return;
    }
    m_registered = *stored;
    QDialog::accept();
}

} // namespace taller
