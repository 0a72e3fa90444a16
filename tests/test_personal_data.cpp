#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;

TEST_CASE("Purging erases personal data from the file, keeps counts and the acta", "[personal-data]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"p.taller"_s);
    const QJsonArray people = test::newEventWithSampleAttendees(path, 60);
    QByteArray input;
    for (int i = 0; i < 40; ++i)
        input += people.at(i)[u"document"_s].toString().toUtf8() + '\n';
    REQUIRE(test::runCli({u"checkin"_s, path, u"--stdin"_s}, input).exitCode == 0);
    REQUIRE(test::runCli({u"signatory"_s, u"add"_s, path, u"--name"_s, u"Rosa Muñoz Ibáñez"_s, u"--document"_s, u"40506070"_s,
                          u"--side"_s, u"civil-society"_s}).exitCode == 0);

    const QString before = dir.filePath(u"antes.csv"_s);
    REQUIRE(test::runCli({u"export"_s, u"participation"_s, path, before}).exitCode == 0);
    const QString exported = QString::fromUtf8(test::readAll(before));
    CHECK(exported.contains(u"Total;60;40"_s));
    const QString someone = people.at(3)[u"document"_s].toString();
    CHECK_FALSE(exported.contains(someone));
    CHECK_FALSE(exported.contains(people.at(3)[u"surnames"_s].toString()));

    CHECK(test::runCli({u"purge"_s, path}).exitCode == 2); // needs --confirm
    REQUIRE(test::runCli({u"purge"_s, path, u"--confirm"_s}).exitCode == 0);

    // Nothing of the people is left readable in the bytes of the file.
    QByteArray bytes = test::readAll(path);
    if (QFileInfo::exists(path + u"-wal"_s))
        bytes += test::readAll(path + u"-wal"_s);
    for (int i = 0; i < people.size(); ++i) {
        INFO("attendee " << i);
        CHECK_FALSE(bytes.contains(people.at(i)[u"document"_s].toString().toUtf8()));
        CHECK_FALSE(bytes.contains(people.at(i)[u"surnames"_s].toString().toUtf8()));
    }
    CHECK_FALSE(bytes.contains("@example.org"));

    const QJsonObject info = QJsonDocument::fromJson(test::runCli({u"info"_s, path, u"--json"_s}).out.toUtf8()).object();
    CHECK(info[u"attendees"_s].toInt() == 0);
    const QString after = dir.filePath(u"despues.csv"_s);
    REQUIRE(test::runCli({u"export"_s, u"participation"_s, path, after}).exitCode == 0);
    CHECK(test::readAll(after) == test::readAll(before));
    const QJsonObject acta = QJsonDocument::fromJson(test::runCli({u"acta"_s, path, u"--json"_s}).out.toUtf8()).object();
    CHECK(acta[u"participants"_s].toInt() == 40);
    CHECK(acta[u"signatories"_s].toArray().at(0)[u"name"_s].toString() == u"Rosa Muñoz Ibáñez"_s);
    // Running it again finds nothing left and says so.
    const auto again = test::runCli({u"purge"_s, path, u"--confirm"_s});
    CHECK(again.exitCode == 0);
    CHECK(again.out.contains(u"already been erased"_s));
}
