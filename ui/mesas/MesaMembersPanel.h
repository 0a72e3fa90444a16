#pragma once

#include "EventPage.h"

#include "registration/Attendee.h"

#include <QTableWidget>

class QLabel;
class QLineEdit;

namespace taller {

// A table of people that can be dragged onto a mesa.
class AttendeeDragTable : public QTableWidget
{
    Q_OBJECT
public:
    using QTableWidget::QTableWidget;
    static const QString MimeType;

protected:
    QStringList mimeTypes() const override { return {MimeType}; }
    QMimeData *mimeData(const QList<QTableWidgetItem *> &items) const override;
};

// Who sits at one mesa, and the people to seat there: found with the same
// accent-insensitive search as the registration desk, or not yet seated.
class MesaMembersPanel : public EventPage
{
    Q_OBJECT

public:
    explicit MesaMembersPanel(QWidget *parent = nullptr);
    void setMesa(qint64 mesaId);

    void seatSelected();
    void unseatSelected();
    void balance();
    // What the last seating did, in words ("… moved from M2 to M3.").
    QString outcomeText() const;
    // The field where the work of seating starts.
    QWidget *searchField() const;
    // Text typed elsewhere on the page (the mesa list) carried on in the
    // search, which takes the keyboard.
    void typeIntoSearch(const QString &text);
    // The panel's fields and buttons in the order Tab visits them, for the
    // page that holds it to keep it.
    QList<QWidget *> tabChain() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showDocument() override;
    void refresh();
    void search();

    qint64 m_mesaId = 0;
    // Everyone, as of the last change; the candidates list filters it.
    static constexpr int CandidateLimit = 200;
    QLabel *m_membersLabel;
    AttendeeDragTable *m_members;
    QLineEdit *m_search;
    AttendeeDragTable *m_candidates;
    QLabel *m_candidatesLabel;
    QLabel *m_outcome;
    QList<QWidget *> m_tabChain;
};

} // namespace taller
