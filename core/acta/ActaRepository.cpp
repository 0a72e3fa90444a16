#include "acta/ActaRepository.h"

#include "acta/ActaDraft.h"
#include "acta/ActaFreeze.h"
#include "base/SqlStatement.h"
#include "event/EventRepository.h"
#include "meetings/MeetingRepository.h"

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

Result<Signatory> ActaRepository::signatory(qint64 id) const
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

Result<ActaContent> ActaRepository::content(int number)
{
    TRY_LET(v, version(number));
    if (!v->isClosed()) {
        TRY_LET(latest, current());
        if (latest->version != number)
            return Error{tr("Version %1 of the acta was never closed.").arg(number)};
        return ActaDraft(m_file, m_meeting).content();
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

} // namespace taller
