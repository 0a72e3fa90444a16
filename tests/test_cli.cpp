#include "TestSupport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace taller;
using namespace Qt::StringLiterals;
using test::runCli;

TEST_CASE("cli: new then agenda --json gives the seed's ten items", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.taller"_s);
    const auto created = runCli({u"new"_s, path, u"--template"_s, u"palacio-de-hierro"_s});
    REQUIRE(created.exitCode == 0);
    const auto agenda = runCli({u"agenda"_s, path, u"--json"_s});
    REQUIRE(agenda.exitCode == 0);
    const QJsonArray items = QJsonDocument::fromJson(agenda.out.toUtf8()).array();
    REQUIRE(items.size() == 10);
    CHECK(items.first()[u"start"_s].toString() == u"08:30"_s);
    CHECK(items.last()[u"end"_s].toString() == u"14:00"_s);
    CHECK(items.at(3)[u"exposition_minutes"_s].toInt() == 30);
    CHECK(items.at(3)[u"questions_minutes"_s].toInt() == 10);
    CHECK(items.at(4)[u"exposition_minutes"_s].toInt() == 30);
    CHECK(items.at(4)[u"questions_minutes"_s].toInt() == 15);
    CHECK(items.at(0)[u"exposition_minutes"_s].isNull());
    CHECK(items.at(1)[u"responsible"_s].toString().contains(u"Manuel Llempén"_s));
    for (const QString &key : {u"start"_s, u"end"_s, u"minutes"_s, u"kind"_s, u"title"_s, u"responsible"_s,
                               u"exposition_minutes"_s, u"questions_minutes"_s})
        CHECK(items.at(5).toObject().contains(key));
}

TEST_CASE("cli: new refuses to overwrite and to take an unknown template", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.taller"_s);
    REQUIRE(runCli({u"new"_s, path}).exitCode == 0);
    const QByteArray before = test::readAll(path);
    const auto again = runCli({u"new"_s, path, u"--template"_s, u"blank"_s});
    CHECK(again.exitCode != 0);
    CHECK(again.err.contains(u"already exists"_s));
    CHECK(again.err.count(u'\n') == 1);
    CHECK(test::readAll(path) == before);

    const auto unknown = runCli({u"new"_s, dir.filePath(u"u.taller"_s), u"--template"_s, u"nope"_s});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(u"nope"_s));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(u"u.taller"_s)));
}

TEST_CASE("cli: info --json carries the documented keys", "[cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.taller"_s);
    REQUIRE(runCli({u"new"_s, path, u"--sample-attendees"_s, u"50"_s}).exitCode == 0);
    const auto info = runCli({u"info"_s, path, u"--json"_s});
    REQUIRE(info.exitCode == 0);
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    CHECK(o[u"title"_s].toString() == u"Taller de validación de acuerdos sobre datos abiertos"_s);
    CHECK(o[u"date"_s].toString().contains(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}$"_s)));
    CHECK(o[u"venue"_s].toString() == u"Palacio de Hierro"_s);
    CHECK(o[u"start"_s].toString() == u"08:30"_s);
    CHECK(o[u"end"_s].toString() == u"14:00"_s);
    CHECK(o[u"expected"_s].toInt() == 50);
    CHECK(o[u"attendees"_s].toInt() == 50);
    CHECK(o[u"checked_in"_s].toInt() == 0);
}

TEST_CASE("cli: errors are one clear line and a non-zero exit", "[cli]")
{
    QTemporaryDir dir;
    SECTION("unknown verb")
    {
        const auto r = runCli({u"frobnicate"_s});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"frobnicate"_s));
    }
    SECTION("missing file")
    {
        const auto r = runCli({u"info"_s, dir.filePath(u"missing.taller"_s)});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"does not exist"_s));
        CHECK(r.err.count(u'\n') == 1);
    }
    SECTION("not an event")
    {
        const QString path = dir.filePath(u"notes.txt"_s);
        test::writeFile(path, "just some notes\n");
        const auto r = runCli({u"agenda"_s, path});
        CHECK(r.exitCode == 1);
        CHECK(r.err.contains(u"not a Taller Abierto event"_s));
        CHECK(test::readAll(path) == "just some notes\n");
    }
    SECTION("missing argument")
    {
        const auto r = runCli({u"info"_s});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(u"usage"_s));
    }
}

