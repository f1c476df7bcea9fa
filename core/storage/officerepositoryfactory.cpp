#include "officerepository.h"

#include "postgres/postgresofficerepository.h"
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
    // PostgresLocator::parse refuses a password in the URI without repeating it.
    if (isServerLocator(pathOrUri))
        return std::make_unique<PostgresOfficeRepository>(PostgresLocator::parse(pathOrUri));
    return std::make_unique<SqliteOfficeRepository>(pathOrUri);
}

} // namespace tillsyn::storage
