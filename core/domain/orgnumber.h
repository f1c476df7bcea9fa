#pragma once

#include <QString>

namespace tillsyn::domain {

// Swedish organisation numbers (and personal identity numbers, which sole traders use):
// ten digits, the last a Luhn check digit.
class OrgNumber
{
public:
    // Accepts NNNNNNNNNN, NNNNNN-NNNN and the twelve-digit forms with century; on success writes
    // the normalised NNNNNN-NNNN form.
    static bool normalise(const QString &input, QString *normalised);
    static bool luhnValid(const QString &tenDigits);
};

} // namespace tillsyn::domain
