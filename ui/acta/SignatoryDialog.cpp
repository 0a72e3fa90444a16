#include "SignatoryDialog.h"

#include <QComboBox>
#include <QCompleter>
#include <QStringListModel>
#include <QTimer>
#include <QFormLayout>
#include <QLineEdit>

namespace taller {

using namespace Qt::StringLiterals;

SignatoryDialog::SignatoryDialog(const Signatory &signatory, QWidget *parent)
    : FormDialog(parent, signatory.id ? tr("Edit signatory") : tr("Add signatory"))
    , m_signatory(signatory)
    , m_name(new QLineEdit(signatory.name))
    , m_document(new QLineEdit(signatory.document))
    , m_position(new QLineEdit(signatory.position))
    , m_organisation(new QLineEdit(signatory.organisation))
    , m_side(new QComboBox)
{
    m_side->addItem(displayNameOf(SignatorySide::Government), int(SignatorySide::Government));
    m_side->addItem(displayNameOf(SignatorySide::CivilSociety), int(SignatorySide::CivilSociety));
    m_side->setCurrentIndex(m_side->findData(int(signatory.side)));
    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Document:"), m_document);
    form()->addRow(tr("&Position:"), m_position);
    form()->addRow(tr("&Organisation:"), m_organisation);
    form()->addRow(tr("Signs for:"), m_side);
    for (QLineEdit *field : {m_document, m_position, m_organisation}) {
        connect(field, &QLineEdit::textEdited, this, [this, field](const QString &text) {
            if (text.trimmed().isEmpty())
                m_byHand.remove(field);
            else
                m_byHand.insert(field);
        });
    }
    connect(m_side, &QComboBox::activated, this, [this] { m_byHand.insert(m_side); });
    // What an existing signatory already holds counts as written.
    for (QLineEdit *field : {m_document, m_position, m_organisation}) {
        if (!field->text().trimmed().isEmpty())
            m_byHand.insert(field);
    }
    if (signatory.id)
        m_byHand.insert(m_side);
    // The buttons came first; the dialog still opens on the name.
    m_name->setFocus();
    setMinimumWidth(460);
}

void SignatoryDialog::setPeopleFinder(std::function<QList<Attendee>(const QString &)> find)
{
    m_find = std::move(find);
    m_suggestions = new QStringListModel(this);
    auto *completer = new QCompleter(m_suggestions, this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_name->setCompleter(completer);
    m_name->setPlaceholderText(tr("Type a few letters to pick an attendee, or write any name"));
    // The list follows what is typed through the desk's own search.
    connect(m_name, &QLineEdit::textEdited, this, [this, completer](const QString &text) {
        m_found = text.trimmed().size() >= 2 ? m_find(text) : QList<Attendee>();
        QStringList shown;
        for (const Attendee &a : std::as_const(m_found))
            shown.append(a.organisation.isEmpty() ? a.fullName() : u"%1 — %2"_s.arg(a.fullName(), a.organisation));
        m_suggestions->setStringList(shown);
        if (!shown.isEmpty())
            completer->complete();
    });
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        if (index.row() < 0 || index.row() >= m_found.size())
            return;
        const Attendee a = m_found.at(index.row());
        // After the completer has written its line (name and organisation).
        QTimer::singleShot(0, this, [this, name = a.fullName()] { m_name->setText(name); });
        // Only what the person has not written: a position typed before
        // the pick stays.
        const auto fill = [this](QLineEdit *field, const QString &value) {
            if (!m_byHand.contains(field))
                field->setText(value);
        };
        fill(m_document, a.documentNumber);
        fill(m_position, a.position);
        fill(m_organisation, a.organisation);
        if (!m_byHand.contains(m_side))
            m_side->setCurrentIndex(m_side->findData(int(a.sector == Sector::PublicSector ? SignatorySide::Government
                                                                                           : SignatorySide::CivilSociety)));
    });
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
        showProblem(tr("Write the signatory's name."), m_name);
        return;
    }
    QDialog::accept();
}

} // namespace taller
