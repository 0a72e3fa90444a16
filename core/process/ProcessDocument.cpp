#include "process/ProcessDocument.h"
#include "process/InitiativeDecisionRepository.h"
#include "process/InitiativeRepository.h"
#include "process/ScoringRepository.h"

#include "event/EventHeader.h"
#include "event/EventRepository.h"
#include "printing/PageCanvas.h"

#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPainterPath>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

QColor stageColour(int i, int count)
{
    // Darker for the later, narrower stages, far enough apart in lightness
    // to tell apart on a grey printer (from light to dark blue).
    const int n = std::max(2, count);
    const int lightness = 200 - (150 * i) / (n - 1);
    return QColor::fromHsl(212, 150, std::clamp(lightness, 40, 210));
}

// Every other stage hatched as well: a photocopy keeps them apart.
void fillStage(QPainter &p, const QRectF &r, int i, int count)
{
    p.setPen(Qt::NoPen);
    p.setBrush(stageColour(i, count));
    p.drawRect(r);
    if (i % 2 == 1) {
        p.setBrush(QBrush(QColor::fromHsl(212, 150, 235), Qt::BDiagPattern));
        p.drawRect(r);
    }
}

struct Context
{
    EventDetails details;
    Process process;
};

Result<Context> contextOf(EventFile &file)
{
    TRY_LET(details, EventRepository(file).load());
    TRY_LET(process, ProcessRepository(file).process());
    Context c;
    c.details = *details;
    c.process = process->value_or(Initiatives::defaultProcess(details->organiser));
    return c;
}

QString orDash(const QString &text)
{
    return text.trimmed().isEmpty() ? u"—"_s : text;
}

} // namespace

Funnel Funnel::from(const Process &process, const QList<InitiativeStanding> &standings)
{
    Funnel f;
    QList<int> numbers;
    for (const ProcessStage &st : process.stages) {
        if (st.number >= process.entryStage) {
            numbers.append(st.number);
            f.steps.append({Initiatives::stageTitle(st), 0});
        }
    }
    QMap<QString, QList<int>> byOrganisation;
    for (const InitiativeStanding &s : standings) {
        QList<int> &counts = byOrganisation[s.initiative.organisation];
        counts.resize(numbers.size());
        for (int k = 0; k < numbers.size(); ++k) {
            if (s.initiative.stage >= numbers[k]) {
                ++f.steps[k].count;
                ++counts[k];
            }
        }
    }
    for (auto it = byOrganisation.cbegin(); it != byOrganisation.cend(); ++it)
        f.organisations.append({it.key().isEmpty() ? ProcessDocument::tr("(no Gerencia named)") : it.key(), it.value()});
    return f;
}

void ProcessDocument::paintFunnel(QPainter &p, const QRectF &box, const Funnel &funnel, qreal pointSize)
{
    const int n = int(funnel.steps.size());
    if (n == 0)
        return;
    int widest = 1;
    for (const Funnel::Step &s : funnel.steps)
        widest = std::max(widest, s.count);
    const qreal labelWidth = box.width() * 0.38;
    const qreal area = box.width() - labelWidth;
    const qreal centre = box.left() + labelWidth + area / 2;
    const qreal band = box.height() / (n * 1.5 - 0.5);
    const qreal gap = band * 0.5;
    QFont font = PageCanvas::font(pointSize);
    QFont bold = PageCanvas::font(pointSize * 1.3, true);
    auto widthOf = [&](int count) { return std::max(area * 0.12, area * count / widest); };
    for (int k = 0; k < n; ++k) {
        const qreal top = box.top() + k * (band + gap);
        const qreal w = widthOf(funnel.steps[k].count);
        const QRectF bar(centre - w / 2, top, w, band);
        fillStage(p, bar, k, n);
        if (k + 1 < n) {
            const qreal next = widthOf(funnel.steps[k + 1].count);
            QPainterPath path;
            path.moveTo(centre - w / 2, top + band);
            path.lineTo(centre + w / 2, top + band);
            path.lineTo(centre + next / 2, top + band + gap);
            path.lineTo(centre - next / 2, top + band + gap);
            path.closeSubpath();
            p.setBrush(QColor(0xdd, 0xe6, 0xf0));
            p.drawPath(path);
        }
        p.setPen(stageColour(k, n).lightness() > 140 ? Qt::black : Qt::white);
        p.setFont(bold);
        const QString number = QLocale().toString(funnel.steps[k].count);
        if (QFontMetricsF(bold, p.device()).horizontalAdvance(number) < w - 4) {
            p.drawText(bar, Qt::AlignCenter, number);
        } else {
            p.setPen(Qt::black);
            p.drawText(QRectF(bar.right() + 4, top, area, band), Qt::AlignLeft | Qt::AlignVCenter, number);
        }
        p.setPen(Qt::black);
        p.setFont(font);
        p.drawText(QRectF(box.left(), top, labelWidth - band * 0.4, band), Qt::AlignRight | Qt::AlignVCenter | Qt::TextWordWrap,
                   funnel.steps[k].label);
    }
}

