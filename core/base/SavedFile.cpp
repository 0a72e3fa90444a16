#include "base/SavedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace taller {

using namespace Qt::StringLiterals;

namespace {

// A descriptor closed on every way out unless its close was checked.
class Descriptor
{
public:
    explicit Descriptor(int fd) : m_fd(fd) {}
    ~Descriptor()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Descriptor(const Descriptor &) = delete;
    Descriptor &operator=(const Descriptor &) = delete;
    void reset(int fd)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }
    int fd() const { return m_fd; }
    bool valid() const { return m_fd >= 0; }
    // close(2) may report what write(2) did not (a quota, a network disk):
    // it is checked like every write.
    int close()
    {
        const int fd = m_fd;
        m_fd = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }

private:
    int m_fd;
};

// Every byte, or the errno that stopped it.
int writeAll(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qint64 left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, data, size_t(left));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return errno;
        }
        if (n == 0)
            return ENOSPC; // write(2) of more than nothing that writes nothing: the device took no more
        data += n;
        left -= n;
    }
    return 0;
}

QString reasonOf(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Error SavedFile::failure(int error, const QString &folder, const QString &name)
{
    switch (error) {
    case ENOSPC:
        return Error{tr("No space left in %1: %2 was not written, and nothing of it was left there. Free some space or "
                        "choose another folder.")
                         .arg(shown(folder), name),
                     ErrorKind::NoSpace};
    case EDQUOT:
        return Error{tr("No space left in %1: your disk quota is used up, so %2 was not written, and nothing of it was "
                        "left there. Free some space or choose another folder.")
                         .arg(shown(folder), name),
                     ErrorKind::NoSpace};
    case EIO:
        return Error{tr("The disk of %1 failed (input/output error) while %2 was being written; nothing of it was left "
                        "there. Check the disk or USB stick, or choose another folder.")
                         .arg(shown(folder), name),
                     ErrorKind::Io};
    default:
        return Error{tr("Cannot write %1: %2").arg(shown(QDir(folder).filePath(name)), reasonOf(error))};
    }
}

Status SavedFile::write(const QString &givenPath, const QByteArray &bytes)
{
    // A link to a file is followed: the file it names is the one replaced,
    // the link stays a link. (A link to a device or a pipe, such as
    // /dev/stdout, is written through as it is.)
    QString path = givenPath;
    QFileInfo info(path);
    if (info.isSymLink() && info.isFile()) {
        if (const QString target = info.canonicalFilePath(); !target.isEmpty()) {
            path = target;
            info.setFile(path);
        }
    }
    const QByteArray encoded = QFile::encodeName(path);
    if (info.isDir())
        return Error{tr("Cannot write %1: %2").arg(shown(path), tr("it is a folder"))};
    if (info.exists() && !info.isFile()) {
        // A device or a pipe cannot be replaced by a renamed file (and must
        // not be: as root, a rename would put a plain file in /dev).
        const auto deviceFailure = [&](int error) -> Error {
            if (error == ENOSPC || error == EDQUOT)
                return Error{tr("Cannot write %1: the device is full (no space left on it).").arg(shown(path)),
                             ErrorKind::NoSpace};
            if (error == EIO)
                return Error{tr("Cannot write %1: the device failed (input/output error).").arg(shown(path)), ErrorKind::Io};
            return Error{tr("Cannot write %1: %2").arg(shown(path), reasonOf(error))};
        };
        Descriptor device(::open(encoded.constData(), O_WRONLY | O_CLOEXEC | O_NOCTTY));
        if (!device.valid())
            return deviceFailure(errno);
        if (const int error = writeAll(device.fd(), bytes))
            return deviceFailure(error);
        // A pipe or a terminal cannot be synced, and need not be.
        if (::fsync(device.fd()) != 0 && errno != EINVAL && errno != EROFS && errno != ENOTSUP)
            return deviceFailure(errno);
        if (const int error = device.close())
            return deviceFailure(error);
        return {};
    }

    // A file its owner protected is not replaced behind the protection.
    if (info.exists() && ::access(encoded.constData(), W_OK) != 0)
        return Error{tr("Cannot write %1: %2").arg(shown(path), reasonOf(errno))};

    // A regular file: written whole beside its place under a name of its own,
    // synced, closed, then renamed over it. Each step is checked; any failure
    // removes what was written, so the place keeps its old file or none.
    const QString folder = info.absolutePath();
    const QString name = info.fileName();
    QString temporary;
    Descriptor file(-1);
    for (int attempt = 0; attempt < 16 && !file.valid(); ++attempt) {
        temporary = folder + u"/."_s + name + u"."_s
                    + QString::number(QRandomGenerator::global()->generate64() & 0xffffffffffULL, 36) + u".partial"_s;
        // 0666 less the umask, as any new file; O_EXCL never follows a link
        // or reuses a file already there.
        file.reset(::open(QFile::encodeName(temporary).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666));
        if (!file.valid() && errno != EEXIST)
            return failure(errno, folder, name);
    }
    if (!file.valid())
        return failure(EEXIST, folder, name);
    const QByteArray encodedTemporary = QFile::encodeName(temporary);
    const auto abandon = [&](int error) {
        if (file.valid())
            (void)file.close();
        ::unlink(encodedTemporary.constData());
        return failure(error, folder, name);
    };
    // A file replaced keeps the permissions it had.
    struct stat old {};
    if (::stat(encoded.constData(), &old) == 0 && S_ISREG(old.st_mode))
        (void)::fchmod(file.fd(), old.st_mode & 07777);
    if (const int error = writeAll(file.fd(), bytes))
        return abandon(error);
    // The bytes reach the disk before the name does; a device that cannot
    // keep them says so here (a full disk may say it only now).
    if (::fsync(file.fd()) != 0)
        return abandon(errno);
    if (const int error = file.close())
        return abandon(error);
    if (::rename(encodedTemporary.constData(), encoded.constData()) != 0)
        return abandon(errno);
    // "Written" once the new name is on disk too.
    return syncFolder(folder);
}

Status SavedFile::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error{tr("Cannot write %1: %2").arg(shown(folder), reasonOf(errno))};
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced) {
        if (error == EIO)
            return Error{tr("The disk of %1 failed (input/output error) while its files were being saved.").arg(shown(folder)),
                         ErrorKind::Io};
        return Error{tr("Cannot write %1: %2").arg(shown(folder), reasonOf(error))};
    }
    return {};
}

} // namespace taller
