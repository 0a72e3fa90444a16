#pragma once

#include "registration/Attendee.h"

#include <QAbstractTableModel>

#include <functional>

namespace taller {

// Attendees found at the desk, with whether and when each checked in.
class AttendeeTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, DocumentColumn, OrganisationColumn, SectorColumn, StatusColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setAttendees(const QList<Attendee> &attendees);
    // A long list read a page at a time as the view scrolls: total rows in
    // all, and how to read limit rows from offset.
    using PageReader = std::function<QList<Attendee>(int offset, int limit)>;
    void setPaged(int total, PageReader reader);
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    const Attendee *attendeeAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attendee> m_attendees;
    int m_total = 0;
    PageReader m_reader;
};

} // namespace taller
