#pragma once

#include "EventSession.h"
#include "participants/BadgeDocument.h"
#include "participants/CertificateDocument.h"

namespace taller {

// What participants take home: name badges and constancias de participación.
class ParticipantsService
{
    Q_DECLARE_TR_FUNCTIONS(taller::ParticipantsService)
public:
    explicit ParticipantsService(EventSession &session, MeetingRef meeting = {}) : m_session(session), m_meeting(meeting) {}

    // A sheet of badges for the people selection names.
    Result<PrintedDocument> badges(const BadgeSelection &selection, const BadgeLayout &layout) const;
    // One constancia per person checked in, all in one document.
    Result<PrintedDocument> certificates(const CertificateSigner &signer) const;
    // One PDF per person checked in, in directory, named by document; all
    // are written, or none. Returns the files written.
    // With a certificate, each is signed with it.
    Result<QStringList> writeCertificates(const CertificateSigner &signer, const QString &directory,
                                          const SigningCertificate *certificate = nullptr) const;

private:
    EventSession &m_session;
    MeetingRef m_meeting;
};

} // namespace taller
