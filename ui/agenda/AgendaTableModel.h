#pragma once

#include "domain/Agenda.h"
#include "domain/Mesa.h"

#include <QAbstractTableModel>

namespace taller {

// The programme as a table: times follow from the event's start.
class AgendaTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, DurationColumn, KindColumn, ActivityColumn, ResponsibleColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAgenda(const QList<AgendaItem> &items, QTime dayStart, const QList<Mesa> &mesas);
    QTime projectedEnd() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScheduledItem> m_items;
    QList<Mesa> m_mesas;
    QTime m_dayStart;
};

} // namespace taller
