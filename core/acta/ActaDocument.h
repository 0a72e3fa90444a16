#pragma once

#include "printing/PrintedDocument.h"
#include "acta/Acta.h"

namespace taller {

class EventFile;

// An acta as it is signed. The Acta de Compromisos: where and when, who took part,
// every approved commitment in full, the agreements table, and a signature
// place for each signatory. Every page carries the version and fingerprint;
// an acta not yet closed is marked BORRADOR.
class ActaDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaDocument)
public:
    static PrintedDocument build(const ActaContent &content, bool closed, const QString &fingerprint);
    // The acta of a meeting: the version in force, or the given one.
    static Result<PrintedDocument> build(EventFile &file, qint64 meeting, std::optional<int> version = std::nullopt);
    // When an acta was closed for signature, written out as the record states
    // it, on paper and on screen: "viernes, 4 de diciembre de 2026, 13:18"
    // (local time).
    static QString closedAtText(const QDateTime &closedAt);

private:
    // The minutes of a meeting, laid out as such minutes are: attendees,
    // tabla, desarrollo, the agreements table, signatures, the attendance
    // as an annex.
    static PrintedDocument buildMinutes(const ActaContent &content, bool closed, const QString &fingerprint);
};

} // namespace taller
