// Verbs of the plenary and the Acta de Compromisos.

#include "CommandLine.h"
#include "Verbs.h"

#include "acta/ActaDocument.h"
#include "ActaService.h"
#include "PlenaryService.h"

#include <QJsonArray>

#include <functional>
#include <QJsonObject>

namespace taller::cli {

using namespace Qt::StringLiterals;

namespace {

QJsonValue timeJson(const QDateTime &at)
{
    return at.isValid() ? QJsonValue(at.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

// The event of a parsed verb and the key file its option names, if any.
template<typename Key>
struct KeyedSession
{
    std::unique_ptr<EventSession> session;
    std::optional<Key> key;

    const Key *keyOrNull() const { return key ? &*key : nullptr; }
};

// Loads the key file named by option, then opens FILE: a key that cannot be
// read leaves the event unopened.
template <typename Key>
Result<KeyedSession<Key>> openWithKey(Invocation &cli, const QCommandLineOption &option,
                                      const std::function<Result<Key>(const QString &)> &load)
{
    KeyedSession<Key> opened;
    if (cli.isSet(option)) {
        TRY_TAKE(key, load(cli.value(option)));
        opened.key = std::move(key);
    }
    TRY_TAKE(session, cli.openEvent(cli.positionals().at(0)));
    opened.session = std::move(session);
    return opened;
}

QCommandLineOption sealOption()
{
    return QCommandLineOption(u"seal"_s,
                              Invocation::tr("The institution's private key file (made by \"key new\"), or its certificate "
                                             "and key (CERT.p12 or .pfx), that seals the acta."),
                              u"KEYFILE|CERT.p12"_s);
}

QCommandLineOption sealPasswordOption()
{
    return QCommandLineOption(u"password-file"_s,
                              Invocation::tr("With --seal CERT.p12: read its password from the first line of this file "
                                             "(otherwise it is asked on the terminal)."),
                              u"FILE"_s);
}

// The seal --seal names: a key file made by "key new", or a certificate
// whose password --password-file gives or the terminal is asked.
std::function<Result<SealKey>(const QString &)> sealLoader(Invocation &cli, const QCommandLineOption &passwordFile)
{
    return [&cli, passwordFile](const QString &path) -> Result<SealKey> {
        if (!SealKey::isCertificateFile(path)) {
            if (cli.isSet(passwordFile))
                return Error{Invocation::tr("--password-file goes with --seal CERT.p12.")};
            return ActaService::loadKey(path);
        }
        TRY_LET(password, cli.password(passwordFile, path));
        return ActaService::loadCertificateKey(path, *password);
    };
}

} // namespace

Outcome decide(Invocation &cli)
{
    const QCommandLineOption into(u"into"_s, Invocation::tr("With merged: the commitment it is merged into."), u"ID"_s);
    const QCommandLineOption note(u"note"_s, Invocation::tr("The plenary's note on the decision."), u"TEXT"_s);
    cli.addOptions({into, note});
    if (!cli.parse(Invocation::tr("Record the plenary's decision on a commitment."),
                   {Invocation::eventFile(),
                    {u"COMMITMENT_ID"_s, Invocation::tr("The commitment's id.")},
                    {u"DECISION"_s, u"approved|merged|withdrawn"_s}}))
        return cli.exitCode();
    const QStringList args = cli.positionals();
    bool numeric = false;
    const qint64 id = args.at(1).toLongLong(&numeric);
    if (!numeric)
        return cli.fail(Invocation::tr("\"%1\" is not a commitment id.").arg(args.at(1)), UsageError);
    const auto decision = fromKey<CommitmentStatus>(args.at(2));
    if (!decision || !Decisions::isDecision(*decision))
        return cli.fail(Invocation::tr("The decision is approved, merged or withdrawn, not \"%1\".").arg(args.at(2)), UsageError);
    std::optional<qint64> target;
    if (cli.isSet(into)) {
        target = cli.value(into).toLongLong(&numeric);
        if (!numeric)
            return cli.fail(Invocation::tr("\"%1\" is not a commitment id.").arg(cli.value(into)), UsageError);
    }
    TRY_TAKE(session, cli.openEvent(args.at(0)));
    if (auto decided =
            PlenaryService(*session).decide(id, {*decision, target, cli.isSet(note) ? cli.value(note) : QString()});
        !decided)
        return cli.fail(decided.error());
    return Success;
}

Outcome addSignatory(Invocation &cli)
{
    const QCommandLineOption name(u"name"_s, Invocation::tr("Full name."), u"NAME"_s);
    const QCommandLineOption document(u"document"_s, Invocation::tr("Identity document."), u"DOCUMENT"_s);
    const QCommandLineOption position(u"position"_s, Invocation::tr("Position (cargo)."), u"POSITION"_s);
    const QCommandLineOption organisation(u"organisation"_s, Invocation::tr("Organisation."), u"ORGANISATION"_s);
    const QCommandLineOption side(u"side"_s, Invocation::tr("government or civil-society."), u"SIDE"_s);
    cli.addOptions({name, document, position, organisation, side});
    TRY_TAKE(session, cli.open(Invocation::tr("Add a signatory to the acta while it is a draft; prints the signatory's id.")));
    if (!cli.isSet(name) || cli.value(name).trimmed().isEmpty())
        return cli.fail(Invocation::tr("--name is required."), UsageError);
    const auto chosenSide = Actas::sideFromText(cli.value(side));
    if (!chosenSide)
        return cli.fail(Invocation::tr("--side is government or civil-society, not \"%1\".").arg(cli.value(side)),
                        UsageError);
    Signatory s;
    s.name = cli.value(name);
    s.document = cli.value(document);
    s.position = cli.value(position);
    s.organisation = cli.value(organisation);
    s.side = *chosenSide;
    TRY_LET(added, ActaService(*session, cli.meeting()).addSignatory(s));
    cli.out() << added->id << '\n';
    return Success;
}

Outcome newKey(Invocation &cli)
{
    if (!cli.parse(
            Invocation::tr(
                "Make an Ed25519 key pair to seal actas: KEYFILE (private, readable only by you) and KEYFILE.pub "
                "(public, for whoever checks). Never overwrites."),
            {{u"KEYFILE"_s, Invocation::tr("The private key file to create.")}}))
        return cli.exitCode();
    TRY_LET(key, ActaService::newKey(cli.positionals().at(0)));
    cli.out() << Invocation::tr("Key %1: private key in %2, public key in %3")
                     .arg(key->publicKey().id(), cli.positionals().at(0),
                          SealKey::publicPathFor(cli.positionals().at(0)))
              << '\n';
    return Success;
}

Outcome closeActa(Invocation &cli)
{
    const QCommandLineOption seal = sealOption();
    const QCommandLineOption password = sealPasswordOption();
    cli.addOptions({seal, password});
    if (!cli.parse(Invocation::tr("Close the acta for signature: its content is frozen and fingerprinted (SHA-256)."),
                   {Invocation::eventFile()}))
        return cli.exitCode();
    TRY_TAKE(opened, openWithKey(cli, seal, sealLoader(cli, password)));
    TRY_LET(fingerprint, ActaService(*opened.session, cli.meeting()).close(opened.keyOrNull()));
    cli.out() << *fingerprint << '\n';
    return Success;
}

Outcome signActa(Invocation &cli)
{
    const QCommandLineOption paper(u"paper"_s, Invocation::tr("The signatory signed the printed acta."));
    const QCommandLineOption seal = sealOption();
    const QCommandLineOption password = sealPasswordOption();
    cli.addOptions({paper, seal, password});
    if (!cli.parse(Invocation::tr("Record a signatory's signature on the closed acta."),
                   {Invocation::eventFile(), {u"SIGNATORY_ID"_s, Invocation::tr("The signatory's id.")}}))
        return cli.exitCode();
    if (!cli.isSet(paper))
        return cli.fail(Invocation::tr("say how they signed: --paper (a drawn signature is taken in the window)."), UsageError);
    bool numeric = false;
    const qint64 id = cli.positionals().at(1).toLongLong(&numeric);
    if (!numeric)
        return cli.fail(Invocation::tr("\"%1\" is not a signatory id.").arg(cli.positionals().at(1)), UsageError);
    TRY_TAKE(opened, openWithKey(cli, seal, sealLoader(cli, password)));
    TRY(ActaService(*opened.session, cli.meeting()).sign(id, SignatureKind::Paper, {}, opened.keyOrNull()));
    return Success;
}

Outcome correctActa(Invocation &cli)
{
    const QCommandLineOption reason(u"reason"_s, Invocation::tr("Why the acta is corrected."), u"TEXT"_s);
    cli.addOption(reason);
    TRY_TAKE(session, cli.open(Invocation::tr("Open a new draft version of a closed acta; the closed one stays as it was.")));
    TRY_LET(version, ActaService(*session, cli.meeting()).correct(cli.value(reason)));
    cli.out() << *version << '\n';
    return Success;
}

Outcome showActa(Invocation &cli)
{
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                 Invocation::tr("Show the acta in force: version, status, fingerprint, commitments and signatories.")));
    const ActaService actas(*session, cli.meeting());
    TRY_LET(current, actas.current());
    TRY_LET(status, actas.status());
    TRY_LET(content, actas.content(current->version));

