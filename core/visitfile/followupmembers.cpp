#include "followupmembers.h"

#include "json/objectreader.h"

#include <QJsonArray>

#include <set>

namespace tillsyn::visitfile {

using namespace tillsyn::domain;
using json::ObjectReader;

void FollowUpMembers::readDeadline(const ObjectReader &r, Answer &a)
{
    const QString member = QStringLiteral("deadline");
    if (!r.has(member))
        return;
    const QJsonValue value = r.object().value(member);
    const auto date = value.isString() ? parseDeadline(value.toString()) : std::nullopt;
    if (!date)
        r.fail(member, tr("must be a date written YYYY-MM-DD"));
    if (a.result != Result::Deviation)
        r.fail(member, tr("is allowed only on a deviation (the result is \"%1\")")
                           .arg(toString(a.result.value_or(Result::NotChecked))));
    a.deadline = date;
}

void FollowUpMembers::readFollowUps(const ObjectReader &root, Visit &v)
{
    const QString member = QStringLiteral("followUps");
    if (!root.has(member))
        return;
    const QJsonArray list = root.requiredArray(member);
    std::set<std::pair<QString, QString>> seen;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ObjectReader r = root.element(list, member, i);
        FollowUp f;
        f.visitId = r.requiredUuid(QStringLiteral("visitId"));
        if (f.visitId == v.visitId)
            r.fail(QStringLiteral("visitId"),
                   tr("is this visit's own id: a visit follows up earlier visits only"));
        f.itemId = r.requiredId(QStringLiteral("itemId"));
        if (!fromString(r.requiredString(QStringLiteral("status")), &f.status))
            r.fail(QStringLiteral("status"), tr("must be corrected, remains or not_checked"));
        f.comment = r.requiredString(QStringLiteral("comment"), true);
        if (!seen.insert({f.visitId, f.itemId}).second)
            r.fail(
                QStringLiteral("itemId"),
                tr("the deviation %1 of visit %2 is followed up twice").arg(f.itemId, f.visitId));
        v.followUps.push_back(std::move(f));
    }
}

void FollowUpMembers::writeDeadline(QJsonObject &answer, const Answer &a)
{
    // Only a deviation has one; a deadline left behind by a changed result is not written.
    if (a.deadline && a.result == Result::Deviation)
        answer.insert(QStringLiteral("deadline"), deadlineText(*a.deadline));
}

void FollowUpMembers::writeFollowUps(QJsonObject &root, const Visit &v)
{
    if (v.followUps.empty())
        return;
    QJsonArray list;
    for (const FollowUp &f : v.followUps)
        list.append(QJsonObject{{QStringLiteral("visitId"), f.visitId},
                                {QStringLiteral("itemId"), f.itemId},
                                {QStringLiteral("status"), toString(f.status)},
                                {QStringLiteral("comment"), f.comment}});
    root.insert(QStringLiteral("followUps"), list);
}

} // namespace tillsyn::visitfile
