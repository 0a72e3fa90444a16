#include "ActaPage.h"
#include "FormDialog.h"

#include "DocumentPrinter.h"
#include "EventDocument.h"
#include "SignatoryDialog.h"
#include "RegistrationService.h"
#include "SignaturePad.h"
#include "Settings.h"
#include "acta/ActaDocument.h"
#include "ActaService.h"
#include "participants/ParticipantPrinting.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>

#include "mesas/Commitment.h"
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

ActaPage::ActaPage(QWidget *parent)
    : EventPage(parent)
    , m_status(new QLabel)
    , m_summary(new QLabel)
    , m_version(new QComboBox)
    , m_preamble(new QPlainTextEdit)
    , m_closing(new QPlainTextEdit)
    , m_signatories(new QTableWidget)
    , m_add(new QPushButton(tr("&Add…")))
    , m_edit(new QPushButton(tr("&Edit…")))
    , m_remove(new QPushButton(tr("Re&move")))
    , m_paper(new QPushButton(tr("Signed on &paper")))
    , m_draw(new QPushButton(tr("Sign on &screen…")))
    , m_close(new QPushButton(tr("&Close for signature…")))
    , m_correct(new QPushButton(tr("C&orrect (new version)…")))
    , m_heading(pageHeading(tr("Acta de Compromisos")))
    , m_certificates(new QToolButton)
{
    // A long meeting's name never widens the window past a small screen.
    m_heading->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *versionLabel = new QLabel(tr("&Version:"));
    versionLabel->setBuddy(m_version);
    auto *certificates = m_certificates;
    certificates->setText(tr("Certi&ficates"));
    certificates->setPopupMode(QToolButton::InstantPopup);
    certificates->setMenu(ParticipantPrinting::certificateMenu(this, [this] { return document(); }));
    auto *top = headingRow(m_heading,
                           {versionLabel, m_version, actionButton(tr("Pre&view"), [this] { outputActa(DocumentPrinter::Output::Preview); }),
                            actionButton(tr("E&xport PDF…"), [this] { outputActa(DocumentPrinter::Output::Pdf); }),
                            actionButton(tr("P&rint acta…"), [this] { outputActa(DocumentPrinter::Output::Print); }),
                            certificates});

    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_close);
    statusRow->addWidget(m_correct);

    for (QPlainTextEdit *edit : {m_preamble, m_closing}) {
        edit->setTabChangesFocus(true);
        edit->installEventFilter(this);
    }
    m_preamble->setMinimumHeight(90);
    m_closing->setMaximumHeight(70);
    auto *texts = new QGroupBox(tr("Text of the acta"));
    auto *textsLayout = new QFormLayout(texts);
    textsLayout->addRow(tr("Pr&eamble:"), m_preamble);
    textsLayout->addRow(tr("C&losing:"), m_closing);
    textsLayout->addRow(QString(), m_summary);

    m_signatories->setColumnCount(6);
    m_signatories->setHorizontalHeaderLabels({tr("Name"), tr("Document"), tr("Position"), tr("Organisation"), tr("Signs for"), tr("Signature")});
    m_signatories->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_signatories->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_signatories->setSelectionMode(QAbstractItemView::SingleSelection);
    m_signatories->verticalHeader()->setVisible(false);
    m_signatories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_signatories->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    auto *people = new QGroupBox(tr("Signatories"));
    auto *peopleLayout = new QVBoxLayout(people);
    peopleLayout->addWidget(m_signatories, 1);
    auto *peopleButtons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_edit, m_remove})
        peopleButtons->addWidget(b);
    peopleButtons->addStretch();
    peopleButtons->addWidget(m_paper);
    peopleButtons->addWidget(m_draw);
    peopleLayout->addLayout(peopleButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(statusRow);
    // Texts and signatories share the height; on a 600-pixel screen the
    // divider gives the signatories room (at least three rows).
    auto *split = new QSplitter(Qt::Vertical);
    split->setChildrenCollapsible(false);
    split->addWidget(texts);
    split->addWidget(people);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    m_preamble->setMinimumHeight(60);
    m_signatories->setMinimumHeight(m_signatories->horizontalHeader()->sizeHint().height()
                                    + 3 * m_signatories->verticalHeader()->defaultSectionSize() + 4);
    layout->addWidget(split, 1);

    connect(m_add, &QPushButton::clicked, this, &ActaPage::addSignatory);
    connect(m_edit, &QPushButton::clicked, this, &ActaPage::editSignatory);
    connect(m_remove, &QPushButton::clicked, this, &ActaPage::removeSignatory);
    connect(m_paper, &QPushButton::clicked, this, &ActaPage::togglePaperSignature);
    connect(m_draw, &QPushButton::clicked, this, &ActaPage::signOnScreen);
    connect(m_close, &QPushButton::clicked, this, &ActaPage::closeActa);
    connect(m_correct, &QPushButton::clicked, this, &ActaPage::correctActa);
    connect(m_signatories, &QTableWidget::itemActivated, this, [this] { m_closed ? togglePaperSignature() : editSignatory(); });
    setFocusProxy(m_signatories);
    setEnabled(false);
}

