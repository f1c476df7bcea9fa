#pragma once

#include <QByteArray>
#include <QString>

namespace tillsyn {

// Writes a whole file through QSaveFile: readers see the old file or the new one, never a part.
// Returns the reason it failed (QFileDevice::errorString), empty when the file was written.
QString writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace tillsyn
