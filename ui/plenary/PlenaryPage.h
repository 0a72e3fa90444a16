#pragma once

#include "EventPage.h"

#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTimer;

namespace taller {

class CommitmentEditor;
class PlenaryProjectorWindow;

// "Plenaria": the mesas present in turn, each against its clock, and the
// plenary decides on every commitment.
class PlenaryPage : public EventPage
{
    Q_OBJECT

public:
    explicit PlenaryPage(QWidget *parent = nullptr);

    void startOrEndTurn();
    void moveMesa(int delta);
    void showProjector();
    void decideSelected(int decision);
    void mergeSelected();
    // What the last merge did, in words.
    QString lastOutcome() const { return m_lastOutcome; }

private:
    void showDocument() override;
    void refresh();
    void refreshTurns();
    void refreshCommitments();
    void refreshClock();
    void saveOrder();
    void refreshMergeTargets(qint64 selectedId);
    qint64 currentMesaId() const;
    QString currentMesaCode() const;

    QListWidget *m_turns;
    QSpinBox *m_minutes;
    QCheckBox *m_automatic;
    QPushButton *m_turnButton;
    QLabel *m_clock;
    QListWidget *m_commitments;
    QComboBox *m_mergeInto;
    QLineEdit *m_note;
    CommitmentEditor *m_editor;
    QTimer *m_timer;
    QPointer<PlenaryProjectorWindow> m_projector;
    bool m_refreshing = false;
    QString m_lastOutcome;
    qint64 m_lastMerged = 0; // the commitment the banner says was merged
    QLabel *m_outcome = nullptr;
};

} // namespace taller
