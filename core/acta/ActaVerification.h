#pragma once

#include "acta/ActaRepository.h"

namespace taller {

// What verify found in a meeting's acta.
struct ActaVerification
{
    bool ok = false;
    // The latest closed version (the one a paper acta in force carries); 0
    // when a version was removed and none closed is left.
    int version = 0;
    QString recordedFingerprint;
    QString computedFingerprint;
    QString sealKeyId;
    // Every closed version, oldest first, with its recorded fingerprint.
    QList<std::pair<int, QString>> fingerprints;
    QStringList differences;
    // What the check cannot vouch for (not failures): signatures an older
    // version of the program recorded without a chain.
    QStringList notes;
};

// Checks every version of a meeting's acta: each closed one's text against
// its fingerprint and against the file's rows (version, times, texts, the
// commitments it froze, signatories; for the version in force, the
// commitments, tabla and agreements themselves), the chain of corrections and
// versions removed from it, each signature against its chained record, and
// the seals. With a public key, every closed version and every signature
// record must carry a seal made by that key. What no file can prove by
// itself, that no later version was removed whole, the paper's fingerprint
// or the published index can: the result names the version in force.
class ActaVerifier
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaVerifier)

public:
    explicit ActaVerifier(EventFile &file, qint64 meeting = WorkshopMeetingId)
        : m_file(file)
        , m_meeting(meeting)
    {}

    Result<ActaVerification> verify(const SealPublicKey *publicKey = nullptr);

private:
    // Versions removed: a gap in the numbers, or rows of other tables that
    // name a version the file no longer holds.
    Status verifyNoneRemoved(const QList<ActaRepository::Version> &all, ActaVerification &result) const;
    Status verifyVersion(const ActaRepository::Version &v, const ActaRepository::Version *previous,
                         const SealPublicKey *publicKey, bool inForce, ActaVerification &result);
    Status verifySignatures(const ActaRepository::Version &v, const ActaContent &recorded,
                            const SealPublicKey *publicKey, ActaVerification &result);
    // What the file shows now of what recorded froze.
    Result<ActaContent> liveContentFor(const ActaContent &recorded, bool withCommitments);

    EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller
