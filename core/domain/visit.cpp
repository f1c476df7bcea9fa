#include "visit.h"

#include <QCoreApplication>

#include <algorithm>

namespace tillsyn::domain {

namespace {
template <typename Enum, size_t N>
bool parseToken(const QString &s, Enum *out, const Enum (&all)[N])
{
    for (Enum e : all) {
        if (toString(e) == s) {
            *out = e;
            return true;
        }
    }
    return false;
}
} // namespace

QString toString(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Planned:
        return QStringLiteral("planned");
    case VisitKind::FollowUp:
        return QStringLiteral("follow_up");
    case VisitKind::Complaint:
        return QStringLiteral("complaint");
    case VisitKind::Incident:
        return QStringLiteral("incident");
    case VisitKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString toString(Result result)
{
    switch (result) {
    case Result::Ok:
        return QStringLiteral("ok");
    case Result::Deviation:
        return QStringLiteral("deviation");
    case Result::NotChecked:
        return QStringLiteral("not_checked");
    case Result::NotApplicable:
        return QStringLiteral("not_applicable");
    }
    return {};
}

QString toString(VisitStatus status)
{
    return status == VisitStatus::Draft ? QStringLiteral("draft") : QStringLiteral("finished");
}

bool fromString(const QString &s, VisitKind *kind)
{
    static const VisitKind all[] = {VisitKind::Planned, VisitKind::FollowUp, VisitKind::Complaint,
                                    VisitKind::Incident, VisitKind::Other};
    return parseToken(s, kind, all);
}

bool fromString(const QString &s, Result *result)
{
    static const Result all[] = {Result::Ok, Result::Deviation, Result::NotChecked,
                                 Result::NotApplicable};
    return parseToken(s, result, all);
}

QString displayName(VisitKind kind)
{
    switch (kind) {
    case VisitKind::Planned:
        return QCoreApplication::translate("tillsyn::domain", "Planned");
    case VisitKind::FollowUp:
        return QCoreApplication::translate("tillsyn::domain", "Follow-up");
    case VisitKind::Complaint:
        return QCoreApplication::translate("tillsyn::domain", "Complaint");
    case VisitKind::Incident:
        return QCoreApplication::translate("tillsyn::domain", "Incident");
    case VisitKind::Other:
        return QCoreApplication::translate("tillsyn::domain", "Other");
    }
    return {};
}

QString displayName(Result result)
{
    switch (result) {
    case Result::Ok:
        return QCoreApplication::translate("tillsyn::domain", "No deviation");
    case Result::Deviation:
        return QCoreApplication::translate("tillsyn::domain", "Deviation");
    case Result::NotChecked:
        return QCoreApplication::translate("tillsyn::domain", "Not checked");
    case Result::NotApplicable:
        return QCoreApplication::translate("tillsyn::domain", "Not applicable");
    }
    return {};
}

QString displayName(VisitStatus status)
{
    return status == VisitStatus::Draft
               ? QCoreApplication::translate("tillsyn::domain", "Draft")
               : QCoreApplication::translate("tillsyn::domain", "Finished");
}

const Answer *Visit::answer(const QString &itemId) const
{
    const auto it = std::find_if(answers.begin(), answers.end(),
                                 [&](const Answer &a) { return a.itemId == itemId; });
    return it == answers.end() ? nullptr : &*it;
}

const Photo *Visit::photo(const QString &photoId) const
{
    const auto it =
        std::find_if(photos.begin(), photos.end(), [&](const Photo &p) { return p.id == photoId; });
    return it == photos.end() ? nullptr : &*it;
}

const FollowUp *Visit::followUp(const QString &earlierVisitId, const QString &itemId) const
{
    const auto it = std::find_if(followUps.begin(), followUps.end(), [&](const FollowUp &f) {
        return f.visitId == earlierVisitId && f.itemId == itemId;
    });
    return it == followUps.end() ? nullptr : &*it;
}

int Visit::answeredCount() const
{
    return int(std::count_if(answers.begin(), answers.end(),
                             [](const Answer &a) { return a.result.has_value(); }));
}

int Visit::deviationCount() const
{
    return int(std::count_if(answers.begin(), answers.end(),
                             [](const Answer &a) { return a.result == Result::Deviation; }));
}

} // namespace tillsyn::domain
