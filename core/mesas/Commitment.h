#pragma once

#include "base/EnumTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace taller {

// The OGP values a commitment serves.
enum class OgpValue { Transparency, Accountability, Participation, TechnologyAndInnovation };

// Where a commitment came from.
enum class CommitmentOrigin { Input, Proposed, Amended };

// Its way through the day.
enum class CommitmentStatus { Draft, Presented, Approved, Merged, Withdrawn };

struct Commitment
{
    qint64 id = 0;
    QString mesaCode;
    QString title;
    QString problem;
    QString description;
    QString actions;
    QString responsible;
    QString participants;
    QString resources;
    QString deadline;
    QString indicator;
    QList<OgpValue> values;
    CommitmentOrigin origin = CommitmentOrigin::Proposed;
    // For an input: the event and commitment it came from.
    QString source;
    CommitmentStatus status = CommitmentStatus::Draft;
    std::optional<qint64> mergedInto;
    QString plenaryNote;
    // How many times it was saved (1 when new): what a save is made from.
    qint64 revision = 1;

    // The same commitment, whatever revision each was read at.
    bool operator==(const Commitment &other) const;
};

// A commitment's free-text part by its stable key ("actions"), as files,
// sheets and the acta's canonical text name it.
struct CommitmentTextField
{
    const char16_t *key;
    QString Commitment::*member;
};

// The text of each part, for forms, lists and printed pages.
class Commitments
{
    Q_DECLARE_TR_FUNCTIONS(taller::Commitments)
public:
    // problem, description, actions, responsible, participants, resources,
    // deadline and indicator, in the order they are printed.
    static const QList<CommitmentTextField> &textFields();

    static std::optional<OgpValue> valueFromText(const QString &text);
    static QString valuesText(const QList<OgpValue> &values);

    // What a commitment still lacks to be measurable: how it will be done, who
    // answers for it, by when, and how it is measured.
    static QStringList missingForMeasurable(const Commitment &commitment);
    static bool isMeasurable(const Commitment &commitment) { return missingForMeasurable(commitment).isEmpty(); }

    // The labelled fields in the order they are printed and fingerprinted.
    static QList<std::pair<QString, QString>> fields(const Commitment &commitment);
};

// The words of these enumerations: core/vocabulary/Vocabulary.cpp.
const EnumTable<OgpValue> &enumTable(OgpValue);
const EnumTable<CommitmentOrigin> &enumTable(CommitmentOrigin);
const EnumTable<CommitmentStatus> &enumTable(CommitmentStatus);

} // namespace taller
