#include "syncsettings.h"

#include <QSettings>

namespace tillsyn::sync {

SyncSettings SyncSettings::load()
{
    const QSettings s;
    return {s.value(QStringLiteral("sync/location")).toString(),
            s.value(QStringLiteral("sync/user")).toString(),
            s.value(QStringLiteral("sync/caFile")).toString(),
            s.value(QStringLiteral("sync/auto"), true).toBool()};
}

void SyncSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("sync/location"), location.trimmed());
    s.setValue(QStringLiteral("sync/user"), user.trimmed());
    s.setValue(QStringLiteral("sync/caFile"), caFile.trimmed());
    s.setValue(QStringLiteral("sync/auto"), autoSync);
}

} // namespace tillsyn::sync
