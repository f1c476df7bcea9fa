#pragma once

#include "domain/visit.h"

#include <QString>

#include <optional>
#include <vector>

// The crash test's edit sequence, shared by the child that performs it and the test that checks
// the database afterwards. Step n edits item n % items; every step is a pure function of n, so
// the test can tell what the database must hold after any step and what the next step writes.
namespace tillsyn::test::crash {

struct ItemState
{
    std::optional<domain::Result> result;
    QString comment;

    bool operator==(const ItemState &) const = default;
};

struct Step
{
    int item = 0;
    bool commentOnly = false; // setComment; otherwise setAnswer (result and comment)
    std::optional<domain::Result> result;
    QString comment;
};

inline Step step(qint64 n, int items)
{
    static const domain::Result results[] = {domain::Result::Ok, domain::Result::Deviation,
                                             domain::Result::NotChecked,
                                             domain::Result::NotApplicable};
    Step s;
    s.item = int(n % items);
    const int variant = int((n / items + n * 3) % 7);
    if (variant < 4) {
        s.result = results[variant];
        s.comment = n % 5 == 0 ? QString() : QStringLiteral("anm-%1-åäö").arg(n);
    } else if (variant < 6) {
        s.commentOnly = true;
        s.comment = QStringLiteral("kommentar-%1").arg(n);
    } // else: cleared (no result, no comment)
    return s;
}

inline void apply(std::vector<ItemState> &state, qint64 n)
{
    const Step s = step(n, int(state.size()));
    ItemState &item = state[size_t(s.item)];
    if (!s.commentOnly)
        item.result = s.result;
    item.comment = s.comment;
}

// The line the child prints after a step returned: "committed <item> <result|-> <comment>".
inline QString committedLine(const QString &itemId, const ItemState &state)
{
    return QStringLiteral("committed %1 %2 %3")
        .arg(itemId, state.result ? domain::toString(*state.result) : QStringLiteral("-"),
             state.comment);
}

} // namespace tillsyn::test::crash
