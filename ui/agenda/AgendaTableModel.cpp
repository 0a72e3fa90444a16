#include "AgendaTableModel.h"

#include "documents/AgendaDocument.h"

namespace taller {

using namespace Qt::StringLiterals;

void AgendaTableModel::setAgenda(const QList<AgendaItem> &items, QTime dayStart, const QList<Mesa> &mesas)
{
    beginResetModel();
    m_items = schedule(items, dayStart);
    m_mesas = mesas;
    m_dayStart = dayStart;
    endResetModel();
}

QTime AgendaTableModel::projectedEnd() const
{
    return m_items.isEmpty() ? m_dayStart : m_items.last().end;
}

int AgendaTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int AgendaTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ScheduledItem &s = m_items.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return u"%1–%2"_s.arg(s.start.toString(u"HH:mm"_s), s.end.toString(u"HH:mm"_s));
        case DurationColumn:
            if (s.item.hasSplit())
                return tr("%1 (%2 + %3)")
                    .arg(EventHeader::durationText(s.item.minutes))
                    .arg(s.item.expositionMinutes.value_or(0))
                    .arg(s.item.questionsMinutes.value_or(0));
            return EventHeader::durationText(s.item.minutes);
        case KindColumn:
            return ActivityKinds::displayName(s.item.kind);
        case ActivityColumn: {
            QString text = s.item.title;
            if (!s.item.mesaCodes.isEmpty())
                text += u" ("_s + s.item.mesaCodes.join(u", "_s) + u')';
            return text;
        }
        case ResponsibleColumn:
            return s.item.responsible.summary();
        }
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{s.item.title};
        for (const QString &code : s.item.mesaCodes) {
            for (const Mesa &mesa : m_mesas) {
                if (mesa.code == code)
                    lines << u"%1: %2"_s.arg(code, mesa.name);
            }
        }
        if (!s.item.notes.isEmpty())
            lines << s.item.notes;
        return lines.join(u'\n');
    }
    if (role == Qt::TextAlignmentRole && (index.column() == TimeColumn || index.column() == DurationColumn))
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    return {};
}

QVariant AgendaTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case DurationColumn: return tr("Duration");
    case KindColumn: return tr("Kind");
    case ActivityColumn: return tr("Activity");
    case ResponsibleColumn: return tr("Responsible");
    }
    return {};
}

} // namespace taller
