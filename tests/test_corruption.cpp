#include "TestSupport.h"

#include "base/SqlStatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

// The CLI built with AddressSanitizer and UBSan, when scripts/test.sh made one.
QString cliUnderTest()
{
    const QString sanitized = qEnvironmentVariable("TALLER_SANITIZED_CLI");
    return QFileInfo::exists(sanitized) ? sanitized : QString::fromUtf8(TALLER_CLI_PATH);
}

} // namespace

TEST_CASE("A thousand single-byte corruptions: no crash, a clear message, the file's bytes kept", "[corruption][long]")
{
    const QString cli = cliUnderTest();
    if (cli == QString::fromUtf8(TALLER_CLI_PATH))
        WARN("TALLER_SANITIZED_CLI is not set: running the corruptions without AddressSanitizer");
    QTemporaryDir dir;
    const QString original = dir.filePath(u"original.taller"_s);
    REQUIRE(test::runCli({u"new"_s, original, u"--sample-attendees"_s, u"30"_s}).exitCode == 0);
    REQUIRE(test::runCli({u"balance"_s, original}).exitCode == 0);
    const QByteArray clean = test::readAll(original);
    REQUIRE(clean.size() > 4096);

    QRandomGenerator random(20161205);
    const int runs = 1000;
    const int parallel = 2;
    int refused = 0;
    int opened = 0;
    for (int batch = 0; batch < runs; batch += parallel) {
        struct Run { QString path; QByteArray bytes; QProcess process; QStringList args; };
        std::array<Run, parallel> runsNow;
        for (int k = 0; k < parallel; ++k) {
            Run &run = runsNow[k];
            const int i = batch + k;
            run.path = dir.filePath(u"c%1.taller"_s.arg(i));
            run.bytes = clean;
            const qsizetype offset = random.bounded(run.bytes.size());
            run.bytes[offset] = char(run.bytes.at(offset) ^ char(1 + random.bounded(255)));
            test::writeFile(run.path, run.bytes);
            static const QStringList verbs = {u"info"_s, u"attendees"_s, u"commitments"_s};
            run.args = {verbs.at(i % 3), run.path, u"--json"_s};
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"ASAN_OPTIONS"_s, u"exitcode=99:detect_leaks=0"_s);
            env.insert(u"UBSAN_OPTIONS"_s, u"halt_on_error=1:exitcode=98"_s);
            run.process.setProcessEnvironment(env);
            run.process.start(cli, run.args);
        }
        for (Run &run : runsNow) {
            REQUIRE(run.process.waitForFinished(60000));
            const QString err = QString::fromUtf8(run.process.readAllStandardError());
            INFO(run.args.join(u' ').toStdString() << "\n" << err.toStdString());
            CHECK(run.process.exitStatus() == QProcess::NormalExit);
            CHECK((run.process.exitCode() == 0 || run.process.exitCode() == 1));
            CHECK_FALSE(err.contains(u"Sanitizer"_s));
            CHECK_FALSE(err.contains(u"runtime error"_s));
            if (run.process.exitCode() == 1) {
                ++refused;
                CHECK(err.startsWith(u"taller-abierto-cli: "_s));
                CHECK(err.trimmed().count(u'\n') == 0);
            } else {
                ++opened;
            }
            // The bytes are where they were, or set aside intact.
            if (QFileInfo::exists(run.path)) {
                CHECK(test::readAll(run.path) == run.bytes);
            } else {
                QStringList aside = QDir(dir.path()).entryList({QFileInfo(run.path).fileName() + u".damaged-*"_s});
                aside.removeIf([](const QString &n) { return n.endsWith(u"-wal"_s) || n.endsWith(u"-shm"_s); });
                REQUIRE(aside.size() == 1);
                CHECK(test::readAll(dir.filePath(aside.first())) == run.bytes);
            }
            for (const QString &name : QDir(dir.path()).entryList({QFileInfo(run.path).fileName() + u"*"_s}))
                QFile::remove(dir.filePath(name));
        }
    }
    INFO(refused << " refused, " << opened << " opened");
    CHECK(refused + opened == runs);
    CHECK(refused > 0);
}
