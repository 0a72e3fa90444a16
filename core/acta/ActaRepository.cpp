#include "acta/ActaRepository.h"

#include "acta/ActaFreeze.h"

#include "registration/CheckinRepository.h"
#include "base/Clock.h"
#include "mesas/CommitmentRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "meetings/MeetingRepository.h"
#include "registration/AttendeeRepository.h"
#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QString VersionColumns =
    u"version, replaces, correction_reason, preamble, closing, closed_at, canonical_text, fingerprint, canonical_format, "
    "seal_public_key, seal"_s;
const QString SignatoryColumns = u"id, name, document, role, organisation, side, signed_at, signature_kind, drawing"_s;

ActaRepository::Version versionFromRow(const SqlStatement &row)
{
    RowReader r(row);
    ActaRepository::Version v;
    v.version = r.number();
    v.replaces = r.optional<int>();
    v.correctionReason = r.text();
    v.preamble = r.text();
    v.closing = r.text();
    v.closedAtText = r.text();
    v.canonicalText = r.text();
    v.fingerprint = r.text();
    v.format = r.number();
    v.sealPublicKey = r.text();
    v.seal = r.text();
    // The text as recorded goes into the canonical text; people read local time.
    v.closedAt = QDateTime::fromString(v.closedAtText, Qt::ISODateWithMs).toLocalTime();
    return v;
}

std::optional<SignatureKind> signatureKindFrom(const std::optional<QString> &stored)
{
    if (!stored)
        return std::nullopt;
    return fromKey<SignatureKind>(*stored).value_or(SignatureKind::Paper);
}

Signatory signatoryFromRow(const SqlStatement &row)
{
    RowReader r(row);
    return {.id = r.id(),
            .name = r.text(),
            .document = r.text(),
            .position = r.text(),
            .organisation = r.text(),
            .side = Actas::sideFromText(r.text()).value_or(SignatorySide::Government),
            .signedAt = r.localTime(),
            .signatureKind = signatureKindFrom(r.optional<QString>()),
            .drawing = Actas::decodeDrawing(r.text())};
}

QString now()
{
    return Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
}

QString drawingHash(const QString &encoded)
{
    return encoded.isEmpty() ? QString() : ActaContent::fingerprintOf(encoded);
}

bool sameText(const QString &a, const QString &b)
{
    return a.normalized(QString::NormalizationForm_C) == b.normalized(QString::NormalizationForm_C);
}

} // namespace

QString ActaRepository::Version::sealKeyId() const
{
    auto key = SealPublicKey::fromHex(sealPublicKey);
    return key ? key->id() : QString();
}

Result<ActaRepository::Version> ActaRepository::current()
{
    // Read first: every page and verb asks for the acta in force, and only
    // the very first asker needs to write.
    auto latest = [this]() -> Result<std::optional<Version>> {
        SqlStatement query(m_file.database(), u"SELECT "_s + VersionColumns + u" FROM acta WHERE meeting_id = ? ORDER BY version DESC LIMIT 1"_s);
        query.bind(m_meeting);
        TRY(query.exec());
        return query.next() ? std::optional(versionFromRow(query)) : std::nullopt;
    };
    auto found = latest();
    if (!found || found->has_value())
        return found ? Result<Version>(found->value()) : Result<Version>(found.error());

    TRY(m_file.write([&]() -> Status {
        TRY_LET(meeting, MeetingRepository(m_file).find(m_meeting));
        QString preamble = QString(u""_s), closing = Actas::defaultMinutesClosing();
        if (meeting->isWorkshop()) {
            TRY_LET(details, EventRepository(m_file).load());
            preamble = Actas::defaultPreamble(*details);
            closing = Actas::defaultClosing();
        }
        // Another desk may have made it meanwhile.
        SqlStatement insert(m_file.database(),
                            u"INSERT OR IGNORE INTO acta (meeting_id, version, preamble, closing) VALUES (?, 1, ?, ?)"_s);
        insert.bind(m_meeting).bind(preamble).bind(closing);
        return insert.exec();
    }));
    found = latest();
    if (!found)
        return found.error();
    return found->value();
}

Result<QList<ActaRepository::Version>> ActaRepository::versions() const
{
    return SqlStatement::rows(m_file.database(), u"SELECT "_s + VersionColumns + u" FROM acta WHERE meeting_id = ? ORDER BY version"_s,
                              {m_meeting}, versionFromRow);
}

