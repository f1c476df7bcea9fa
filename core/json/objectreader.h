#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace tillsyn::json {

// Reads members of one JSON object with the type and rule checks every exchange format needs.
// A failure throws tillsyn::Error naming the file, the member path (e.g.
// "checklists[2].sections[0].items[3].id") and the rule broken.
class ObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::json::ObjectReader)

public:
    ObjectReader(QJsonObject object, QString fileName, QString path = {});

    [[noreturn]] void fail(const QString &member, const QString &rule) const;
    QString memberPath(const QString &member) const;

    bool has(const QString &member) const { return m_object.contains(member); }
    QString requiredString(const QString &member, bool allowEmpty = false) const;
    QString optionalString(const QString &member) const;
    QString requiredId(const QString &member) const;
    QString requiredUuid(const QString &member) const;
    qint64 requiredInt(const QString &member, qint64 min, qint64 max) const;
    std::optional<qint64> optionalInt(const QString &member, qint64 min, qint64 max) const;
    bool requiredBool(const QString &member) const;
    std::optional<bool> optionalBool(const QString &member) const;
    QJsonArray requiredArray(const QString &member) const;
    QStringList optionalStringArray(const QString &member) const;
    ObjectReader requiredObject(const QString &member) const;
    // An element of an array member, which must be an object.
    ObjectReader element(const QJsonArray &array, const QString &member, qsizetype index) const;
    void requireFormat(const QString &format, int formatVersion) const;

    static bool isValidId(const QString &id);
    static bool isValidUuid(const QString &uuid);
    static bool isValidUtcTime(const QString &time);

    const QJsonObject &object() const { return m_object; }
    const QString &fileName() const { return m_fileName; }

private:
    QJsonValue required(const QString &member) const;

    QJsonObject m_object;
    QString m_fileName;
    QString m_path;
};

} // namespace tillsyn::json