TEST_CASE("cli: every verb answers --help", "[cli]")
{
    // Written out here, not read from the program: a verb added or lost
    // shows up as a difference.
    const QStringList verbs = {
        u"new"_s, u"info"_s, u"agenda"_s, u"print agenda"_s, u"backup"_s, u"import agenda"_s, u"export agenda"_s,
        u"import attendees"_s, u"export attendees"_s, u"attendees"_s, u"search"_s, u"checkin"_s, u"undo-checkin"_s, u"export participation"_s,
        u"purge"_s, u"print attendance"_s, u"mesas"_s, u"balance"_s, u"assign"_s, u"import commitments"_s,
        u"export commitments"_s, u"commitments"_s, u"print mesa"_s, u"plenary"_s, u"decide"_s, u"amend"_s, u"signatory add"_s, u"key new"_s, u"acta close"_s,
        u"acta sign"_s, u"acta correct"_s, u"acta"_s, u"verify"_s, u"print acta"_s, u"print badges"_s,
        u"print certificates"_s, u"process"_s, u"stage"_s, u"import initiatives"_s, u"initiatives"_s, u"criteria"_s,
        u"criterion add"_s, u"score"_s, u"vote"_s, u"advance"_s, u"merge"_s, u"select"_s, u"trace"_s, u"print response"_s,
        u"print ficha"_s, u"export initiatives"_s, u"serve"_s, u"pairing"_s, u"devices"_s, u"device revoke"_s, u"join"_s,
        u"sync"_s, u"meetings"_s, u"meeting add"_s, u"meeting edit"_s, u"meeting remove"_s, u"item add"_s, u"item edit"_s,
        u"agreement add"_s, u"agreement done"_s, u"agreements"_s, u"board"_s, u"organisation add"_s, u"deliverable add"_s,
        u"deliverable receive"_s, u"print board"_s, u"print reminders"_s, u"export bundle"_s,
    };
    const auto usage = runCli({u"--help"_s});
    REQUIRE(usage.exitCode == 0);
    QStringList listed;
    const QString verbsSection = usage.out.section(u"Verbs:\n"_s, 1).section(u"\n\n"_s, 0, 0);
    for (const QString &line : verbsSection.split(u'\n', Qt::SkipEmptyParts))
        listed << line.trimmed().section(u"  "_s, 0, 0);
    CHECK(listed == verbs);

    for (const QString &verb : verbs) {
        INFO(verb.toStdString());
        QStringList args = verb.split(u' ');
        args << u"--help"_s;
        const auto r = runCli(args);
        CHECK(r.exitCode == 0);
        CHECK(r.err.isEmpty());
        CHECK(r.out.contains(u"taller-abierto-cli "_s + verb));
        // Every verb that reads an event says so in its usage (join makes
        // the desk's copy from a hub instead).
        if (verb != u"key new"_s && verb != u"join"_s)
            CHECK(r.out.contains(u"FILE"_s));
    }
}

TEST_CASE("cli: print agenda writes the programme with accents, in Spanish by default", "[cli][pdf]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"t.taller"_s);
    const QString pdf = dir.filePath(u"programa.pdf"_s);
    REQUIRE(runCli({u"new"_s, path}).exitCode == 0);
    const QString text = test::printedInSpanish({u"agenda"_s, path, pdf}, pdf).simplified();
    CHECK_THAT(text, test::ContainsAll({u"Taller de validación de acuerdos sobre datos abiertos"_s, u"Réjean Roy"_s,
                                        u"Manuel Llempén"_s, u"08:30–09:00"_s, u"13:15–14:00"_s,
                                        u"Presentación de los objetivos y metodología"_s, u"Objetivos específicos"_s,
                                        u"M1: Transparencia y acceso a la información pública"_s,
                                        u"Programa del taller"_s, u"Página 1 de"_s, u"30 min exp"_s}));
}
