#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include "domain/checklist.h"
#include "domain/facility.h"
#include "signature.h"

#include <optional>
#include <vector>

namespace tillsyn::storage {
class OfficeRepository;
}
namespace tillsyn::sync {
class Share;
}

namespace tillsyn::reference {

struct PublishSummary
{
    int facilities = 0;        // active facilities in the file
    int checklistVersions = 0; // published versions in the file
    int openDeviations = 0;    // in reference/followups.json
    QStringList changes;       // since the last publish, for people
    QString keyId;             // the key the files are signed with; empty: not signed
};

// Publishes the office's reference data to the field: reference/facilities.json (active
// facilities) and reference/checklists.json (published checklist versions only), each replaced
// atomically on the share, and reference/followups.json (every open deviation), so a laptop reading
// meanwhile sees the old or the new file. When the office has a signing key, each file is followed
// by its signature, NAME.json.sig.
class Publisher
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::Publisher)

public:
    explicit Publisher(storage::OfficeRepository &repository)
        : m_repo(repository)
    {}

    // What a publish now would send, compared with the last publish.
    PublishSummary preview();
    PublishSummary publish(sync::Share &share,
                           const QDateTime &at = QDateTime::currentDateTimeUtc());

private:
    // What the field gets: the active facilities and the published checklist versions.
    struct Content
    {
        std::vector<domain::Facility> facilities;
        std::vector<domain::Checklist> checklists;
    };
    Content content();
    // `done`: the summary of a publish just made, which compares with the one before it; a
    // first publish then has no line of its own ("first publish" is a preview's word only).
    PublishSummary summarise(const Content &content, bool done);
    // Fills in keyId and says whether the files are signed; returns the key.
    std::optional<SigningKey> describeSigning(PublishSummary &summary);

    storage::OfficeRepository &m_repo;
};

} // namespace tillsyn::reference
