#include "officerepository.h"

#include "sqliteofficerepository.h"
#include "util/error.h"

namespace tillsyn::storage {

bool OfficeRepository::isServerLocator(const QString &pathOrUri)
{
    return pathOrUri.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           pathOrUri.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

std::unique_ptr<OfficeRepository> OfficeRepository::open(const QString &pathOrUri)
{
    if (isServerLocator(pathOrUri)) {
        // The PostgreSQL backend replaces this branch. The URI is not repeated: it may hold a
        // password someone typed despite the rules.
        throw Error(tr("PostgreSQL office databases are not supported by this build of Tillsyn; "
                       "give the path of an office database file."));
    }
    return std::make_unique<SqliteOfficeRepository>(pathOrUri);
}

} // namespace tillsyn::storage
