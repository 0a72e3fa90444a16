#include "ProgrammeService.h"

#include "base/Clock.h"
#include "event/EventRepository.h"
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
    return m_session.announced(AgendaRepository(m_session.file()).applyChange(before, after), Section::Programme);
}

Result<ProgrammeService::Change> ProgrammeService::changeTo(const std::function<QList<AgendaItem>(const QList<AgendaItem> &)> &next)
{
    Change made;
    TRY(m_session.file().write([&]() -> Status {
        TRY_LET(current, agenda());
        made.before = *current;
        TRY_LET(stored, AgendaRepository(m_session.file()).applyChange(made.before, next(made.before)));
        made.after = *stored;
        return {};
    }));
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

Result<AgendaCsv::Import> ProgrammeService::readSheet(const QString &path, const TabularReader::Options &options,
                                                       const QStringList &columnChoices) const
{
    TRY_LET(table, TabularReader::readFile(path, options));
    const auto details = EventRepository(m_session.file()).load();
    if (!details)
        return details.error();
    auto imported = AgendaCsv::read(*table, details->end, columnChoices);
    if (!imported)
        return imported;
    TRY(AgendaCsv::dropUnknownMesas(m_session.file(), *imported));
    return imported;
}

Result<AgendaCsv::Applied> ProgrammeService::importSheet(const AgendaCsv::Import &import)
{
    return m_session.announced(AgendaCsv::apply(m_session.file(), import),
                               Section::Programme | Section::Details | Section::Meetings);
}

Result<TabularSheet> ProgrammeService::exportSheet() const
{
    const auto details = EventRepository(m_session.file()).load();
    if (!details)
        return details.error();
    const auto items = agenda();
    if (!items)
        return items.error();
    return AgendaCsv::sheet(*items, details->start);
}

Result<PrintedDocument> ProgrammeService::document() const
{
    return AgendaDocument::build(m_session.file());
}

} // namespace taller
