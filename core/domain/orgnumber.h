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
    // Written like an organisation number (ten or twelve digits, a dash before the last four at
    // most, the last four possibly masked as XXXX) without being one: a wrong check digit or a
    // masked personal identity number. Case systems' files hold such numbers; they are kept as
    // given and flagged rather than refused.
    static bool isShapedButInvalid(const QString &input);
    // Whether a stored number should be marked in the GUI and previews: not empty and not a
    // valid number (derived when shown, never stored).
    static bool isFlagged(const QString &stored);
};

} // namespace tillsyn::domain
