#include "AgendaItemEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace taller {

using namespace Qt::StringLiterals;

AgendaItemEditor::AgendaItemEditor(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QComboBox)
    , m_title(new QLineEdit)
    , m_minutes(new QSpinBox)
    , m_split(new QCheckBox(tr("&Split into presentation and questions")))
    , m_exposition(new QSpinBox)
    , m_questions(new QSpinBox)
    , m_responsibleName(new QLineEdit)
    , m_responsibleRole(new QLineEdit)
    , m_responsibleOrganisation(new QLineEdit)
    , m_mesasBox(new QGroupBox(tr("Mesas working in parallel")))
    , m_notes(new QPlainTextEdit)
{
    for (ActivityKind kind : valuesOf<ActivityKind>())
        m_kind->addItem(displayNameOf(kind), int(kind));
    for (QSpinBox *spin : {m_minutes, m_exposition, m_questions}) {
        spin->setRange(0, 24 * 60);
        spin->setSuffix(tr(" min"));
    }
    m_minutes->setRange(-1, 24 * 60);
    m_title->setPlaceholderText(tr("What happens, as the programme should say it"));
    m_responsibleName->setPlaceholderText(tr("Name"));
    m_responsibleRole->setPlaceholderText(tr("Role"));
    m_responsibleOrganisation->setPlaceholderText(tr("Organisation"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("Details printed under the activity"));
    m_notes->setMinimumHeight(80);


    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Duration:"), m_minutes);
    form->addRow(QString(), m_split);
    form->addRow(tr("Pr&esentation:"), m_exposition);
    form->addRow(tr("&Questions:"), m_questions);
    form->addRow(tr("&Responsible:"), m_responsibleName);
    form->addRow(tr("R&ole:"), m_responsibleRole);
    form->addRow(tr("Or&ganisation:"), m_responsibleOrganisation);
    form->addRow(tr("&Notes:"), m_notes);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_mesasBox->setLayout(new QVBoxLayout);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_mesasBox);
    layout->addStretch();

    connect(m_kind, &QComboBox::activated, this, [this] { commit(u"kind"_s); });
    connect(m_title, &QLineEdit::editingFinished, this, [this] { commit(u"title"_s); });
    connect(m_minutes, &QSpinBox::editingFinished, this, [this] { commit(u"minutes"_s); });
    connect(m_exposition, &QSpinBox::editingFinished, this, [this] { commit(u"split"_s); });
    connect(m_questions, &QSpinBox::editingFinished, this, [this] { commit(u"split"_s); });
    connect(m_split, &QCheckBox::toggled, this, [this] {
        updateSplitVisibility();
        commit(u"split-toggle"_s);
    });
    connect(m_responsibleName, &QLineEdit::editingFinished, this, [this] { commit(u"responsible"_s); });
    connect(m_responsibleRole, &QLineEdit::editingFinished, this, [this] { commit(u"role"_s); });
    connect(m_responsibleOrganisation, &QLineEdit::editingFinished, this, [this] { commit(u"organisation"_s); });
    m_notes->installEventFilter(this);
    setItem(std::nullopt, {});
}

void AgendaItemEditor::focusTitle()
{
    m_title->setFocus();
    m_title->selectAll();
}

bool AgendaItemEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_notes && event->type() == QEvent::FocusOut)
        commit(u"notes"_s);
    return QWidget::eventFilter(watched, event);
}

void AgendaItemEditor::updateSplitVisibility()
{
    m_exposition->setEnabled(m_split->isChecked());
    m_questions->setEnabled(m_split->isChecked());
}

void AgendaItemEditor::setItem(const std::optional<AgendaItem> &item, const QList<Mesa> &mesas)
{
    m_refreshing = true;
    m_item = item;
    setEnabled(item.has_value());
    const AgendaItem shown = item.value_or(AgendaItem{});
    m_kind->setCurrentIndex(m_kind->findData(int(shown.kind)));
    if (m_title->text() != shown.title)
        m_title->setText(shown.title);
    m_minutes->setValue(shown.minutes);
    m_split->setChecked(shown.hasSplit());
    m_exposition->setValue(shown.expositionMinutes.value_or(0));
    m_questions->setValue(shown.questionsMinutes.value_or(0));
    updateSplitVisibility();
    if (m_responsibleName->text() != shown.responsible.name)
        m_responsibleName->setText(shown.responsible.name);
    if (m_responsibleRole->text() != shown.responsible.role)
        m_responsibleRole->setText(shown.responsible.role);
    if (m_responsibleOrganisation->text() != shown.responsible.organisation)
        m_responsibleOrganisation->setText(shown.responsible.organisation);
    if (m_notes->toPlainText() != shown.notes)
        m_notes->setPlainText(shown.notes);

    if (mesas != m_mesas) {
        qDeleteAll(m_mesaChecks);
        m_mesaChecks.clear();
        m_mesas = mesas;
        for (const Mesa &mesa : mesas) {
            auto *check = new QCheckBox(u"%1 — %2"_s.arg(mesa.code, mesa.name));
            check->setProperty("code", mesa.code);
            connect(check, &QCheckBox::toggled, this, [this] { commit(u"mesas"_s); });
            m_mesasBox->layout()->addWidget(check);
            m_mesaChecks.append(check);
        }
    }
    for (QCheckBox *check : std::as_const(m_mesaChecks))
        check->setChecked(shown.mesaCodes.contains(check->property("code").toString()));
    m_mesasBox->setVisible(!m_mesas.isEmpty() && (shown.kind == ActivityKind::WorkingTables || !shown.mesaCodes.isEmpty()));
    m_refreshing = false;
}

void AgendaItemEditor::commit(const QString &field)
{
    if (m_refreshing || !m_item)
        return;
    AgendaItem item = *m_item;
    item.kind = ActivityKind(m_kind->currentData().toInt());
    item.title = m_title->text().simplified();
    item.minutes = m_minutes->value();
    if (m_split->isChecked()) {
        // Ticking the split starts from the whole duration as presentation.
        if (!item.hasSplit() && m_exposition->value() == 0 && m_questions->value() == 0) {
            const QSignalBlocker block(m_exposition);
            m_exposition->setValue(item.minutes);
        }
        item.expositionMinutes = m_exposition->value();
        item.questionsMinutes = m_questions->value();
    } else {
        item.expositionMinutes.reset();
        item.questionsMinutes.reset();
    }
    item.responsible = {m_responsibleName->text().simplified(), m_responsibleRole->text().simplified(),
                        m_responsibleOrganisation->text().simplified()};
    item.notes = m_notes->toPlainText().trimmed();
    item.mesaCodes.clear();
    for (QCheckBox *check : std::as_const(m_mesaChecks)) {
        if (check->isChecked())
            item.mesaCodes.append(check->property("code").toString());
    }
    m_mesasBox->setVisible(!m_mesas.isEmpty() && (item.kind == ActivityKind::WorkingTables || !item.mesaCodes.isEmpty()));
    if (item == *m_item)
        return;
    m_item = item;
    emit edited(item, u"%1:%2"_s.arg(item.id).arg(field));
}

} // namespace taller
