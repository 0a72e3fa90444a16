// Verbs for what participants take home: name badges and certificates of
// participation (constancias).

#include "CommandLine.h"
#include "Verbs.h"

#include "ParticipantsService.h"

#include "participants/BadgeDocument.h"
#include "participants/CertificateDocument.h"

#include <QDir>

namespace taller::cli {

using namespace Qt::StringLiterals;

Outcome printBadges(Invocation &cli)
{
    const QCommandLineOption mesa(u"mesa"_s, Invocation::tr("Only the members of this mesa."), u"CODE"_s);
    const QCommandLineOption checkedIn(u"checked-in"_s, Invocation::tr("Only the people checked in so far."));
    const QCommandLineOption document(u"document"_s, Invocation::tr("Only the person with this document number."), u"DOC"_s);
    const QCommandLineOption layout(u"layout"_s,
                                    Invocation::tr("The badge holder's size: %1 (default %2).")
                                        .arg(BadgeLayouts::keys().join(u", "_s), BadgeLayouts::standard().key),
                                    u"NAME"_s, BadgeLayouts::standard().key);
    cli.addOptions({mesa, checkedIn, document, layout});
    if (!cli.parse(Invocation::tr("Print name badges with a QR code of the document number, on A4 sheets with "
                                  "cutting marks, to a PDF file."),
                   {Invocation::eventFile(), {u"OUT"_s, Invocation::tr("The PDF to write.")}}))
        return cli.exitCode();
    const auto chosen = BadgeLayouts::fromKey(cli.value(layout));
    if (!chosen)
        return cli.fail(Invocation::tr("--layout takes one of %1, not \"%2\".")
                            .arg(BadgeLayouts::keys().join(u", "_s), cli.value(layout)),
                        UsageError);
    TRY_TAKE(session, cli.openEvent(cli.positionals().at(0)));
    const BadgeSelection selection{cli.value(mesa), cli.isSet(checkedIn), cli.value(document)};
    return cli.writePdf(ParticipantsService(*session).badges(selection, *chosen), cli.positionals().at(1));
}

Outcome printCertificates(Invocation &cli)
{
    const QCommandLineOption each(u"each"_s, Invocation::tr("One PDF per person in DIR, named by document number."), u"DIR"_s);
    const QCommandLineOption signer(u"signer"_s, Invocation::tr("Who signs them, as \"NAME|POSITION\"."), u"NAME|POSITION"_s);
    const QCommandLineOption signature(u"signature-image"_s, Invocation::tr("A scanned signature (PNG or JPEG) to print above the signer."),
                                       u"PNG"_s);
    cli.addOptions({each, signer, signature});
    const SigningOptions signing;
    signing.addTo(cli);
    if (!cli.parse(Invocation::tr("Print a certificate of participation (constancia) for every person checked in, "
                                  "to one PDF or one PDF each."),
                   {Invocation::eventFile(), {u"OUT"_s, Invocation::tr("The PDF to write (or give --each DIR).")}}, 1))
        return cli.exitCode();
    const QStringList positional = cli.positionals();
    if (cli.isSet(each) == (positional.size() == 2))
        return cli.fail(Invocation::tr("give either OUT.pdf or --each DIR"), UsageError);

    CertificateSigner who;
    if (cli.isSet(signer)) {
        auto parsed = CertificateSigner::parse(cli.value(signer));
        if (!parsed)
            return cli.fail(parsed.errorMessage(), UsageError);
        who = *parsed;
    }
    if (cli.isSet(signature)) {
        TRY_LET(image, CertificateSigner::readSignature(cli.value(signature)));
        who.signature = *image;
    }
    TRY_TAKE(certificate, signing.load(cli));
    const SigningCertificate *signingCertificate = certificate ? &*certificate : nullptr;
    TRY_TAKE(session, cli.openEvent(positional.at(0)));
    const ParticipantsService participants(*session);
    if (!cli.isSet(each))
        return cli.writePdf(participants.certificates(who), positional.at(1), signingCertificate);
    TRY_LET(written, participants.writeCertificates(who, cli.value(each), signingCertificate));
    cli.out() << Invocation::tr("Wrote %n certificate(s) in %1.", nullptr, int(written->size()))
                     .arg(QDir::toNativeSeparators(cli.value(each)))
              << '\n';
    return Success;
}

} // namespace taller::cli
