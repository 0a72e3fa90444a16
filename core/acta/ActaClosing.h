#pragma once

#include "acta/ActaRepository.h"

namespace taller {

// Closing a meeting's acta for signature, the signatures made on it, and its
// corrections. Closing freezes the draft's canonical text and fingerprint
// (sealed with the institution's key when one is given) and the commitments
// it holds; each signature, or its clearing, is a record chained to the
// fingerprint; a correction opens a new draft version that says which one it
// replaces, leaving the closed one intact.
class ActaClosing
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaClosing)

public:
    explicit ActaClosing(EventFile &file, qint64 meeting = WorkshopMeetingId)
        : m_file(file)
        , m_meeting(meeting)
    {}

    // Freezes the draft in the current canonical format; with a key, seals
    // it. Returns its fingerprint.
    Result<QString> close(const SealKey *seal = nullptr);
    // Opens a new draft version replacing the closed one; returns its number.
    Result<int> correct(const QString &reason);
    // A signature (or its clearing) on the closed version in force, recorded
    // and chained to its fingerprint. A sealed acta needs its key here too.
    Status sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing = {},
                const SealKey *seal = nullptr);
    Status clearSignature(qint64 signatoryId, const SealKey *seal = nullptr);

private:
    Status appendSignatureRecord(const ActaRepository::Version &v, const Signatory &signatory,
                                 ActaSignatureRecord record, const SealKey *seal);

    EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller
