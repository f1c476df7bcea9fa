#include "util/error.h"
#include "json/strictjson.h"

#include "support/catchqt.h"
#include "support/tempdir.h"

#include <QDir>
#include <QJsonArray>

// This file's own names: test sources are compiled together (unity build).
namespace tillsyn_unity_strictjson_test {

using tillsyn::Error;
using tillsyn::json::Limits;
using tillsyn::json::StrictJson;

namespace {

QJsonObject parse(const QByteArray &bytes, const Limits &limits = {})
{
    return StrictJson::parseObject(bytes, QStringLiteral("test.json"), limits);
}

// The message of the Error that parsing throws; fails the test if it does not throw one.
QString errorOf(const QByteArray &bytes, const Limits &limits = {})
{
    try {
        StrictJson::parseObject(bytes, QStringLiteral("test.json"), limits);
    } catch (const Error &e) {
        return e.message();
    }
    FAIL("parsed without an error: " << bytes.left(200).toStdString());
    return {};
}

// {"a":{"a":...{}}} with `depth` objects in all.
QByteArray nestedObjects(int depth)
{
    QByteArray json;
    for (int i = 1; i < depth; ++i)
        json += "{\"a\":";
    json += "{}";
    for (int i = 1; i < depth; ++i)
        json += '}';
    return json;
}

// {"a":[[...[]...]]}: one object and `depth - 1` arrays.
QByteArray nestedArrays(int depth)
{
    return "{\"a\":" + QByteArray(depth - 1, '[') + QByteArray(depth - 1, ']') + '}';
}

} // namespace

TEST_CASE("StrictJson parses a plain object", "[json]")
{
    const QJsonObject o = parse(
        R"({"s": "å\n", "n": -1.5e2, "t": true, "f": false, "z": null, "a": [1, {}], "o": {}})");
    CHECK(o.value(QStringLiteral("s")).toString() == QStringLiteral("å\n"));
    CHECK(o.value(QStringLiteral("n")).toDouble() == -150.0);
    CHECK(o.value(QStringLiteral("t")).toBool());
    CHECK(o.value(QStringLiteral("f")).isBool());
    CHECK(o.value(QStringLiteral("z")).isNull());
    CHECK(o.value(QStringLiteral("a")).toArray().size() == 2);
    CHECK(o.value(QStringLiteral("o")).isObject());
    CHECK(parse(" \r\n\t{}\n ").isEmpty());
}

TEST_CASE("StrictJson rejects duplicate member names", "[json]")
{
    SECTION("same spelling")
    {
        const QString message = errorOf(R"({"a": 1, "a": 2})");
        CHECK(message.contains(QStringLiteral("\"a\"")));
        CHECK(message.contains(QStringLiteral("twice")));
    }
    SECTION("same name after unescaping")
    {
        CHECK(errorOf(R"({"a": 1, "\u0061": 2})").contains(QStringLiteral("\"a\"")));
        CHECK_FALSE(errorOf(R"({"å": 1, "\u00e5": 2})").isEmpty());
        CHECK_FALSE(errorOf(R"({"\/": 1, "/": 2})").isEmpty());
    }
    SECTION("same value too")
    {
        CHECK_FALSE(errorOf(R"({"a": "b", "a": "b"})").isEmpty());
    }
    SECTION("in a nested object")
    {
        CHECK_FALSE(errorOf(R"({"x": [{"id": 1, "id": 1}]})").isEmpty());
    }
    SECTION("the same name in different objects is fine")
    {
        const QJsonObject o = parse(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})");
        CHECK(o.value(QStringLiteral("b")).toArray().at(1).toObject().value(QStringLiteral("a")) ==
              2);
    }
}

TEST_CASE("StrictJson rejects lone surrogates and accepts pairs", "[json]")
{
    CHECK(errorOf(R"({"s": "\udfaa"})").contains(QStringLiteral("surrogate")));
    CHECK(errorOf(R"({"s": "\ud83d"})").contains(QStringLiteral("surrogate")));
    CHECK(errorOf(R"({"s": "\ud83dx"})").contains(QStringLiteral("surrogate")));
    CHECK(errorOf(R"({"s": "\ud83d\u0041"})").contains(QStringLiteral("surrogate")));
    CHECK(errorOf(R"({"s": "\ude00\ud83d"})").contains(QStringLiteral("surrogate")));
    CHECK(errorOf(R"({"\udfaa": 1})").contains(QStringLiteral("surrogate")));

    const QJsonObject o = parse(R"({"s": "\ud83d\ude00", "k": "\uD834\uDD1E"})");
    CHECK(o.value(QStringLiteral("s")).toString() == QString::fromUtf8("\xF0\x9F\x98\x80"));
    CHECK(o.value(QStringLiteral("k")).toString() == QString::fromUtf8("\xF0\x9D\x84\x9E"));
}

