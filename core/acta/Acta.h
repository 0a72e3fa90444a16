#pragma once

#include "base/Result.h"
#include "registration/Attendee.h"
#include "mesas/Commitment.h"
#include "event/EventDetails.h"

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

// What an acta says: everything that is frozen and fingerprinted when it is
// closed. Signatures are not part of it; they come after.
struct ActaContent
{
    int version = 1;
    std::optional<int> replaces;
    QString correctionReason;
    EventDetails event;
    int participants = 0;
    QMap<Sector, int> participantsBySector;
    QString preamble;
    QString closing;
    QList<Commitment> commitments;
    QList<Signatory> signatories;

    // The canonical text: fixed field order, one "key: value" line each with
    // line breaks escaped, Unicode NFC, LF endings.
    QString canonicalText() const;
    // SHA-256 of the canonical text in UTF-8, lower-case hex.
    QString fingerprint() const;
    static QString fingerprintOf(const QString &canonicalText);
    // Reads back a canonical text (a closed acta is printed from it).
    static Result<ActaContent> parse(const QString &canonicalText);
};

enum class ActaStatus { Draft, Closed, Signed };

class Actas
{
    Q_DECLARE_TR_FUNCTIONS(taller::Actas)
public:
    static QString key(SignatorySide side);
    static std::optional<SignatorySide> sideFromKey(const QString &key);
    static QString displayName(SignatorySide side);
    static QString key(ActaStatus status);
    static QString displayName(ActaStatus status);

    static QString defaultPreamble(const EventDetails &event);
    static QString defaultClosing();

    static QString encodeDrawing(const SignatureDrawing &drawing);
    static SignatureDrawing decodeDrawing(const QString &text);

    // What differs between two versions of the content, field by field.
    static QStringList differences(const ActaContent &recorded, const ActaContent &now);
};

} // namespace taller
