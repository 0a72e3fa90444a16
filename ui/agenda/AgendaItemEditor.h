#pragma once

#include "programme/Agenda.h"
#include "mesas/Mesa.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace taller {

// The form beside the programme: every field of the selected activity.
// Each field is committed when it is left, as one undoable edit.
class AgendaItemEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AgendaItemEditor(QWidget *parent = nullptr);

    void setItem(const std::optional<AgendaItem> &item, const QList<Mesa> &mesas);
    void focusTitle();

signals:
    // The item as edited; mergeKey names the field, so that typing in it
    // stays one undo step.
    void edited(const AgendaItem &item, const QString &mergeKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void commit(const QString &field);
    void updateSplitVisibility();

    std::optional<AgendaItem> m_item;
    QList<Mesa> m_mesas;
    QComboBox *m_kind;
    QLineEdit *m_title;
    QSpinBox *m_minutes;
    QCheckBox *m_split;
    QSpinBox *m_exposition;
    QSpinBox *m_questions;
    QLineEdit *m_responsibleName;
    QLineEdit *m_responsibleRole;
    QLineEdit *m_responsibleOrganisation;
    QGroupBox *m_mesasBox;
    QList<QCheckBox *> m_mesaChecks;
    QPlainTextEdit *m_notes;
    bool m_refreshing = false;
};

} // namespace taller
