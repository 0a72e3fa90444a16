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

Result<QString> ActaService::close()
{
    auto fingerprint = repository().close();
    // Closing freezes the commitments too: their pages lock.
    if (fingerprint)
        m_session.announce(Section::Acta | Section::Commitments);
    return fingerprint;
}

Status ActaService::sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing)
{
    return announced(repository().sign(signatoryId, kind, drawing));
}

Status ActaService::clearSignature(qint64 signatoryId)
{
    return announced(repository().clearSignature(signatoryId));
}

Result<int> ActaService::correct(const QString &reason)
{
    auto version = repository().correct(reason);
    if (version)
        m_session.announce(Section::Acta | Section::Commitments);
    return version;
}

Result<ActaVerification> ActaService::verify() const
{
    return repository().verify();
}

Result<PrintedDocument> ActaService::document(std::optional<int> version) const
{
    return ActaDocument::build(m_session.file(), version);
}

} // namespace taller
