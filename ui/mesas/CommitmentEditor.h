#pragma once

#include "mesas/Commitment.h"
#include "mesas/Mesa.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace taller {

class EventDocument;

// Every field of one commitment, quick to fill at a table: each field is
// saved when left, as one undoable edit.
class CommitmentEditor : public QWidget
{
    Q_OBJECT

public:
    explicit CommitmentEditor(QWidget *parent = nullptr);

    // Shows commitment (or none) of the event document, frozen when it is
    // in a closed acta.
    void showCommitment(const std::optional<Commitment> &commitment, EventDocument *document);
    void focusTitle();

signals:
    void edited(const Commitment &commitment, const QString &mergeKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setCommitment(const std::optional<Commitment> &commitment, const QList<Mesa> &mesas);
    // Frozen (the commitment is in a closed acta): every field read-only,
    // the reason said above them. An empty reason unfreezes.
    void setFrozen(const QString &reason);
    void commit(const QString &field);
    void showCompleteness(const Commitment &commitment);

    std::optional<Commitment> m_commitment;
    QLineEdit *m_title;
    QComboBox *m_mesa;
    QComboBox *m_origin;
    QLabel *m_status;
    QLabel *m_completeness;
    // Each free-text field of the commitment beside its editor.
    QList<std::pair<QString Commitment::*, QPlainTextEdit *>> m_texts;
    QList<std::pair<OgpValue, QCheckBox *>> m_values;
    bool m_refreshing = false;
    QLabel *m_frozen = nullptr;
};

} // namespace taller
