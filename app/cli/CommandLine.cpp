#include "CommandLine.h"

#include <QSysInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace taller::cli {

using namespace Qt::StringLiterals;

Invocation::Invocation(QString verb, QStringList arguments)
    : m_verb(std::move(verb))
    , m_arguments(std::move(arguments))
    , m_out(stdout)
    , m_err(stderr)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

bool Invocation::parse(QCommandLineParser &parser, const QString &description,
                       const QList<std::pair<QString, QString>> &positionals, int requiredPositionals)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help({u"h"_s, u"help"_s}, tr("Show this help."));
    parser.addOption(help);
    for (const auto &[name, text] : positionals)
        parser.addPositionalArgument(name, text);
    if (requiredPositionals < 0)
        requiredPositionals = int(positionals.size());

    const QStringList argv = QStringList{u"taller-abierto-cli "_s + m_verb} + m_arguments;
    if (!parser.parse(argv)) {
        m_exitCode = fail(parser.errorText(), UsageError);
        return false;
    }
    if (parser.isSet(help)) {
        // Qt names the program by its path; the usage line should show the verb.
        QString text = parser.helpText();
        text.replace(QCoreApplication::arguments().constFirst(), u"taller-abierto-cli "_s + m_verb);
        m_out << text;
        m_out.flush();
        m_exitCode = Success;
        return false;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < requiredPositionals || given > positionals.size()) {
        QStringList names;
        for (const auto &positional : positionals)
            names << positional.first;
        m_exitCode = fail(tr("usage: taller-abierto-cli %1 %2 (see --help)").arg(m_verb, names.join(u' ')), UsageError);
        return false;
    }
    return true;
}

std::unique_ptr<EventSession> Invocation::openEvent(const QString &path, const QString &desk)
{
    auto session = EventSession::open(path, desk.isEmpty() ? QSysInfo::machineHostName() : desk);
    if (!session) {
        fail(session.error());
        return nullptr;
    }
    return std::move(session.value());
}

std::unique_ptr<EventSession> Invocation::open(QCommandLineParser &parser, const QString &description,
                                               const QList<std::pair<QString, QString>> &positionals, int requiredPositionals)
{
    if (!parse(parser, description, positionals, requiredPositionals))
        return nullptr;
    return openEvent(parser.positionalArguments().at(0));
}

int Invocation::fail(const QString &message, ExitCode code)
{
    QString oneLine = message;
    oneLine.replace(u'\n', u' ');
    m_err << "taller-abierto-cli: " << oneLine << Qt::endl;
    m_exitCode = code;
    return code;
}

void Invocation::printJson(const QJsonValue &value, bool compact)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    m_out << QString::fromUtf8(document.toJson(compact ? QJsonDocument::Compact : QJsonDocument::Indented));
    if (compact)
        m_out << '\n';
    m_out.flush();
}

int Invocation::writePdf(const Result<PrintedDocument> &document, const QString &out)
{
    if (!document)
        return fail(document.error());
    if (Status written = document->writePdf(out); !written)
        return fail(written.error());
    m_out << tr("Wrote %1.").arg(out) << '\n';
    return Success;
}

int Invocation::writeFile(const Result<QByteArray> &bytes, const QString &out)
{
    if (!bytes)
        return fail(bytes.error());
    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) < 0 || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(out, file.errorString()));
    m_out << tr("Wrote %1.").arg(out) << '\n';
    return Success;
}

namespace {

QList<Verb> allVerbs()
{
    return eventVerbs() + attendeeVerbs() + mesaVerbs() + actaVerbs() + participantVerbs() + processVerbs();
}

int printUsage(QTextStream &stream)
{
    stream << QCoreApplication::translate("taller::cli", "Usage: taller-abierto-cli VERB [options] ...") << "\n\n"
           << QCoreApplication::translate("taller::cli", "Verbs:") << '\n';
    for (const Verb &verb : allVerbs())
        stream << "  " << verb.name.leftJustified(22) << verb.summary << '\n';
    stream << '\n' << QCoreApplication::translate("taller::cli", "Each verb takes --help.") << '\n';
    stream.flush();
    return Success;
}

} // namespace

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    out.setEncoding(QStringConverter::Utf8);
    if (arguments.isEmpty() || arguments.first() == u"--help"_s || arguments.first() == u"-h"_s || arguments.first() == u"help"_s)
        return printUsage(out);
    if (arguments.first() == u"--version"_s) {
        out << "taller-abierto-cli " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }

    const QList<Verb> verbs = allVerbs();
    for (int words = 2; words >= 1; --words) {
        if (arguments.size() < words)
            continue;
        const QString name = arguments.mid(0, words).join(u' ');
        for (const Verb &verb : verbs) {
            if (verb.name == name) {
                Invocation invocation(name, arguments.mid(words));
                return verb.run(invocation);
            }
        }
    }
    QTextStream err(stderr);
    err.setEncoding(QStringConverter::Utf8);
    err << "taller-abierto-cli: "
        << QCoreApplication::translate("taller::cli", "unknown verb \"%1\"; run taller-abierto-cli --help for the list.")
               .arg(arguments.first())
        << Qt::endl;
    return UsageError;
}

} // namespace taller::cli
