#include "TestSupport.h"

#include "EventSession.h"
#include "MesasService.h"
#include "PlenaryService.h"

#include <QProcess>

using namespace taller;
using namespace Qt::StringLiterals;

namespace {

struct MergedPair
{
    QTemporaryDir dir;
    QString path = dir.filePath(u"plenaria.taller"_s);
    std::unique_ptr<EventSession> session = test::newEventSession(path);
    qint64 target = 0;
    qint64 merged = 0;

    MergedPair()
    {
        MesasService mesas(*session);
        target = mesas.saveCommitment(test::commitmentInFull(u"M1"_s, u"Portal de datos abiertos"_s))->id;
        merged = mesas.saveCommitment(test::commitmentInFull(u"M2"_s, u"Catálogo de datos"_s))->id;
        PlenaryService plenary(*session);
        REQUIRE(plenary.decide(target, {CommitmentStatus::Approved, std::nullopt, {}}).ok());
        REQUIRE(plenary.decide(merged, {CommitmentStatus::Merged, target, {}}).ok());
    }
    CommitmentStatus statusOf(qint64 id) const
    {
        return MesasService(*session).commitment(id)->value().status;
    }
};

} // namespace

TEST_CASE("A merge's target stays while something is merged into it, whoever asks", "[plenary][rules]")
{
    MergedPair pair;
    PlenaryService plenary(*pair.session);
    MesasService mesas(*pair.session);

    SECTION("withdrawn in plenary")
    {
        auto refused = plenary.decide(pair.target, {CommitmentStatus::Withdrawn, std::nullopt, {}});
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().kind == ErrorKind::Refused);
        CHECK(refused.errorMessage().contains(u"Catálogo de datos"_s));
    }
    SECTION("merged into another")
    {
        const qint64 third = mesas.saveCommitment(test::commitmentInFull(u"M3"_s, u"Audiencias públicas"_s))->id;
        CHECK_FALSE(plenary.decide(pair.target, {CommitmentStatus::Merged, third, {}}).ok());
    }
    SECTION("deleted on the Mesas page")
    {
        auto refused = mesas.removeCommitment(pair.target);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.errorMessage().contains(u"Catálogo de datos"_s));
    }
    SECTION("its status edited directly")
    {
        Commitment edited = mesas.commitment(pair.target)->value();
        edited.status = CommitmentStatus::Withdrawn;
        CHECK_FALSE(mesas.saveCommitment(edited).ok());
    }
    SECTION("by the command line")
    {
        const auto withdrawn = test::runCli({u"decide"_s, pair.path, QString::number(pair.target), u"withdrawn"_s});
        CHECK(withdrawn.exitCode == 1);
        CHECK(withdrawn.err.contains(u"Catálogo de datos"_s));
    }
    // Nothing changed, and the merge still names its target.
    CHECK(pair.statusOf(pair.target) == CommitmentStatus::Approved);
    CHECK(pair.statusOf(pair.merged) == CommitmentStatus::Merged);
    CHECK(mesas.commitment(pair.merged)->value().mergedInto == pair.target);
}

TEST_CASE("Once the merge is undone, its target can be withdrawn", "[plenary][rules]")
{
    MergedPair pair;
    PlenaryService plenary(*pair.session);
    REQUIRE(plenary.decide(pair.merged, {CommitmentStatus::Approved, std::nullopt, {}}).ok());
    CHECK(plenary.decide(pair.target, {CommitmentStatus::Withdrawn, std::nullopt, {}}).ok());
}

TEST_CASE("What the plenary changes in a commitment's text makes it amended in plenary, from the window or the CLI",
          "[plenary][rules]")
{
    MergedPair pair;
    PlenaryService plenary(*pair.session);
    MesasService mesas(*pair.session);

    // Moving it to another mesa is not an amendment.
    Commitment moved = mesas.commitment(pair.target)->value();
    moved.mesaCode = u"M4"_s;
    auto saved = plenary.amend(moved);
    REQUIRE(saved.ok());
    CHECK(saved->origin != CommitmentOrigin::Amended);

    Commitment reworded = saved.value();
    reworded.indicator = u"Conjuntos de datos publicados por trimestre"_s;
    saved = plenary.amend(reworded);
    REQUIRE(saved.ok());
    CHECK(saved->origin == CommitmentOrigin::Amended);

    const auto amended = test::runCli({u"amend"_s, pair.path, QString::number(pair.merged), u"--deadline"_s, u"Diciembre de 2017"_s});
    REQUIRE(amended.exitCode == 0);
    const Commitment stored = mesas.commitment(pair.merged)->value();
    CHECK(stored.deadline == u"Diciembre de 2017"_s);
    CHECK(stored.origin == CommitmentOrigin::Amended);
    CHECK(test::runCli({u"amend"_s, pair.path, u"999"_s, u"--title"_s, u"X"_s}).exitCode == 1);
}

TEST_CASE("The sqlite3 shell cannot withdraw or delete a merge's target either", "[plenary][rules]")
{
    MergedPair pair;
    const QString target = QString::number(pair.target);
    for (const QString &sql : {u"UPDATE commitment SET status = 'withdrawn' WHERE id = %1;"_s.arg(target),
                               u"DELETE FROM commitment WHERE id = %1;"_s.arg(target)}) {
        INFO(sql.toStdString());
        QProcess shell;
        shell.start(u"sqlite3"_s, {pair.path, sql});
        if (!shell.waitForStarted())
            test::skip("the sqlite3 shell is not installed");
        shell.waitForFinished();
        CHECK(shell.exitCode() != 0);
        CHECK(QString::fromUtf8(shell.readAllStandardError()).contains(u"taller.rule.merge-target"_s));
    }
    CHECK(pair.statusOf(pair.target) == CommitmentStatus::Approved);
}
