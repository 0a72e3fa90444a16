#include "ActaService.h"

#include "acta/ActaDocument.h"

namespace taller {

Status ActaService::announced(Status status, Sections sections)
{
    if (status)
        m_session.announce(sections);
    return status;
}

Result<ActaVersion> ActaService::current() const
{
    return repository().current();
}

Result<QList<ActaVersion>> ActaService::versions() const
{
    return repository().versions();
}

Result<ActaStatus> ActaService::status() const
{
    return repository().status();
}

Result<QList<Signatory>> ActaService::signatories(int version) const
{
    return repository().signatories(version);
}

Result<ActaContent> ActaService::content(int version) const
{
    return repository().content(version);
}

Status ActaService::setTexts(const QString &preamble, const QString &closing)
{
    return announced(repository().setTexts(preamble, closing));
}

Result<Signatory> ActaService::addSignatory(const Signatory &signatory)
{
    auto added = repository().addSignatory(signatory);
    if (added)
        m_session.announce(Section::Acta);
    return added;
}

Status ActaService::updateSignatory(const Signatory &signatory)
{
    return announced(repository().updateSignatory(signatory));
}

Status ActaService::removeSignatory(qint64 signatoryId)
{
    return announced(repository().removeSignatory(signatoryId));
}

Result<SealKey> ActaService::newKey(const QString &path)
{
    return SealKey::create(path);
}

Result<SealKey> ActaService::loadKey(const QString &path)
{
    return SealKey::load(path);
}

Result<SealPublicKey> ActaService::loadPublicKey(const QString &path)
{
    return SealPublicKey::load(path);
}

Result<QString> ActaService::close(const SealKey *key)
{
    auto fingerprint = repository().close(key);
    // Closing freezes the commitments too: their pages lock.
    if (fingerprint)
        m_session.announce(Section::Acta | Section::Commitments);
    return fingerprint;
}

Status ActaService::sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing, const SealKey *key)
{
    return announced(repository().sign(signatoryId, kind, drawing, key));
}

Status ActaService::clearSignature(qint64 signatoryId, const SealKey *key)
{
    return announced(repository().clearSignature(signatoryId, key));
}

Result<int> ActaService::correct(const QString &reason)
{
    auto version = repository().correct(reason);
    if (version)
        m_session.announce(Section::Acta | Section::Commitments);
    return version;
}

Result<ActaVerification> ActaService::verify(const SealPublicKey *publicKey) const
{
    return repository().verify(publicKey);
}

Result<PrintedDocument> ActaService::document(std::optional<int> version) const
{
    return ActaDocument::build(m_session.file(), m_meeting.id, version);
}

Result<std::optional<int>> ActaService::frozenIn(qint64 commitmentId) const
{
    return repository().lockingVersion(commitmentId);
}

} // namespace taller
