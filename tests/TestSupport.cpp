#include "TestSupport.h"

#include "EventService.h"

#include <cstdio>
#include <cstdlib>

#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>

namespace taller::test {

using namespace Qt::StringLiterals;

CliResult runCli(const QStringList &args, const QByteArray &stdinData, const QStringList &extraEnvironment)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &assignment : extraEnvironment)
        environment.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(environment);
    process.start(QString::fromUtf8(TALLER_CLI_PATH), args);
    const std::string command = (u"taller-abierto-cli "_s + args.join(u' ')).toStdString();
    // A command that did not run, hung or crashed is a failed test, never an
    // exit code a test could take for success.
    if (!process.waitForStarted(30000))
        FAIL(command << ": did not start: " << process.errorString().toStdString());
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    if (!process.waitForFinished(CliTimeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        FAIL(command << ": did not finish within " << CliTimeoutMs / 1000 << " s");
    }
    const CliResult result{process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                           QString::fromUtf8(process.readAllStandardError())};
    if (process.exitStatus() != QProcess::NormalExit)
        FAIL(command << ": crashed\n" << result.err.toStdString());
    return result;
}

QString pdfText(const QString &pdfPath)
{
    QProcess process;
    process.start(QString::fromUtf8(PDFTOTEXT_PATH), {pdfPath, u"-"_s});
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPageCount(const QString &pdfPath)
{
    // pdftotext separates pages with form feeds.
    return int(pdfText(pdfPath).count(u'\f'));
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QString testDataPath(const QString &name)
{
    return QString::fromUtf8(TALLER_TEST_DATA) + u'/' + name;
}

void skip(const char *why)
{
    std::fprintf(stderr, "SKIPPED: %s\n", why);
    std::fflush(stderr);
    std::_Exit(SkipExitCode);
}

Result<std::unique_ptr<EventFile>> createEvent(const QString &path, const EventTemplate &eventTemplate, int sampleCount)
{
    if (auto created = EventService::create(path, eventTemplate, sampleCount); !created)
        return created.error();
    return EventFile::open(path);
}

QString sqlite(const QString &path, const QString &sql)
{
    QProcess shell;
    shell.start(u"sqlite3"_s, {path, sql});
    shell.waitForFinished();
    INFO(shell.readAllStandardError().toStdString());
    REQUIRE(shell.exitCode() == 0);
    return QString::fromUtf8(shell.readAllStandardOutput()).trimmed();
}

} // namespace taller::test
