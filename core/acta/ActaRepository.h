#pragma once

#include "base/EventFile.h"
#include "acta/Acta.h"
#include "acta/ActaSeal.h"
#include "meetings/Meeting.h"

namespace taller {

// The acta of one meeting as the file stores it: the Acta de Compromisos of
// the workshop, the minutes of any other meeting, each in versions. The
// latest version is the one in force; a draft's texts and signatories are
// edited here. What a draft would say is ActaDraft's; closing, signing and
// correcting are ActaClosing's; checking every version is ActaVerifier's; the
// rule that what a closed version froze cannot change is ActaFreeze's.
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
    Result<Signatory> signatory(qint64 id) const;
    Result<Signatory> addSignatory(const Signatory &signatory);
    Status updateSignatory(const Signatory &signatory);
    Status removeSignatory(qint64 id);

    // What a version says: the frozen text once closed, with the signatures
    // recorded since; the draft as the file stands (ActaDraft) otherwise.
    Result<ActaContent> content(int version);

private:
    // The version in force (made if there is none yet), refused unless a
    // draft: what names what would change.
    Status requireDraft(const QString &what);

    EventFile &m_file;
    qint64 m_meeting;
};

} // namespace taller
