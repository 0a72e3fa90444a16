#pragma once

#include "EventSession.h"
#include "acta/ActaRepository.h"
#include "acta/ActaVerification.h"
#include "acta/ActaSeal.h"
#include "printing/PrintedDocument.h"

namespace taller {

using ActaVersion = ActaRepository::Version;

// The Acta de Compromisos: its texts and signatories while a draft, closing
// it for signature, signatures, corrections as new versions, verification
// and the printed acta. The rules themselves live in core/acta/.
class ActaService
{
    Q_DECLARE_TR_FUNCTIONS(taller::ActaService)
public:
    explicit ActaService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}

    // The version in force (version 1 with the default texts on first use).
    Result<ActaVersion> current() const;
    Result<QList<ActaVersion>> versions() const;
    Result<ActaStatus> status() const;
    Result<QList<Signatory>> signatories(int version) const;
    Result<ActaContent> content(int version) const;
    // The closed version of the acta that holds this commitment, if any: its
    // fields are then frozen until a correction opens a new version.
    Result<std::optional<int>> frozenIn(qint64 commitmentId) const;

    Status setTexts(const QString &preamble, const QString &closing);
    Result<Signatory> addSignatory(const Signatory &signatory);
    Status updateSignatory(const Signatory &signatory);
    Status removeSignatory(qint64 signatoryId);

    // Makes an institution's signing key at path (mode 0600) and its public
    // key beside it (path.pub); refuses to overwrite either.
    static Result<SealKey> newKey(const QString &path);
    static Result<SealKey> loadKey(const QString &path);
    // The institution's certificate and key (PKCS#12) as the acta's seal.
    static Result<SealKey> loadCertificateKey(const QString &path, const QString &password);
    // The certificate that sealed the version in force; an Error when that
    // version is not sealed, or sealed with an Ed25519 key.
    Result<SealPublicKey> sealCertificate() const;
    static Result<SealPublicKey> loadPublicKey(const QString &path);

    // Whether close() would close it, asked before a person is asked to confirm.
    Status readyToClose(const SealKey *key = nullptr);
    // Freezes the draft, sealed with key when one is given; returns its
    // fingerprint.
    Result<QString> close(const SealKey *key = nullptr);
    // A sealed acta's signatures are sealed with the same key.
    Status sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing = {}, const SealKey *key = nullptr);
    Status clearSignature(qint64 signatoryId, const SealKey *key = nullptr);
    // Opens a new draft version replacing the closed one; returns its number.
    Result<int> correct(const QString &reason);

    // Checks every version; with publicKey, also that each was sealed by it.
    Result<ActaVerification> verify(const SealPublicKey *publicKey = nullptr) const;
    Result<PrintedDocument> document(std::optional<int> version = std::nullopt) const;

private:
    ActaRepository repository() const { return ActaRepository(m_session.file(), m_meeting.id); }

    EventSession &m_session;
    MeetingRef m_meeting;
};

} // namespace taller
