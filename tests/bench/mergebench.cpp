// Office merge figures: throughput for visit files without photos, the time for files with photos
// compared with just reading and hashing the same bytes (cat | sha256sum), and the peak memory
// of a merging process (tillsyn-cli merge), which must not grow with the number of files.
#include "benchutil.h"
#include "content/shippedcontent.h"
#include "merge/mergerun.h"
#include "storage/database.h"
#include "storage/sqliteofficerepository.h"
#include "sync/foldershare.h"
#include "visitfile/visitfilewriter.h"
#include "visitfile/visitgenerator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

#include <fcntl.h>
#include <signal.h>
#include <sys/ptrace.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace tillsyn::bench {

namespace {

constexpr int kPlainFiles = 2000;
constexpr int kPhotoFiles = 500;
constexpr int kPhotosPerFile = 5;
constexpr int kRuns = 5;

// Writes `count` generated visit files into `inbox`; returns their total size in bytes.
qint64 writeFiles(const QString &inbox, int count, int photos, unsigned seed)
{
    QDir().mkpath(inbox);
    visitfile::VisitGenerator generator(content::ShippedContent::checklists(), seed);
    qint64 total = 0;
    // In batches, so the photos of all files are never in memory at once.
    for (int done = 0; done < count;) {
        const int batch = std::min(50, count - done);
        for (const auto &visit : generator.generate(batch, photos)) {
            const QByteArray bytes = visitfile::VisitFileWriter::write(visit);
            QFile f(QDir(inbox).filePath(visitfile::VisitFileWriter::fileName(visit, bytes)));
            if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
                qFatal("cannot write %s", qPrintable(f.fileName()));
            total += bytes.size();
        }
        done += batch;
    }
    return total;
}

// Copies every file of one folder into another (a second share with the same inbox).
void copyFolder(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    for (const QString &name : QDir(from).entryList(QDir::Files))
        QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name));
}

double cpuSeconds(int who)
{
    struct rusage u
    {
    };
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Merged
{
    double seconds = 0;
    double cpu = 0; // user + system time of this process during the merge
    int files = 0;
};

// One MergeRun in this process, into a fresh database.
Merged mergeInProcess(const QString &share, const QString &dbPath)
{
    storage::Database db(dbPath);
    sync::FolderShare folder(share);
    const double cpu = cpuSeconds(RUSAGE_SELF);
    QElapsedTimer t;
    t.start();
    storage::SqliteOfficeRepository office(db);
    const merge::MergeReport report = merge::MergeRun(office, folder).run();
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_SELF) - cpu,
            int(report.files.size())};
}

struct ChildRun
{
    double seconds = 0;
    long peakRssKb = 0;
    int status = -1;
};

long vmHwmKb(pid_t pid)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

// Runs a program (stdout and stderr to /dev/null) and reports its wall time and peak RSS: the
// VmHWM of its own memory, read from /proc when it is about to exit (ptrace's exit event).
// (wait4's ru_maxrss would count this large process's memory too, from before the exec.)
ChildRun runMeasured(const QString &program, const QStringList &args)
{
    std::vector<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &a : args)
        storage.push_back(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer t;
    t.start();
    const pid_t pid = fork();
    if (pid < 0)
        qFatal("fork failed");
    if (pid == 0) {
        const int devNull = ::open("/dev/null", O_WRONLY);
        ::dup2(devNull, 1);
        ::dup2(devNull, 2);
        ::ptrace(PTRACE_TRACEME, 0, nullptr, nullptr);
        ::execv(argv[0], argv.data()); // stops with SIGTRAP once the new program is loaded
        ::_exit(127);
    }
    ChildRun run;
    int status = 0;
    if (::waitpid(pid, &status, 0) != pid || !WIFSTOPPED(status))
        qFatal("the child did not start");
    ::ptrace(PTRACE_SETOPTIONS, pid, nullptr, PTRACE_O_TRACEEXIT | PTRACE_O_EXITKILL);
    ::ptrace(PTRACE_CONT, pid, nullptr, nullptr);
    for (;;) {
        if (::waitpid(pid, &status, 0) != pid)
            qFatal("waitpid failed");
        if (WIFEXITED(status) || WIFSIGNALED(status))
            break;
        int signal = WSTOPSIG(status);
        if (signal == SIGTRAP && (status >> 16) == PTRACE_EVENT_EXIT) {
            run.peakRssKb = vmHwmKb(pid);
            signal = 0;
        }
        ::ptrace(PTRACE_CONT, pid, nullptr, reinterpret_cast<void *>(long(signal)));
    }
    run.seconds = double(t.nsecsElapsed()) / 1e9;
    run.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

ChildRun cliMerge(const QString &share, const QString &dbPath)
{
    {
        // merge refuses a field database: the office database is made before the clock starts.
        storage::Database db(dbPath);
        db.setRole(storage::Database::Role::Office);
    }
    const ChildRun r = runMeasured(QStringLiteral(TILLSYN_CLI_PATH),
                                   {QStringLiteral("merge"), QStringLiteral("--share"), share,
                                    QStringLiteral("--db"), dbPath});
    if (r.status != 0)
        qFatal("tillsyn-cli merge failed with %d", r.status);
    return r;
}

struct Timed
{
    double seconds = 0;
    double cpu = 0; // user + system time of the processes
};

// cat FILES | sha256sum over the inbox: the floor of reading and hashing the same bytes.
Timed catSha256(const QString &inbox)
{
    QProcess p;
    p.setWorkingDirectory(inbox);
    const double cpu = cpuSeconds(RUSAGE_CHILDREN);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("bash"),
            {QStringLiteral("-c"), QStringLiteral("cat -- * | sha256sum > /dev/null")});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        qFatal("cat | sha256sum failed");
    return {double(t.nsecsElapsed()) / 1e9, cpuSeconds(RUSAGE_CHILDREN) - cpu};
}

