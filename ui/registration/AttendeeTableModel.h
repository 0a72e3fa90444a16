#pragma once

#include "registration/Attendee.h"

#include <QAbstractTableModel>

namespace taller {

// Attendees found at the desk, with whether and when each checked in.
class AttendeeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DocumentColumn, OrganisationColumn, SectorColumn, StatusColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAttendees(const QList<Attendee> &attendees);
    const Attendee *attendeeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attendee> m_attendees;
};

} // namespace taller
