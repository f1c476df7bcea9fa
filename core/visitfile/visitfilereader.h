#pragma once

#include "domain/visit.h"

#include <QCoreApplication>

namespace tillsyn::visitfile {

struct Limits
{
    static constexpr qsizetype kFileBytes = 64 * 1024 * 1024;
    static constexpr int kAnswers = 2000;
    static constexpr int kPhotos = 200;
    static constexpr qsizetype kPhotoBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kStringBytes = 64 * 1024;
    static constexpr int kDepth = 16;
};

// Reads a `tillsyn-visit` file and enforces every rule and limit of formats.md before anything
// is stored: members and types, UUIDs and ids, enums, revision/baseRevision, times, unique item
// and photo ids, photo references, base64, decoded size and SHA-256, real JPEG/PNG data, sizes
// and depth. A rejection throws tillsyn::Error naming the file, the member and the rule.
class VisitFileReader
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::visitfile::VisitFileReader)

public:
    // With `canonical`, also gives the file's canonical JSON (the same bytes canonical() returns)
    // from the same parse.
    static domain::Visit read(const QByteArray &bytes, const QString &fileName,
                              QByteArray *canonical = nullptr);
    // The file's canonical JSON (keys sorted, no insignificant white space): two files have the
    // same content when these are byte-identical. Call on bytes read() accepted.
    static QByteArray canonical(const QByteArray &bytes);
};

} // namespace tillsyn::visitfile