TEST_CASE("StrictJson refuses a NUL character in text and in names", "[json]")
{
    CHECK(errorOf(R"({"s": "a\u0000b"})").contains(QStringLiteral("NUL")));
    CHECK(errorOf(R"({"a\u0000": 1})").contains(QStringLiteral("NUL")));
    // Other escaped control characters stay allowed.
    CHECK(parse(R"({"s": "a\u0001b"})").value(QStringLiteral("s")).toString().size() == 3);
}

TEST_CASE("StrictJson limits nesting to 16 levels", "[json]")
{
    CHECK(parse(nestedObjects(16)).contains(QStringLiteral("a")));
    CHECK(errorOf(nestedObjects(17)).contains(QStringLiteral("16")));
    CHECK(parse(nestedArrays(16)).contains(QStringLiteral("a")));
    CHECK(errorOf(nestedArrays(17)).contains(QStringLiteral("16")));
    // Deep enough to overflow a recursive parser's stack if the limit were not enforced early.
    CHECK_FALSE(errorOf(nestedArrays(100000)).isEmpty());

    Limits shallow;
    shallow.maxDepth = 2;
    CHECK_NOTHROW(parse(R"({"a": {}})", shallow));
    CHECK_FALSE(errorOf(R"({"a": {"b": []}})", shallow).isEmpty());
}

TEST_CASE("StrictJson limits string length", "[json]")
{
    const auto withString = [](const QByteArray &member, qsizetype bytes) {
        return "{\"" + member + "\": \"" + QByteArray(bytes, 'x') + "\"}";
    };
    SECTION("default: 64 KiB")
    {
        CHECK(parse(withString("s", 64 * 1024)).value(QStringLiteral("s")).toString().size() ==
              64 * 1024);
        CHECK(errorOf(withString("s", 64 * 1024 + 1)).contains(QStringLiteral("65536")));
    }
    SECTION("member names count too")
    {
        CHECK_FALSE(errorOf("{\"" + QByteArray(64 * 1024 + 1, 'k') + "\": 1}").isEmpty());
    }
    SECTION("multi-byte characters count as bytes")
    {
        Limits limits;
        limits.maxStringBytes = 4;
        CHECK_NOTHROW(parse("{\"s\": \"\xC3\xA5\xC3\xA5\"}", limits));
        CHECK_FALSE(errorOf("{\"s\": \"\xC3\xA5\xC3\xA5\xC3\xA5\"}", limits).isEmpty());
    }
    SECTION("one named member may be longer")
    {
        Limits limits;
        limits.maxStringBytes = 8;
        limits.longStringMember = "data";
        limits.maxLongStringBytes = 100;
        CHECK_NOTHROW(parse(withString("data", 100), limits));
        CHECK_FALSE(errorOf(withString("data", 101), limits).isEmpty());
        CHECK_FALSE(errorOf(withString("other", 9), limits).isEmpty());
    }
    SECTION("file size")
    {
        Limits limits;
        limits.maxBytes = 10;
        CHECK_NOTHROW(parse(R"({"a": 123})", limits));
        CHECK(errorOf(R"({"a": 1234})", limits).contains(QStringLiteral("10 bytes")));
    }
}

TEST_CASE("StrictJson rejects invalid UTF-8", "[json]")
{
    const char *const bad[] = {
        "{\"s\": \"\xFF\"}",             // never valid
        "{\"s\": \"\xC3\"}",             // truncated
        "{\"s\": \"\xC0\xAF\"}",         // overlong '/'
        "{\"s\": \"\xE0\x80\xAF\"}",     // overlong, three bytes
        "{\"s\": \"\xED\xA0\x80\"}",     // encoded surrogate
        "{\"s\": \"\xF4\x90\x80\x80\"}", // above U+10FFFF
        "{\"s\": \"\x80\"}",             // lone continuation byte
        "{\"\xFF\": 1}",                 // in a member name
    };
    for (const char *json : bad) {
        INFO(QByteArray(json).toHex().toStdString());
        CHECK(errorOf(json).contains(QStringLiteral("UTF-8")));
    }
    CHECK(parse("{\"s\": \"\xC3\xA5\xE2\x82\xAC\xF0\x9F\x98\x80\"}").value(QStringLiteral("s")) ==
          QString::fromUtf8("å€😀"));
}

