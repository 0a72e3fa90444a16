#include "acta/ActaClosing.h"

#include "acta/ActaDraft.h"
#include "base/Clock.h"
#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

Result<QString> ActaClosing::close(const SealKey *seal)
{
    QString fingerprint;
    Status status = m_file.write([&]() -> Status {
        TRY_LET(content, ActaDraft(m_file, m_meeting).closable(seal));
        content->format =
            content->kind == ActaKind::Minutes ? ActaContent::CurrentMinutesFormat : ActaContent::CurrentFormat;
        content->closedAt = Clock::stamp();
        if (seal)
            content->sealKeyId = seal->publicKey().id();
        const QString text = content->canonicalText();
        fingerprint = ActaContent::fingerprintOf(text);
        SqlStatement update(
            m_file.database(),
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
        SqlStatement freeze(
            m_file.database(),
            u"INSERT INTO acta_commitment (meeting_id, acta_version, commitment_id) VALUES (?, ?, ?)"_s);
        for (const Commitment &c : std::as_const(content->commitments)) {
            freeze.bind(m_meeting).bind(content->version).bind(c.id);
            TRY(freeze.exec());
        }
        // What the plenary merged or withdrew is frozen too: the acta's
        // account of it stays true (a merge is not undone behind it).
        for (const PlenaryAccountEntry &e : std::as_const(content->plenaryAccount)) {
            freeze.bind(m_meeting).bind(content->version).bind(e.id);
            TRY(freeze.exec());
        }
        return {};
    });
    if (!status)
        return status.error();
    return fingerprint;
}

Result<int> ActaClosing::correct(const QString &reason)
{
    int next = 0;
    TRY(m_file.write([&]() -> Status {
        TRY_LET(v, ActaRepository(m_file, m_meeting).current());
        if (!v->isClosed())
            return Error{tr("Version %1 of the acta is still a draft: edit it directly.").arg(v->version)};
        if (reason.trimmed().isEmpty())
            return Error{tr("Say why the acta is being corrected; the new version records it.")};
        next = v->version + 1;
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO acta (meeting_id, version, replaces, correction_reason, preamble, closing) "
                            "VALUES (?, ?, ?, ?, ?, ?)"_s);
        insert.bind(m_meeting).bind(next).bind(v->version).bind(reason.trimmed()).bind(v->preamble).bind(v->closing);
        TRY(insert.exec());
        // The same people sign again, with no signature yet.
        SqlStatement copy(
            m_file.database(),
            u"INSERT INTO signatory (meeting_id, acta_version, position, name, document, role, organisation, side) "
            "SELECT meeting_id, ?, position, name, document, role, organisation, side FROM signatory "
            "WHERE meeting_id = ? AND acta_version = ? ORDER BY position, id"_s);
        copy.bind(next).bind(m_meeting).bind(v->version);
        return copy.exec();
    }));
    return next;
}

Status ActaClosing::appendSignatureRecord(const ActaRepository::Version &v, const Signatory &signatory,
                                          ActaSignatureRecord record, const SealKey *seal)
{
    if (v.isSealed() && !seal)
        return Error{tr("Version %1 of the acta is sealed with the key %2: a signature is recorded only with that key "
                        "(choose it in the preferences, or give --seal KEYFILE).")
                         .arg(v.version)
                         .arg(v.sealKeyId())};
    if (seal && !v.isSealed())
        return Error{
            tr("Version %1 of the acta was closed without a seal, so its signatures cannot be sealed.").arg(v.version)};
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
    SqlStatement insert(
        m_file.database(),
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

Status ActaClosing::sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing, const SealKey *seal)
{
    return m_file.write([&]() -> Status {
        TRY_LET(v, ActaRepository(m_file, m_meeting).current());
        if (!v->isClosed())
            return Error{tr("Close the acta for signature before anyone signs it.")};
        TRY_LET(signatory, ActaRepository(m_file, m_meeting).signatory(signatoryId));
        if (kind == SignatureKind::Drawn && drawing.isEmpty())
            return Error{tr("The drawn signature is empty.")};
        const QString at = Clock::stamp();
        const QString encoded = kind == SignatureKind::Drawn ? Actas::encodeDrawing(drawing) : QString();
        SqlStatement update(m_file.database(), u"UPDATE signatory SET signed_at = ?, signature_kind = ?, drawing = ? "
                                               "WHERE id = ? AND meeting_id = ? AND acta_version = ?"_s);
        update.bind(at)
            .bind(keyOf(kind))
            .bind(kind == SignatureKind::Drawn ? QVariant(encoded) : QVariant())
            .bind(signatoryId)
            .bind(m_meeting)
            .bind(v->version);
        TRY(update.exec());
        if (update.rowsAffected() != 1)
            return Error{
                tr("%1 signs an earlier version of the acta, not version %2.").arg(signatory->name).arg(v->version)};
        ActaSignatureRecord record;
        record.action = ActaSignatureRecord::Action::Signed;
        record.signedAt = at;
        record.kind = kind;
        record.drawingSha256 = Actas::drawingHash(encoded);
        return appendSignatureRecord(*v, *signatory, record, seal);
    });
}

Status ActaClosing::clearSignature(qint64 signatoryId, const SealKey *seal)
{
    return m_file.write([&]() -> Status {
        TRY_LET(v, ActaRepository(m_file, m_meeting).current());
        if (!v->isClosed())
            return Error{tr("The acta is not closed, so nobody has signed it.")};
        TRY_LET(signatory, ActaRepository(m_file, m_meeting).signatory(signatoryId));
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

} // namespace taller
