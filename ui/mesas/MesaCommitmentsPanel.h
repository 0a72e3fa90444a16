#pragma once

#include <QWidget>

class QSplitter;
class QListWidget;

namespace taller {

class CommitmentEditor;
class EventDocument;

// One mesa's commitments: its inputs and its own proposals, each flagged
// until it is measurable, with the editor beside the list.
class MesaCommitmentsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MesaCommitmentsPanel(QWidget *parent = nullptr);
    void setDocument(EventDocument *document);
    void setMesa(const QString &mesaCode);

    void addCommitment();
    void deleteCommitment();
    void importInputs();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void showSelected();

    EventDocument *m_document = nullptr;
    QString m_mesaCode;
    QListWidget *m_list;
    CommitmentEditor *m_editor;
    QSplitter *m_splitter = nullptr;
};

} // namespace taller