TEST_CASE("StrictJson rejects malformed documents", "[json]")
{
    SECTION("trailing text")
    {
        CHECK(errorOf("{} x").contains(QStringLiteral("after the end")));
        CHECK_FALSE(errorOf("{}{}").isEmpty());
        CHECK_FALSE(errorOf(QByteArray("{}\0", 3)).isEmpty());
    }
    SECTION("top level not an object")
    {
        for (const char *json : {"[]", "[{}]", "\"s\"", "1", "null", "true"}) {
            INFO(json);
            CHECK(errorOf(json).contains(QStringLiteral("top level")));
        }
        CHECK(errorOf("").contains(QStringLiteral("empty")));
        CHECK(errorOf("  \n").contains(QStringLiteral("empty")));
    }
    SECTION("syntax")
    {
        for (const char *json : {"{", R"({"a")", R"({"a":})", R"({"a":1,})", R"({'a':1})",
                                 R"({"a":01})", R"({"a":1.})", R"({"a":tru})", R"({"a":"\x"})",
                                 "{\"a\":\"\t\"}", R"({"a":[1,]})", R"({"a":NaN})", R"({a:1})"}) {
            INFO(json);
            CHECK(errorOf(json).contains(QStringLiteral("not valid JSON")));
        }
    }
}

TEST_CASE("StrictJson rejects numbers a double cannot hold, with the position", "[json]")
{
    for (const char *json : {"{\n\"a\": 1e400}", "{\n\"a\": -1e400}", "{\n\"a\": 1e-400}"}) {
        INFO(json);
        CHECK(errorOf(json).contains(QStringLiteral("line 2, column 6: number is out of range")));
    }
    CHECK(
        parse(
            R"({"a": 1.7976931348623157e308, "b": 4.9e-324, "c": 123456789012345678901234567890})")
            .value(QStringLiteral("a"))
            .toDouble() > 1e308);
}

TEST_CASE("StrictJson errors name the file, line and column", "[json]")
{
    const QByteArray json = "{\n  \"a\": 1,\n  \"a\": 2\n}\n";
    try {
        StrictJson::parseObject(json, QStringLiteral("visit-1.json"));
        FAIL("no error");
    } catch (const Error &e) {
        CHECK(e.message().startsWith(QStringLiteral("visit-1.json:")));
        CHECK(e.message().contains(QStringLiteral("line 3, column 3")));
        CHECK(QString::fromUtf8(e.what()) == e.message());
    }
}

TEST_CASE("StrictJson survives JSONTestSuite", "[json][corpus]")
{
    const QDir dir(QStringLiteral(TILLSYN_CORPORA_DIR "/jsontestsuite/test_parsing/"));
    REQUIRE(dir.exists());
    int accepted = 0, rejected = 0, implementationDefined = 0, nonObjects = 0;
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : files) {
        INFO(name.toStdString());
        const QByteArray bytes = tillsyn::test::readAll(dir.filePath(name));
        if (name.startsWith(u"n_")) {
            CHECK_THROWS_AS(StrictJson::parseObject(bytes, name), Error);
            ++rejected;
        } else if (name.startsWith(u"i_")) {
            try {
                StrictJson::parseObject(bytes, name);
            } catch (const Error &e) {
                CHECK(e.message().startsWith(name));
            }
            ++implementationDefined;
        } else if (name.startsWith(u"y_")) {
            // formats.md: two members of the same name are invalid, whatever RFC 8259 allows.
            // And no text holds a NUL (a PostgreSQL office database cannot store one).
            if (name.contains(u"duplicated_key") || bytes.contains("\\u0000")) {
                CHECK_THROWS_AS(StrictJson::parseObject(bytes, name), Error);
            } else if (bytes.trimmed().startsWith('{')) {
                CHECK_NOTHROW(StrictJson::parseObject(bytes, name));
                ++accepted;
            } else {
                try {
                    StrictJson::parseObject(bytes, name);
                    FAIL_CHECK("a top level that is not an object was accepted");
                } catch (const Error &e) {
                    CHECK(e.message().startsWith(name + u':'));
                    CHECK(e.message().contains(QStringLiteral("top level")));
                }
                ++nonObjects;
            }
        }
    }
    CHECK(rejected > 150);
    CHECK(accepted > 5);
    CHECK(nonObjects > 50);
    CHECK(implementationDefined > 10);
}

} // namespace tillsyn_unity_strictjson_test
