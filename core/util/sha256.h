#pragma once

#include <QByteArrayView>
#include <QString>

namespace tillsyn {

// SHA-256 as 64 lowercase hex digits. Uses the CPU's SHA extensions when it has them: photo data
// and canonical JSON are hashed for every merged file, several times faster so.
QString sha256Hex(QByteArrayView bytes);

} // namespace tillsyn
