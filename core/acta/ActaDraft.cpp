#include "acta/ActaDraft.h"

#include "acta/ActaFreeze.h"
#include "base/SqlStatement.h"
#include "event/EventRepository.h"
#include "meetings/MeetingRepository.h"
#include "mesas/CommitmentRepository.h"
#include "registration/AttendeeRepository.h"
#include "registration/CheckinRepository.h"

#include <QHash>

namespace taller {

using namespace Qt::StringLiterals;

Result<ActaContent> ActaDraft::content()
{
    TRY_LET(v, m_acta.current());
    ActaContent content;
    content.version = v->version;
    content.replaces = v->replaces;
    content.correctionReason = v->correctionReason;
    content.preamble = v->preamble;
    content.closing = v->closing;
    TRY_LET(meeting, MeetingRepository(m_file).find(m_meeting));
    if (!meeting->isWorkshop()) {
        content.meeting = *meeting;
        return minutes(std::move(content));
    }
    TRY_LET(details, EventRepository(m_file).load());
    content.event = *details;
    // Who took part: everyone who passed the desk, and everyone seated at a
    // mesa who did not (a mesa's member was there). After a purge only the
    // counts kept at the desk remain.
    SqlStatement took(
        m_file.database(),
        u"SELECT a.sector, count(*) FROM attendee a WHERE a.id IN (SELECT attendee_id FROM mesa_member) OR "_s +
            AttendeeRepository::latestAction(m_meeting) + u" = 'check_in' GROUP BY a.sector"_s);
    TRY(took.exec());
    while (took.next()) {
        const int n = took.value(1).toInt();
        content.participants += n;
        content.participantsBySector[fromKey<Sector>(took.value(0).toString()).value_or(Sector::Other)] += n;
    }
    if (content.participants == 0) {
        TRY_LET(counts, CheckinRepository(m_file, {}, m_meeting).counts());
        content.participants = counts->checkedIn;
        for (auto it = counts->bySector.cbegin(); it != counts->bySector.cend(); ++it) {
            if (it->checkedIn > 0)
                content.participantsBySector.insert(it.key(), it->checkedIn);
        }
    }
    TRY_LET(commitments, CommitmentRepository(m_file).all());
    QHash<qint64, const Commitment *> byId;
    for (const Commitment &c : std::as_const(*commitments))
        byId.insert(c.id, &c);
    for (const Commitment &c : std::as_const(*commitments)) {
        if (c.status == CommitmentStatus::Approved)
            content.commitments.append(c);
        // The plenary's account: what it merged into another commitment or
        // withdrew, naming the commitment a merge joined.
        if (c.status == CommitmentStatus::Merged || c.status == CommitmentStatus::Withdrawn) {
            PlenaryAccountEntry e{c.id, c.mesaCode, c.title, c.status, {}, {}, {}, c.plenaryNote};
            if (c.status == CommitmentStatus::Merged && c.mergedInto) {
                e.mergedInto = c.mergedInto;
                if (const Commitment *target = byId.value(*c.mergedInto)) {
                    e.mergedIntoMesa = target->mesaCode;
                    e.mergedIntoTitle = target->title;
                }
            }
            content.plenaryAccount.append(e);
        }
    }
    TRY_LET(people, m_acta.signatories(v->version));
    content.signatories = *people;
    return content;
}

Result<ActaContent> ActaDraft::minutes(ActaContent content)
{
    content.kind = ActaKind::Minutes;
    content.format = ActaContent::CurrentMinutesFormat;
    TRY_LET(present, AttendeeRepository(m_file, m_meeting).checkedIn());
    for (const Attendee &a : std::as_const(*present))
        content.attendees.append({a.fullName(), a.position, a.organisation});
    content.participants = int(content.attendees.size());
    MeetingRepository meetings(m_file);
    TRY_LET(items, meetings.items(m_meeting));
    content.items = *items;
    TRY_LET(agreements, meetings.agreements(m_meeting));
    content.agreements = *agreements;
    TRY_LET(people, m_acta.signatories(content.version));
    content.signatories = *people;
    return content;
}

Result<ActaContent> ActaDraft::closable(const SealKey *seal)
{
    TRY_LET(content, this->content());
    TRY_LET(closed, ActaFreeze(m_file, m_meeting).closedVersionInForce());
    if (*closed)
        return Error{tr("Version %1 of the acta is already closed.").arg(**closed), ErrorKind::Refused};
    if (content->kind == ActaKind::Commitments && content->commitments.isEmpty())
        return Error{tr("The acta has no approved commitments yet: decide on them in the plenary first.")};
    if (content->kind == ActaKind::Minutes && content->items.isEmpty() && content->agreements.isEmpty())
        return Error{tr("The minutes have no tabla and no agreements yet: write what was discussed and agreed first.")};
    if (content->signatories.isEmpty())
        return Error{tr("The acta has no signatories yet: add who signs for the government and for civil society.")};
    if (content->replaces) {
        TRY_LET(replaced, m_acta.version(*content->replaces));
        content->replacesFingerprint = replaced->fingerprint;
        // A sealed acta stays sealed, by the same institution, through its corrections.
        if (replaced->isSealed() && (!seal || seal->publicKey().hex() != replaced->sealPublicKey))
            return Error{
                tr("Version %1 of the acta was sealed with the key %2: close its correction with the same key.")
                    .arg(replaced->version)
                    .arg(replaced->sealKeyId())};
    }
    return content;
}

} // namespace taller