    QJsonArray commitments;
    for (const Commitment &c : std::as_const(content->commitments)) {
        QJsonObject o{{u"id"_s, c.id}, {u"mesa"_s, c.mesaCode}, {u"title"_s, c.title}, {u"problem"_s, c.problem},
                      {u"description"_s, c.description}, {u"actions"_s, c.actions}, {u"responsible"_s, c.responsible},
                      {u"participants"_s, c.participants}, {u"resources"_s, c.resources}, {u"deadline"_s, c.deadline},
                      {u"indicator"_s, c.indicator}, {u"origin"_s, keyOf(c.origin)}};
        QJsonArray values;
        for (OgpValue v : c.values)
            values.append(keyOf(v));
        o.insert(u"values"_s, values);
        commitments.append(o);
    }
    // The plenary's account: what it merged into another commitment or withdrew.
    QJsonArray decisions;
    for (const PlenaryAccountEntry &e : std::as_const(content->plenaryAccount))
        decisions.append(QJsonObject{{u"id"_s, e.id}, {u"mesa"_s, e.mesaCode}, {u"title"_s, e.title},
                                     {u"status"_s, keyOf(e.status)},
                                     {u"merged_into"_s, e.mergedInto ? QJsonValue(*e.mergedInto) : QJsonValue(QJsonValue::Null)},
                                     {u"note"_s, e.plenaryNote}});
    QJsonArray signatories;
    for (const Signatory &s : std::as_const(content->signatories)) {
        signatories.append(QJsonObject{{u"id"_s, s.id}, {u"name"_s, s.name}, {u"document"_s, s.document},
                                       {u"position"_s, s.position}, {u"organisation"_s, s.organisation},
                                       {u"side"_s, keyOf(s.side)}, {u"signed_at"_s, timeJson(s.signedAt)},
                                       {u"signature"_s, s.signatureKind ? QJsonValue(keyOf(*s.signatureKind))
                                                                        : QJsonValue(QJsonValue::Null)}});
    }
    QJsonArray agreements;
    for (const Agreement &a : std::as_const(content->agreements))
        agreements.append(QJsonObject{{u"id"_s, a.id}, {u"text"_s, a.text}, {u"responsible"_s, a.responsible}, {u"due"_s, a.due}});
    QJsonArray items;
    for (const MeetingItem &item : std::as_const(content->items))
        items.append(QJsonObject{{u"id"_s, item.id}, {u"title"_s, item.title}, {u"development"_s, item.development}});
    QJsonArray attendees;
    for (const MinutesAttendee &a : std::as_const(content->attendees))
        attendees.append(QJsonObject{{u"name"_s, a.name}, {u"position"_s, a.position}, {u"organisation"_s, a.organisation}});
    const bool minutes = content->kind == ActaKind::Minutes;
    if (cli.json()) {
        QJsonObject acta{
            {u"meeting"_s, cli.meeting().id},
            {u"kind"_s, minutes ? u"minutes"_s : u"commitments"_s},
            {u"version"_s, current->version},
            {u"replaces"_s, current->replaces ? QJsonValue(*current->replaces) : QJsonValue(QJsonValue::Null)},
            {u"status"_s, keyOf(*status)},
            {u"fingerprint"_s, current->isClosed() ? QJsonValue(current->fingerprint) : QJsonValue(QJsonValue::Null)},
            {u"sealed_by"_s, current->isSealed() ? QJsonValue(current->sealKeyId()) : QJsonValue(QJsonValue::Null)},
            {u"closed_at"_s, timeJson(current->closedAt)},
            {u"participants"_s, content->participants},
            {u"commitments"_s, commitments},
            {u"signatories"_s, signatories},
        };
        if (!minutes)
            acta.insert(u"decisions"_s, decisions);
        if (minutes) {
            acta.insert(u"attendees"_s, attendees);
            acta.insert(u"items"_s, items);
            acta.insert(u"agreements"_s, agreements);
        }
        cli.printJson(acta);
        return Success;
    }
    QTextStream &out = cli.out();
    out << (minutes ? Invocation::tr("Minutes of meeting %1, version %2: %3").arg(cli.meeting().id).arg(current->version).arg(displayNameOf(*status))
                    : Invocation::tr("Acta de Compromisos, version %1: %2").arg(current->version).arg(displayNameOf(*status)))
        << '\n';
    if (current->isClosed())
        out << Invocation::tr("Fingerprint (SHA-256): %1").arg(current->fingerprint) << '\n';
    if (current->isSealed())
        out << Invocation::tr("Sealed with the key %1").arg(current->sealKeyId()) << '\n';
    if (minutes) {
        out << Invocation::tr("%n attendees", nullptr, int(content->attendees.size())) << '\n';
        out << Invocation::tr("%n items in the tabla", nullptr, int(content->items.size())) << '\n';
        out << Invocation::tr("%n agreements", nullptr, int(content->agreements.size())) << '\n';
        for (const Agreement &a : std::as_const(content->agreements))
            out << u"  %1  %2 — %3 — %4"_s.arg(QString::number(a.id).rightJustified(4), a.text, a.responsible, Meetings::dueText(a.due)) << '\n';
    } else {
        out << Invocation::tr("%n approved commitments", nullptr, int(content->commitments.size())) << '\n';
        for (const Commitment &c : std::as_const(content->commitments))
            out << u"  %1  %2"_s.arg(QString::number(c.id).rightJustified(4), c.title) << '\n';
        if (!content->plenaryAccount.isEmpty())
            out << Invocation::tr("%n merged or withdrawn by the plenary", nullptr, int(content->plenaryAccount.size())) << '\n';
        for (const PlenaryAccountEntry &e : std::as_const(content->plenaryAccount))
            out << u"  %1  %2 — %3"_s.arg(QString::number(e.id).rightJustified(4), e.title,
                                         e.mergedInto ? Invocation::tr("merged into %1").arg(*e.mergedInto)
                                                      : displayNameOf(e.status).toLower())
                << '\n';
    }
    out << Invocation::tr("%n signatories", nullptr, int(content->signatories.size())) << '\n';
    for (const Signatory &s : std::as_const(content->signatories))
        out << u"  %1  %2 (%3)%4"_s.arg(QString::number(s.id).rightJustified(4), s.name, displayNameOf(s.side),
                                       s.hasSigned() ? u"  ✓ "_s + s.signedAt.toString(u"HH:mm"_s) : QString())
            << '\n';
    return Success;
}

Outcome verify(Invocation &cli)
{
    const QCommandLineOption fingerprint(u"fingerprint"_s, Invocation::tr("Also compare with the fingerprint printed on the paper acta."), u"HEX"_s);
    const QCommandLineOption publicKey(u"public-key"_s,
                                       Invocation::tr("The institution's public key file (KEYFILE.pub): every version and signature "
                                                      "must carry its seal."),
                                       u"KEYFILE.pub"_s);
    const QCommandLineOption certificate(
        u"certificate"_s,
        Invocation::tr("The sealing certificate, or its issuer's (PEM): the acta must be sealed with a certificate it "
                       "vouches for, and every version and signature with that certificate."),
        u"CA.pem"_s);
    cli.addOptions({fingerprint, publicKey, certificate});
    if (!cli.parse(
            Invocation::tr("Check every version of the acta against its fingerprint, its signatures and its seal."),
            {Invocation::eventFile()}))
        return cli.exitCode();
    if (cli.isSet(publicKey) && cli.isSet(certificate))
        return cli.fail(Invocation::tr("give --public-key or --certificate, not both."), UsageError);
    TRY_TAKE(opened, openWithKey(cli, publicKey, std::function<Result<SealPublicKey>(const QString &)>(&ActaService::loadPublicKey)));
    if (cli.isSet(certificate)) {
        // The certificate the file records for the version in force, once
        // the one given vouches for it, is the key every seal must be of.
        TRY_LET(sealing, ActaService(*opened.session, cli.meeting()).sealCertificate());
        TRY(sealing->certifiedBy(cli.value(certificate)));
        opened.key = *sealing;
    }
    TRY_LET(result, ActaService(*opened.session, cli.meeting()).verify(opened.keyOrNull()));
    QStringList differences = result->differences;
    if (cli.isSet(fingerprint)) {
        const QString given = cli.value(fingerprint).trimmed().toLower();
        const auto match = std::find_if(result->fingerprints.cbegin(), result->fingerprints.cend(),
                                        [&](const auto &f) { return f.second == given; });
        if (match == result->fingerprints.cend())
            differences.prepend(Invocation::tr("no version in this file has the fingerprint given (%1): the paper is of a version "
                                               "removed from the file, or of another acta")
                                    .arg(cli.value(fingerprint).trimmed()));
        else if (match->first != result->version)
            differences.prepend(Invocation::tr("the fingerprint given is version %1's, but the file says version %2 is in force")
                                    .arg(match->first)
                                    .arg(result->version));
    }
    for (const QString &note : std::as_const(result->notes))
        cli.out() << Invocation::tr("Note: %1").arg(note) << '\n';
    // What no file can prove by itself: that no later version was removed
    // from it. The paper and the published index can.
    auto inForce = [&] {
        if (result->version > 0)
            cli.out() << Invocation::tr("version in force: %1 of %2 — compare its fingerprint with the one on the paper or in "
                                        "the published index")
                             .arg(result->version)
                             .arg(result->fingerprints.size())
                      << '\n';
    };
    if (differences.isEmpty()) {
        QStringList versions;
        for (const auto &f : std::as_const(result->fingerprints))
            versions << QString::number(f.first);
        cli.out() << Invocation::tr("OK: version %1 of the acta matches its fingerprint %2.").arg(result->version).arg(result->recordedFingerprint) << '\n';
        if (versions.size() > 1)
            cli.out() << Invocation::tr("Every closed version checked: %1.").arg(versions.join(u", "_s)) << '\n';
        if (opened.key)
            cli.out() << Invocation::tr("Every version and signature is sealed by the key %1.").arg(opened.key->id()) << '\n';
        else if (result->sealKeyId.startsWith(u"x509:"_s))
            cli.out() << Invocation::tr("Sealed with the certificate %1 (give --certificate with its issuer's to check it is the "
                                        "institution's).")
                             .arg(result->sealKeyId)
                      << '\n';
        else if (!result->sealKeyId.isEmpty())
            cli.out() << Invocation::tr("Sealed with the key %1 (give --public-key to check it is the institution's).").arg(result->sealKeyId) << '\n';
        inForce();
        return Success;
    }
    inForce();
    for (const QString &difference : std::as_const(differences))
        cli.out() << u"- "_s << difference << '\n';
    cli.out().flush();
    return cli.fail(Invocation::tr("the acta does not match what was recorded (%n differences).", nullptr, int(differences.size())));
}

Outcome printActa(Invocation &cli)
{
    const QCommandLineOption version(u"version"_s, Invocation::tr("An earlier version instead of the one in force."), u"N"_s);
    cli.addOption(version);
    const SigningOptions signing;
    signing.addTo(cli);
    TRY_TAKE(session, cli.open(Invocation::tr("Print the Acta de Compromisos to a PDF file."),
                            {{u"OUT"_s, Invocation::tr("The PDF to write.")}}));
    TRY_TAKE(certificate, signing.load(cli));
    return cli.writePdf(ActaService(*session, cli.meeting())
                            .document(cli.isSet(version) ? std::optional(cli.value(version).toInt()) : std::nullopt),
                        cli.positionals().at(1), certificate ? &*certificate : nullptr);
}

Outcome plenary(Invocation &cli)
{
    const QCommandLineOption order(u"order"_s, Invocation::tr("Set the order, e.g. M3,M1,M2,M4,M5."), u"CODES"_s);
    cli.addOptions({order});
    TRY_TAKE(session, cli.open(JsonOutput::Listing,
                            Invocation::tr("Show (or set) the order in which mesas present and the time each has.")));
    PlenaryService plenary(*session);
    if (cli.isSet(order)) {
        TRY(plenary.setOrderByCodes(cli.value(order).split(u',', Qt::SkipEmptyParts)));
    }
    TRY_LET(turns, plenary.turns());
    QJsonArray list;
    for (const auto &turn : std::as_const(*turns)) {
        list.append(QJsonObject{{u"mesa"_s, turn.mesa.code}, {u"minutes"_s, turn.minutes},
                                {u"started_at"_s, timeJson(turn.startedAt)}, {u"ended_at"_s, timeJson(turn.endedAt)}});
        if (!cli.json())
            cli.out() << u"%1  %2 min  %3"_s.arg(turn.mesa.code).arg(turn.minutes).arg(turn.mesa.name) << '\n';
    }
    if (cli.json())
        cli.printJson(list);
    return Success;
}

} // namespace taller::cli