QString mb(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

int mergeBench()
{
    QTemporaryDir dir;
    if (!dir.isValid())
        qFatal("no temporary folder");
    const auto path = [&](const QString &name) { return dir.filePath(name); };

    // Each figure is the median of kRuns runs, each into a fresh database from a fresh copy of
    // the files: a shared virtual machine's disk and CPU vary by a third from run to run.
    const auto medianMerge = [&](const QString &source, const QString &name, int files) {
        std::vector<Merged> runs;
        for (int run = 0; run < kRuns; ++run) {
            const QString share = path(QStringLiteral("%1-%2").arg(name).arg(run));
            copyFolder(source, share + QStringLiteral("/inbox"));
            runs.push_back(mergeInProcess(share, share + QStringLiteral(".db")));
            if (runs.back().files != files)
                qFatal("merged %d of %d files", runs.back().files, files);
        }
        std::sort(runs.begin(), runs.end(),
                  [](const Merged &a, const Merged &b) { return a.seconds < b.seconds; });
        return runs[runs.size() / 2];
    };

    // 1. Throughput without photos.
    const QString plainFiles = path(QStringLiteral("plain-files"));
    const qint64 plainBytes = writeFiles(plainFiles, kPlainFiles, 0, 11);
    copyFolder(plainFiles, path(QStringLiteral("plain-cli/inbox")));
    const Merged plain = medianMerge(plainFiles, QStringLiteral("plain"), kPlainFiles);
    print(QStringLiteral("merge throughput: %1 files without photos (%2 MB) in %3 s (median of "
                         "%7): %4 files/s (target ≥ 1000); CPU time %5 s: %6 files per CPU second")
              .arg(kPlainFiles)
              .arg(mb(plainBytes))
              .arg(plain.seconds, 0, 'f', 2)
              .arg(kPlainFiles / plain.seconds, 0, 'f', 0)
              .arg(plain.cpu, 0, 'f', 2)
              .arg(kPlainFiles / plain.cpu, 0, 'f', 0)
              .arg(kRuns));

    // 2. Files with photos against cat | sha256sum of the same files.
    const QString photoInbox = path(QStringLiteral("photo-files"));
    const qint64 photoBytes = writeFiles(photoInbox, kPhotoFiles, kPhotosPerFile, 12);
    copyFolder(photoInbox, path(QStringLiteral("photos-cli/inbox")));
    // A small share with the first 100 of them, for the memory figure.
    {
        QDir().mkpath(path(QStringLiteral("photos-small/inbox")));
        const QStringList names = QDir(photoInbox).entryList(QDir::Files, QDir::Name);
        for (int i = 0; i < 100 && i < names.size(); ++i)
            QFile::copy(QDir(photoInbox).filePath(names[i]),
                        path(QStringLiteral("photos-small/inbox/")) + names[i]);
    }
    catSha256(photoInbox); // warm the page cache, as the merge will find it
    std::vector<Timed> cats;
    for (int run = 0; run < kRuns; ++run)
        cats.push_back(catSha256(photoInbox));
    std::sort(cats.begin(), cats.end(),
              [](const Timed &a, const Timed &b) { return a.seconds < b.seconds; });
    const Timed cat = cats[cats.size() / 2];
    const Merged photos = medianMerge(photoInbox, QStringLiteral("photos"), kPhotoFiles);
    print(QStringLiteral("merge with photos: %1 files × %2 photos (%3 MB) in %4 s; cat | "
                         "sha256sum %5 s (medians of %10); ratio %6× (target ≤ 3×); CPU time %7 s "
                         "against %8 s: %9×")
              .arg(kPhotoFiles)
              .arg(kPhotosPerFile)
              .arg(mb(photoBytes))
              .arg(photos.seconds, 0, 'f', 2)
              .arg(cat.seconds, 0, 'f', 2)
              .arg(photos.seconds / cat.seconds, 0, 'f', 2)
              .arg(photos.cpu, 0, 'f', 2)
              .arg(cat.cpu, 0, 'f', 2)
              .arg(photos.cpu / cat.cpu, 0, 'f', 2)
              .arg(kRuns));

    // 3. Peak RSS of a merging process (tillsyn-cli merge), for few and many files.
    const ChildRun small =
        cliMerge(path(QStringLiteral("photos-small")), path(QStringLiteral("photos-small.db")));
    const ChildRun many =
        cliMerge(path(QStringLiteral("photos-cli")), path(QStringLiteral("photos-cli.db")));
    const ChildRun plainCli =
        cliMerge(path(QStringLiteral("plain-cli")), path(QStringLiteral("plain-cli.db")));
    print(QStringLiteral("merge peak RSS (tillsyn-cli merge): %1 MB for 100 files with photos, %2 "
                         "MB for %3 with photos (%4 s), %5 MB for %6 without (%7 s) (target ≤ 200 "
                         "MB, independent of the number of files)")
              .arg(double(small.peakRssKb) / 1024.0, 0, 'f', 1)
              .arg(double(many.peakRssKb) / 1024.0, 0, 'f', 1)
              .arg(kPhotoFiles)
              .arg(many.seconds, 0, 'f', 2)
              .arg(double(plainCli.peakRssKb) / 1024.0, 0, 'f', 1)
              .arg(kPlainFiles)
              .arg(plainCli.seconds, 0, 'f', 2));
    return 0;
}

} // namespace tillsyn::bench
