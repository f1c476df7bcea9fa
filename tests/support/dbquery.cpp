#include "dbquery.h"

#include "storage/database.h"

#include <QSqlQuery>

namespace tillsyn::test {

QStringList queryColumn(storage::Database &db, const QString &sql)
{
    QSqlQuery q = db.prepare(sql);
    db.exec(q);
    QStringList out;
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

} // namespace tillsyn::test
