#pragma once

#include "base/EventFile.h"
#include "acta/Acta.h"

namespace taller {

// The Acta de Compromisos and its versions. The latest version is the one in
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
        QString canonicalText;
        QString fingerprint;

        bool isClosed() const { return closedAt.isValid(); }
    };

    struct Verification
    {
        bool ok = false;
        int version = 0;
        QString recordedFingerprint;
        QString computedFingerprint;
        QStringList differences;
    };

    explicit ActaRepository(EventFile &file) : m_file(file) {}

    // The version in force, making version 1 with the default texts if none.
    Result<Version> current();
    Result<QList<Version>> versions() const;
    Result<Version> version(int number) const;
    Result<ActaStatus> status();

    Status setTexts(const QString &preamble, const QString &closing);

    Result<QList<Signatory>> signatories(int version) const;
    Result<Signatory> addSignatory(const Signatory &signatory);
    Status updateSignatory(const Signatory &signatory);
    Status removeSignatory(qint64 id);

    // What the acta of version would say: the frozen text once closed, the
    // event's data as it stands for a draft.
    Result<ActaContent> content(int version);
    Result<ActaContent> draftContent();

    // Freezes the current draft; returns its fingerprint.
    Result<QString> close();
    // Opens a new draft version replacing the closed one.
    Result<int> correct(const QString &reason);
    Status sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing = {});
    Status clearSignature(qint64 signatoryId);

    // Recomputes the fingerprint of the latest closed version from what the
    // file holds now and compares it, and the commitments and signatories it
    // froze, with the record.
    Result<Verification> verify();

    // The closed version a commitment is frozen in, if any.
    Result<std::optional<int>> lockingVersion(qint64 commitmentId) const;
    // The rule of the closed acta: a commitment frozen in the version in
    // force cannot be edited, decided on again or deleted until a correction
    // opens a new version.
    Status requireCommitmentEditable(qint64 commitmentId) const;

private:
    Result<Signatory> signatoryById(qint64 id) const;
    Status requireDraft(const QString &what);
    Result<ActaContent> liveContentFor(const ActaContent &recorded);

    EventFile &m_file;
};

} // namespace taller
