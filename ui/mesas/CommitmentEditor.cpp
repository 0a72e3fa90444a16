#include "CommitmentEditor.h"

#include "ActaService.h"
#include "EventDocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

CommitmentEditor::CommitmentEditor(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLineEdit)
    , m_mesa(new QComboBox)
    , m_origin(new QComboBox)
    , m_status(new QLabel)
    , m_completeness(new QLabel)
{
    for (CommitmentOrigin origin : {CommitmentOrigin::Input, CommitmentOrigin::Proposed, CommitmentOrigin::Amended})
        m_origin->addItem(displayNameOf(origin), int(origin));
    m_completeness->setWordWrap(true);
    m_title->setPlaceholderText(tr("A short name for the commitment"));

    // The form reads, and Tab goes, as a mesa writes a commitment: its
    // title, what it addresses, how, who, by when and how it is measured;
    // then where it is filed (mesa, origin), so that a key meant for a text
    // never lands in a choice that would move it to another mesa.
    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    const QList<std::pair<QString, QString>> texts = {
        {u"problem"_s, tr("&Problem it addresses:")}, {u"description"_s, tr("&Description:")},
        {u"actions"_s, tr("&How it will be done:")}, {u"responsible"_s, tr("&Responsible:")},
        {u"participants"_s, tr("Partici&pants:")}, {u"resources"_s, tr("Reso&urces:")},
        {u"deadline"_s, tr("Dead&line:")}, {u"indicator"_s, tr("I&ndicator:")},
    };
    for (const auto &[key, label] : texts) {
        auto *edit = new QPlainTextEdit;
        edit->setTabChangesFocus(true);
        const bool short_ = key == u"responsible"_s || key == u"deadline"_s;
        edit->setFixedHeight(edit->fontMetrics().lineSpacing() * (short_ ? 2 : 3) + 12);
        edit->installEventFilter(this);
        edit->setProperty("field", key);
        form->addRow(label, edit);
        for (const CommitmentTextField &field : Commitments::textFields()) {
            if (key == QString::fromUtf16(field.key))
                m_texts.append({field.member, edit});
        }
    }
    form->addRow(tr("&Mesa:"), m_mesa);
    form->addRow(tr("Or&igin:"), m_origin);
    form->addRow(tr("Status:"), m_status);
    auto *values = new QGridLayout;
    for (OgpValue value : valuesOf<OgpValue>()) {
        auto *check = new QCheckBox(displayNameOf(value));
        connect(check, &QCheckBox::toggled, this, [this] { commit(u"values"_s); });
        values->addWidget(check, int(m_values.size()) / 2, int(m_values.size()) % 2);
        m_values.append({value, check});
    }
    form->addRow(tr("OGP values:"), values);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // On a narrow screen the labels go above their fields, which keep the width.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_frozen = new QLabel;
    m_frozen->setWordWrap(true);
    m_frozen->setStyleSheet(u"QLabel { padding: 4px 8px; background: #eeeeee; color: #333333; }"_s);
    m_frozen->hide();
    layout->addWidget(m_frozen);
    layout->addWidget(m_completeness);
    layout->addLayout(form);
    layout->addStretch();

    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(u"title"_s); });
    connect(m_mesa, &QComboBox::activated, this, [this] { commit(u"mesa"_s); });
    connect(m_origin, &QComboBox::activated, this, [this] { commit(u"origin"_s); });
    setCommitment(std::nullopt, {});
}

void CommitmentEditor::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

bool CommitmentEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        const QString field = watched->property("field").toString();
        if (!field.isEmpty())
            commit(field);
    }
    return QWidget::eventFilter(watched, event);
}

