#pragma once

#include "base/Result.h"
#include "printing/PrintedDocument.h"
#include "process/ProcessRepository.h"

#include <QCoreApplication>

class QPainter;

namespace taller {

class EventFile;

// How many initiatives reached each stage, in all and per Gerencia.
struct Funnel
{
    struct Step
    {
        QString label;
        int count = 0;
    };
    struct Organisation
    {
        QString name;
        // Per step, in the order of steps.
        QList<int> counts;
    };
    QList<Step> steps;
    QList<Organisation> organisations;

    static Funnel from(const Process &process, const QList<InitiativeStanding> &standings);
};

// The process's printed pages: the blank ficha to fill by hand, each filled
// ficha, and the reasoned response with its funnel.
class ProcessDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::ProcessDocument)
public:
    static Result<PrintedDocument> blankFicha(EventFile &file);
    static Result<PrintedDocument> ficha(EventFile &file, qint64 initiativeId);
    static Result<PrintedDocument> reasonedResponse(EventFile &file);

    // The funnel (counts per stage) drawn into box; shared with the window.
    static void paintFunnel(QPainter &painter, const QRectF &box, const Funnel &funnel, qreal pointSize);
};

} // namespace taller
