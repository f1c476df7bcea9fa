#include "samples.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tillsyn::test {

domain::Facility sampleFacility(const QString &id, const QString &name)
{
    domain::Facility f;
    f.id = id;
    f.name = name;
    f.address = QStringLiteral("Storgatan 1");
    f.postalCode = QStringLiteral("123 45");
    f.city = QStringLiteral("Ödeshög");
    f.category = QStringLiteral("Restaurang");
    f.riskClass = 3;
    f.operatorDetails.name = QStringLiteral("Exempel AB");
    f.operatorDetails.orgNumber = QStringLiteral("556677-8899");
    f.operatorDetails.contactName = QStringLiteral("Anna Svensson");
    f.operatorDetails.phone = QStringLiteral("0144-123 45");
    f.operatorDetails.email = QStringLiteral("anna@example.se");
    f.active = true;
    return f;
}

domain::Checklist sampleChecklist(const QString &id, int version)
{
    domain::Checklist c;
    c.id = id;
    c.version = version;
    c.title = QStringLiteral("Livsmedel – %1").arg(id);
    c.area = domain::Area::Food;
    c.sections = {
        {QStringLiteral("Lokaler"),
         {{QStringLiteral("lokal-1"), QStringLiteral("Lokalerna är rena och hela"),
           QStringLiteral("Titta på golv, väggar och tak."),
           QStringLiteral("förordning (EG) nr 852/2004, bilaga II")},
          {QStringLiteral("lokal-2"), QStringLiteral("Handtvätt finns"),
           QStringLiteral("Tvål, papper och varmvatten."), QString()}}},
        {QStringLiteral("Hantering"),
         {{QStringLiteral("hant-1"), QStringLiteral("Kylvaror hålls vid högst 8 °C"),
           QStringLiteral("Mät i kyldisken."), QStringLiteral("LIVSFS 2005:20")},
          {QStringLiteral("hant-2"), QStringLiteral("Råa och tillagade livsmedel hålls isär"),
           QStringLiteral("Se över kylens hyllor."), QString()},
          {QStringLiteral("hant.3_x"), QStringLiteral("Egenkontrollen följs \"i praktiken\""),
           QStringLiteral("Fråga personalen; jämför med de skrivna rutinerna.\nTvå rader."),
           QStringLiteral("förordning (EG) nr 852/2004, artikel 5")}}},
    };
    return c;
}

QJsonValue editJson(const QJsonValue &value, QStringList path,
                    const std::function<void(QJsonObject &)> &edit)
{
    if (path.isEmpty()) {
        QJsonObject o = value.toObject();
        edit(o);
        return o;
    }
    const QString key = path.takeFirst();
    bool isIndex = false;
    const int index = key.toInt(&isIndex);
    if (isIndex) {
        QJsonArray a = value.toArray();
        a[index] = editJson(a.at(index), path, edit);
        return a;
    }
    QJsonObject o = value.toObject();
    o[key] = editJson(o.value(key), path, edit);
    return o;
}

QByteArray toBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

} // namespace tillsyn::test
