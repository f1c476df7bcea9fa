#pragma once

#include <QString>

namespace tillsyn::sync {

// Where this laptop syncs to, kept in the user's settings. Never a password: that lives in the
// system keychain or is asked for each session.
struct SyncSettings
{
    QString location; // a folder or an http(s) URL
    QString user;
    QString caFile;
    bool autoSync = true;

    static SyncSettings load();
    void save() const;
    bool isConfigured() const { return !location.trimmed().isEmpty(); }
};

} // namespace tillsyn::sync
