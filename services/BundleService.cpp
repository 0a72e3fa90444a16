#include "BundleService.h"

#include "base/Clock.h"
#include "ActaService.h"
#include "MeetingService.h"
#include "MesasService.h"
#include "ProcessService.h"
#include "RegistrationService.h"
#include "base/SavedFile.h"
#include "base/Text.h"
#include "tabular/TabularWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{BundleService::tr("Cannot read back %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return Error{BundleService::tr("Cannot read back %1.").arg(QDir::toNativeSeparators(path))};
    return QString::fromLatin1(hash.result().toHex());
}

// A file of the bundle that could not be written, said of the folder the
// user chose (not of the hidden one it is written into first): a full disk
// or a failing one in words, any other failure with the file's name.
Error bundleFailure(const Error &error, const QString &parent, const QString &name)
{
    const QString where = QDir::toNativeSeparators(parent);
    switch (error.kind) {
    case ErrorKind::NoSpace:
        return Error{BundleService::tr("No space left in %1: the bundle did not fit (%2 could not be written), and nothing "
                                       "of it was left there. Free some space or choose another folder.")
                         .arg(where, name),
                     ErrorKind::NoSpace};
    case ErrorKind::Io:
        return Error{BundleService::tr("The disk of %1 failed (input/output error) while the bundle was being written "
                                       "(%2); nothing of it was left there. Check the disk or USB stick, or choose another "
                                       "folder.")
                         .arg(where, name),
                     ErrorKind::Io};
    default:
        return Error{BundleService::tr("%1: %2").arg(name, error.message), error.kind};
    }
}

// The bundle as it is written, file by file, into a folder of its own.
class BundleWriter
{
public:
    BundleWriter(QString folder, QString parent) : m_folder(std::move(folder)), m_parent(std::move(parent)) {}

    Status add(const QString &name, const QString &description, const std::function<Status(const QString &path)> &write)
    {
        const QString path = m_folder + u'/' + name;
        if (Status s = write(path); !s)
            return bundleFailure(s.error(), m_parent, name);
        TRY_LET(hash, sha256Of(path));
        m_files.append({name, description, *hash});
        return {};
    }
    // A file that is not listed in the index (the index itself).
    Status addUnlisted(const QString &name, const QByteArray &bytes)
    {
        if (Status s = SavedFile::write(m_folder + u'/' + name, bytes); !s)
            return bundleFailure(s.error(), m_parent, name);
        return {};
    }
    Status addPdf(const QString &name, const QString &description, const Result<PrintedDocument> &document)
    {
        if (!document)
            return Error{BundleService::tr("%1: %2").arg(name, document.errorMessage())};
        return add(name, description, [&](const QString &path) { return document->writePdf(path); });
    }
    // The same list as .xlsx and as CSV.
    Status addSheet(const QString &baseName, const QString &description, const Result<TabularSheet> &sheet)
    {
        if (!sheet)
            return Error{BundleService::tr("%1: %2").arg(baseName, sheet.errorMessage())};
        for (auto format : {TabularWriter::Format::Xlsx, TabularWriter::Format::Csv}) {
            const QString name = baseName + (format == TabularWriter::Format::Xlsx ? u".xlsx"_s : u".csv"_s);
            TRY(add(name, description,
                    [&](const QString &path) { return TabularWriter::write(*sheet, path, format); }));
        }
        return {};
    }
    const QList<BundleService::File> &files() const { return m_files; }

private:
    QString m_folder;
    QString m_parent;
    QList<BundleService::File> m_files;
};

QString slug(const Meeting &m)
{
    return m.isWorkshop() ? u"taller"_s : u"reunion-%1"_s.arg(m.id);
}

Result<TabularSheet> attendanceByMeeting(EventSession &session, const QList<Meeting> &meetings)
{
    TabularSheet sheet;
    sheet.name = BundleService::tr("Attendance");
    sheet.header = QStringList{BundleService::tr("Meeting"), BundleService::tr("Stage"), BundleService::tr("Title"),
                               BundleService::tr("Date"), BundleService::tr("Sector"), BundleService::tr("Attended")};
    for (const Meeting &m : meetings) {
        TRY_LET(counts, RegistrationService(session, {m.id}).counts());
        for (Sector sector : valuesOf<Sector>()) {
            sheet.rows.append({m.id, m.stage ? romanNumeral(*m.stage) : QString(), m.title,
                               m.date.isValid() ? m.date.toString(Qt::ISODate) : QString(), displayNameOf(sector),
                               counts->bySector.value(sector).checkedIn});
        }
        sheet.rows.append({m.id, m.stage ? romanNumeral(*m.stage) : QString(), m.title,
                           m.date.isValid() ? m.date.toString(Qt::ISODate) : QString(), BundleService::tr("Total"), counts->checkedIn});
    }
    return sheet;
}

} // namespace

