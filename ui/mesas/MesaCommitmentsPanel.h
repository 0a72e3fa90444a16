#pragma once

#include "EventPage.h"

class QSplitter;
class QListWidget;

namespace taller {

class CommitmentEditor;

// One mesa's commitments: its inputs and its own proposals, each flagged
// until it is measurable, with the editor beside the list.
class MesaCommitmentsPanel : public EventPage
{
    Q_OBJECT

public:
    explicit MesaCommitmentsPanel(QWidget *parent = nullptr);
    void setMesa(const QString &mesaCode);

    void addCommitment();
    void deleteCommitment();
    void importInputs();
    void takeInFromCopy();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void showDocument() override;
    void refresh();
    void showSelected();

    QString m_mesaCode;
    QListWidget *m_list;
    CommitmentEditor *m_editor;
    QSplitter *m_splitter = nullptr;
};

} // namespace taller
