#pragma once

#include "base/EventFile.h"
#include "acta/Acta.h"
#include "acta/ActaSeal.h"
#include "meetings/Meeting.h"

namespace taller {

// The acta of one meeting and its versions: the Acta de Compromisos of the
// workshop, the minutes of any other meeting. The latest version is the one in
// force: a draft can be edited; closing freezes its canonical text and
// fingerprint; signatures are then recorded against it; a correction opens a
// new draft version that says which one it replaces, leaving the old intact.
class ActaRepository
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaRepository)

public:
    struct Version
    {
        int version = 1;
        std::optional<int> replaces;
        QString correctionReason;
        QString preamble;
        QString closing;
        QDateTime closedAt;
        QString closedAtText; // as recorded: UTC, ISO 8601 with milliseconds
        QString canonicalText;
        QString fingerprint;
        int format = 0; // of the canonical text; 0 while a draft
        QString sealPublicKey; // hex; empty when not sealed
        QString seal;

        bool isClosed() const { return closedAt.isValid(); }
        bool isSealed() const { return !sealPublicKey.isEmpty(); }
        // The short identifier of the key that sealed it, or empty.
        QString sealKeyId() const;
    };

    struct Verification
    {
        bool ok = false;
        // The latest closed version (the one a paper acta in force carries);
        // 0 when a version was removed and none closed is left.
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

    explicit ActaRepository(EventFile &file, qint64 meeting = WorkshopMeetingId) : m_file(file), m_meeting(meeting) {}

    // The version in force, making version 1 with the default texts if none.
    Result<Version> current();
    Result<QList<Version>> versions() const;
    Result<Version> version(int number) const;
    Result<ActaStatus> status();
    // Draft, Closed, or Signed once every one of its signatories has signed.
    static ActaStatus statusOf(const Version &version, const QList<Signatory> &signatories);

    Status setTexts(const QString &preamble, const QString &closing);

    Result<QList<Signatory>> signatories(int version) const;
    Result<Signatory> addSignatory(const Signatory &signatory);
    Status updateSignatory(const Signatory &signatory);
    Status removeSignatory(qint64 id);

    // What the acta of version would say: the frozen text once closed, the
    // event's data as it stands for a draft.
    Result<ActaContent> content(int version);
    Result<ActaContent> draftContent();

    // Freezes the current draft in the current canonical format; with a key,
    // seals it. Returns its fingerprint.
    // The draft as it would be closed, or why it cannot be yet: already
    // closed, nothing to sign, nobody to sign it, a correction of a sealed
    // version without its key.
    Result<ActaContent> closableContent(const SealKey *seal = nullptr);
    Result<QString> close(const SealKey *seal = nullptr);
    // Opens a new draft version replacing the closed one.
    Result<int> correct(const QString &reason);
    // A signature (or its clearing) on the closed version in force, recorded
    // and chained to its fingerprint. A sealed acta needs its key here too.
    Status sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing = {}, const SealKey *seal = nullptr);
    Status clearSignature(qint64 signatoryId, const SealKey *seal = nullptr);

    // Checks every version: each closed one's text against its fingerprint and
    // against the file's rows (version, times, texts, commitments it froze,
    // signatories), the chain of corrections, each signature against its
    // chained record, and the seals. With a public key, every closed version
    // and every signature record must carry a seal made by that key.
    Result<Verification> verify(const SealPublicKey *publicKey = nullptr);

private:
    Result<Signatory> signatoryById(qint64 id) const;
    // The version in force (made if there is none yet), refused unless a
    // draft: what names what would change.
    Status requireDraft(const QString &what);
    Result<ActaContent> liveContentFor(const ActaContent &recorded, bool withCommitments);
    Status appendSignatureRecord(const Version &v, const Signatory &signatory, ActaSignatureRecord record, const SealKey *seal);
    Status verifyVersion(const Version &v, const Version *previous, const SealPublicKey *publicKey, bool inForce,
                         Verification &result);
    // Versions removed: a gap in the numbers, or rows of other tables that
    // name a version the file no longer holds.
    Status verifyNoneRemoved(const QList<Version> &all, Verification &result) const;
    Status verifySignatures(const Version &v, const ActaContent &recorded, const SealPublicKey *publicKey, Verification &result);

    Result<ActaContent> draftMinutes(ActaContent content);

    EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller
