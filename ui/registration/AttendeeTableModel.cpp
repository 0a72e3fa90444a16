#include "AttendeeTableModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

constexpr int PageSize = 100;

} // namespace

void AttendeeTableModel::setAttendees(const QList<Attendee> &attendees)
{
    beginResetModel();
    m_attendees = attendees;
    m_total = int(attendees.size());
    m_reader = nullptr;
    endResetModel();
}

void AttendeeTableModel::setPaged(int total, PageReader reader)
{
    beginResetModel();
    m_total = total;
    m_reader = std::move(reader);
    m_attendees = m_reader ? m_reader(0, PageSize) : QList<Attendee>();
    endResetModel();
}

bool AttendeeTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_reader && m_attendees.size() < m_total;
}

void AttendeeTableModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QList<Attendee> page = m_reader(int(m_attendees.size()), PageSize);
    if (page.isEmpty()) {
        m_total = int(m_attendees.size());
        return;
    }
    beginInsertRows({}, int(m_attendees.size()), int(m_attendees.size() + page.size() - 1));
    m_attendees.append(page);
    endInsertRows();
}

const Attendee *AttendeeTableModel::attendeeAt(int row) const
{
    return row >= 0 && row < m_attendees.size() ? &m_attendees.at(row) : nullptr;
}

int AttendeeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_attendees.size());
}

int AttendeeTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendeeTableModel::data(const QModelIndex &index, int role) const
{
    const Attendee *a = attendeeAt(index.row());
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return a->sortName();
        case DocumentColumn:
            return a->documentType == DocumentType::Dni
                       ? a->documentNumber
                       : u"%1 %2"_s.arg(DocumentTypes::shortName(a->documentType), a->documentNumber);
        case OrganisationColumn: return a->organisation;
        case SectorColumn: return displayNameOf(a->sector);
        case StatusColumn:
            return a->isCheckedIn() ? tr("✓ Arrived %1").arg(a->checkedInAt.toString(u"HH:mm"_s)) : tr("Expected");
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && a->isCheckedIn())
            return QBrush(QColor(0x0b, 0x6e, 0x4f));
        break;
    case Qt::FontRole:
        if (index.column() == NameColumn || (index.column() == StatusColumn && a->isCheckedIn())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !a->organisation.isEmpty())
            return a->walkIn ? u"%1\n%2"_s.arg(a->organisation, tr("Registered at the desk")) : a->organisation;
        if (a->walkIn)
            return tr("Registered at the desk");
        break;
    }
    return {};
}

QVariant AttendeeTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Surnames, given names");
    case DocumentColumn: return tr("Document");
    case OrganisationColumn: return tr("Organisation");
    case SectorColumn: return tr("Sector");
    case StatusColumn: return tr("Arrival");
    }
    return {};
}

} // namespace taller