Result<PrintedDocument> ProcessDocument::blankFicha(EventFile &file)
{
    TRY_LET(c, contextOf(file));
    PrintedDocument document(tr("Ficha informativa de actividad priorizada"));
    EventHeader::applyRunningHeader(document, c->details);
    document.addTitle(tr("Ficha informativa de actividad priorizada"));
    document.addSubtitle(u"%1 — %2"_s.arg(c->process.name, c->process.institution));
    document.addParagraph(tr("Fill in one ficha per activity, in capital letters. Ficha No. ______"));
    PrintedDocument::Table table;
    table.columns = {{tr("Field"), 35}, {tr("To fill in"), 65}};
    table.minimumRowHeightMm = 19;
    table.rows.append({{Initiatives::organisationLabel(), {}, true}, {{}, {}, false}});
    for (FichaField f : valuesOf<FichaField>())
        table.rows.append({{displayNameOf(f), {}, true}, {{}, {}, false}});
    document.addTable(table);
    return document;
}

Result<PrintedDocument> ProcessDocument::ficha(EventFile &file, qint64 initiativeId)
{
    TRY_LET(c, contextOf(file));
    TRY_LET(found, InitiativeRepository(file).initiative(initiativeId));
    if (!found->has_value())
        return Error{tr("There is no initiative %1.").arg(initiativeId)};
    const Initiative &i = **found;
    PrintedDocument document(tr("Ficha %1").arg(i.id));
    EventHeader::applyRunningHeader(document, c->details);
    document.addTitle(tr("Ficha informativa de actividad priorizada"));
    document.addSubtitle(tr("Ficha %1 — %2").arg(i.id).arg(c->process.name));
    PrintedDocument::Table table;
    table.columns = {{tr("Field"), 35}, {tr("Content"), 65}};
    table.rows.append({{Initiatives::organisationLabel(), {}, true}, {orDash(i.organisation), {}, false}});
    for (FichaField f : valuesOf<FichaField>())
        table.rows.append({{displayNameOf(f), {}, true}, {orDash(i.field(f)), {}, false}});
    document.addTable(table);
    const QStringList missing = Initiatives::missing(i);
    if (!missing.isEmpty())
        document.addParagraph(tr("Incomplete ficha; it lacks: %1.").arg(missing.join(u"; "_s)));
    const ProcessStage *st = c->process.stage(i.stage);
    document.addFields({{tr("Stage reached"), st ? Initiatives::stageTitle(*st) : Initiatives::roman(i.stage)},
                        {tr("Status"), displayNameOf(i.status)},
                        {tr("Source"), orDash(i.source)}});
    return document;
}

