#include "objectreader.h"

#include "util/error.h"

#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace tillsyn::json {

ObjectReader::ObjectReader(QJsonObject object, QString fileName, QString path)
    : m_object(std::move(object))
    , m_fileName(std::move(fileName))
    , m_path(std::move(path))
{}

QString ObjectReader::memberPath(const QString &member) const
{
    return m_path.isEmpty() ? member : m_path + u'.' + member;
}

void ObjectReader::fail(const QString &member, const QString &rule) const
{
    throw Error(tr("%1: member \"%2\": %3").arg(m_fileName, memberPath(member), rule));
}

QJsonValue ObjectReader::required(const QString &member) const
{
    const auto it = m_object.constFind(member);
    if (it == m_object.constEnd())
        fail(member, tr("is required but missing"));
    return it.value();
}

QString ObjectReader::requiredString(const QString &member, bool allowEmpty) const
{
    const QJsonValue v = required(member);
    if (!v.isString())
        fail(member, tr("must be a string"));
    const QString s = v.toString();
    if (!allowEmpty && s.trimmed().isEmpty())
        fail(member, tr("must not be empty"));
    return s;
}

QString ObjectReader::optionalString(const QString &member) const
{
    const auto it = m_object.constFind(member);
    if (it == m_object.constEnd() || it->isNull())
        return {};
    if (!it->isString())
        fail(member, tr("must be a string"));
    return it->toString();
}

bool ObjectReader::isValidId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._-]{1,128}\\z"));
    return re.match(id).hasMatch();
}

bool ObjectReader::isValidUuid(const QString &uuid)
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\z"));
    return re.match(uuid).hasMatch();
}

bool ObjectReader::isValidUtcTime(const QString &time)
{
    static const QRegularExpression re(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?Z\\z"));
    if (!re.match(time).hasMatch())
        return false;
    return QDateTime::fromString(time, Qt::ISODateWithMs).isValid();
}

QString ObjectReader::requiredId(const QString &member) const
{
    const QString s = requiredString(member, true);
    if (!isValidId(s))
        fail(member, tr("must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_' or '-'"));
    return s;
}

QString ObjectReader::requiredUuid(const QString &member) const
{
    const QString s = requiredString(member, true);
    if (!isValidUuid(s))
        fail(member, tr("must be a lowercase UUID (8-4-4-4-12 hexadecimal digits)"));
    return s;
}

qint64 ObjectReader::requiredInt(const QString &member, qint64 min, qint64 max) const
{
    const QJsonValue v = required(member);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::abs(d) > 9007199254740992.0)
        fail(member, tr("must be an integer"));
    const auto i = qint64(d);
    if (i < min || i > max)
        fail(member, tr("must be between %1 and %2").arg(min).arg(max));
    return i;
}

std::optional<qint64> ObjectReader::optionalInt(const QString &member, qint64 min, qint64 max) const
{
    if (!m_object.contains(member) || m_object.value(member).isNull())
        return std::nullopt;
    return requiredInt(member, min, max);
}

bool ObjectReader::requiredBool(const QString &member) const
{
    const QJsonValue v = required(member);
    if (!v.isBool())
        fail(member, tr("must be true or false"));
    return v.toBool();
}

std::optional<bool> ObjectReader::optionalBool(const QString &member) const
{
    if (!m_object.contains(member))
        return std::nullopt;
    return requiredBool(member);
}

QJsonArray ObjectReader::requiredArray(const QString &member) const
{
    const QJsonValue v = required(member);
    if (!v.isArray())
        fail(member, tr("must be an array"));
    return v.toArray();
}

QStringList ObjectReader::optionalStringArray(const QString &member) const
{
    if (!m_object.contains(member))
        return {};
    const QJsonArray a = requiredArray(member);
    QStringList out;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!a.at(i).isString())
            fail(QStringLiteral("%1[%2]").arg(member).arg(i), tr("must be a string"));
        out.append(a.at(i).toString());
    }
    return out;
}

ObjectReader ObjectReader::requiredObject(const QString &member) const
{
    const QJsonValue v = required(member);
    if (!v.isObject())
        fail(member, tr("must be an object"));
    return ObjectReader(v.toObject(), m_fileName, memberPath(member));
}

ObjectReader ObjectReader::element(const QJsonArray &array, const QString &member,
                                   qsizetype index) const
{
    const QString name = QStringLiteral("%1[%2]").arg(member).arg(index);
    const QJsonValue v = array.at(index);
    if (!v.isObject())
        fail(name, tr("must be an object"));
    return ObjectReader(v.toObject(), m_fileName, memberPath(name));
}

void ObjectReader::requireFormat(const QString &format, int formatVersion) const
{
    const QJsonValue f = m_object.value(QStringLiteral("format"));
    if (!f.isString() || f.toString() != format)
        fail(QStringLiteral("format"),
             f.isString() ? tr("is \"%1\", expected \"%2\"").arg(f.toString(), format)
                          : tr("must be the string \"%1\"").arg(format));
    const QJsonValue v = m_object.value(QStringLiteral("formatVersion"));
    if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble()))
        fail(QStringLiteral("formatVersion"), tr("must be an integer"));
    if (v.toDouble() != formatVersion)
        fail(QStringLiteral("formatVersion"),
             tr("version %1 is not known to this version of Tillsyn (it reads version %2)")
                 .arg(v.toDouble())
                 .arg(formatVersion));
}

} // namespace tillsyn::json
