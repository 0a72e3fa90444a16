#pragma once

#include "base/EnumTable.h"
#include "base/Result.h"
#include "registration/Attendee.h"
#include "mesas/Commitment.h"
#include "event/EventDetails.h"
#include "meetings/Meeting.h"

#include <QCoreApplication>
#include <QMap>
#include <QPointF>

namespace taller {

enum class SignatorySide { Government, CivilSociety };
enum class SignatureKind { Paper, Drawn };

// A hand-drawn signature: strokes of points in a unit box (0..1 each way,
// y down), so that it prints crisp at any size.
using SignatureDrawing = QList<QList<QPointF>>;

struct Signatory
{
    qint64 id = 0;
    QString name;
    QString document;
    QString position;
    QString organisation;
    SignatorySide side = SignatorySide::Government;
    QDateTime signedAt;
    std::optional<SignatureKind> signatureKind;
    SignatureDrawing drawing;

    bool hasSigned() const { return signedAt.isValid(); }
    bool operator==(const Signatory &) const = default;
};

// Who attended a meeting, as its minutes name them.
struct MinutesAttendee
{
    QString name;
    QString position;
    QString organisation;
    bool operator==(const MinutesAttendee &) const = default;
};

// What the plenary did with a mesa's commitment that is not in the acta as
// approved: merged into another commitment, or withdrawn. The Acta de
// Compromisos gives this account from format 4.
struct PlenaryAccountEntry
{
    qint64 id = 0;
    QString mesaCode;
    QString title;
    CommitmentStatus status = CommitmentStatus::Withdrawn;
    // With Merged: the commitment it joined, and that commitment's mesa and
    // title as they stood when the acta was closed.
    std::optional<qint64> mergedInto;
    QString mergedIntoMesa;
    QString mergedIntoTitle;
    QString plenaryNote;

    bool operator==(const PlenaryAccountEntry &) const = default;
};

// The Acta de Compromisos of the workshop, or the minutes (acta de reunión,
// acta de acuerdos) of any other meeting: two texts, one mechanism of
// closing, fingerprint, seal, signatures and verification.
enum class ActaKind { Commitments, Minutes };

// What an acta says: everything that is frozen and fingerprinted when it is
// closed. Signatures are not part of it; they come after, as records chained
// to the fingerprint (ActaSignatureRecord).
struct ActaContent
{
    // Format 1 (version 0.1.0): the event, participants, texts, commitments
    // and signatories. Format 2 adds when it was closed, the fingerprint of the
    // version it replaces, the sealing key's identifier and each commitment's
    // status. An acta keeps the format it was closed with.
    // 3 adds the plenary's note on each commitment, printed with it.
    // 4 adds the plenary's account: every mesa commitment it merged into
    // another or withdrew (decisions).
    static constexpr int CurrentFormat = 4;
    // Minutes: format 1 is the first. Format 2 adds, as the acta's format 2
    // did, when they were closed, the fingerprint of the version they replace
    // and the sealing key's identifier: everything their printed page shows.
    static constexpr int CurrentMinutesFormat = 2;
    // Sizes checked before anything is allocated from a stored text.
    static constexpr qsizetype MaxTextLength = 16 * 1024 * 1024;

    ActaKind kind = ActaKind::Commitments;
    int format = CurrentFormat;

    // Whether the canonical text itself says when it was closed, what it
    // replaces (by fingerprint) and which key sealed it: format 2 on, for the
    // Acta de Compromisos and for minutes alike. Before, the file's row says
    // it beside the text.
    bool textCoversClosing() const { return format >= 2; }
    // Only an Acta de Compromisos closed by version 0.1.0 (format 1) may hold
    // signatures made before signatures were chained; every other acta and
    // all minutes chained each one from the start.
    bool mayHoldUnchainedSignatures() const { return kind == ActaKind::Commitments && format == 1; }
    int version = 1;
    std::optional<int> replaces;
    QString replacesFingerprint;
    QString correctionReason;
    // UTC, ISO 8601 with milliseconds, exactly as the file records it.
    QString closedAt;
    QString sealKeyId;
    EventDetails event;
    int participants = 0;
    QMap<Sector, int> participantsBySector;
    QString preamble;
    QString closing;
    QList<Commitment> commitments;
    // Format 4 on: what the plenary merged or withdrew, in the commitments'
    // order.
    QList<PlenaryAccountEntry> plenaryAccount;
    bool textCoversPlenaryAccount() const { return kind == ActaKind::Commitments && format >= 4; }
    // Minutes: the meeting, who attended, the tabla with its desarrollo and
    // the agreements.
    Meeting meeting;
    QList<MinutesAttendee> attendees;
    QList<MeetingItem> items;
    QList<Agreement> agreements;
    QList<Signatory> signatories;

    // The canonical text: fixed field order, one "key: value" line each with
    // line breaks escaped, Unicode NFC, LF endings.
    QString canonicalText() const;
    // SHA-256 of the canonical text in UTF-8, lower-case hex.
    QString fingerprint() const;
    static QString fingerprintOf(const QString &canonicalText);
    // Reads back a canonical text (a closed acta is printed from it); every
    // count is checked against the lines the text holds.
    static Result<ActaContent> parse(const QString &canonicalText);
};

// A signature made on a closed acta, or one cleared: a record that names the
// acta's fingerprint and the hash of the record before it (the fingerprint
// itself for the first), so no signature can be cleared, added or changed in
// the file without breaking the chain.
struct ActaSignatureRecord
{
    enum class Action { Signed, Cleared };

    int actaVersion = 0;
    QString actaFingerprint;
    int sequence = 1;
    QString previous;
    qint64 signatoryId = 0;
    QString signatoryName;
    Action action = Action::Signed;
    QString signedAt; // UTC ISO 8601 with milliseconds, as recorded
    std::optional<SignatureKind> kind;
    QString drawingSha256; // of the encoded drawing; empty when on paper

    QString text() const;
    QString hash() const { return hashOf(text()); }
    static QString hashOf(const QString &text);
    static Result<ActaSignatureRecord> parse(const QString &text);
};

enum class ActaStatus { Draft, Closed, Signed };

class Actas
{
    Q_DECLARE_TR_FUNCTIONS(taller::Actas)
public:
    // A side as the file writes it (civil_society) or as a person types it
    // on the command line (civil-society).
    static std::optional<SignatorySide> sideFromText(const QString &text);

    static QString defaultPreamble(const EventDetails &event);
    static QString defaultClosing();
    static QString defaultMinutesClosing();

    static QString encodeDrawing(const SignatureDrawing &drawing);
    static SignatureDrawing decodeDrawing(const QString &text);
    // SHA-256 of an encoded drawing, as a signature record names it; empty
    // for a signature on paper.
    static QString drawingHash(const QString &encoded);

    // What differs between two versions of the content, field by field.
    static QStringList differences(const ActaContent &recorded, const ActaContent &now);
};

// The words of these enumerations: core/vocabulary/Vocabulary.cpp.
const EnumTable<SignatorySide> &enumTable(SignatorySide);
const EnumTable<SignatureKind> &enumTable(SignatureKind);
const EnumTable<ActaStatus> &enumTable(ActaStatus);

} // namespace taller
