#include "ProgrammeService.h"

#include "base/Clock.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "programme/AgendaDocument.h"
#include "programme/AgendaRepository.h"
#include "programme/LiveSchedule.h"

namespace taller {

Result<QList<AgendaItem>> ProgrammeService::agenda() const
{
    return AgendaRepository(m_session.file()).load();
}

Result<QList<AgendaItem>> ProgrammeService::change(const QList<AgendaItem> &before, const QList<AgendaItem> &after)
{
    auto stored = AgendaRepository(m_session.file()).applyChange(before, after);
    if (stored)
        m_session.announce(Section::Programme);
    return stored;
}

Result<ProgrammeService::Change> ProgrammeService::changeTo(const std::function<QList<AgendaItem>(const QList<AgendaItem> &)> &next)
{
    Change made;
    Status written = m_session.file().write([&]() -> Status {
        auto current = agenda();
        if (!current)
            return current.error();
        made.before = *current;
        auto stored = AgendaRepository(m_session.file()).applyChange(made.before, next(made.before));
        if (!stored)
            return stored.error();
        made.after = *stored;
        return {};
    });
    if (!written)
        return written.error();
    m_session.announce(Section::Programme);
    return made;
}

Result<ProgrammeService::Change> ProgrammeService::startDay()
{
    return changeTo([](const QList<AgendaItem> &items) { return LiveSchedule::started(items, Clock::currentDateTime()); });
}

Result<ProgrammeService::Change> ProgrammeService::nextActivity()
{
    return changeTo([](const QList<AgendaItem> &items) { return LiveSchedule::advanced(items, Clock::currentDateTime()); });
}

Result<ProgrammeService::Change> ProgrammeService::clearActualTimes()
{
    return changeTo([](const QList<AgendaItem> &items) { return LiveSchedule::reset(items); });
}

Result<AgendaCsv::Import> ProgrammeService::readCsv(const QByteArray &csv) const
{
    const auto details = EventRepository(m_session.file()).load();
    if (!details)
        return details.error();
    auto imported = AgendaCsv::read(csv, details->start, details->end);
    if (!imported)
        return imported;
    const auto mesas = MesaRepository(m_session.file()).load();
    if (!mesas)
        return mesas.error();
    QStringList known;
    for (const Mesa &mesa : *mesas)
        known << mesa.code.toUpper();
    for (AgendaItem &item : imported->items) {
        const QStringList codes = std::exchange(item.mesaCodes, {});
        for (const QString &code : codes) {
            if (known.contains(code))
                item.mesaCodes << code;
            else
                imported->problems.append(
                    {0, tr("\"%1\" names mesa %2, which the event does not have; left out").arg(item.title, code)});
        }
    }
    return imported;
}

Result<AgendaCsv::Import> ProgrammeService::importCsv(const QByteArray &csv)
{
    auto imported = readCsv(csv);
    if (!imported)
        return imported;
    // A sheet whose every row was refused is no programme: keep the one there is.
    if (imported->items.isEmpty())
        return imported;
    if (auto stored = AgendaRepository(m_session.file()).replaceAll(imported->items); !stored)
        return stored.error();
    m_session.announce(Section::Programme);
    return imported;
}

Result<QByteArray> ProgrammeService::exportCsv() const
{
    const auto details = EventRepository(m_session.file()).load();
    if (!details)
        return details.error();
    const auto items = agenda();
    if (!items)
        return items.error();
    return AgendaCsv::write(*items, details->start);
}

Result<PrintedDocument> ProgrammeService::document() const
{
    return AgendaDocument::build(m_session.file());
}

} // namespace taller
