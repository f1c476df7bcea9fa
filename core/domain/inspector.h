#pragma once

#include <QString>

namespace tillsyn::domain {

struct Inspector
{
    QString id;
    QString name;

    bool operator==(const Inspector &) const = default;
};

} // namespace tillsyn::domain
