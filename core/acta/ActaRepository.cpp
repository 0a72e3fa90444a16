#include "acta/ActaRepository.h"

#include "registration/CheckinRepository.h"
#include "base/Clock.h"
#include "mesas/CommitmentRepository.h"
#include "event/EventRepository.h"
#include "mesas/MesaRepository.h"
#include "base/SqlStatement.h"

namespace taller {

using namespace Qt::StringLiterals;

namespace {

const QString VersionColumns = u"version, replaces, correction_reason, preamble, closing, closed_at, canonical_text, fingerprint"_s;
const QString SignatoryColumns = u"id, name, document, role, organisation, side, signed_at, signature_kind, drawing"_s;

ActaRepository::Version versionFromRow(const SqlStatement &row)
{
    ActaRepository::Version v;
    v.version = row.value(0).toInt();
    if (!row.value(1).isNull())
        v.replaces = row.value(1).toInt();
    v.correctionReason = row.value(2).toString();
    v.preamble = row.value(3).toString();
    v.closing = row.value(4).toString();
    v.closedAt = QDateTime::fromString(row.value(5).toString(), Qt::ISODateWithMs).toLocalTime();
    v.canonicalText = row.value(6).toString();
    v.fingerprint = row.value(7).toString();
    return v;
}

Signatory signatoryFromRow(const SqlStatement &row)
{
    Signatory s;
    s.id = row.value(0).toLongLong();
    s.name = row.value(1).toString();
    s.document = row.value(2).toString();
    s.position = row.value(3).toString();
    s.organisation = row.value(4).toString();
    s.side = Actas::sideFromKey(row.value(5).toString()).value_or(SignatorySide::Government);
    s.signedAt = QDateTime::fromString(row.value(6).toString(), Qt::ISODateWithMs).toLocalTime();
    if (!row.value(7).isNull())
        s.signatureKind = row.value(7).toString() == u"drawn"_s ? SignatureKind::Drawn : SignatureKind::Paper;
    s.drawing = Actas::decodeDrawing(row.value(8).toString());
    return s;
}

QString now()
{
    return Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<ActaRepository::Version> ActaRepository::current()
{
    // Read first: every page and verb asks for the acta in force, and only
    // the very first asker needs to write.
    auto latest = [this]() -> Result<std::optional<Version>> {
        SqlStatement query(m_file.database(), u"SELECT "_s + VersionColumns + u" FROM acta ORDER BY version DESC LIMIT 1"_s);
        if (Status s = query.exec(); !s)
            return s.error();
        return query.next() ? std::optional(versionFromRow(query)) : std::nullopt;
    };
    auto found = latest();
    if (!found || found->has_value())
        return found ? Result<Version>(found->value()) : Result<Version>(found.error());

    Status status = m_file.write([&]() -> Status {
        auto details = EventRepository(m_file).load();
        if (!details)
            return details.error();
        // Another desk may have made it meanwhile.
        SqlStatement insert(m_file.database(), u"INSERT OR IGNORE INTO acta (version, preamble, closing) VALUES (1, ?, ?)"_s);
        insert.bind(Actas::defaultPreamble(*details)).bind(Actas::defaultClosing());
        return insert.exec();
    });
    if (!status)
        return status.error();
    found = latest();
    if (!found)
        return found.error();
    return found->value();
}

Result<QList<ActaRepository::Version>> ActaRepository::versions() const
{
    SqlStatement query(m_file.database(), u"SELECT "_s + VersionColumns + u" FROM acta ORDER BY version"_s);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<Version> all;
    while (query.next())
        all.append(versionFromRow(query));
    return all;
}

Result<ActaRepository::Version> ActaRepository::version(int number) const
{
    SqlStatement query(m_file.database(), u"SELECT "_s + VersionColumns + u" FROM acta WHERE version = ?"_s);
    query.bind(number);
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return Error{tr("There is no version %1 of the acta.").arg(number)};
    return versionFromRow(query);
}

Result<ActaStatus> ActaRepository::status()
{
    auto v = current();
    if (!v)
        return v.error();
    if (!v->isClosed())
        return ActaStatus::Draft;
    auto people = signatories(v->version);
    if (!people)
        return people.error();
    const bool allSigned = !people->isEmpty()
                           && std::all_of(people->begin(), people->end(), [](const Signatory &s) { return s.hasSigned(); });
    return allSigned ? ActaStatus::Signed : ActaStatus::Closed;
}

Status ActaRepository::requireDraft(const QString &what)
{
    auto v = current();
    if (!v)
        return v.error();
    if (v->isClosed())
        return Error{tr("Version %1 of the acta is closed for signature, so %2 cannot change. Open a correction "
                        "(a new version) to change it.")
                         .arg(v->version)
                         .arg(what)};
    return {};
}

Status ActaRepository::setTexts(const QString &preamble, const QString &closing)
{
    return m_file.write([&]() -> Status {
        if (Status draft = requireDraft(tr("its text")); !draft)
            return draft;
        SqlStatement update(m_file.database(),
                            u"UPDATE acta SET preamble = ?, closing = ? WHERE version = (SELECT max(version) FROM acta)"_s);
        update.bind(preamble).bind(closing);
        return update.exec();
    });
}

Result<QList<Signatory>> ActaRepository::signatories(int version) const
{
    SqlStatement query(m_file.database(),
                       u"SELECT "_s + SignatoryColumns + u" FROM signatory WHERE acta_version = ? ORDER BY position, id"_s);
    query.bind(version);
    if (Status s = query.exec(); !s)
        return s.error();
    QList<Signatory> all;
    while (query.next())
        all.append(signatoryFromRow(query));
    return all;
}

Result<Signatory> ActaRepository::signatoryById(qint64 id) const
{
    SqlStatement query(m_file.database(), u"SELECT "_s + SignatoryColumns + u", acta_version FROM signatory WHERE id = ?"_s);
    query.bind(id);
    if (Status s = query.exec(); !s)
        return s.error();
    if (!query.next())
        return Error{tr("There is no signatory %1.").arg(id)};
    return signatoryFromRow(query);
}

Result<Signatory> ActaRepository::addSignatory(const Signatory &signatory)
{
    Signatory added = signatory;
    Status status = m_file.write([&]() -> Status {
        if (Status draft = requireDraft(tr("its signatories")); !draft)
            return draft;
        if (added.name.trimmed().isEmpty())
            return Error{tr("A signatory needs a name.")};
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO signatory (acta_version, position, name, document, role, organisation, side) "
                            "VALUES ((SELECT max(version) FROM acta), "
                            "(SELECT coalesce(max(position), 0) + 1 FROM signatory), ?, ?, ?, ?, ?)"_s);
        insert.bind(added.name.simplified())
            .bind(added.document.simplified())
            .bind(added.position.simplified())
            .bind(added.organisation.simplified())
            .bind(Actas::key(added.side));
        if (Status s = insert.exec(); !s)
            return s;
        added.id = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!status)
        return status.error();
    return added;
}

Status ActaRepository::updateSignatory(const Signatory &signatory)
{
    return m_file.write([&]() -> Status {
        if (Status draft = requireDraft(tr("its signatories")); !draft)
            return draft;
        SqlStatement update(m_file.database(),
                            u"UPDATE signatory SET name = ?, document = ?, role = ?, organisation = ?, side = ? "
                            "WHERE id = ? AND acta_version = (SELECT max(version) FROM acta)"_s);
        update.bind(signatory.name.simplified())
            .bind(signatory.document.simplified())
            .bind(signatory.position.simplified())
            .bind(signatory.organisation.simplified())
            .bind(Actas::key(signatory.side))
            .bind(signatory.id);
        return update.exec();
    });
}

Status ActaRepository::removeSignatory(qint64 id)
{
    return m_file.write([&]() -> Status {
        if (Status draft = requireDraft(tr("its signatories")); !draft)
            return draft;
        SqlStatement remove(m_file.database(), u"DELETE FROM signatory WHERE id = ? AND acta_version = (SELECT max(version) FROM acta)"_s);
        remove.bind(id);
        return remove.exec();
    });
}

Result<ActaContent> ActaRepository::draftContent()
{
    auto v = current();
    if (!v)
        return v.error();
    ActaContent content;
    content.version = v->version;
    content.replaces = v->replaces;
    content.correctionReason = v->correctionReason;
    content.preamble = v->preamble;
    content.closing = v->closing;
    auto details = EventRepository(m_file).load();
    if (!details)
        return details.error();
    content.event = *details;
    auto counts = CheckinRepository(m_file).counts();
    if (!counts)
        return counts.error();
    content.participants = counts->checkedIn;
    for (auto it = counts->bySector.cbegin(); it != counts->bySector.cend(); ++it) {
        if (it->checkedIn > 0)
            content.participantsBySector.insert(it.key(), it->checkedIn);
    }
    auto commitments = CommitmentRepository(m_file).all();
    if (!commitments)
        return commitments.error();
    for (const Commitment &c : std::as_const(*commitments)) {
        if (c.status == CommitmentStatus::Approved)
            content.commitments.append(c);
    }
    auto people = signatories(v->version);
    if (!people)
        return people.error();
    content.signatories = *people;
    return content;
}

Result<ActaContent> ActaRepository::content(int number)
{
    auto v = version(number);
    if (!v)
        return v.error();
    if (!v->isClosed()) {
        auto latest = current();
        if (!latest)
            return latest.error();
        if (latest->version != number)
            return Error{tr("Version %1 of the acta was never closed.").arg(number)};
        return draftContent();
    }
    auto parsed = ActaContent::parse(v->canonicalText);
    if (!parsed)
        return parsed.error();
    // Signatures came after closing: take them from the record.
    auto people = signatories(number);
    if (!people)
        return people.error();
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

Result<QString> ActaRepository::close()
{
    QString fingerprint;
    Status status = m_file.write([&]() -> Status {
        if (Status draft = requireDraft(tr("it")); !draft)
            return Error{tr("Version %1 of the acta is already closed.").arg(current()->version)};
        auto content = draftContent();
        if (!content)
            return content.error();
        if (content->commitments.isEmpty())
            return Error{tr("The acta has no approved commitments yet: decide on them in the plenary first.")};
        if (content->signatories.isEmpty())
            return Error{tr("The acta has no signatories yet: add who signs for the government and for civil society.")};
        const QString text = content->canonicalText();
        fingerprint = ActaContent::fingerprintOf(text);
        SqlStatement update(m_file.database(),
                            u"UPDATE acta SET closed_at = ?, canonical_text = ?, fingerprint = ? WHERE version = ?"_s);
        update.bind(now()).bind(text).bind(fingerprint).bind(content->version);
        if (Status s = update.exec(); !s)
            return s;
        SqlStatement freeze(m_file.database(), u"INSERT INTO acta_commitment (acta_version, commitment_id) VALUES (?, ?)"_s);
        for (const Commitment &c : std::as_const(content->commitments)) {
            freeze.bind(content->version).bind(c.id);
            if (Status s = freeze.exec(); !s)
                return s;
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
    Status status = m_file.write([&]() -> Status {
        auto v = current();
        if (!v)
            return v.error();
        if (!v->isClosed())
            return Error{tr("Version %1 of the acta is still a draft: edit it directly.").arg(v->version)};
        if (reason.trimmed().isEmpty())
            return Error{tr("Say why the acta is being corrected; the new version records it.")};
        next = v->version + 1;
        SqlStatement insert(m_file.database(),
                            u"INSERT INTO acta (version, replaces, correction_reason, preamble, closing) VALUES (?, ?, ?, ?, ?)"_s);
        insert.bind(next).bind(v->version).bind(reason.trimmed()).bind(v->preamble).bind(v->closing);
        if (Status s = insert.exec(); !s)
            return s;
        // The same people sign again, with no signature yet.
        SqlStatement copy(m_file.database(),
                          u"INSERT INTO signatory (acta_version, position, name, document, role, organisation, side) "
                          "SELECT ?, position, name, document, role, organisation, side FROM signatory WHERE acta_version = ? "
                          "ORDER BY position, id"_s);
        copy.bind(next).bind(v->version);
        return copy.exec();
    });
    if (!status)
        return status.error();
    return next;
}

Status ActaRepository::sign(qint64 signatoryId, SignatureKind kind, const SignatureDrawing &drawing)
{
    return m_file.write([&]() -> Status {
        auto v = current();
        if (!v)
            return v.error();
        if (!v->isClosed())
            return Error{tr("Close the acta for signature before anyone signs it.")};
        auto signatory = signatoryById(signatoryId);
        if (!signatory)
            return signatory.error();
        if (kind == SignatureKind::Drawn && drawing.isEmpty())
            return Error{tr("The drawn signature is empty.")};
        SqlStatement update(m_file.database(),
                            u"UPDATE signatory SET signed_at = ?, signature_kind = ?, drawing = ? "
                            "WHERE id = ? AND acta_version = ?"_s);
        update.bind(now())
            .bind(kind == SignatureKind::Drawn ? u"drawn"_s : u"paper"_s)
            .bind(kind == SignatureKind::Drawn ? QVariant(Actas::encodeDrawing(drawing)) : QVariant())
            .bind(signatoryId)
            .bind(v->version);
        if (Status s = update.exec(); !s)
            return s;
        if (update.rowsAffected() != 1)
            return Error{tr("%1 signs an earlier version of the acta, not version %2.").arg(signatory->name).arg(v->version)};
        return {};
    });
}

Status ActaRepository::clearSignature(qint64 signatoryId)
{
    return m_file.write([&]() -> Status {
        SqlStatement update(m_file.database(),
                            u"UPDATE signatory SET signed_at = NULL, signature_kind = NULL, drawing = NULL "
                            "WHERE id = ? AND acta_version = (SELECT max(version) FROM acta)"_s);
        update.bind(signatoryId);
        return update.exec();
    });
}

Result<ActaContent> ActaRepository::liveContentFor(const ActaContent &recorded)
{
    ActaContent live = recorded;
    live.commitments.clear();
    CommitmentRepository commitments(m_file);
    for (const Commitment &c : recorded.commitments) {
        auto found = commitments.find(c.id);
        if (!found)
            return found.error();
        if (found->has_value())
            live.commitments.append(found->value());
    }
    auto people = signatories(recorded.version);
    if (!people)
        return people.error();
    live.signatories = *people;
    return live;
}

Result<ActaRepository::Verification> ActaRepository::verify()
{
    auto all = versions();
    if (!all)
        return all.error();
    const auto closed = std::find_if(all->rbegin(), all->rend(), [](const Version &v) { return v.isClosed(); });
    if (closed == all->rend())
        return Error{tr("The acta has not been closed yet, so there is no fingerprint to verify.")};

    Verification result;
    result.version = closed->version;
    result.recordedFingerprint = closed->fingerprint;
    result.computedFingerprint = ActaContent::fingerprintOf(closed->canonicalText);
    if (result.computedFingerprint != result.recordedFingerprint)
        result.differences << tr("the recorded text of version %1 no longer matches its fingerprint").arg(closed->version);

    auto recorded = ActaContent::parse(closed->canonicalText);
    if (!recorded) {
        result.differences << recorded.errorMessage();
        return result;
    }
    if (recorded->fingerprint() != result.recordedFingerprint)
        result.differences << tr("the recorded text of version %1 is not in canonical form").arg(closed->version);
    auto live = liveContentFor(*recorded);
    if (!live)
        return live.error();
    result.differences << Actas::differences(*recorded, *live);
    result.ok = result.differences.isEmpty();
    return result;
}

Result<std::optional<int>> ActaRepository::lockingVersion(qint64 commitmentId) const
{
    auto version = SqlStatement::scalar(
        m_file.database(),
        u"SELECT a.version FROM acta_commitment ac JOIN acta a ON a.version = ac.acta_version "
        "WHERE ac.commitment_id = ? AND a.closed_at IS NOT NULL AND a.version = (SELECT max(version) FROM acta)"_s,
        {commitmentId});
    if (!version)
        return version.error();
    return version->isNull() ? std::optional<int>() : std::optional<int>(version->toInt());
}

Status ActaRepository::requireCommitmentEditable(qint64 commitmentId) const
{
    if (commitmentId <= 0)
        return {};
    auto version = lockingVersion(commitmentId);
    if (!version)
        return version.error();
    if (*version)
        return Error{tr("This commitment is in version %1 of the acta, which is closed for signature. Open a correction "
                        "of the acta to change it.")
                         .arg(**version)};
    return {};
}

} // namespace taller