Result<PrintedDocument> ProcessDocument::reasonedResponse(EventFile &file)
{
    TRY_LET(c, contextOf(file));
    TRY_LET(standings, ScoringRepository(file).standings());
    TRY_LET(decisions, InitiativeDecisionRepository(file).decisions());
    QHash<qint64, QList<InitiativeDecision>> history;
    for (const InitiativeDecision &d : std::as_const(*decisions))
        history[d.initiativeId].append(d);

    const Process &process = c->process;
    const Funnel funnel = Funnel::from(process, *standings);
    PrintedDocument document(tr("Reasoned response"));
    EventHeader::applyRunningHeader(document, c->details);
    document.addTitle(tr("Reasoned response to the initiatives"));
    document.addSubtitle(u"%1 — %2"_s.arg(process.name, process.institution));
    QStringList counts;
    for (const Funnel::Step &s : funnel.steps)
        counts.append(u"%1: %2"_s.arg(s.label).arg(s.count));
    document.addParagraph(tr("Every initiative received in the process, who proposed it, what was decided about it at each stage, with its "
                             "score and the reason. Initiatives per stage: %1.")
                              .arg(counts.join(u"; "_s)));

    PrintedDocument::Table perStage;
    perStage.columns = {{tr("Gerencia or organisation"), 60}};
    for (const Funnel::Step &step : funnel.steps)
        perStage.columns.append({step.label, 20, Qt::AlignRight});
    for (const Funnel::Organisation &o : funnel.organisations) {
        QList<PrintedDocument::Cell> row{{o.name, {}, false}};
        for (int count : o.counts)
            row.append({QString::number(count), {}, false});
        perStage.rows.append(row);
    }
    QList<PrintedDocument::Cell> total{{tr("Total"), {}, true}};
    for (const Funnel::Step &step : funnel.steps)
        total.append({QString::number(step.count), {}, true});
    perStage.rows.append(total);
    document.addHeading(tr("Initiatives per stage and per Gerencia"));
    document.addTable(perStage);

    // The picture: the funnel, then each Gerencia's own.
    const Funnel picture = funnel;
    const QString pictureTitle = tr("The funnel: initiatives per stage");
    const QString perOrganisation = tr("Per Gerencia or organisation");
    const QString legend = tr("Each bar: the initiatives a Gerencia submitted; the darker parts, those that reached each later stage.");
    // Drawn between the running header and the footer like every other
    // page. The first page holds the funnel and as many Gerencias as fit;
    // when only a few would be left over, the rows close up so that no page
    // is left nearly empty.
    QStringList stageNames;
    for (const Funnel::Step &step : picture.steps)
        stageNames.append(step.label);
    const int organisations = int(picture.organisations.size());
    constexpr qreal RowMm = 9.5, TightRowMm = 8.0, FunnelMm = 80, HeadMm = 8 + 12 + 7;
    // The band a framed page has on A4 (297 mm less the margins, header and
    // footer), measured on the first page drawn; estimated here to plan.
    const qreal firstPageRows = [&] {
        const qreal band = 297 - 2 * 10 - 11 - 9 - 2;
        return (band - (10 + 4 + FunnelMm + 8) - HeadMm) / RowMm;
    }();
    int onFirst = std::min(organisations, int(firstPageRows));
    qreal firstRowMm = RowMm;
    if (organisations > onFirst && organisations - onFirst <= 6 && organisations * TightRowMm <= firstPageRows * RowMm) {
        onFirst = organisations;
        firstRowMm = firstPageRows * RowMm / organisations;
    }
    constexpr int RowsPerPage = 24;
    const int rest = organisations - onFirst;
    const int organisationPages = 1 + (rest + RowsPerPage - 1) / RowsPerPage;
    for (int page = 0; page < organisationPages; ++page) {
        document.addFramedPage([=](PageCanvas &canvas) {
            QPainter &p = canvas.painter();
            const qreal left = 0, right = canvas.paperMm().width();
            qreal y = 2;
            if (page == 0) {
                y += canvas.drawText({left, y, right - left, 10}, pictureTitle, {14, 9, 1, true});
                y += 4;
                ProcessDocument::paintFunnel(p, canvas.rect({left, y, right - left, FunnelMm}), picture, 11);
                y += FunnelMm + 8;
            }
            y += canvas.drawText({left, y, right - left, 8}, perOrganisation, {12, 9, 1, true});
            y += canvas.drawText({left, y, right - left, 12}, legend, {9, 9, 2, false});
            // The key: each stage's swatch and name.
            qreal x = left;
            for (int k = 0; k < stageNames.size(); ++k) {
                fillStage(p, canvas.rect({x, y + 1.5, 6, 4}), k, int(stageNames.size()));
                p.setPen(Qt::black);
                p.setBrush(Qt::NoBrush);
                p.drawRect(canvas.rect({x, y + 1.5, 6, 4}));
                const qreal textWidth = (right - left) / stageNames.size() - 9;
                canvas.drawText({x + 7.5, y, textWidth, 7}, stageNames[k], {9, 9, 1, false, Qt::AlignLeft | Qt::AlignVCenter});
                x += (right - left) / stageNames.size();
            }
            y += 8;
            int widest = 1;
            for (const Funnel::Organisation &o : picture.organisations)
                widest = std::max(widest, o.counts.value(0));
            const int rows = page == 0 ? onFirst : RowsPerPage;
            const qreal rowMm = page == 0 ? firstRowMm : RowMm;
            const qreal nameWidth = 62, countWidth = 24;
            const qreal barLeft = left + nameWidth + 2, barWidth = right - left - nameWidth - countWidth - 4;
            const int start = page == 0 ? 0 : onFirst + (page - 1) * RowsPerPage;
            for (int r = start; r < std::min<int>(start + rows, organisations); ++r) {
                const Funnel::Organisation &o = picture.organisations[r];
                p.setPen(Qt::black);
                canvas.drawText({left, y, nameWidth, rowMm - 0.5}, o.name, {9, 9, 2, false, Qt::AlignLeft | Qt::AlignVCenter});
                const qreal barHeight = std::min<qreal>(6, rowMm - 3);
                for (int k = 0; k < o.counts.size(); ++k) {
                    const qreal w = barWidth * o.counts[k] / widest;
                    const qreal inset = 0.8 * k;
                    if (w > 0)
                        fillStage(p, canvas.rect({barLeft, y + (rowMm - barHeight) / 2 + inset, w, barHeight - 2 * inset}), k,
                                  int(o.counts.size()));
                }
                p.setPen(Qt::black);
                QStringList numbers;
                for (int count : o.counts)
                    numbers.append(QString::number(count));
                canvas.drawText({right - countWidth, y, countWidth, rowMm - 0.5}, numbers.join(u" → "_s),
                                {9, 9, 1, false, Qt::AlignRight | Qt::AlignVCenter});
                y += rowMm;
            }
        });
    }

    document.addHeading(tr("Initiatives and their fate"));
    PrintedDocument::Table table;
    table.columns = {{tr("No."), 7, Qt::AlignRight}, {tr("Initiative and who proposed it"), 38}, {tr("Outcome"), 15},
                     {tr("What happened at each stage, with score and reason"), 60}};
    for (const InitiativeStanding &s : std::as_const(*standings)) {
        const Initiative &i = s.initiative;
        QStringList lines;
        for (const InitiativeDecision &d : history.value(i.id)) {
            const ProcessStage *st = process.stage(d.stage);
            const QString stage = st ? Initiatives::roman(st->number) : Initiatives::roman(d.stage);
            QString line = u"%1. %2"_s.arg(stage, displayNameOf(d.kind));
            if (d.kind == DecisionKind::Entered) {
                line += u" ("_s + QLocale().toString(d.at.toLocalTime().date(), QLocale::ShortFormat) + u")"_s;
            } else {
                if (!d.reason.isEmpty())
                    line += u": "_s + d.reason;
                if (d.commitmentId)
                    line += u" — "_s + tr("commitment %1").arg(*d.commitmentId);
                line += u" ("_s + QLocale().toString(d.at.toLocalTime().date(), QLocale::ShortFormat) + u")"_s;
            }
            lines.append(line);
        }
        const ProcessStage *reached = process.stage(i.stage);
        table.rows.append({{QString::number(i.id), {}, false},
                           {i.title(), orDash(i.organisation), false},
                           {displayNameOf(i.status), tr("stage %1").arg(Initiatives::roman(reached ? reached->number : i.stage)), false},
                           {lines.join(u'\n'), {}, false}});
    }
    if (table.rows.isEmpty())
        document.addParagraph(tr("No initiative has been received yet."));
    else
        document.addTable(table);
    return document;
}

} // namespace taller
