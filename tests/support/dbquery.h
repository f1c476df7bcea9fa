#pragma once

#include <QString>
#include <QStringList>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::test {

// The first column of every row a query returns, as text: for checking a database's state.
QStringList queryColumn(storage::Database &db, const QString &sql);

} // namespace tillsyn::test
