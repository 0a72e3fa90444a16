#include "mesas/CommitmentsFromCopy.h"

#include "base/Clock.h"
#include "base/SqlStatement.h"
#include "mesas/CommitmentRepository.h"

#include <QDir>
#include <QHash>

using namespace Qt::StringLiterals;

namespace taller {

namespace {

QString fieldsOf(const Commitment &c)
{
    QStringList parts{c.title};
    for (const CommitmentTextField &field : Commitments::textFields())
        parts.append(c.*field.member);
    return parts.join(u'\x1f');
}

// What differs between two versions, named by the fields' labels.
QStringList differences(const Commitment &a, const Commitment &b)
{
    QStringList named;
    if (a.title != b.title)
        named.append(CommitmentsFromCopy::tr("title"));
    const auto labels = Commitments::fields(a);
    int i = 0;
    for (const CommitmentTextField &field : Commitments::textFields()) {
        if (a.*field.member != b.*field.member)
            named.append(labels.value(i).first.toLower());
        ++i;
    }
    return named;
}

QString copyText(const Commitment &c)
{
    QStringList lines{CommitmentsFromCopy::tr("title: %1").arg(c.title)};
    const auto labels = Commitments::fields(c);
    for (const auto &[label, text] : labels) {
        if (!text.isEmpty())
            lines.append(u"%1: %2"_s.arg(label, text));
    }
    return lines.join(u"; "_s);
}

} // namespace

Status CommitmentsFromCopy::markBase(const QString &copyPath)
{
    auto copy = EventFile::open(copyPath);
    if (!copy)
        return copy.error();
    EventFile &file = **copy;
    const QString now = Clock::currentDateTime().toUTC().toString(Qt::ISODateWithMs);
    return file.write([&]() -> Status {
        TRY(SqlStatement::run(file.database(), u"DELETE FROM copy_base"_s));
        return SqlStatement::run(file.database(),
                                 u"INSERT INTO copy_base (commitment_id, revision, made_at) SELECT id, revision, ? FROM commitment"_s,
                                 {now});
    });
}

Result<CommitmentsFromCopy::Report> CommitmentsFromCopy::takeIn(EventFile &file, const QString &copyPath, const QString &mesaCode)
{
    TRY_LET(copy, EventFile::openReadOnly(copyPath));
    TRY_LET(theirs, CommitmentRepository(**copy).all());
    TRY_LET(bases, SqlStatement::rows((*copy)->database(), u"SELECT commitment_id, revision FROM copy_base"_s, {},
                                      [](const SqlStatement &row) { return std::pair(row.value(0).toLongLong(), row.value(1).toLongLong()); }));
    QHash<qint64, qint64> base;
    for (const auto &[id, revision] : *bases)
        base.insert(id, revision);
    TRY_LET(mesa, SqlStatement::scalar(file.database(), u"SELECT count(*) FROM mesa WHERE code = ?"_s, {mesaCode}));
    if (mesa->toInt() == 0)
        return Error{tr("Mesa %1 does not exist in this event.").arg(mesaCode)};

    Report report;
    CommitmentRepository ours(file);
    TRY(file.write([&]() -> Status {
        TRY_LET(current, ours.all());
        QHash<qint64, Commitment> byId;
        for (const Commitment &c : *current)
            byId.insert(c.id, c);
        int seen = 0;
        for (const Commitment &copied : *theirs) {
            if (copied.mesaCode.compare(mesaCode, Qt::CaseInsensitive) != 0 || copied.origin == CommitmentOrigin::Input)
                continue;
            ++seen;
            const auto known = base.find(copied.id);
            const auto here = byId.find(copied.id);
            if (known != base.end() && here != byId.end() && here->mesaCode == copied.mesaCode) {
                // The same commitment in both: who changed it since the copy?
                const bool copyChanged = copied.revision > known.value();
                const bool hereChanged = here->revision > known.value();
                if (!copyChanged || fieldsOf(copied) == fieldsOf(*here)) {
                    ++report.unchanged;
                    continue;
                }
                if (hereChanged) {
                    report.conflicts.append(tr("%1 «%2»: changed both here and in the copy (%3); this event keeps its own. "
                                               "The copy says — %4")
                                                .arg(mesaCode, here->title, differences(copied, *here).join(u", "_s),
                                                     copyText(copied)));
                    continue;
                }
                Commitment taken = *here;
                taken.title = copied.title;
                for (const CommitmentTextField &field : Commitments::textFields())
                    taken.*field.member = copied.*field.member;
                TRY(ours.save(taken, here->revision));
                ++report.updated;
                continue;
            }
            // Made in the copy (or a copy the program did not make): a
            // commitment of this mesa with its title here is the same one.
            const auto sameTitle = std::find_if(current->cbegin(), current->cend(), [&](const Commitment &c) {
                return c.mesaCode.compare(mesaCode, Qt::CaseInsensitive) == 0
                    && c.title.trimmed().compare(copied.title.trimmed(), Qt::CaseInsensitive) == 0;
            });
            if (sameTitle != current->cend()) {
                if (fieldsOf(*sameTitle) == fieldsOf(copied)) {
                    ++report.unchanged;
                } else {
                    report.conflicts.append(tr("%1 «%2»: this event already has a commitment with this title, different "
                                               "(%3); it keeps its own. The copy says — %4")
                                                .arg(mesaCode, sameTitle->title, differences(copied, *sameTitle).join(u", "_s),
                                                     copyText(copied)));
                }
                continue;
            }
            Commitment fresh = copied;
            fresh.id = 0;
            fresh.status = CommitmentStatus::Draft;
            fresh.mergedInto.reset();
            fresh.plenaryNote.clear();
            fresh.origin = CommitmentOrigin::Proposed;
            TRY(ours.save(fresh));
            ++report.added;
        }
        if (seen == 0)
            return Error{tr("The copy %1 has no commitment of mesa %2.").arg(QDir::toNativeSeparators(copyPath), mesaCode)};
        return {};
    }));
    return report;
}

} // namespace taller
