#pragma once

#include "util/translations.h"

#include <QCoreApplication>

namespace tillsyn::test {

// The program in Swedish for one scope (the long labels are Swedish ones); the rest of the test
// process sees English again afterwards, whatever the scope left installed.
class SwedishSession
{
public:
    SwedishSession() { Translations::install(qApp, QStringLiteral("sv")); }
    ~SwedishSession() { Translations::install(qApp, QStringLiteral("en")); }
    SwedishSession(const SwedishSession &) = delete;
    SwedishSession &operator=(const SwedishSession &) = delete;
};

} // namespace tillsyn::test
