#pragma once

#include <QString>

#include <optional>

namespace tillsyn::domain {

// The operator (verksamhetsutövare) behind a facility: who the report is addressed to.
struct OperatorDetails
{
    QString name;
    QString orgNumber; // normalised NNNNNN-NNNN, may be empty
    QString contactName;
    QString phone;
    QString email;

    bool operator==(const OperatorDetails &) const = default;
};

// A supervised facility (anläggning / objekt).
struct Facility
{
    QString id;
    QString name;
    QString address;
    QString postalCode;
    QString city;
    QString category;
    std::optional<int> riskClass;
    QString expClass;                   // experience class: "A", "B" or "C"; empty = none
    std::optional<double> controlHours; // the yearly control time its risk classification gives
    OperatorDetails operatorDetails;
    bool active = true;

    bool operator==(const Facility &) const = default;
};

} // namespace tillsyn::domain
