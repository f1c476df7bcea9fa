#pragma once

#include <QProcessEnvironment>
#include <QString>

namespace tillsyn::test {

// What a power cut leaves of a folder, with the LD_PRELOAD shim (powercutshim.cpp) recording
// each fsync/fdatasync of a process working in it. A file's content survives as of its last
// sync; a folder's entries (which name is which file) as of the folder's last sync.
class PowerCut
{
public:
    // The shim's environment for a process working under `root`, recording into `state`.
    static void addEnvironment(QProcessEnvironment &env, const QString &root,
                               const QString &state);
    static QString shimPath();

    // Records everything under `root` as synced: the state before the process starts (its
    // files were made and synced by the test). No connection of this process may be open on a
    // database under `root` (the rule in core/storage/database.h).
    static void baseline(const QString &root, const QString &state);

    enum class Names {
        // Strict: every folder's entries as of its last sync.
        AsSynced,
        // Every rename, creation and removal made it to the disk, but file contents only as of
        // their last sync: the worst case for work that must be on disk before a file moves.
        AsNow,
    };
    // Writes into `out` the folder `root` as it would be found after the power came back.
    static void materialise(const QString &root, const QString &state, const QString &out,
                            Names names);
};

} // namespace tillsyn::test
