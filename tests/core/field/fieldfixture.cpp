#include "fieldfixture.h"

#include "samples.h"
#include "storage/checkliststore.h"
#include "storage/facilitystore.h"

#include <QSqlRecord>

namespace tillsyn::test {

FieldFixture::FieldFixture()
{
    storage::FacilityStore(db).upsert(
        {sampleFacility(QStringLiteral("F-1"), QStringLiteral("Kafé Kanelbullen"))});
    storage::ChecklistStore(db).import({sampleChecklist(QStringLiteral("livs"))},
                                       QStringLiteral("test.json"));
}

field::StartRequest FieldFixture::request() const
{
    field::StartRequest r;
    r.facilityId = QStringLiteral("F-1");
    r.checklistId = QStringLiteral("livs");
    r.kind = domain::VisitKind::Complaint;
    r.announced = false;
    r.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")},
                    {QStringLiteral("ola"), QStringLiteral("Ola Öst")}};
    return r;
}

QString FieldFixture::dump()
{
    QString out;
    const QStringList tables = {QStringLiteral("visit"), QStringLiteral("visit_inspector"),
                                QStringLiteral("answer"), QStringLiteral("photo"),
                                QStringLiteral("photo_data"), QStringLiteral("visit_time"),
                                QStringLiteral("visit_signature")};
    for (const QString &table : tables) {
        QSqlQuery q = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        db.exec(q);
        out += table + u'\n';
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i) {
                const QVariant v = q.value(i);
                out += v.isNull() ? QStringLiteral("NULL")
                       : v.typeId() == QMetaType::QByteArray
                           ? QString::fromLatin1(v.toByteArray().toHex().left(64))
                           : v.toString();
                out += u'|';
            }
            out += u'\n';
        }
    }
    return out;
}

} // namespace tillsyn::test