void CommitmentEditor::setCommitment(const std::optional<Commitment> &commitment, const QList<Mesa> &mesas)
{
    m_refreshing = true;
    // A reload of the commitment being typed into (the file changed, the list
    // was rebuilt) leaves a field the person has changed and not yet left as
    // it is: it is saved when it is left. A field that only has the focus
    // takes what the file now says.
    const std::optional<Commitment> before = m_commitment;
    const bool same = before && commitment && before->id == commitment->id;
    auto typedIn = [&](const QWidget *field, const QString &now, QString Commitment::*member) {
        return same && field->hasFocus() && now != (*before).*member;
    };
    m_commitment = commitment;
    setEnabled(commitment.has_value());
    const Commitment shown = commitment.value_or(Commitment{});
    if (!typedIn(m_title, m_title->text(), &Commitment::title) && m_title->text() != shown.title)
        m_title->setText(shown.title);
    m_mesa->clear();
    m_mesa->addItem(tr("No mesa"), QString());
    for (const Mesa &mesa : mesas)
        m_mesa->addItem(u"%1 — %2"_s.arg(mesa.code, mesa.name), mesa.code);
    m_mesa->setCurrentIndex(std::max(0, m_mesa->findData(shown.mesaCode)));
    m_origin->setCurrentIndex(m_origin->findData(int(shown.origin)));
    m_status->setText(displayNameOf(shown.status)
                      + (shown.source.isEmpty() ? QString() : u" · "_s + tr("from %1").arg(shown.source)));
    for (const auto &[member, edit] : m_texts) {
        if (!typedIn(edit, edit->toPlainText(), member) && edit->toPlainText() != shown.*member)
            edit->setPlainText(shown.*member);
    }
    for (const auto &[value, check] : m_values)
        check->setChecked(shown.values.contains(value));
    showCompleteness(shown);
    m_refreshing = false;
}

void CommitmentEditor::showCompleteness(const Commitment &commitment)
{
    if (!m_commitment) {
        m_completeness->clear();
        return;
    }
    const QStringList missing = Commitments::missingForMeasurable(commitment);
    if (missing.isEmpty()) {
        m_completeness->setStyleSheet(u"background: #d8f0e3; color: #0b4d37; padding: 6px; border-radius: 3px;"_s);
        m_completeness->setText(tr("✓ Measurable: it says how, who, by when and how it is measured."));
    } else {
        m_completeness->setStyleSheet(u"background: #fff1c9; color: #5c4300; padding: 6px; border-radius: 3px;"_s);
        m_completeness->setText(tr("Not yet measurable: it lacks %1.").arg(missing.join(u", "_s)));
    }
}

void CommitmentEditor::commit(const QString &field)
{
    if (m_refreshing || !m_commitment)
        return;
    Commitment c = *m_commitment;
    c.title = m_title->text().simplified();
    c.mesaCode = m_mesa->currentData().toString();
    c.origin = CommitmentOrigin(m_origin->currentData().toInt());
    for (const auto &[member, edit] : m_texts)
        c.*member = edit->toPlainText().trimmed();
    c.values.clear();
    for (const auto &[value, check] : m_values) {
        if (check->isChecked())
            c.values.append(value);
    }
    if (c.title.isEmpty())
        c.title = m_commitment->title;
    showCompleteness(c);
    if (c == *m_commitment)
        return;
    m_commitment = c;
    emit edited(c, u"%1:%2"_s.arg(c.id).arg(field));
}

void CommitmentEditor::showCommitment(const std::optional<Commitment> &commitment, EventDocument *document)
{
    setCommitment(commitment, document ? document->mesas() : QList<Mesa>());
    // A commitment in a closed acta reads as such instead of taking typing
    // it would then refuse.
    QString frozen;
    if (document && commitment) {
        if (auto version = ActaService(document->session()).frozenIn(commitment->id); version && *version)
            frozen = tr("Frozen: this commitment is in version %1 of the acta, closed for signature. A correction "
                        "of the acta (Acta page) opens it again.").arg(**version);
    }
    setFrozen(frozen);
}

void CommitmentEditor::setFrozen(const QString &reason)
{
    const bool frozen = !reason.isEmpty();
    m_frozen->setText(reason);
    m_frozen->setVisible(frozen);
    m_title->setReadOnly(frozen);
    m_mesa->setEnabled(!frozen && m_commitment.has_value());
    m_origin->setEnabled(!frozen && m_commitment.has_value());
    for (const auto &[member, edit] : std::as_const(m_texts))
        edit->setReadOnly(frozen);
    for (const auto &[value, check] : std::as_const(m_values))
        check->setEnabled(!frozen && m_commitment.has_value());
}

} // namespace taller
