#include "orgnumber.h"

#include <QRegularExpression>

namespace tillsyn::domain {

bool OrgNumber::luhnValid(const QString &tenDigits)
{
    if (tenDigits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        const QChar c = tenDigits.at(i);
        if (!c.isDigit())
            return false;
        int d = c.digitValue() * ((i % 2 == 0) ? 2 : 1);
        sum += d > 9 ? d - 9 : d;
    }
    return sum % 10 == 0;
}

bool OrgNumber::normalise(const QString &input, QString *normalised)
{
    QString s = input.trimmed();
    const qsizetype dash = s.indexOf(u'-');
    if (dash >= 0) {
        if (dash != s.size() - 5 || s.count(u'-') != 1)
            return false;
        s.remove(dash, 1);
    }
    if (s.size() == 12)
        s = s.mid(2);
    if (s.size() != 10 || !luhnValid(s))
        return false;
    *normalised = s.left(6) + u'-' + s.mid(6);
    return true;
}

bool OrgNumber::isShapedButInvalid(const QString &input)
{
    static const QRegularExpression shape(
        QStringLiteral("^(?:\\d{2})?\\d{6}-?(?:\\d{4}|XXXX)\\z"));
    QString ignored;
    return shape.match(input.trimmed()).hasMatch() && !normalise(input, &ignored);
}

bool OrgNumber::isFlagged(const QString &stored)
{
    QString ignored;
    return !stored.isEmpty() && !normalise(stored, &ignored);
}

} // namespace tillsyn::domain
