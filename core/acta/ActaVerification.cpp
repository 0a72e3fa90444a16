#include "acta/ActaVerification.h"

#include "base/SqlStatement.h"
#include "meetings/MeetingRepository.h"
#include "mesas/CommitmentRepository.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.normalized(QString::NormalizationForm_C) == b.normalized(QString::NormalizationForm_C);
}

} // namespace

Status ActaVerifier::verifyNoneRemoved(const QList<ActaRepository::Version> &all, ActaVerification &result) const
{
    // Numbered 1 to the last, with no gap: a gap is a version removed.
    QSet<int> present;
    for (const ActaRepository::Version &v : all)
        present.insert(v.version);
    const int last = all.isEmpty() ? 0 : all.last().version;
    for (int n = 1; n < last; ++n) {
        if (!present.contains(n))
            result.differences
                << tr("version %1 is not in the file, though version %2 follows it: a version was removed")
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
        {m_meeting, m_meeting, m_meeting, m_meeting},
        [](const SqlStatement &row) { return std::pair(row.value(0).toString(), row.value(1).toInt()); });
    if (!orphans)
        return orphans.error();
    for (const auto &[kind, version] : *orphans) {
        const QString what = kind == u"signatory"_s   ? tr("signatories")
                             : kind == u"signature"_s ? tr("signature records")
                                                      : tr("frozen commitments");
        result.differences << tr("the file holds %1 of version %2, which is not in the file: a version was removed")
                                  .arg(what)
                                  .arg(version);
    }
    return {};
}

Result<ActaVerification> ActaVerifier::verify(const SealPublicKey *publicKey)
{
    TRY_LET(all, ActaRepository(m_file, m_meeting).versions());
    ActaVerification result;
    TRY(verifyNoneRemoved(*all, result));
    const auto closed =
        std::find_if(all->rbegin(), all->rend(), [](const ActaRepository::Version &v) { return v.isClosed(); });
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
    const ActaRepository::Version *previous = nullptr;
    for (int i = 0; i < all->size(); ++i) {
        const ActaRepository::Version &v = all->at(i);
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

Status ActaVerifier::verifyVersion(const ActaRepository::Version &v, const ActaRepository::Version *previous,
                                   const SealPublicKey *publicKey, bool inForce, ActaVerification &result)
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
        differ(previous ? tr("it should replace version %1").arg(previous->version)
                        : tr("the first version replaces none"));
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
            differ(tr("its text names the sealing key \"%1\", the file holds \"%2\"")
                       .arg(recorded->sealKeyId, storedKey->id()));
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
    SqlStatement frozen(m_file.database(),
                        u"SELECT commitment_id FROM acta_commitment WHERE meeting_id = ? AND acta_version = ? "
                        "ORDER BY commitment_id"_s);
    frozen.bind(m_meeting).bind(v.version);
    TRY(frozen.exec());
    QList<qint64> rows;
    while (frozen.next())
        rows << frozen.value(0).toLongLong();
    QList<qint64> ids;
    for (const Commitment &c : std::as_const(recorded->commitments))
        ids << c.id;
    for (const PlenaryAccountEntry &e : std::as_const(recorded->plenaryAccount))
        ids << e.id;
    std::sort(ids.begin(), ids.end());
    if (rows != ids) {
        QStringList a, b;
        for (qint64 id : std::as_const(ids))
            a << QString::number(id);
        for (qint64 id : std::as_const(rows))
            b << QString::number(id);
        differ(tr("it froze commitments %1; the file now lists %2")
                   .arg(a.join(u", "_s), b.isEmpty() ? tr("none") : b.join(u", "_s)));
    }
    TRY_LET(live, liveContentFor(*recorded, inForce));
    for (const QString &difference : Actas::differences(*recorded, *live))
        differ(difference);
    return verifySignatures(v, *recorded, publicKey, result);
}

Status ActaVerifier::verifySignatures(const ActaRepository::Version &v, const ActaContent &recorded,
                                      const SealPublicKey *publicKey, ActaVerification &result)
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
            differ(tr("%1 is out of sequence: record %2 was expected (one was removed, added or moved)")
                       .arg(which)
                       .arg(expected));
        if (record->previous != previous)
            differ(tr("%1 does not follow the record before it").arg(which));
        if (record->actaVersion != v.version || record->actaFingerprint != v.fingerprint)
            differ(tr("%1 belongs to another acta (version %2, fingerprint %3)")
                       .arg(which)
                       .arg(record->actaVersion)
                       .arg(record->actaFingerprint.left(16)));
        if (record->signatoryId != signatoryId)
            differ(
                tr("%1 names signatory %2 but the file says %3").arg(which).arg(record->signatoryId).arg(signatoryId));
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
    // A signature without a record is one an acta of 0.1.0 held when the
    // file was upgraded (listed then in acta_unchained_signature), or a
    // record removed.
    SqlStatement people(m_file.database(),
                        u"SELECT s.id, s.name, s.signed_at, s.signature_kind, s.drawing, u.signed_at FROM signatory s "
                        "LEFT JOIN acta_unchained_signature u ON u.meeting_id = s.meeting_id "
                        "AND u.acta_version = s.acta_version AND u.signatory_id = s.id "
                        "WHERE s.meeting_id = ? AND s.acta_version = ? ORDER BY s.position, s.id"_s);
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
            if (recorded.mayHoldUnchainedSignatures() && isSigned && !people.value(5).isNull() &&
                people.value(5).toString() == signedAt) {
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
        if (isSigned && Actas::drawingHash(drawing) != r.drawingSha256)
            differ(tr("%1's drawn signature is not the one recorded").arg(name));
    }
    if (legacy > 0)
        result.notes
            << tr("version %1 was closed by an earlier version of the program: %n signature(s) made before this "
                  "version are not covered by its fingerprint; the paper acta is their proof.",
                  nullptr, legacy)
                   .arg(v.version);
    return {};
}

Result<ActaContent> ActaVerifier::liveContentFor(const ActaContent &recorded, bool withCommitments)
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
        // The plenary's account (format 4): each commitment's row as it
        // stands, with the words of the target as the acta recorded them.
        live.plenaryAccount.clear();
        for (const PlenaryAccountEntry &e : recorded.plenaryAccount) {
            TRY_LET(found, commitments.find(e.id));
            if (!found->has_value())
                continue;
            const Commitment &c = found->value();
            live.plenaryAccount.append({c.id, c.mesaCode, c.title, c.status, c.mergedInto, e.mergedIntoMesa,
                                        e.mergedIntoTitle, c.plenaryNote});
        }
    }
    TRY_LET(people, ActaRepository(m_file, m_meeting).signatories(recorded.version));
    live.signatories = *people;
    return live;
}

} // namespace taller
