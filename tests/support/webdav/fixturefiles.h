#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

// What every server fixture does with its temporary configuration: fail loudly, read a log,
// write a file.
namespace tillsyn::test::fixture {

// A fixture that cannot set up its server: the test fails with this message.
[[noreturn]] void fail(const QString &message);
// The file's text, empty when it cannot be read (a log not yet written).
QString readText(const QString &path);
// Writes the whole file, making its folder; fails the test when it cannot.
void writeFile(const QString &path, const QByteArray &bytes);
// Whether a server listens on the port of 127.0.0.1 (one connection attempt of 250 ms).
bool acceptsConnections(quint16 port);
// How long a server may take to start before the fixture gives up.
constexpr int kStartTimeoutMs = 20000;

} // namespace tillsyn::test::fixture