void ActaPage::showDocument()
{
    follow({&EventDocument::actaChanged, &EventDocument::commitmentsChanged, &EventDocument::attendeesChanged,
            &EventDocument::detailsChanged},
           [this] { m_refresh->request(); });
    m_refresh->request();
}

bool ActaPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_preamble || watched == m_closing) && event->type() == QEvent::FocusOut)
        saveTexts();
    return QWidget::eventFilter(watched, event);
}

void ActaPage::saveTexts()
{
    if (!document() || m_closed)
        return;
    ActaService actas(document()->session(), document()->meeting());
    auto current = actas.current();
    if (!current || (current->preamble == m_preamble->toPlainText().trimmed() && current->closing == m_closing->toPlainText().trimmed()))
        return;
    succeeded(actas.setTexts(m_preamble->toPlainText().trimmed(), m_closing->toPlainText().trimmed()), tr("Acta"));
}

qint64 ActaPage::currentSignatoryId() const
{
    const int row = m_signatories->currentRow();
    return row >= 0 && m_signatories->item(row, 0) ? m_signatories->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
}

std::optional<int> ActaPage::chosenVersion() const
{
    return m_version->currentIndex() >= 0 ? std::optional(m_version->currentData().toInt()) : std::nullopt;
}

void ActaPage::refresh()
{
    if (!document())
        return;
    ActaService actas(document()->session(), document()->meeting());
    auto current = actas.current();
    auto status = actas.status();
    auto content = current ? actas.content(current->version) : Result<ActaContent>(current.error());
    if (!current || !status || !content) {
        m_status->setText(current ? (status ? content.errorMessage() : status.errorMessage()) : current.errorMessage());
        return;
    }
    m_closed = current->isClosed();
    // The workshop's Acta de Compromisos, or the minutes of the meeting chosen.
    const bool minutes = content->kind == ActaKind::Minutes;
    m_minutes = minutes;
    // Constancias are for the workshop's participants.
    m_certificates->setVisible(!minutes);
    m_heading->setText(minutes ? tr("Minutes of meeting %1").arg(content->meeting.id) : tr("Acta de Compromisos"));
    m_heading->setToolTip(minutes ? Meetings::label(content->meeting) : QString());

    const QSignalBlocker blockVersion(m_version);
    m_version->clear();
    if (auto all = actas.versions()) {
        for (const auto &v : std::as_const(*all))
            m_version->addItem(v.isClosed() ? tr("%1 (closed)").arg(v.version) : tr("%1 (draft)").arg(v.version), v.version);
        m_version->setCurrentIndex(m_version->count() - 1);
    }

    QString statusText;
    QString style;
    switch (*status) {
    case ActaStatus::Draft:
        statusText = minutes ? tr("<b>Version %1 — draft.</b> It prints marked BORRADOR. Write the tabla, the discussion and "
                                  "the agreements in Meetings, add the signatories, then close it for signature.")
                                   .arg(current->version)
                             : tr("<b>Version %1 — draft.</b> It prints marked BORRADOR. Decide on the commitments in the plenary, add "
                                  "the signatories, then close it for signature.")
                                   .arg(current->version);
        style = u"background: #fff1c9; color: #5c4300;"_s;
        break;
    case ActaStatus::Closed:
    case ActaStatus::Signed: {
        int signedCount = 0;
        for (const Signatory &s : std::as_const(content->signatories))
            signedCount += s.hasSigned() ? 1 : 0;
        statusText = tr("<b>Version %1 — %2</b> on %3; %4 of %5 have signed.<br>Fingerprint (SHA-256): <tt>%6</tt>")
                         .arg(current->version)
                         .arg(displayNameOf(*status).toLower(), ActaDocument::closedAtText(current->closedAt))
                         .arg(signedCount)
                         .arg(content->signatories.size())
                         .arg(current->fingerprint);
        style = *status == ActaStatus::Signed ? u"background: #d8f0e3; color: #0b4d37;"_s : u"background: #e3ecf7; color: #123a63;"_s;
        break;
    }
    }
    if (current->isSealed())
        statusText += u"<br>"_s + tr("Sealed with the key %1").arg(current->sealKeyId());
    if (current->replaces)
        statusText += u"<br>"_s + tr("Replaces version %1: %2").arg(*current->replaces).arg(current->correctionReason.toHtmlEscaped());
    m_status->setText(statusText);
    m_status->setStyleSheet(u"QLabel { padding: 8px; border-radius: 4px; %1 }"_s.arg(style));

    if (!m_preamble->hasFocus() && m_preamble->toPlainText() != current->preamble)
        m_preamble->setPlainText(current->preamble);
    if (!m_closing->hasFocus() && m_closing->toPlainText() != current->closing)
        m_closing->setPlainText(current->closing);
    m_preamble->setReadOnly(m_closed);
    m_closing->setReadOnly(m_closed);
    m_summary->setText(minutes ? tr("%n agreement(s)", nullptr, int(content->agreements.size())) + u" · "_s
                                     + tr("%n item(s) in the tabla", nullptr, int(content->items.size())) + u" · "_s
                                     + tr("%n attendee(s)", nullptr, int(content->attendees.size()))
                               : tr("%n approved commitments", nullptr, int(content->commitments.size())) + u" · "_s
                                     + (content->plenaryAccount.isEmpty()
                                            ? QString()
                                            : tr("%n merged or withdrawn", nullptr, int(content->plenaryAccount.size())) + u" · "_s)
                                     + tr("%n participants checked in", nullptr, content->participants));

    const qint64 selected = currentSignatoryId();
    m_signatories->setRowCount(int(content->signatories.size()));
    for (int row = 0; row < content->signatories.size(); ++row) {
        const Signatory &s = content->signatories.at(row);
        QString signature = tr("not yet");
        if (s.hasSigned())
            signature = (s.signatureKind == SignatureKind::Drawn ? tr("✓ on screen %1") : tr("✓ on paper %1"))
                            .arg(s.signedAt.toString(u"HH:mm"_s));
        const QStringList values{s.name, s.document, s.position, s.organisation, displayNameOf(s.side), signature};
        for (int column = 0; column < values.size(); ++column) {
            auto *item = new QTableWidgetItem(values.at(column));
            item->setData(Qt::UserRole, s.id);
            m_signatories->setItem(row, column, item);
        }
        if (s.id == selected)
            m_signatories->selectRow(row);
    }
    m_signatories->resizeColumnToContents(1);
    m_signatories->resizeColumnToContents(4);
    m_signatories->resizeColumnToContents(5);

    for (QPushButton *b : {m_add, m_edit, m_remove, m_close})
        b->setVisible(!m_closed);
    for (QPushButton *b : {m_paper, m_draw, m_correct})
        b->setVisible(m_closed);
}

