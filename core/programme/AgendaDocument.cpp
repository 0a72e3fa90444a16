#include "programme/AgendaDocument.h"

#include "programme/AgendaRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"

#include <QLocale>

#include <QBuffer>
#include <QPdfWriter>
#include <QPageSize>

namespace taller {

using namespace Qt::StringLiterals;

PrintedDocument AgendaDocument::build(const EventDetails &details, const QList<AgendaItem> &agenda, const QList<Mesa> &mesas)
{
    // One page, as the seed's programme is, whenever the compact layout
    // gets it there; otherwise the roomier one.
    // Counted as the PDF is written (A4, 600 dpi).
    const auto pagesOf = [](const PrintedDocument &document) {
        QBuffer sink;
        sink.open(QIODevice::WriteOnly);
        QPdfWriter probe(&sink);
        probe.setResolution(600);
        const Result<int> pages = document.print(probe);
        return pages ? *pages : 0;
    };
    PrintedDocument roomy = layout(details, agenda, mesas, false);
    const int pages = pagesOf(roomy);
    if (pages <= 1)
        return roomy;
    PrintedDocument compact = layout(details, agenda, mesas, true);
    const int compactPages = pagesOf(compact);
    return compactPages > 0 && compactPages < pages ? compact : roomy;
}

PrintedDocument AgendaDocument::layout(const EventDetails &details, const QList<AgendaItem> &agenda, const QList<Mesa> &mesas,
                                       bool compact)
{
    PrintedDocument document(tr("Workshop programme"));
    EventHeader::applyRunningHeader(document, details);
    document.addTitle(details.title);
    if (!details.organiser.isEmpty())
        document.addSubtitle(details.organiser);
    if (!compact)
        document.addSpacing(3);

    QList<std::pair<QString, QString>> fields;
    fields.append({tr("Venue"), EventHeader::placeText(details)});
    fields.append({tr("Date"), EventHeader::dateText(details.date)});
    fields.append({tr("Time"), tr("%1 hours").arg(EventHeader::timeRangeText(details.start, details.end))});
    if (compact) {
        QStringList line;
        for (const auto &[label, value] : fields)
            line.append(label + u": "_s + value);
        document.addParagraph(line.join(u" · "_s));
    } else {
        document.addFields(fields);
    }

    if (!details.generalObjective.isEmpty()) {
        if (compact) {
            document.addFields({{tr("General objective"), details.generalObjective}});
        } else {
            document.addHeading(tr("General objective"));
            document.addParagraph(details.generalObjective);
        }
    }
    if (!details.specificObjectives.isEmpty()) {
        if (compact) {
            QStringList bullets;
            for (const QString &objective : details.specificObjectives)
                bullets.append(u"•  "_s + objective);
            document.addFields({{tr("Specific objectives"), bullets.join(u'\n')}});
        } else {
            document.addHeading(tr("Specific objectives"));
            for (const QString &objective : details.specificObjectives)
                document.addParagraph(u"•  "_s + objective);
        }
    }
    if (!details.audience.isEmpty() || details.expectedParticipants > 0) {
        if (!compact)
            document.addHeading(tr("Participants"));
        QStringList audience;
        if (!details.audience.isEmpty())
            audience.append(details.audience);
        if (details.expectedParticipants > 0)
            audience.append(tr("About %n people are expected to take part.", nullptr, details.expectedParticipants));
        if (compact)
            document.addFields({{tr("Participants"), audience.join(u' ')}});
        else
            for (const QString &paragraph : std::as_const(audience))
                document.addParagraph(paragraph);
    }

    // Compact: the table, its header saying what it is, without a heading.
    if (!compact)
        document.addHeading(tr("Workshop programme"));
    PrintedDocument::Table table;
    const bool anyActualTimes = std::any_of(agenda.begin(), agenda.end(),
                                            [](const AgendaItem &item) { return item.actualStart.isValid(); });
    // Compact: the activity takes the width its long titles and notes need.
    table.columns = {{tr("Time"), compact ? 1.1 : 1.3, Qt::AlignLeft},
                     {tr("Activity"), compact ? 3.5 : 3.05, Qt::AlignLeft},
                     {tr("Responsible"), compact ? 1.45 : 1.65, Qt::AlignLeft}};
    if (anyActualTimes)
        table.columns.insert(1, {tr("Actual"), 1.0, Qt::AlignLeft});

    for (const ScheduledItem &scheduled : schedule(agenda, details.start)) {
        const AgendaItem &item = scheduled.item;
        QString duration = u"(%1)"_s.arg(EventHeader::durationText(item.minutes));
        if (item.hasSplit()) {
            duration = tr("(%1 min presentation)\n(%2 min questions)")
                           .arg(item.expositionMinutes.value_or(0))
                           .arg(item.questionsMinutes.value_or(0));
        }
        QList<PrintedDocument::Cell> row;
        row.append({scheduled.start.toString(u"HH:mm"_s) + u'–' + scheduled.end.toString(u"HH:mm"_s), duration, false});
        if (anyActualTimes) {
            QString actual;
            if (item.actualStart.isValid()) {
                actual = item.actualStart.time().toString(u"HH:mm"_s) + u'–'
                         + (item.actualEnd.isValid() ? item.actualEnd.time().toString(u"HH:mm"_s) : QString());
            }
            QString actualDetail;
            if (item.actualStart.isValid() && item.actualEnd.isValid())
                actualDetail = u"(%1)"_s.arg(EventHeader::durationText(int(item.actualStart.secsTo(item.actualEnd) / 60)));
            row.append({actual, actualDetail, false});
        }
        QStringList activityDetail, mesaNames;
        for (const QString &code : item.mesaCodes) {
            const auto mesa = std::find_if(mesas.begin(), mesas.end(), [&](const Mesa &m) { return m.code == code; });
            mesaNames.append(mesa != mesas.end() && !mesa->name.isEmpty() ? u"%1: %2"_s.arg(code, mesa->name) : code);
        }
        if (compact && !mesaNames.isEmpty())
            activityDetail.append(mesaNames.join(u"; "_s));
        else
            activityDetail.append(mesaNames);
        if (!item.notes.isEmpty())
            activityDetail.append(item.notes);
        row.append({item.title, activityDetail.join(u'\n'), true});
        QStringList responsibleDetail;
        if (!item.responsible.role.isEmpty())
            responsibleDetail << item.responsible.role;
        if (!item.responsible.organisation.isEmpty())
            responsibleDetail << item.responsible.organisation;
        if (item.responsible.name.isEmpty() && !responsibleDetail.isEmpty())
            row.append({responsibleDetail.takeFirst(), responsibleDetail.join(u'\n'), false});
        else
            row.append({item.responsible.name, responsibleDetail.join(u'\n'), false});
        table.rows.append(row);
    }
    document.addTable(table);
    return document;
}

Result<PrintedDocument> AgendaDocument::build(EventFile &file)
{
    TRY_LET(details, EventRepository(file).load());
    TRY_LET(agenda, AgendaRepository(file).load());
    TRY_LET(mesas, MesaRepository(file).load());
    return build(*details, *agenda, *mesas);
}

} // namespace taller
