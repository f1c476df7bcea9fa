#include "followup.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace tillsyn::domain {

QString toString(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Corrected:
        return QStringLiteral("corrected");
    case FollowUpStatus::Remains:
        return QStringLiteral("remains");
    case FollowUpStatus::NotChecked:
        return QStringLiteral("not_checked");
    }
    return {};
}

bool fromString(const QString &s, FollowUpStatus *status)
{
    for (FollowUpStatus st :
         {FollowUpStatus::Corrected, FollowUpStatus::Remains, FollowUpStatus::NotChecked}) {
        if (toString(st) == s) {
            *status = st;
            return true;
        }
    }
    return false;
}

QString displayName(FollowUpStatus status)
{
    switch (status) {
    case FollowUpStatus::Corrected:
        return QCoreApplication::translate("tillsyn::domain", "Corrected");
    case FollowUpStatus::Remains:
        return QCoreApplication::translate("tillsyn::domain", "Remains");
    case FollowUpStatus::NotChecked:
        return QCoreApplication::translate("tillsyn::domain", "Not checked");
    }
    return {};
}

std::optional<QDate> parseDeadline(const QString &text)
{
    // QDate::fromString alone would take "2026-2-5"; the format says exactly YYYY-MM-DD.
    static const QRegularExpression shape(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

QString deadlineText(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace tillsyn::domain
