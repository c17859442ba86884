// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace framefit {

namespace {

bool fail(QString* error, const QString& why) {
    if (error)
        *error = why;
    return false;
}

// New files get the permissions an ordinary write would give them (0666 minus the umask), not
// QTemporaryFile's private 0600. The umask can only be read by setting it, so read it once.
mode_t newFileMode() {
    static const mode_t mode = [] {
        const mode_t mask = ::umask(0);
        ::umask(mask);
        return mode_t(0666 & ~mask);
    }();
    return mode;
}

bool renameNoReplace(const QString& from, const QString& to, int* err) {
    const QByteArray a = QFile::encodeName(from);
    const QByteArray b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *err = errno;
        return false;
    }
    // Filesystems without RENAME_NOREPLACE: a hard link also refuses to replace.
    if (::link(a.constData(), b.constData()) == 0) {
        ::unlink(a.constData());
        return true;
    }
    *err = errno;
    return false;
}

} // namespace

bool writeFileAtomically(const QString& path, const QByteArray& bytes, ExistingFile existing,
                         QString* error) {
    const QFileInfo info(path);
    if (existing == ExistingFile::Keep && info.exists())
        return fail(
            error,
            QCoreApplication::translate("AtomicWrite", "the output %1 already exists").arg(path));
    if (info.isDir())
        return fail(
            error,
            QCoreApplication::translate("AtomicWrite", "the output %1 is a folder").arg(path));

    // Hidden and marked .part, so a half-written file is never mistaken for an output.
    QTemporaryFile temp(info.absolutePath() + QLatin1String("/.") + info.fileName() +
                        QLatin1String(".XXXXXX.part"));
    if (!temp.open())
        return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write in %1: %2")
                               .arg(info.absolutePath(), temp.errorString()));
    // Written through the descriptor, not QFile's buffer, so a full disk is reported as such
    // rather than as Qt's "Unknown error".
    const auto systemError = [&](int code) {
        return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write %1: %2")
                               .arg(path, QString::fromLocal8Bit(std::strerror(code))));
    };
    const int fd = temp.handle();
    for (qsizetype done = 0; done < bytes.size();) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return systemError(n < 0 ? errno : ENOSPC);
        done += n;
    }
    mode_t mode = newFileMode();
    struct stat existingStat {};
    if (existing == ExistingFile::Replace &&
        ::stat(QFile::encodeName(path).constData(), &existingStat) == 0)
        mode = existingStat.st_mode & 07777; // a replaced file keeps its permissions
    if (::fchmod(fd, mode) != 0 || ::fsync(fd) != 0)
        return systemError(errno);
    int err = 0;
    bool renamed = false;
    if (existing == ExistingFile::Replace) {
        renamed = ::rename(QFile::encodeName(temp.fileName()).constData(),
                           QFile::encodeName(path).constData()) == 0;
        err = renamed ? 0 : errno;
    } else {
        renamed = renameNoReplace(temp.fileName(), path, &err);
    }
    if (!renamed) {
        if (err == EEXIST)
            return fail(error,
                        QCoreApplication::translate("AtomicWrite", "the output %1 already exists")
                            .arg(path));
        return systemError(err);
    }
    temp.setAutoRemove(false); // it has become `path`
    return true;
}

} // namespace framefit