Result<ActaRepository::Version> ActaRepository::version(int number) const
{
    return SqlStatement::requiredRow(
        m_file.database(), u"SELECT "_s + VersionColumns + u" FROM acta WHERE meeting_id = ? AND version = ?"_s,
        {m_meeting, number}, versionFromRow, Error{tr("There is no version %1 of the acta.").arg(number)});
}

Result<ActaStatus> ActaRepository::status()
{
    TRY_LET(v, current());
    if (!v->isClosed())
        return ActaStatus::Draft;
    TRY_LET(people, signatories(v->version));
    return statusOf(*v, *people);
}

ActaStatus ActaRepository::statusOf(const Version &version, const QList<Signatory> &signatories)
{
    if (!version.isClosed())
        return ActaStatus::Draft;
    const bool allSigned = !signatories.isEmpty() && std::ranges::all_of(signatories, &Signatory::hasSigned);
    return allSigned ? ActaStatus::Signed : ActaStatus::Closed;
}

Status ActaRepository::requireDraft(const QString &what)
{
    TRY(current()); // a first version to edit
    return ActaFreeze(m_file, m_meeting).requireDraft(what);
}

Status ActaRepository::setTexts(const QString &preamble, const QString &closing)
{
    return m_file.write([&]() -> Status {
        TRY(requireDraft(tr("its text")));
        SqlStatement update(m_file.database(),
                            u"UPDATE acta SET preamble = ?, closing = ? WHERE meeting_id = ? "
                            "AND version = (SELECT max(version) FROM acta WHERE meeting_id = ?)"_s);
        update.bind(preamble).bind(closing).bind(m_meeting).bind(m_meeting);
        return update.exec();
    });
}

Result<QList<Signatory>> ActaRepository::signatories(int version) const
{
    return SqlStatement::rows(
        m_file.database(),
        u"SELECT "_s + SignatoryColumns + u" FROM signatory WHERE meeting_id = ? AND acta_version = ? ORDER BY position, id"_s,
        {m_meeting, version}, signatoryFromRow);
}

Result<Signatory> ActaRepository::signatoryById(qint64 id) const
{
    return SqlStatement::requiredRow(m_file.database(),
                                     u"SELECT "_s + SignatoryColumns +
                                         u", acta_version FROM signatory WHERE id = ? AND meeting_id = ?"_s,
                                     {id, m_meeting}, signatoryFromRow, Error{tr("There is no signatory %1.").arg(id)});
}

Result<Signatory> ActaRepository::addSignatory(const Signatory &signatory)
{
    Signatory added = signatory;
    TRY(m_file.write([&]() -> Status {
        TRY(requireDraft(tr("its signatories")));
        if (added.name.trimmed().isEmpty())
            return Error{tr("A signatory needs a name.")};
        TRY_LET(id, SqlStatement::insert(
                        m_file.database(),
                        u"INSERT INTO signatory (meeting_id, acta_version, position, name, document, role, organisation, side) "
                        "VALUES (?, (SELECT max(version) FROM acta WHERE meeting_id = ?), "
                        "(SELECT coalesce(max(position), 0) + 1 FROM signatory), ?, ?, ?, ?, ?)"_s,
                        {m_meeting, m_meeting, added.name.simplified(), added.document.simplified(),
                         added.position.simplified(), added.organisation.simplified(), keyOf(added.side)}));
        added.id = *id;
        return {};
    }));
    return added;
}

Status ActaRepository::updateSignatory(const Signatory &signatory)
{
    return m_file.write([&]() -> Status {
        TRY(requireDraft(tr("its signatories")));
        SqlStatement update(m_file.database(),
                            u"UPDATE signatory SET name = ?, document = ?, role = ?, organisation = ?, side = ? "
                            "WHERE id = ? AND meeting_id = ? AND acta_version = (SELECT max(version) FROM acta WHERE meeting_id = ?)"_s);
        update.bind(signatory.name.simplified())
            .bind(signatory.document.simplified())
            .bind(signatory.position.simplified())
            .bind(signatory.organisation.simplified())
            .bind(keyOf(signatory.side))
            .bind(signatory.id)
            .bind(m_meeting)
            .bind(m_meeting);
        return update.exec();
    });
}

