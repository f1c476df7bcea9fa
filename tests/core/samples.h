#pragma once

#include "domain/checklist.h"
#include "domain/facility.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

#include <vector>

namespace tillsyn::test {

// A facility with every member set (org. number in its normalised form).
domain::Facility sampleFacility(const QString &id, const QString &name);
// A checklist with two sections: two items, then three.
domain::Checklist sampleChecklist(const QString &id, int version = 1);

// Applies `edit` to the object at `path` inside `value` (numeric steps index arrays), e.g.
// {"checklists", "0", "sections", "1"}, and returns the changed copy.
QJsonValue editJson(const QJsonValue &value, QStringList path,
                    const std::function<void(QJsonObject &)> &edit);
QByteArray toBytes(const QJsonObject &object);

} // namespace tillsyn::test
