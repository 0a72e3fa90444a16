#include "base/SavedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace taller {

Status SavedFile::write(const QString &path, const QByteArray &bytes)
{
    const QFileInfo info(path);
    const auto failed = [&](const QString &reason) {
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), reason)};
    };
    if (info.isDir())
        return failed(tr("it is a folder"));
    if (info.exists() && !info.isFile()) {
        // A device or a pipe cannot be replaced by a renamed file (and must
        // not be: as root, a rename would put a plain file in /dev).
        QFile device(path);
        if (!device.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return failed(device.errorString());
        qint64 done = 0;
        while (done < bytes.size()) {
            const qint64 n = device.write(bytes.constData() + done, bytes.size() - done);
            if (n <= 0)
                return failed(device.errorString());
            done += n;
        }
        if (!device.flush() || device.error() != QFileDevice::NoError)
            return failed(device.errorString());
        device.close();
        if (device.error() != QFileDevice::NoError)
            return failed(device.errorString());
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failed(file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return failed(reason);
    }
    // commit() flushes, syncs to disk and renames into place; any earlier
    // write error makes it fail and leaves nothing at path.
    if (!file.commit())
        return failed(file.errorString());
    return {};
}

Status SavedFile::syncFolder(const QString &folder)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(errno)))};
    const bool synced = ::fsync(fd) == 0;
    const int error = errno;
    ::close(fd);
    if (!synced)
        return Error{tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(folder), QString::fromLocal8Bit(std::strerror(error)))};
    return {};
}

} // namespace taller
