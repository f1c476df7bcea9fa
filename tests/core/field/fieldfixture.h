#pragma once

#include "field/visitlifecycle.h"
#include "storage/database.h"

#include "support/tempdir.h"

#include <QDateTime>
#include <QRegularExpression>

namespace tillsyn::test {

// A database with one facility ("F-1") and one checklist ("livs", the sample checklist with the
// items lokal-1, lokal-2, hant-1, hant-2, hant.3_x), and a lifecycle driven by a clock the test
// sets.
struct FieldFixture
{
    TempDir dir;
    storage::Database db{dir.file(QStringLiteral("tillsyn.db"))};
    QDateTime clock = QDateTime(QDate(2026, 11, 26), QTime(9, 15, 0), Qt::UTC);
    field::VisitLifecycle visits{db, [this] { return clock; }};

    FieldFixture();
    field::StartRequest request() const;
    QString start() { return visits.start(request()); }
    // Every row of every visit table, as text: equal dumps mean nothing changed.
    QString dump();
};

inline const QStringList &sampleItemIds()
{
    static const QStringList ids = {QStringLiteral("lokal-1"), QStringLiteral("lokal-2"),
                                    QStringLiteral("hant-1"), QStringLiteral("hant-2"),
                                    QStringLiteral("hant.3_x")};
    return ids;
}

inline bool isLowercaseUuid(const QString &s)
{
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return uuid.match(s).hasMatch();
}

} // namespace tillsyn::test