Result<BundleService::Report> BundleService::write(const QString &givenFolder) const
{
    // "repositorio/" names the same folder as "repositorio".
    const QString folder = QDir::cleanPath(givenFolder);
    const QFileInfo target(folder);
    if (target.exists() && !(target.isDir() && QDir(folder).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)))
        return Error{tr("%1 already exists and is not an empty folder: choose a new folder for the bundle.")
                         .arg(QDir::toNativeSeparators(folder))};
    const QString parent = target.absoluteDir().absolutePath();
    if (!QFileInfo(parent).isDir())
        return Error{tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(parent))};
    QTemporaryDir staging(parent + u"/."_s + target.fileName() + u".partial-XXXXXX"_s);
    if (!staging.isValid())
        return Error{tr("Cannot write in %1: %2").arg(QDir::toNativeSeparators(parent), staging.errorString())};

    BundleWriter bundle(staging.path(), parent);
    TRY_LET(meetings, MeetingService(m_session).meetings());
    int actas = 0;
    for (const Meeting &m : std::as_const(*meetings)) {
        ActaService acta(m_session, {m.id});
        TRY_LET(versions, acta.versions());
        for (const ActaVersion &v : std::as_const(*versions)) {
            if (!v.isClosed())
                continue;
            ++actas;
            const QString what = m.isWorkshop() ? tr("Acta de Compromisos, version %1, fingerprint %2").arg(v.version).arg(v.fingerprint)
                                                : tr("Minutes of meeting %1 (%2), version %3, fingerprint %4")
                                                      .arg(m.id)
                                                      .arg(m.title)
                                                      .arg(v.version)
                                                      .arg(v.fingerprint);
            const QString name = m.isWorkshop() ? u"acta-de-compromisos-v%1.pdf"_s.arg(v.version)
                                                : u"acta-%1-v%2.pdf"_s.arg(slug(m)).arg(v.version);
            TRY(bundle.addPdf(name, what, acta.document(v.version)));
            // Its canonical text beside it, the bytes the fingerprint is the
            // SHA-256 of: anyone with the bundle recomputes it (sha256sum).
            const QString textName = name.chopped(4) + u".txt"_s;
            const QByteArray canonical = v.canonicalText.toUtf8();
            TRY(bundle.add(textName, tr("Its canonical text: its SHA-256 is the fingerprint %1").arg(v.fingerprint),
                           [&](const QString &path) { return SavedFile::write(path, canonical); }));
            // A certificate's seal beside them, in DER: "openssl cms -verify
            // -binary -inform DER -content" the .txt checks it.
            if (const auto key = SealPublicKey::fromHex(v.sealPublicKey); v.isSealed() && key && key->isCertificate()) {
                const QByteArray seal = QByteArray::fromHex(v.seal.toLatin1());
                TRY(bundle.add(name.chopped(4) + u".p7s"_s,
                               tr("Its seal by the certificate %1 (CMS, DER), over the canonical text").arg(key->subject()),
                               [&](const QString &path) { return SavedFile::write(path, seal); }));
            }
        }
    }
    ProcessService process(m_session);
    TRY_LET(started, process.process());
    if (started->has_value()) {
        TRY(bundle.addPdf(u"respuesta-razonada.pdf"_s, tr("Reasoned response to every initiative"),
                          process.reasonedResponse()));
        TRY(bundle.addSheet(u"iniciativas"_s, tr("Initiatives (fichas) and the decision on each"),
                            process.initiativesSheet()));
    }
    TRY(bundle.addSheet(u"compromisos"_s, tr("Commitments"), MesasService(m_session).exportCommitments()));
    TRY(bundle.addSheet(u"asistencia-por-reunion-y-sector"_s, tr("Attendance by meeting and sector (counts, no names)"),
                        attendanceByMeeting(m_session, *meetings)));

    QStringList index{tr("Published record of the co-creation process"),
                      tr("Made on %1 from %2.")
                          .arg(Clock::currentDateTime().toString(Qt::ISODate))
                          .arg(QFileInfo(m_session.path()).fileName()),
                      tr("%n closed acta(s) and minutes.", nullptr, actas),
                      QString(),
                      tr("Each file with its SHA-256 and what it holds:"),
                      QString()};
    for (const File &f : bundle.files())
        index << u"%1  %2\n    %3"_s.arg(f.sha256, f.name, f.description);
    index << QString() << tr("An acta's fingerprint is that of its canonical text, not of the PDF: check it with "
                             "\"taller-abierto-cli verify\" on the event file.")
          << tr("Each acta's canonical text is the .txt beside its PDF: \"sha256sum FILE.txt\" gives its fingerprint.");
    TRY(bundle.addUnlisted(QString::fromLatin1(IndexName), (index.join(u'\n') + u'\n').toUtf8()));

    // A folder to publish, readable like any other (the staging one is private).
    QFile::setPermissions(staging.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                              | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                              | QFileDevice::ExeOther);
    // The files' entries in the bundle's folder reach the disk before it is
    // moved into place.
    TRY(SavedFile::syncFolder(staging.path()));
    // Into place in one rename: an empty folder given by the user goes first.
    if (target.exists() && !QDir().rmdir(folder))
        return Error{tr("Cannot replace the empty folder %1.").arg(QDir::toNativeSeparators(folder))};
    if (!QDir().rename(staging.path(), target.absoluteFilePath()))
        return Error{tr("Cannot move the bundle into %1.").arg(QDir::toNativeSeparators(folder))};
    staging.setAutoRemove(false);
    // "Wrote" only once the folder's own entry is on disk too.
    TRY(SavedFile::syncFolder(parent));
    Report report;
    report.folder = target.absoluteFilePath();
    report.files = bundle.files();
    report.files.append({QString::fromLatin1(IndexName), tr("Index"), {}});
    return report;
}

} // namespace taller
