#include "AgendaTableModel.h"

#include "programme/AgendaDocument.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QMimeData>
#include <QStyle>

namespace taller {

using namespace Qt::StringLiterals;

namespace {
const QString RowMimeType = u"application/x-taller-agenda-row"_s;
} // namespace

void AgendaTableModel::setAgenda(const QList<AgendaItem> &items, QTime dayStart, const QList<Mesa> &mesas,
                                 const QList<AgendaProblem> &problems, std::optional<int> running)
{
    beginResetModel();
    m_items = schedule(items, dayStart);
    m_mesas = mesas;
    m_dayStart = dayStart;
    m_problems = problems;
    m_running = running;
    endResetModel();
}

Qt::ItemFlags AgendaTableModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractTableModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsDragEnabled : base | Qt::ItemIsDropEnabled;
}

Qt::DropActions AgendaTableModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList AgendaTableModel::mimeTypes() const
{
    return {RowMimeType};
}

QMimeData *AgendaTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(RowMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool AgendaTableModel::dropMimeData(const QMimeData *data, Qt::DropAction, int row, int, const QModelIndex &parent)
{
    if (!data || !data->hasFormat(RowMimeType))
        return false;
    const int from = data->data(RowMimeType).toInt();
    const int to = row >= 0 ? row : (parent.isValid() ? parent.row() : rowCount());
    emit moveRequested(from, to);
    // The document reorders and resets this model; the view must not also
    // remove the dragged row.
    return false;
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
        case TimeColumn: {
            QString text = u"%1–%2"_s.arg(s.start.toString(u"HH:mm"_s), s.end.toString(u"HH:mm"_s));
            if (s.item.actualStart.isValid())
                text += u"\n"_s + tr("actual %1–%2").arg(s.item.actualStart.time().toString(u"HH:mm"_s),
                                                            s.item.actualEnd.isValid() ? s.item.actualEnd.time().toString(u"HH:mm"_s) : u"…"_s);
            return text;
        }
        case DurationColumn:
            if (s.item.hasSplit())
                return tr("%1 (%2 + %3)")
                    .arg(EventHeader::durationText(s.item.minutes))
                    .arg(s.item.expositionMinutes.value_or(0))
                    .arg(s.item.questionsMinutes.value_or(0));
            return EventHeader::durationText(s.item.minutes);
        case KindColumn:
            return displayNameOf(s.item.kind);
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
    if (role == Qt::DecorationRole && index.column() == TimeColumn) {
        for (const AgendaProblem &problem : m_problems) {
            if (problem.index == index.row())
                return QIcon::fromTheme(u"dialog-warning"_s, QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
        }
        if (m_running == index.row())
            return QApplication::style()->standardIcon(QStyle::SP_MediaPlay);
    }
    if (role == Qt::FontRole && m_running == index.row()) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        QStringList lines{s.item.title};
        for (const AgendaProblem &problem : m_problems) {
            if (problem.index == index.row())
                lines << u"⚠ "_s + problem.message;
        }
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