Status ActaRepository::removeSignatory(qint64 id)
{
    return m_file.write([&]() -> Status {
        TRY(requireDraft(tr("its signatories")));
        SqlStatement remove(m_file.database(), u"DELETE FROM signatory WHERE id = ? AND meeting_id = ? "
                                                "AND acta_version = (SELECT max(version) FROM acta WHERE meeting_id = ?)"_s);
        remove.bind(id).bind(m_meeting).bind(m_meeting);
        return remove.exec();
    });
}

Result<ActaContent> ActaRepository::draftContent()
{
    TRY_LET(v, current());
    ActaContent content;
    content.version = v->version;
    content.replaces = v->replaces;
    content.correctionReason = v->correctionReason;
    content.preamble = v->preamble;
    content.closing = v->closing;
    TRY_LET(meeting, MeetingRepository(m_file).find(m_meeting));
    if (!meeting->isWorkshop()) {
        content.meeting = *meeting;
        return draftMinutes(std::move(content));
    }
    TRY_LET(details, EventRepository(m_file).load());
    content.event = *details;
    // Who took part: everyone who passed the desk, and everyone seated at a
    // mesa who did not (a mesa's member was there). After a purge only the
    // counts kept at the desk remain.
    SqlStatement took(m_file.database(),
                      u"SELECT a.sector, count(*) FROM attendee a WHERE a.id IN (SELECT attendee_id FROM mesa_member) OR "_s
                          + AttendeeRepository::latestAction(m_meeting) + u" = 'check_in' GROUP BY a.sector"_s);
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
    for (const Commitment &c : std::as_const(*commitments)) {
        if (c.status == CommitmentStatus::Approved)
            content.commitments.append(c);
    }
    TRY_LET(people, signatories(v->version));
    content.signatories = *people;
    return content;
}

Result<ActaContent> ActaRepository::draftMinutes(ActaContent content)
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
    TRY_LET(people, signatories(content.version));
    content.signatories = *people;
    return content;
}

Result<ActaContent> ActaRepository::content(int number)
{
    TRY_LET(v, version(number));
    if (!v->isClosed()) {
        TRY_LET(latest, current());
        if (latest->version != number)
            return Error{tr("Version %1 of the acta was never closed.").arg(number)};
        return draftContent();
    }
    TRY_LET(parsed, ActaContent::parse(v->canonicalText));
    if (!parsed->textCoversClosing()) { // format 1 kept them beside the text
        parsed->closedAt = v->closedAtText;
        parsed->sealKeyId = v->sealKeyId();
    }
    // Signatures came after closing: take them from the record.
    TRY_LET(people, signatories(number));
    for (Signatory &s : parsed->signatories) {
        for (const Signatory &recorded : std::as_const(*people)) {
            if (recorded.id == s.id) {
                s.signedAt = recorded.signedAt;
                s.signatureKind = recorded.signatureKind;
                s.drawing = recorded.drawing;
            }
        }
    }
    return parsed;
}

