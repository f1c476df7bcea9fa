#include "share.h"

#include "shareerror.h"

#include <QUuid>

namespace tillsyn::sync {

QString Share::partName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return path.left(slash + 1) +
           QStringLiteral(".%1.%2.part")
               .arg(path.mid(slash + 1), QUuid::createUuid().toString(QUuid::Id128).left(8));
}

bool Share::isListed(const QString &name)
{
    return !name.startsWith(u'.') && !name.endsWith(u".part");
}

Share::PutResult Share::identicalOrRefuse(const QString &path, const QByteArray &bytes,
                                          const QString &refusal)
{
    const auto existing = read(path);
    if (existing && *existing == bytes)
        return PutResult::AlreadyIdentical;
    throw ShareError(ShareError::Kind::Exists, refusal);
}

} // namespace tillsyn::sync
