/* An LD_PRELOAD library that records what a power cut would leave (see powercutstate.h).
 *
 * Under POWERCUT_ROOT (an absolute folder) every successful fsync() or fdatasync() of a regular
 * file saves the file's whole content as of that moment, by inode; of a folder, its entries
 * (name, inode, type) as of that moment. Both go to POWERCUT_STATE. Nothing else is recorded:
 * a write, rename, unlink or mkdir is durable only once a later sync covers it, which is
 * exactly the promise POSIX makes. The test materialises the recorded state after killing the
 * process (PowerCut::materialise).
 *
 * SQLite calls fsync/fdatasync through its own table of system calls, whose entries resolve to
 * these functions as well. A file's content is read through the very descriptor that was
 * synced when it is readable: opening and closing another descriptor of a database file would
 * drop SQLite's POSIX locks (the rule in core/storage/database.h). */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

#include <atomic>

namespace {

std::atomic<unsigned> s_counter;

int writeAll(int fd, const char *data, size_t size)
{
    while (size > 0) {
        const ssize_t n = write(fd, data, size);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return -1;
        data += n;
        size -= size_t(n);
    }
    return 0;
}

/* A temporary file in the state folder, renamed over `name` when complete, so a process killed
 * while recording leaves the previous record whole. */
int openTemp(const char *state, char *temp, size_t size)
{
    snprintf(temp, size, "%s/.tmp-%d-%u", state, int(getpid()), s_counter.fetch_add(1));
    return open(temp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
}

void commit(const char *temp, const char *state, const char *prefix, const struct stat *st)
{
    char name[PATH_MAX];
    snprintf(name, sizeof name, "%s/%s-%llu-%llu", state, prefix, static_cast<unsigned long long>(st->st_dev),
             static_cast<unsigned long long>(st->st_ino));
    if (rename(temp, name) != 0)
        unlink(temp);
}

void recordFile(int fd, const char *path, const struct stat *st, const char *state)
{
    const int mode = fcntl(fd, F_GETFL) & O_ACCMODE;
    int source = fd;
    if (mode == O_WRONLY) {
        /* Not a database file (SQLite opens those read-write): a second descriptor is harmless. */
        source = open(path, O_RDONLY | O_CLOEXEC);
        if (source < 0)
            return;
    }
    char temp[PATH_MAX];
    const int out = openTemp(state, temp, sizeof temp);
    if (out >= 0) {
        char buffer[65536];
        off_t offset = 0;
        int ok = 1;
        for (;;) {
            const ssize_t n = pread(source, buffer, sizeof buffer, offset);
            if (n < 0 && errno == EINTR)
                continue;
            if (n < 0) {
                ok = 0;
                break;
            }
            if (n == 0)
                break;
            if (writeAll(out, buffer, size_t(n)) != 0) {
                ok = 0;
                break;
            }
            offset += n;
        }
        close(out);
        if (ok)
            commit(temp, state, "f", st);
        else
            unlink(temp);
    }
    if (source != fd)
        close(source);
}

void recordFolder(const char *path, const struct stat *st, const char *state)
{
    DIR *dir = opendir(path);
    if (!dir)
        return;
    char temp[PATH_MAX];
    const int out = openTemp(state, temp, sizeof temp);
    if (out < 0) {
        closedir(dir);
        return;
    }
    int ok = 1;
    struct dirent *entry;
    while ((entry = readdir(dir)) != nullptr) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0)
            continue;
        struct stat child;
        if (fstatat(dirfd(dir), entry->d_name, &child, AT_SYMLINK_NOFOLLOW) != 0)
            continue; /* gone meanwhile */
        const char type = S_ISDIR(child.st_mode) ? 'd' : S_ISREG(child.st_mode) ? 'f' : 'o';
        char line[PATH_MAX + 64];
        const int n = snprintf(line, sizeof line, "%c %llu %llu %s\n", type,
                               static_cast<unsigned long long>(child.st_dev), static_cast<unsigned long long>(child.st_ino),
                               entry->d_name);
        if (n < 0 || size_t(n) >= sizeof line || writeAll(out, line, size_t(n)) != 0)
            ok = 0;
    }
    closedir(dir);
    close(out);
    if (ok)
        commit(temp, state, "d", st);
    else
        unlink(temp);
}

void record(int fd)
{
    const char *root = getenv("POWERCUT_ROOT");
    const char *state = getenv("POWERCUT_STATE");
    if (!root || !state || !*root || !*state)
        return;
    const int saved = errno;
    char link[64];
    char path[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    const ssize_t n = readlink(link, path, sizeof path - 1);
    const size_t rootLength = strlen(root);
    struct stat st;
    if (n > 0) {
        path[n] = '\0';
        const int inside = strncmp(path, root, rootLength) == 0 &&
                           (path[rootLength] == '/' || path[rootLength] == '\0');
        if (inside && fstat(fd, &st) == 0) {
            if (S_ISREG(st.st_mode))
                recordFile(fd, path, &st, state);
            else if (S_ISDIR(st.st_mode))
                recordFolder(path, &st, state);
        }
    }
    errno = saved;
}

using SyncFunction = int (*)(int);

SyncFunction next(const char *name)
{
    return reinterpret_cast<SyncFunction>(dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" int fsync(int fd)
{
    static const SyncFunction real = next("fsync");
    const int result = real(fd);
    if (result == 0)
        record(fd);
    return result;
}

extern "C" int fdatasync(int fd)
{
    static const SyncFunction real = next("fdatasync");
    const int result = real(fd);
    if (result == 0)
        record(fd);
    return result;
}