Result<ActaContent> ActaRepository::closableContent(const SealKey *seal)
{
    if (Status draft = requireDraft(tr("it")); !draft)
        return Error{tr("Version %1 of the acta is already closed.").arg(current()->version)};
    TRY_LET(content, draftContent());
    if (content->kind == ActaKind::Commitments && content->commitments.isEmpty())
        return Error{tr("The acta has no approved commitments yet: decide on them in the plenary first.")};
    if (content->kind == ActaKind::Minutes && content->items.isEmpty() && content->agreements.isEmpty())
        return Error{tr("The minutes have no tabla and no agreements yet: write what was discussed and agreed first.")};
    if (content->signatories.isEmpty())
        return Error{tr("The acta has no signatories yet: add who signs for the government and for civil society.")};
    if (content->replaces) {
        TRY_LET(replaced, version(*content->replaces));
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

Result<QString> ActaRepository::close(const SealKey *seal)
{
    QString fingerprint;
    Status status = m_file.write([&]() -> Status {
        TRY_LET(content, closableContent(seal));
        content->format = content->kind == ActaKind::Minutes ? ActaContent::CurrentMinutesFormat : ActaContent::CurrentFormat;
        content->closedAt = now();
        if (seal)
            content->sealKeyId = seal->publicKey().id();
        const QString text = content->canonicalText();
        fingerprint = ActaContent::fingerprintOf(text);
        SqlStatement update(m_file.database(),
                            u"UPDATE acta SET closed_at = ?, canonical_text = ?, fingerprint = ?, canonical_format = ?, "
                            "seal_public_key = ?, seal = ? WHERE meeting_id = ? AND version = ?"_s);
        update.bind(content->closedAt)
            .bind(text)
            .bind(fingerprint)
            .bind(content->format)
            .bind(seal ? QVariant(seal->publicKey().hex()) : QVariant())
            .bind(seal ? QVariant(seal->sign(text.toUtf8())) : QVariant())
            .bind(m_meeting)
            .bind(content->version);
        TRY(update.exec());
        SqlStatement freeze(m_file.database(), u"INSERT INTO acta_commitment (meeting_id, acta_version, commitment_id) VALUES (?, ?, ?)"_s);
        for (const Commitment &c : std::as_const(content->commitments)) {
            freeze.bind(m_meeting).bind(content->version).bind(c.id);
            TRY(freeze.exec());
        }
        return {};
    });
    if (!status)
        return status.error();
    return fingerprint;
}

Result<int> ActaRepository::correct(const QString &reason)
{
    int next = 0;
    TRY(m_file.write([&]() -> Status {
        TRY_LET(v, current());
        if (!v->isClosed())
            return Error{tr("Version %1 of the acta is still a draft: edit it directly.").arg(v->version)};
        if (reason.trimmed().isEmpty())
            return Error{tr("Say why the acta is being corrected; the new version records it.")};
        next = v->version + 1;
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO acta (meeting_id, version, replaces, correction_reason, preamble, closing) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s);
        insert.bind(m_meeting)
            .bind(next).bind(v->version).bind(reason.trimmed()).bind(v->preamble).bind(v->closing);
        TRY(insert.exec());
        // The same people sign again, with no signature yet.
        SqlStatement copy(m_file.database(),
                          u"INSERT INTO signatory (meeting_id, acta_version, position, name, document, role, organisation, side) "
                          "SELECT meeting_id, ?, position, name, document, role, organisation, side FROM signatory "
                          "WHERE meeting_id = ? AND acta_version = ? ORDER BY position, id"_s);
        copy.bind(next).bind(m_meeting).bind(v->version);
        return copy.exec();
    }));
    return next;
}

Status ActaRepository::appendSignatureRecord(const Version &v, const Signatory &signatory, ActaSignatureRecord record,
                                             const SealKey *seal)
{
    if (v.isSealed() && !seal)
        return Error{tr("Version %1 of the acta is sealed with the key %2: a signature is recorded only with that key "
                        "(choose it in the preferences, or give --seal KEYFILE).")
                         .arg(v.version)
                         .arg(v.sealKeyId())};
    if (seal && !v.isSealed())
        return Error{tr("Version %1 of the acta was closed without a seal, so its signatures cannot be sealed.").arg(v.version)};
    if (seal && seal->publicKey().hex() != v.sealPublicKey)
        return Error{tr("Version %1 of the acta is sealed with the key %2, not with %3.")
                         .arg(v.version)
                         .arg(v.sealKeyId(), seal->publicKey().id())};
    SqlStatement last(m_file.database(),
                      u"SELECT sequence, record_hash FROM acta_signature WHERE meeting_id = ? AND acta_version = ? "
                      "ORDER BY sequence DESC LIMIT 1"_s);
    last.bind(m_meeting).bind(v.version);
    TRY(last.exec());
    record.actaVersion = v.version;
    record.actaFingerprint = v.fingerprint;
    record.sequence = last.next() ? last.value(0).toInt() + 1 : 1;
    record.previous = record.sequence == 1 ? v.fingerprint : last.value(1).toString();
    record.signatoryId = signatory.id;
    record.signatoryName = signatory.name;
    const QString text = record.text();
    SqlStatement insert(m_file.database(),
                        u"INSERT INTO acta_signature (meeting_id, acta_version, sequence, signatory_id, record, record_hash, seal) "
                        "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(m_meeting)
        .bind(v.version)
        .bind(record.sequence)
        .bind(signatory.id)
        .bind(text)
        .bind(ActaSignatureRecord::hashOf(text))
        .bind(seal ? QVariant(seal->sign(text.toUtf8())) : QVariant());
    return insert.exec();
}

Status ActaRepository::sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing, const SealKey *seal)
{
    return m_file.write([&]() -> Status {
        TRY_LET(v, current());
        if (!v->isClosed())
            return Error{tr("Close the acta for signature before anyone signs it.")};
        TRY_LET(signatory, signatoryById(signatoryId));
        if (kind == SignatureKind::Drawn && drawing.isEmpty())
            return Error{tr("The drawn signature is empty.")};
        const QString at = now();
        const QString encoded = kind == SignatureKind::Drawn ? Actas::encodeDrawing(drawing) : QString();
        SqlStatement update(m_file.database(),
                            u"UPDATE signatory SET signed_at = ?, signature_kind = ?, drawing = ? "
                            "WHERE id = ? AND meeting_id = ? AND acta_version = ?"_s);
        update.bind(at)
            .bind(keyOf(kind))
            .bind(kind == SignatureKind::Drawn ? QVariant(encoded) : QVariant())
            .bind(signatoryId)
            .bind(m_meeting)
            .bind(v->version);
        TRY(update.exec());
        if (update.rowsAffected() != 1)
            return Error{tr("%1 signs an earlier version of the acta, not version %2.").arg(signatory->name).arg(v->version)};
        ActaSignatureRecord record;
        record.action = ActaSignatureRecord::Action::Signed;
        record.signedAt = at;
        record.kind = kind;
        record.drawingSha256 = drawingHash(encoded);
        return appendSignatureRecord(*v, *signatory, record, seal);
    });
}

Status ActaRepository::clearSignature(qint64 signatoryId, const SealKey *seal)
{
    return m_file.write([&]() -> Status {
        TRY_LET(v, current());
        if (!v->isClosed())
            return Error{tr("The acta is not closed, so nobody has signed it.")};
        TRY_LET(signatory, signatoryById(signatoryId));
        SqlStatement update(m_file.database(),
                            u"UPDATE signatory SET signed_at = NULL, signature_kind = NULL, drawing = NULL "
                            "WHERE id = ? AND meeting_id = ? AND acta_version = ? AND signed_at IS NOT NULL"_s);
        update.bind(signatoryId).bind(m_meeting).bind(v->version);
        TRY(update.exec());
        if (update.rowsAffected() != 1)
            return {}; // nothing to clear
        ActaSignatureRecord record;
        record.action = ActaSignatureRecord::Action::Cleared;
        return appendSignatureRecord(*v, *signatory, record, seal);
    });
}

Result<ActaContent> ActaRepository::liveContentFor(const ActaContent &recorded, bool withCommitments)
{
    ActaContent live = recorded;
    if (recorded.kind == ActaKind::Minutes && withCommitments) {
        // What the minutes froze: the tabla and the agreements as they stand.
        MeetingRepository meetings(m_file);
        TRY_LET(items, meetings.items(m_meeting));
        live.items = *items;
        TRY_LET(agreements, meetings.agreements(m_meeting));
        live.agreements = *agreements;
    } else if (withCommitments) {
        live.commitments.clear();
        CommitmentRepository commitments(m_file);
        for (const Commitment &c : recorded.commitments) {
            TRY_LET(found, commitments.find(c.id));
            if (found->has_value())
                live.commitments.append(found->value());
        }
    }
    TRY_LET(people, signatories(recorded.version));
    live.signatories = *people;
    return live;
}

Status ActaRepository::verifySignatures(const Version &v, const ActaContent &recorded, const SealPublicKey *publicKey,
                                        Verification &result)
{
    auto differ = [&](const QString &what) { result.differences << tr("version %1: %2").arg(v.version).arg(what); };
    const auto storedKey = SealPublicKey::fromHex(v.sealPublicKey);

    // The chain: each record names the fingerprint and the record before it.
    SqlStatement chain(m_file.database(),
                       u"SELECT sequence, signatory_id, record, record_hash, seal FROM acta_signature "
                       "WHERE meeting_id = ? AND acta_version = ? ORDER BY sequence, id"_s);
    chain.bind(m_meeting).bind(v.version);
    TRY(chain.exec());
    QHash<qint64, ActaSignatureRecord> lastBySignatory;
    QString previous = v.fingerprint;
    int expected = 1;
    while (chain.next()) {
        const int sequence = chain.value(0).toInt();
        const qint64 signatoryId = chain.value(1).toLongLong();
        const QString text = chain.value(2).toString();
        const QString hash = chain.value(3).toString();
        const QString seal = chain.value(4).toString();
        const QString which = tr("signature record %1").arg(sequence);
        if (ActaSignatureRecord::hashOf(text) != hash)
            differ(tr("%1 no longer matches its hash").arg(which));
        auto record = ActaSignatureRecord::parse(text);
        if (!record) {
            differ(which + u": "_s + record.errorMessage());
            continue;
        }
        if (sequence != expected || record->sequence != sequence)
            differ(tr("%1 is out of sequence: record %2 was expected (one was removed, added or moved)").arg(which).arg(expected));
        if (record->previous != previous)
            differ(tr("%1 does not follow the record before it").arg(which));
        if (record->actaVersion != v.version || record->actaFingerprint != v.fingerprint)
            differ(tr("%1 belongs to another acta (version %2, fingerprint %3)")
                       .arg(which)
                       .arg(record->actaVersion)
                       .arg(record->actaFingerprint.left(16)));
        if (record->signatoryId != signatoryId)
            differ(tr("%1 names signatory %2 but the file says %3").arg(which).arg(record->signatoryId).arg(signatoryId));
        if (std::none_of(recorded.signatories.begin(), recorded.signatories.end(),
                         [&](const Signatory &s) { return s.id == record->signatoryId; }))
            differ(tr("%1 is for signatory %2, who is not in the acta").arg(which).arg(record->signatoryId));
        if (v.isSealed() || publicKey) {
            if (seal.isEmpty())
                differ(tr("%1 is not sealed, though the acta is").arg(which));
            else if (!(publicKey ? *publicKey : storedKey ? *storedKey : SealPublicKey()).verifies(text.toUtf8(), seal))
                differ(publicKey ? tr("%1 was not sealed by the key %2").arg(which, publicKey->id())
                                 : tr("%1's seal does not match it").arg(which));
        }
        lastBySignatory.insert(record->signatoryId, *record);
        previous = hash;
        expected = sequence + 1;
    }

    // Each signatory's signature as the file shows it must be the one its
    // latest record says.
    SqlStatement people(m_file.database(),
                        u"SELECT id, name, signed_at, signature_kind, drawing FROM signatory WHERE meeting_id = ? AND acta_version = ? "
                        "ORDER BY position, id"_s);
    people.bind(m_meeting).bind(v.version);
    TRY(people.exec());
    int legacy = 0;
    while (people.next()) {
        const qint64 id = people.value(0).toLongLong();
        const QString name = people.value(1).toString();
        const QString signedAt = people.value(2).toString();
        const bool isSigned = !people.value(2).isNull();
        const QString kind = people.value(3).toString();
        const QString drawing = people.value(4).toString();
        const auto found = lastBySignatory.constFind(id);
        if (found == lastBySignatory.cend()) {
            if (!isSigned && people.value(3).isNull() && people.value(4).isNull())
                continue;
            if (recorded.mayHoldUnchainedSignatures() && isSigned) {
                ++legacy;
                continue;
            }
            differ(tr("%1 appears as signed (%2) but no signature was ever recorded").arg(name, signedAt));
            continue;
        }
        const ActaSignatureRecord &r = *found;
        if (r.action == ActaSignatureRecord::Action::Cleared) {
            if (isSigned || !people.value(3).isNull())
                differ(tr("%1 appears as signed (%2) but the signature was cleared").arg(name, signedAt));
            continue;
        }
        const QString recordedKind = keyOf(r.kind.value_or(SignatureKind::Paper));
        if (!isSigned)
            differ(tr("%1 signed at %2 (%3), but the file no longer shows it").arg(name, r.signedAt, recordedKind));
        else if (signedAt != r.signedAt)
            differ(tr("%1's signature: recorded at %2, now %3").arg(name, r.signedAt, signedAt));
        if (isSigned && kind != recordedKind)
            differ(tr("%1's signature: recorded \"%2\", now \"%3\"").arg(name, recordedKind, kind));
        if (isSigned && drawingHash(drawing) != r.drawingSha256)
            differ(tr("%1's drawn signature is not the one recorded").arg(name));
    }
    if (legacy > 0)
        result.notes << tr("version %1 was closed by an earlier version of the program: %n signature(s) made before this "
                           "version are not covered by its fingerprint; the paper acta is their proof.",
                           nullptr, legacy)
                            .arg(v.version);
    return {};
}

Status ActaRepository::verifyVersion(const Version &v, const Version *previous, const SealPublicKey *publicKey, bool inForce,
                                     Verification &result)
{
    auto differ = [&](const QString &what) { result.differences << tr("version %1: %2").arg(v.version).arg(what); };
    const QString computed = ActaContent::fingerprintOf(v.canonicalText);
    if (computed != v.fingerprint)
        differ(tr("its recorded text no longer matches its fingerprint"));
    auto recorded = ActaContent::parse(v.canonicalText);
    if (!recorded) {
        differ(recorded.errorMessage());
        return {};
    }
    if (recorded->fingerprint() != ActaContent::fingerprintOf(v.canonicalText))
        differ(tr("its recorded text is not in canonical form"));
    if (recorded->format != v.format)
        differ(tr("the file says its text is in format %1, the text says %2").arg(v.format).arg(recorded->format));

    // The row must say what the fingerprinted text says.
    if (recorded->version != v.version)
        differ(tr("the file numbers it %1, its text says version %2").arg(v.version).arg(recorded->version));
    if (recorded->replaces != v.replaces)
        differ(tr("the file says it replaces %1, its text says %2")
                   .arg(v.replaces ? QString::number(*v.replaces) : tr("none"),
                        recorded->replaces ? QString::number(*recorded->replaces) : tr("none")));
    if (!sameText(recorded->correctionReason, v.correctionReason))
        differ(tr("the reason for the correction differs from its text"));
    if (!sameText(recorded->preamble, v.preamble))
        differ(tr("the preamble differs from its text"));
    if (!sameText(recorded->closing, v.closing))
        differ(tr("the closing text differs from its text"));
    if (recorded->textCoversClosing() && recorded->closedAt != v.closedAtText)
        differ(tr("closed at %1 according to its text, the file says %2").arg(recorded->closedAt, v.closedAtText));

    // The chain of corrections.
    const int expectedReplaces = previous ? previous->version : 0;
    if (recorded->replaces.value_or(0) != expectedReplaces)
        differ(previous ? tr("it should replace version %1").arg(previous->version) : tr("the first version replaces none"));
    if (recorded->textCoversClosing() && previous && recorded->replacesFingerprint != previous->fingerprint)
        differ(tr("the fingerprint of the version it replaces is not version %1's").arg(previous->version));

    // The seal.
    // A text in a format that names its key must name the key the file
    // holds; one from before (minutes of format 1) is checked against the
    // stored key alone.
    const auto storedKey = SealPublicKey::fromHex(v.sealPublicKey);
    if (!recorded->sealKeyId.isEmpty() || v.isSealed()) {
        if (!storedKey)
            differ(tr("its text names the sealing key \"%1\", the file holds \"%2\"")
                       .arg(recorded->sealKeyId, v.sealPublicKey.left(16)));
        else if (recorded->textCoversClosing() && storedKey->id() != recorded->sealKeyId)
            differ(tr("its text names the sealing key \"%1\", the file holds \"%2\"").arg(recorded->sealKeyId, storedKey->id()));
        else if (!storedKey->verifies(v.canonicalText.toUtf8(), v.seal))
            differ(tr("its seal does not match its text"));
    } else if (previous && previous->isSealed()) {
        differ(tr("it is not sealed, though version %1 was").arg(previous->version));
    }
    if (publicKey) {
        if (!v.isSealed())
            differ(tr("it is not sealed, so the key %1 cannot vouch for it").arg(publicKey->id()));
        else if (!publicKey->verifies(v.canonicalText.toUtf8(), v.seal))
            differ(tr("it was not sealed by the key %1").arg(publicKey->id()));
    }

    // The commitments it froze: the rows that lock them, and, for the version
    // in force, the commitments themselves.
    SqlStatement frozen(m_file.database(), u"SELECT commitment_id FROM acta_commitment WHERE meeting_id = ? AND acta_version = ? "
                                             "ORDER BY commitment_id"_s);
    frozen.bind(m_meeting).bind(v.version);
    TRY(frozen.exec());
    QList<qint64> rows;
    while (frozen.next())
        rows << frozen.value(0).toLongLong();
    QList<qint64> ids;
    for (const Commitment &c : std::as_const(recorded->commitments))
        ids << c.id;
    std::sort(ids.begin(), ids.end());
    if (rows != ids) {
        QStringList a, b;
        for (qint64 id : std::as_const(ids))
            a << QString::number(id);
        for (qint64 id : std::as_const(rows))
            b << QString::number(id);
        differ(tr("it froze commitments %1; the file now lists %2").arg(a.join(u", "_s), b.isEmpty() ? tr("none") : b.join(u", "_s)));
    }
    TRY_LET(live, liveContentFor(*recorded, inForce));
    for (const QString &difference : Actas::differences(*recorded, *live))
        differ(difference);
    return verifySignatures(v, *recorded, publicKey, result);
}

Status ActaRepository::verifyNoneRemoved(const QList<Version> &all, Verification &result) const
{
    // Numbered 1 to the last, with no gap: a gap is a version removed.
    QSet<int> present;
    for (const Version &v : all)
        present.insert(v.version);
    const int last = all.isEmpty() ? 0 : all.last().version;
    for (int n = 1; n < last; ++n) {
        if (!present.contains(n))
            result.differences << tr("version %1 is not in the file, though version %2 follows it: a version was removed")
                                      .arg(n)
                                      .arg(last);
    }
    // What a version leaves in other tables names it after it is gone.
    const auto orphans = SqlStatement::rows(
        m_file.database(),
        u"SELECT kind, acta_version FROM (SELECT 'signatory' AS kind, acta_version FROM signatory WHERE meeting_id = ? "
        "UNION SELECT 'signature', acta_version FROM acta_signature WHERE meeting_id = ? "
        "UNION SELECT 'commitment', acta_version FROM acta_commitment WHERE meeting_id = ?) "
        "WHERE acta_version NOT IN (SELECT version FROM acta WHERE meeting_id = ?) ORDER BY 2, 1"_s,
        {m_meeting, m_meeting, m_meeting, m_meeting}, [](const SqlStatement &row) { return std::pair(row.value(0).toString(), row.value(1).toInt()); });
    if (!orphans)
        return orphans.error();
    for (const auto &[kind, version] : *orphans) {
        const QString what = kind == u"signatory"_s   ? tr("signatories")
                             : kind == u"signature"_s ? tr("signature records")
                                                      : tr("frozen commitments");
        result.differences << tr("the file holds %1 of version %2, which is not in the file: a version was removed").arg(what).arg(version);
    }
    return {};
}

Result<ActaRepository::Verification> ActaRepository::verify(const SealPublicKey *publicKey)
{
    TRY_LET(all, versions());
    Verification result;
    TRY(verifyNoneRemoved(*all, result));
    const auto closed = std::find_if(all->rbegin(), all->rend(), [](const Version &v) { return v.isClosed(); });
    if (closed == all->rend()) {
        // Nothing closed is left, and something says a version was there.
        if (!result.differences.isEmpty())
            return result;
        return Error{tr("The acta has not been closed yet, so there is no fingerprint to verify.")};
    }

    result.version = closed->version;
    result.recordedFingerprint = closed->fingerprint;
    result.computedFingerprint = ActaContent::fingerprintOf(closed->canonicalText);
    result.sealKeyId = closed->sealKeyId();
    const Version *previous = nullptr;
    for (int i = 0; i < all->size(); ++i) {
        const Version &v = all->at(i);
        if (v.version != i + 1)
            result.differences << tr("the versions should be numbered 1 to %1, but version %2 is number %3")
                                      .arg(all->size())
                                      .arg(i + 1)
                                      .arg(v.version);
        if (!v.isClosed()) {
            if (i + 1 < all->size())
                result.differences << tr("version %1 was never closed, yet a later version exists").arg(v.version);
            if (!v.canonicalText.isEmpty() || !v.fingerprint.isEmpty() || !v.seal.isEmpty())
                result.differences << tr("version %1 is a draft that carries a closed acta's text").arg(v.version);
            continue;
        }
        result.fingerprints.append({v.version, v.fingerprint});
        const bool inForce = i + 1 == all->size();
        TRY(verifyVersion(v, previous, publicKey, inForce, result));
        previous = &v;
    }
    result.ok = result.differences.isEmpty();
    return result;
}

} // namespace taller
