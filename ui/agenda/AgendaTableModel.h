#pragma once

#include "programme/Agenda.h"
#include "mesas/Mesa.h"

#include <QAbstractTableModel>

namespace taller {

// The programme as a table: times follow from the event's start.
class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DurationColumn, KindColumn, ActivityColumn, ResponsibleColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAgenda(const QList<AgendaItem> &items, QTime dayStart, const QList<Mesa> &mesas,
                   const QList<AgendaProblem> &problems = {}, std::optional<int> running = std::nullopt);
    QTime projectedEnd() const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // A row was dragged to before row `to` (rowCount() for the end).
    void moveRequested(int from, int to);

private:
    QList<ScheduledItem> m_items;
    QList<AgendaProblem> m_problems;
    std::optional<int> m_running;
    QList<Mesa> m_mesas;
    QTime m_dayStart;
};

} // namespace taller
