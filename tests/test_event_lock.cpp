#include "TestSupport.h"

#include "base/SqlStatement.h"
#include "EventSession.h"
#include "RegistrationService.h"

#include <QDir>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <iostream>
#include <string>

using namespace taller;
using namespace Qt::StringLiterals;

// The window's process, as the test below drives it: an event open through
// the services, and the commands a person's day sends it, one per line on
// standard input, each answered on standard output once it is done.
//   checkin DOCUMENT  → "=> ok DOCUMENT" once the service said it is done
//   dialog            → opens and closes the event's file and journal as a
//                       file dialog or a library would, then "=> done"
// and "=> note …" when the window says it mended something.
TEST_CASE("The window's process, driven by the journal test", "[.window-process]")
{
    const QString path = qEnvironmentVariable("TALLER_WINDOW_PROCESS_EVENT");
    REQUIRE_FALSE(path.isEmpty());
    auto session = EventSession::open(path, u"ventana"_s);
    REQUIRE(session.ok());
    QObject::connect(session->get(), &EventSession::recovered,
                     [](const QString &note) { std::cout << "=> note " << note.toStdString() << std::endl; });
    RegistrationService desk(**session);
    std::string line;
    while (std::getline(std::cin, line)) {
        const QString command = QString::fromStdString(line).trimmed();
        if (command.startsWith(u"checkin "_s)) {
            const QString document = command.mid(8);
            auto result = desk.checkInByDocument(document);
            if (result && result->outcome == CheckinOutcome::CheckedIn)
                std::cout << "=> ok " << document.toStdString() << std::endl;
            else
                std::cout << "=> failed " << (result ? "outcome" : result.errorMessage().toStdString()) << std::endl;
        } else if (command == u"dialog"_s) {
            for (const QString &name : {path, path + u"-wal"_s, path + u"-shm"_s}) {
                QFile file(name);
                if (file.open(QIODevice::ReadOnly))
                    (void)file.read(16);
                file.close();
            }
            std::cout << "=> done" << std::endl;
        }
    }
}

namespace {

// The window's process, started as the test binary running the hidden test
// above.
class WindowProcess
{
public:
    explicit WindowProcess(const QString &path)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"TALLER_WINDOW_PROCESS_EVENT"_s, path);
        m_process.setProcessEnvironment(environment);
        m_process.start(QCoreApplication::applicationFilePath(), {u"[.window-process]"_s});
        REQUIRE(m_process.waitForStarted());
    }
    ~WindowProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    // Sends a command and returns its answer; notes the process printed on
    // the way are kept in notes.
    QString ask(const QString &command)
    {
        m_process.write(command.toUtf8() + '\n');
        while (true) {
            while (!m_pending.contains('\n')) {
                REQUIRE(m_process.waitForReadyRead(30000));
                m_pending += m_process.readAllStandardOutput();
            }
            const qsizetype end = m_pending.indexOf('\n');
            const QString line = QString::fromUtf8(m_pending.left(end));
            m_pending.remove(0, end + 1);
            if (!line.startsWith(u"=> "_s)) // Catch's own words
                continue;
            const QString answer = line.mid(3);
            if (answer.startsWith(u"note "_s))
                notes << answer.mid(5);
            else
                return answer;
        }
    }

    // As the power cord or `kill -9` would.
    void kill()
    {
        m_process.kill();
        m_process.waitForFinished();
    }

    QStringList notes;

private:
    QProcess m_process;
    QByteArray m_pending;
};

QStringList checkedInDocuments(const QString &path)
{
    const test::CliResult listed = test::runCli({u"attendees"_s, path, u"--checked-in"_s, u"--json"_s});
    REQUIRE(listed.exitCode == 0);
    QStringList documents;
    for (const QJsonValue &attendee : QJsonDocument::fromJson(listed.out.toUtf8()).array())
        documents << attendee[u"document"_s].toString();
    return documents;
}

} // namespace

TEST_CASE("A file dialog in the window's process and a CLI reading the event lose no confirmed check-in", "[storage][kill][two-processes]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"diario.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(path, 10);
    auto document = [&](int i) { return people.at(i)[u"document"_s].toString(); };

    WindowProcess window(path);
    CHECK(window.ask(u"checkin "_s + document(0)) == u"ok "_s + document(0));

    // The dialog drops the window's locks; a CLI that reads the event then
    // believes it is alone, checkpoints the journal and deletes it.
    CHECK(window.ask(u"dialog"_s) == u"done"_s);
    REQUIRE(test::runCli({u"info"_s, path}).exitCode == 0);
    REQUIRE(test::runCli({u"attendees"_s, path}).exitCode == 0);
    INFO("the trap is set: the journal the window writes to was deleted under it");
    CHECK_FALSE(QFileInfo::exists(path + u"-wal"_s));

    CHECK(window.ask(u"checkin "_s + document(1)) == u"ok "_s + document(1));
    CHECK(window.ask(u"checkin "_s + document(2)) == u"ok "_s + document(2));
    // Once more, with the CLI between two check-ins.
    CHECK(window.ask(u"dialog"_s) == u"done"_s);
    CHECK(window.ask(u"checkin "_s + document(3)) == u"ok "_s + document(3));
    REQUIRE(test::runCli({u"info"_s, path}).exitCode == 0);
    CHECK(window.ask(u"checkin "_s + document(4)) == u"ok "_s + document(4));
    window.kill();

    const QStringList arrived = checkedInDocuments(path);
    for (int i = 0; i < 5; ++i) {
        INFO("checked in at the window: " << document(i).toStdString());
        CHECK(arrived.contains(document(i)));
    }
    CHECK(arrived.size() == 5);
    // The window said what it mended.
    CHECK_FALSE(window.notes.isEmpty());
    const QString integrity = test::sqlite(path, u"PRAGMA integrity_check;"_s).trimmed();
    CHECK(integrity == u"ok"_s);
}

TEST_CASE("An event file replaced behind the window is not written to, and what the window held is saved aside", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"cambiado.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(path, 4);
    auto session = EventSession::open(path);
    REQUIRE(session.ok());
    RegistrationService desk(**session);
    REQUIRE(desk.checkInByDocument(people.at(0)[u"document"_s].toString()).ok());

    // Another program moves the file away, with its journal, and puts
    // another in its place.
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        REQUIRE(QFile::rename(path + suffix, dir.filePath(u"movido.taller"_s) + suffix));
    (void)test::newEventWithSampleAttendees(path, 2);

    const auto refused = desk.checkInByDocument(people.at(1)[u"document"_s].toString());
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(u"replaced"_s));
    // Every later change is refused with the same words, not as read-only media.
    const auto later = desk.checkInByDocument(people.at(2)[u"document"_s].toString());
    REQUIRE_FALSE(later.ok());
    CHECK(later.errorMessage() == refused.errorMessage());
    QStringList rescued = QDir(dir.path()).entryList({u"cambiado-rescued-*.taller"_s});
    REQUIRE(rescued.size() == 1);
    // The copy holds what the window had: the first check-in.
    CHECK(test::sqlite(dir.filePath(rescued.first()), u"SELECT count(*) FROM checkin_event;"_s).trimmed() == u"1"_s);
    // The file now at the path was not touched.
    CHECK(test::sqlite(path, u"SELECT count(*) FROM checkin_event;"_s).trimmed() == u"0"_s);
}
