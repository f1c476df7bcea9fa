#include "currentinspector.h"

#include <QRegularExpression>
#include <QSettings>

namespace tillsyn::field {

domain::Inspector CurrentInspector::fromName(const QString &name)
{
    static const QRegularExpression notAllowed(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString id = name.normalized(QString::NormalizationForm_KD).toLower();
    id.replace(notAllowed, QStringLiteral("-"));
    id = id.left(128);
    while (id.startsWith(u'-'))
        id.remove(0, 1);
    while (id.endsWith(u'-'))
        id.chop(1);
    return {id.isEmpty() ? QStringLiteral("inspector") : id, name.trimmed()};
}

domain::Inspector CurrentInspector::get()
{
    const QSettings settings;
    const QString name = settings.value(QStringLiteral("inspector/name")).toString();
    const QString id = settings.value(QStringLiteral("inspector/id")).toString();
    if (!name.isEmpty())
        return {id.isEmpty() ? fromName(name).id : id, name};
    QString login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return fromName(login.isEmpty() ? QStringLiteral("inspector") : login);
}

bool CurrentInspector::isSet()
{
    return !QSettings().value(QStringLiteral("inspector/name")).toString().trimmed().isEmpty();
}

void CurrentInspector::set(const domain::Inspector &inspector)
{
    QSettings settings;
    settings.setValue(QStringLiteral("inspector/id"), inspector.id);
    settings.setValue(QStringLiteral("inspector/name"), inspector.name);
}

} // namespace tillsyn::field
