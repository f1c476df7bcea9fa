// libFuzzer target: VisitFileReader::read on arbitrary bytes. Every input must end in a visit or
// in tillsyn::Error; a crash, a sanitizer report, a leak, a hang or another exception is a bug.
// No QCoreApplication is needed: the reader uses tr() (which falls back to the source text
// without an application), QJsonDocument, QRegularExpression and QCryptographicHash only.
// See CMakeLists.txt here for how to build and run it.
#include "util/error.h"
#include "visitfile/visitfilereader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    try {
        const tillsyn::domain::Visit v =
            tillsyn::visitfile::VisitFileReader::read(bytes, QStringLiteral("fuzz.json"));
        // Whatever is accepted is canonicalisable and has the invariants the reader promises.
        if (v.visitId.size() != 36 || v.revision < 1 || v.baseRevision >= v.revision ||
            v.startedAt > v.finishedAt || v.inspectors.empty())
            __builtin_trap();
        (void)tillsyn::visitfile::VisitFileReader::canonical(bytes);
    } catch (const tillsyn::Error &) {
        // A rejection with a message: fine.
    }
    return 0;
}
