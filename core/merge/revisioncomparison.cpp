#include "revisioncomparison.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tillsyn::merge {

namespace {

QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString names(const std::vector<domain::Inspector> &inspectors)
{
    QStringList list;
    for (const auto &i : inspectors)
        list << i.name;
    return list.join(QStringLiteral(", "));
}

// Photos are compared by their bytes' hash: the same picture under another id is the same.
QString photos(const domain::Visit &visit, const domain::Answer &answer)
{
    QStringList list;
    for (const QString &id : answer.photoIds) {
        const domain::Photo *p = visit.photo(id);
        QString s = p && !p->caption.isEmpty() ? p->caption : RevisionComparison::tr("photo");
        if (p)
            s += QStringLiteral(" (%1)").arg(p->sha256.left(8));
        list << s;
    }
    return list.join(QStringLiteral(", "));
}

QString describe(const domain::Visit &visit, const domain::Answer *a)
{
    if (!a)
        return RevisionComparison::tr("(not in this revision)");
    QStringList parts;
    parts << (a->result ? domain::displayName(*a->result) : RevisionComparison::tr("Unanswered"));
    if (!a->comment.isEmpty())
        parts << a->comment;
    if (!a->photoIds.isEmpty())
        parts << RevisionComparison::tr("Photos: %1").arg(photos(visit, *a));
    return parts.join(u'\n');
}

void add(std::vector<ComparedField> &rows, const QString &label, const QString &left,
         const QString &right)
{
    rows.push_back({label, left, right, left != right});
}

} // namespace

std::vector<ComparedField> compareRevisions(const domain::Visit &left, const domain::Visit &right)
{
    std::vector<ComparedField> rows;
    add(rows, RevisionComparison::tr("Inspectors"), names(left.inspectors), names(right.inspectors));
    add(rows, RevisionComparison::tr("Device"), left.device.name, right.device.name);
    add(rows, RevisionComparison::tr("Started"), when(left.startedAt), when(right.startedAt));
    add(rows, RevisionComparison::tr("Finished"), when(left.finishedAt), when(right.finishedAt));
    add(rows, RevisionComparison::tr("Kind"), domain::displayName(left.kind), domain::displayName(right.kind));
    add(rows, RevisionComparison::tr("Minutes spent"), QString::number(left.minutesSpent),
        QString::number(right.minutesSpent));
    add(rows, RevisionComparison::tr("Present"), left.presentPersons.join(QStringLiteral(", ")),
        right.presentPersons.join(QStringLiteral(", ")));
    add(rows, RevisionComparison::tr("Summary"), left.summary, right.summary);
    for (const auto &a : left.answers)
        add(rows, a.text, describe(left, &a), describe(right, right.answer(a.itemId)));
    // Items only the right revision has (another checklist version) are shown too.
    for (const auto &b : right.answers) {
        if (!left.answer(b.itemId))
            add(rows, b.text, describe(left, nullptr), describe(right, &b));
    }
    return rows;
}

std::pair<int, int> conflictPair(const std::vector<StoredRevision> &revisions)
{
    std::vector<int> live;
    for (int i = 0; i < int(revisions.size()); ++i) {
        if (!revisions[size_t(i)].setAside)
            live.push_back(i);
    }
    if (live.size() < 2)
        return {-1, -1};
    // The highest numbers, whatever order the store lists them in.
    std::stable_sort(live.begin(), live.end(), [&](int a, int b) {
        return revisions[size_t(a)].revision < revisions[size_t(b)].revision;
    });
    int l = live[live.size() - 2];
    int r = live.back();
    if (l > r)
        std::swap(l, r);
    return {l, r};
}

} // namespace tillsyn::merge
