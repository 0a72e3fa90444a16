#pragma once

#include "printing/PrintedDocument.h"
#include "acta/Acta.h"

namespace taller {

class EventFile;

// The Acta de Compromisos as it is signed: where and when, who took part,
// every approved commitment in full, the agreements table, and a signature
// place for each signatory. Every page carries the version and fingerprint;
// an acta not yet closed is marked BORRADOR.
class ActaDocument
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaDocument)
public:
    static PrintedDocument build(const ActaContent &content, bool closed, const QString &fingerprint);
    // The version in force, or the given one.
    static Result<PrintedDocument> build(EventFile &file, std::optional<int> version = std::nullopt);
};

} // namespace taller
