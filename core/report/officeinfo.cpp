#include "officeinfo.h"

#include "storage/database.h"
#include "storage/officerepository.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>

namespace tillsyn::report {

OfficeInfo OfficeInfo::load(storage::Database &db)
{
    OfficeInfo o;
    o.name = db.setting(QStringLiteral("office/name"));
    o.address = db.setting(QStringLiteral("office/address"));
    o.phone = db.setting(QStringLiteral("office/phone"));
    o.email = db.setting(QStringLiteral("office/email"));
    o.logoPath = db.setting(QStringLiteral("office/logo"));
    return o;
}

void OfficeInfo::save(storage::Database &db) const
{
    db.setSetting(QStringLiteral("office/name"), name);
    db.setSetting(QStringLiteral("office/address"), address);
    db.setSetting(QStringLiteral("office/phone"), phone);
    db.setSetting(QStringLiteral("office/email"), email);
    db.setSetting(QStringLiteral("office/logo"), logoPath);
}

OfficeInfo OfficeInfo::load(storage::OfficeRepository &db)
{
    OfficeInfo o;
    o.name = db.setting(QStringLiteral("office/name"));
    o.address = db.setting(QStringLiteral("office/address"));
    o.phone = db.setting(QStringLiteral("office/phone"));
    o.email = db.setting(QStringLiteral("office/email"));
    o.logoPath = db.setting(QStringLiteral("office/logo"));
    return o;
}

void OfficeInfo::save(storage::OfficeRepository &db) const
{
    db.setSetting(QStringLiteral("office/name"), name);
    db.setSetting(QStringLiteral("office/address"), address);
    db.setSetting(QStringLiteral("office/phone"), phone);
    db.setSetting(QStringLiteral("office/email"), email);
    db.setSetting(QStringLiteral("office/logo"), logoPath);
}

OfficeInfo OfficeInfo::demo()
{
    return {QStringLiteral("Miljö- och hälsoskyddsförvaltningen, Exempelby kommun"),
            QStringLiteral("Box 123, 111 22 Exempelby"), QStringLiteral("08-123 456 00"),
            QStringLiteral("miljo@exempelby.example"), QStringLiteral(":/tillsyn/demo/logo.svg")};
}

QByteArray OfficeInfo::logoPng() const
{
    if (logoPath.isEmpty())
        return {};
    QImageReader reader(logoPath);
    if (reader.format() == "svg")
        reader.setScaledSize(
            QSize(360, 360 * reader.size().height() / qMax(1, reader.size().width())));
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (image.width() > 600)
        image = image.scaledToWidth(600, Qt::SmoothTransformation);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace tillsyn::report
