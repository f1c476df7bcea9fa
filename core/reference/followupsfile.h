#pragma once

#include "domain/followup.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <vector>

namespace tillsyn::reference {

struct FollowUpsContent
{
    QDateTime publishedAt;
    std::vector<domain::Deviation> openDeviations;
};

// The `tillsyn-followups` exchange format (formats.md, "Open deviations"): the office's open
// deviations, reference/followups.json. Adds the optional member `photoCount` (the runner shows
// how many photos the earlier deviation had; a laptop that did not make the visit has no other
// way to know).
class FollowUpsFile
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::FollowUpsFile)

public:
    static constexpr int kFormatVersion = 1;

    // Validates the whole file first; throws tillsyn::Error naming the file, member and rule.
    static FollowUpsContent read(const QByteArray &bytes, const QString &fileName);
    static QByteArray write(const std::vector<domain::Deviation> &open,
                            const QDateTime &publishedAt);
    // One entry of `openDeviations`.
    static QJsonObject toJson(const domain::Deviation &deviation);
};

} // namespace tillsyn::reference
