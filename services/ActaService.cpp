#include "ActaService.h"

#include "acta/ActaClosing.h"
#include "acta/ActaDocument.h"
#include "acta/ActaDraft.h"
#include "acta/ActaFreeze.h"

namespace taller {

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
    return m_session.announced(repository().setTexts(preamble, closing), Section::Acta);
}

Result<Signatory> ActaService::addSignatory(const Signatory &signatory)
{
    return m_session.announced(repository().addSignatory(signatory), Section::Acta);
}

Status ActaService::updateSignatory(const Signatory &signatory)
{
    return m_session.announced(repository().updateSignatory(signatory), Section::Acta);
}

Status ActaService::removeSignatory(qint64 signatoryId)
{
    return m_session.announced(repository().removeSignatory(signatoryId), Section::Acta);
}

Result<SealKey> ActaService::newKey(const QString &path)
{
    return SealKey::create(path);
}

Result<SealKey> ActaService::loadKey(const QString &path)
{
    return SealKey::load(path);
}

Result<SealKey> ActaService::loadCertificateKey(const QString &path, const QString &password)
{
    return SealKey::loadCertificate(path, password);
}

Result<SealPublicKey> ActaService::sealCertificate() const
{
    TRY_LET(versions, this->versions());
    for (auto v = versions->crbegin(); v != versions->crend(); ++v) {
        if (!v->isClosed())
            continue;
        if (!v->isSealed())
            return Error{tr("Version %1 of the acta is not sealed.").arg(v->version)};
        TRY_LET(key, SealPublicKey::fromHex(v->sealPublicKey));
        if (!key->isCertificate())
            return Error{tr("Version %1 of the acta is sealed with the key %2, not with a certificate (give --public-key).")
                             .arg(v->version)
                             .arg(key->id())};
        return *key;
    }
    return Error{tr("The acta is not closed, so it has no seal.")};
}

Result<SealPublicKey> ActaService::loadPublicKey(const QString &path)
{
    return SealPublicKey::load(path);
}

Status ActaService::readyToClose(const SealKey *key)
{
    TRY(ActaDraft(m_session.file(), m_meeting.id).closable(key));
    return {};
}

Result<QString> ActaService::close(const SealKey *key)
{
    // Closing freezes the commitments too: their pages lock.
    return m_session.announced(ActaClosing(m_session.file(), m_meeting.id).close(key),
                               Section::Acta | Section::Commitments);
}

Status ActaService::sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing, const SealKey *key)
{
    return m_session.announced(ActaClosing(m_session.file(), m_meeting.id).sign(signatoryId, kind, drawing, key),
                               Section::Acta);
}

Status ActaService::clearSignature(qint64 signatoryId, const SealKey *key)
{
    return m_session.announced(ActaClosing(m_session.file(), m_meeting.id).clearSignature(signatoryId, key),
                               Section::Acta);
}

Result<int> ActaService::correct(const QString &reason)
{
    return m_session.announced(ActaClosing(m_session.file(), m_meeting.id).correct(reason),
                               Section::Acta | Section::Commitments);
}

Result<ActaVerification> ActaService::verify(const SealPublicKey *publicKey) const
{
    return ActaVerifier(m_session.file(), m_meeting.id).verify(publicKey);
}

Result<PrintedDocument> ActaService::document(std::optional<int> version) const
{
    return ActaDocument::build(m_session.file(), m_meeting.id, version);
}

Result<std::optional<int>> ActaService::frozenIn(qint64 commitmentId) const
{
    return ActaFreeze(m_session.file(), m_meeting.id).commitmentFrozenIn(commitmentId);
}

} // namespace taller
