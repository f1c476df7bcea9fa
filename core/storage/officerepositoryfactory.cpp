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

std::unique_ptr<OfficeRepository> OfficeRepository::open(const QString &pathOrUri,
                                                         const QString &office)
{
    // PostgresLocator::parse refuses a password in the URI without repeating it.
    if (isServerLocator(pathOrUri)) {
        PostgresLocator locator = PostgresLocator::parse(pathOrUri);
        if (!office.isEmpty()) {
            PostgresLocator::requireOfficeCode(office);
            if (!locator.office.isEmpty() && locator.office != office)
                throw Error(tr("%1 names office %2 and --office names %3: give one.")
                                .arg(locator.toUri(), locator.office, office));
            locator.office = office;
        }
        return std::make_unique<PostgresOfficeRepository>(locator);
    }
    auto repository = std::make_unique<SqliteOfficeRepository>(pathOrUri);
    repository->actFor(office);
    return repository;
}

} // namespace tillsyn::storage
