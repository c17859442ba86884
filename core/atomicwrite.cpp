// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicwrite.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
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

    if (existing == ExistingFile::Replace) {
        QSaveFile file(path);
        file.setDirectWriteFallback(false);
        if (!file.open(QIODevice::WriteOnly))
            return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write %1: %2")
                                   .arg(path, file.errorString()));
        if (file.write(bytes) != bytes.size() || !file.commit())
            return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write %1: %2")
                                   .arg(path, file.errorString()));
        return true;
    }

    QTemporaryFile temp(info.absolutePath() + QLatin1String("/.") + info.fileName() +
                        QLatin1String(".XXXXXX.part"));
    if (!temp.open())
        return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write in %1: %2")
                               .arg(info.absolutePath(), temp.errorString()));
    if (temp.write(bytes) != bytes.size() || !temp.flush())
        return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write %1: %2")
                               .arg(path, temp.errorString()));
    if (::fchmod(temp.handle(), newFileMode()) != 0 || ::fsync(temp.handle()) != 0)
        return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write %1: %2")
                               .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    int err = 0;
    if (!renameNoReplace(temp.fileName(), path, &err)) {
        if (err == EEXIST)
            return fail(error,
                        QCoreApplication::translate("AtomicWrite", "the output %1 already exists")
                            .arg(path));
        return fail(error, QCoreApplication::translate("AtomicWrite", "cannot write %1: %2")
                               .arg(path, QString::fromLocal8Bit(std::strerror(err))));
    }
    temp.setAutoRemove(false); // it has become `path`
    return true;
}

} // namespace framefit
