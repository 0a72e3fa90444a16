#include "ParticipantsService.h"

namespace taller {

Result<PrintedDocument> ParticipantsService::badges(const BadgeSelection &selection, const BadgeLayout &layout) const
{
    return BadgeDocument::build(m_session.file(), selection, layout);
}

Result<PrintedDocument> ParticipantsService::certificates(const CertificateSigner &signer) const
{
    return CertificateDocument::build(m_session.file(), signer);
}

Result<QStringList> ParticipantsService::writeCertificates(const CertificateSigner &signer, const QString &directory,
                                                          const SigningCertificate *certificate) const
{
    TRY_LET(data, CertificateDocument::load(m_session.file()));
    return CertificateDocument::writeEach(*data, signer, directory, certificate);
}

} // namespace taller
