#include "share.h"

#include "shareerror.h"

#include <QUuid>

namespace tillsyn::sync {

QString Share::partName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const QString unique = QUuid::createUuid().toString(QUuid::Id128).left(8);
    QString name = path.mid(slash + 1);
    // A name near the limit would make its part name too long to create (ENAMETOOLONG): keep
    // a prefix of it, which is enough for people; the random part keeps it unique.
    constexpr qsizetype kMaxName = 255 - 15; // ".", ".12345678.part"
    while (name.toUtf8().size() > kMaxName)
        name.chop(name.size() > 1 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    return path.left(slash + 1) + QStringLiteral(".%1.%2.part").arg(name, unique);
}

bool Share::isListed(const QString &name)
{
    return !name.startsWith(u'.') && !name.endsWith(u".part");
}

Share::PutResult Share::identicalOrRefuse(const QString &path, const QByteArray &bytes,
                                          const QString &refusal)
{
    std::optional<QByteArray> existing;
    try {
        existing = read(path);
    } catch (const ShareError &e) {
        // Something unreadable is in the way (a planted link, a pipe, a huge file): the name is
        // taken all the same. A share that cannot be reached is another matter.
        if (e.isTransient())
            throw;
    }
    if (existing && *existing == bytes)
        return PutResult::AlreadyIdentical;
    throw ShareError(ShareError::Kind::Exists, refusal);
}

} // namespace tillsyn::sync
