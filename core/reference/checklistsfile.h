#pragma once

#include "domain/checklist.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

#include <vector>

namespace tillsyn::reference {

// The `tillsyn-checklists` exchange format (formats.md): shipped checklists, imports between
// offices and the reference data published to the field.
class ChecklistsFile
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::ChecklistsFile)

public:
    static constexpr int kFormatVersion = 1;

    // Validates the whole document; throws tillsyn::Error naming the file, member and rule.
    static std::vector<domain::Checklist> read(const QByteArray &bytes, const QString &fileName);
    static QByteArray write(const std::vector<domain::Checklist> &checklists,
                            const QDateTime &publishedAt);
    static QJsonObject toJson(const domain::Checklist &checklist);
};

} // namespace tillsyn::reference
