#include "mesas/MesaDocument.h"

#include "event/EventHeader.h"
#include "registration/AttendanceDocument.h"
#include "mesas/CommitmentRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : text;
}

} // namespace

PrintedDocument MesaDocument::build(const EventDetails &details, const Mesa &mesa, const QList<Attendee> &members,
                                    const QList<Commitment> &inputs, const std::optional<PageLink> &page)
{
    PrintedDocument document(tr("Mesa worksheet %1").arg(mesa.code));
    EventHeader::applyRunningHeader(document, details);
    document.addTitle(tr("Mesa worksheet"));
    document.addSubtitle(u"%1 — %2"_s.arg(mesa.code, mesa.name));
    document.addSpacing(2);
    document.addFields({
        {tr("Theme"), orDash(mesa.theme.isEmpty() ? mesa.name : mesa.theme)},
        {tr("Moderator"), orDash(mesa.moderator)},
        {tr("Rapporteur"), orDash(mesa.rapporteur)},
        {tr("Place"), orDash(mesa.place)},
        {tr("Workshop"), details.title},
        {tr("Date"), EventHeader::dateText(details.date)},
    });
    if (page && !page->qr.isNull()) {
        document.addSpacing(2);
        document.addImage(page->qr, 30,
                          tr("This mesa's page, to type its commitments from a phone, tablet or laptop on the venue's "
                             "network (no install; the browser warns once about the hub's certificate: continue):")
                              + QChar::LineSeparator + page->url);
    }

    document.addHeading(tr("Members (%1)").arg(members.size()));
    if (members.isEmpty()) {
        document.addParagraph(tr("No one has been assigned to this mesa yet."));
    } else {
        PrintedDocument::Table table;
        table.columns = {{tr("No."), 10, Qt::AlignRight}, {tr("Surnames and given names"), 65, Qt::AlignLeft},
                         {tr("Organisation"), 65, Qt::AlignLeft}, {tr("Sector"), 40, Qt::AlignLeft}};
        int number = 0;
        for (const Attendee &a : members)
            table.rows.append({{QString::number(++number), {}, false}, {a.sortName(), {}, false}, {a.organisation, {}, false},
                               {displayNameOf(a.sector), {}, false}});
        document.addTable(table);
    }

    document.addHeading(tr("Input commitments (%1)").arg(inputs.size()));
    if (inputs.isEmpty())
        document.addParagraph(tr("This mesa received no input commitments."));
    int number = 0;
    for (const Commitment &c : inputs) {
        document.addHeading(tr("Input %1. %2").arg(++number).arg(c.title));
        QList<std::pair<QString, QString>> fields;
        for (const auto &[label, value] : Commitments::fields(c))
            fields.append({label, orDash(value)});
        if (!c.source.isEmpty())
            fields.append({tr("Comes from"), c.source});
        document.addFields(fields);
    }

    // The seed's six questions, with room to write by hand.
    const QStringList prompts = {tr("Commitment (title)"), tr("How it will be done"), tr("Responsible"), tr("Participants"),
                                 tr("Resources"), tr("Deadlines"), tr("How it is measured")};
    for (int form = 1; form <= BlankForms; ++form) {
        document.addPageBreak();
        document.addHeading(tr("Commitment proposal %1 — mesa %2").arg(form).arg(mesa.code));
        PrintedDocument::Table table;
        table.minimumRowHeightMm = 28;
        table.columns = {{tr("Field"), 45, Qt::AlignLeft}, {tr("To be filled in by the mesa"), 135, Qt::AlignLeft}};
        for (const QString &prompt : prompts)
            table.rows.append({{prompt, {}, true}, {}});
        document.addTable(table);
        document.addParagraph(tr("OGP values it serves (tick): ☐ %1   ☐ %2   ☐ %3   ☐ %4")
                                  .arg(displayNameOf(OgpValue::Transparency),
                                       displayNameOf(OgpValue::Accountability),
                                       displayNameOf(OgpValue::Participation),
                                       displayNameOf(OgpValue::TechnologyAndInnovation)));
    }
    return document;
}

Result<std::pair<Mesa, QList<Attendee>>> MesaDocument::mesaWithMembers(EventFile &file, const QString &mesaCode)
{
    TRY_LET(mesas, MesaRepository(file).load());
    const auto mesa = std::find_if(mesas->begin(), mesas->end(),
                                   [&](const Mesa &m) { return m.code.compare(mesaCode, Qt::CaseInsensitive) == 0; });
    if (mesa == mesas->end())
        return Mesas::noMesaWithCode(mesaCode, *mesas);
    TRY_LET(members, MesaRepository(file).members(mesa->id));
    return std::pair(*mesa, *members);
}

namespace {

// What every paper of one mesa shows: the event, the mesa, and who sits at it.
struct MesaPaper
{
    EventDetails details;
    Mesa mesa;
    QList<Attendee> members;
};

Result<MesaPaper> paperOf(EventFile &file, const QString &mesaCode)
{
    TRY_LET(details, EventRepository(file).load());
    TRY_LET(mesa, MesaDocument::mesaWithMembers(file, mesaCode));
    return MesaPaper{*details, mesa->first, mesa->second};
}

} // namespace

Result<PrintedDocument> MesaDocument::build(EventFile &file, const QString &mesaCode, const std::optional<PageLink> &page)
{
    TRY_LET(paper, paperOf(file, mesaCode));
    TRY_LET(commitments, CommitmentRepository(file).all());
    QList<Commitment> inputs;
    for (const Commitment &c : std::as_const(*commitments)) {
        if (c.mesaCode == paper->mesa.code && c.origin == CommitmentOrigin::Input)
            inputs.append(c);
    }
    return build(paper->details, paper->mesa, paper->members, inputs, page);
}

Result<PrintedDocument> MesaDocument::attendance(EventFile &file, const QString &mesaCode, int blankRows)
{
    TRY_LET(paper, paperOf(file, mesaCode));
    return AttendanceDocument::build(paper->details, paper->members, blankRows,
                                     tr("Mesa %1 — %2").arg(paper->mesa.code, paper->mesa.name));
}

} // namespace taller