void ActaPage::addSignatory()
{
    if (!document())
        return;
    SignatoryDialog dialog(Signatory{}, this);
    EventDocument *event = document();
    dialog.setPeopleFinder([event](const QString &text) {
        auto found = RegistrationService(event->session(), event->meeting()).search(text, 12);
        return found ? *found : QList<Attendee>();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    succeeded(ActaService(document()->session(), document()->meeting()).addSignatory(dialog.signatory()), tr("Add signatory"));
}

void ActaPage::editSignatory()
{
    if (!document() || !currentSignatoryId())
        return;
    ActaService actas(document()->session(), document()->meeting());
    auto current = actas.current();
    auto people = current ? actas.signatories(current->version) : Result<QList<Signatory>>(current.error());
    if (!people)
        return;
    for (const Signatory &s : std::as_const(*people)) {
        if (s.id != currentSignatoryId())
            continue;
        SignatoryDialog dialog(s, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        succeeded(actas.updateSignatory(dialog.signatory()), tr("Edit signatory"));
    }
}

void ActaPage::removeSignatory()
{
    if (!document() || !currentSignatoryId())
        return;
    const QString name = m_signatories->item(m_signatories->currentRow(), 0)->text();
    if (QMessageBox::question(this, tr("Remove signatory"), tr("Remove %1 from the signatories?").arg(name)) != QMessageBox::Yes)
        return;
    succeeded(ActaService(document()->session(), document()->meeting()).removeSignatory(currentSignatoryId()), tr("Remove signatory"));
}

void ActaPage::closeActa()
{
    if (!document())
        return;
    saveTexts();
    std::optional<SealKey> key;
    if (!loadSealKey(key, false, tr("Close for signature")))
        return;
    // What stops the closing is said before anything is asked.
    if (!succeeded(ActaService(document()->session(), document()->meeting()).readyToClose(key ? &*key : nullptr),
                   tr("Close for signature")))
        return;
    QString question = m_minutes ? tr("Close the minutes for signature? Their tabla, discussion, agreements, attendees and "
                                      "signatories are then frozen and fingerprinted; a later change needs a new version.")
                                 : tr("Close the acta for signature? Its text, commitments and signatories are then frozen and "
                                      "fingerprinted; a later change needs a new version.");
    // The program knows which approved commitments cannot be measured yet:
    // it says so before they are frozen.
    QStringList unmeasurable;
    for (const Commitment &c : document()->commitments()) {
        if (c.status == CommitmentStatus::Approved && !Commitments::isMeasurable(c))
            unmeasurable.append(tr("• %1 (%2): missing %3").arg(c.title, c.mesaCode, Commitments::missingForMeasurable(c).join(u", "_s)));
    }
    if (!unmeasurable.isEmpty()) {
        QMessageBox warn(QMessageBox::Warning, tr("Close for signature"),
                         tr("%n approved commitment(s) are not yet measurable and would be printed with empty fields:",
                            nullptr, int(unmeasurable.size()))
                             + u"\n\n"_s + unmeasurable.join(u'\n') + u"\n\n"_s + tr("Close the acta anyway?"),
                         QMessageBox::Yes | QMessageBox::No, this);
        warn.setDefaultButton(QMessageBox::No);
        if (warn.exec() != QMessageBox::Yes)
            return;
    }
    question += u"\n\n"_s + (key ? tr("It will be sealed with the key %1.").arg(key->publicKey().id())
                                 : tr("No signing key is chosen in the preferences: it will not be sealed."));
    if (QMessageBox::question(this, tr("Close for signature"), question) != QMessageBox::Yes)
        return;
    auto fingerprint = ActaService(document()->session(), document()->meeting()).close(key ? &*key : nullptr);
    if (!succeeded(fingerprint, tr("Close for signature")))
        return;
}

void ActaPage::correctActa()
{
    if (!document())
        return;
    const auto reason =
        FormDialog::askText(this, tr("Correct the acta"),
                            tr("Why does the acta need a new version? (The closed version stays as it was.)"));
    if (!reason)
        return;
    auto version = ActaService(document()->session(), document()->meeting()).correct(*reason);
    succeeded(version, tr("Correct the acta"));
}

void ActaPage::togglePaperSignature()
{
    const auto signer = signerReady();
    if (!signer)
        return;
    ActaService actas(document()->session(), document()->meeting());
    const bool signedAlready = m_signatories->item(m_signatories->currentRow(), 5)->text().startsWith(u'✓');
    Status status = signedAlready ? actas.clearSignature(signer->id, signer->keyOrNull())
                                  : actas.sign(signer->id, SignatureKind::Paper, {}, signer->keyOrNull());
    succeeded(status, tr("Signature"));
}

void ActaPage::signOnScreen()
{
    const auto signer = signerReady();
    if (!signer)
        return;
    SignaturePadDialog dialog(m_signatories->item(m_signatories->currentRow(), 0)->text(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    ActaService actas(document()->session(), document()->meeting());
    succeeded(actas.sign(signer->id, SignatureKind::Drawn, dialog.drawing(), signer->keyOrNull()), tr("Signature"));
}

bool ActaPage::loadSealKey(std::optional<SealKey> &key, bool needed, const QString &title)
{
    const QString path = Settings::sealKeyFile();
    if (path.isEmpty()) {
        if (needed)
            QMessageBox::warning(this, title,
                                 tr("This acta is sealed: its signatures are recorded only with its signing key. Choose the key "
                                    "in Edit → Preferences."));
        return !needed;
    }
    if (!needed && m_closed) // an unsealed closed acta: its signatures are not sealed
        return true;
    // A certificate (.p12) seals too; its password is asked each time.
    std::optional<QString> password;
    if (SealKey::isCertificateFile(path)) {
        password = DocumentPrinter::askPassword(this, path);
        if (!password)
            return false;
    }
    auto loaded = password ? ActaService::loadCertificateKey(path, *password) : ActaService::loadKey(path);
    if (!loaded) {
        QMessageBox::warning(this, title, tr("The signing key chosen in the preferences cannot be used: %1").arg(loaded.errorMessage()));
        return false;
    }
    key = *loaded;
    return true;
}

std::optional<ActaPage::Signer> ActaPage::signerReady()
{
    Signer signer;
    signer.id = currentSignatoryId();
    if (!document() || !signer.id || !m_closed)
        return std::nullopt;
    const auto current = ActaService(document()->session(), document()->meeting()).current();
    if (!loadSealKey(signer.key, current && current->isSealed(), tr("Signature")))
        return std::nullopt;
    return signer;
}

void ActaPage::outputActa(DocumentPrinter::Output where)
{
    if (!document())
        return;
    saveTexts();
    DocumentPrinter::output(this, where,
                            ActaService(document()->session(), document()->meeting()).document(chosenVersion()), tr("Acta"),
                            document()->pathBeside(tr("-acta-v%1").arg(chosenVersion().value_or(1)) + u".pdf"_s),
                            DocumentPrinter::Signing::Signable);
}

} // namespace taller
