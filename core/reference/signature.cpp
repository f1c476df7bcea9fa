#include "signature.h"

#include "util/error.h"
#include "util/sha256.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <sodium.h>

#include <algorithm>
#include <optional>

namespace tillsyn::reference {

namespace {

const QString kPrefix = QStringLiteral("ed25519:");
const QString kAlgorithm = QStringLiteral("ed25519");
const QString kFormat = QStringLiteral("tillsyn-signature");

void ensureSodium()
{
    // sodium_init() is idempotent and thread-safe; it only fails without a source of randomness.
    if (sodium_init() < 0)
        throw Error(QCoreApplication::translate("tillsyn::reference::SigningKey",
                                                "The cryptography library cannot be started."));
}

// Base64 exactly as written by toBase64(): any other spelling (missing padding, line breaks,
// other alphabet) would give the same bytes several texts, so it is refused.
std::optional<QByteArray> strictBase64(const QString &text)
{
    const QByteArray ascii = text.toLatin1();
    if (QString::fromLatin1(ascii) != text)
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64() != ascii)
        return std::nullopt;
    return decoded.decoded;
}

} // namespace

PublicKey PublicKey::parse(const QString &text)
{
    if (!text.startsWith(kPrefix))
        throw Error(tr("\"%1\" is not a public key: it must start with \"ed25519:\".").arg(text));
    const auto bytes = strictBase64(text.mid(kPrefix.size()));
    if (!bytes)
        throw Error(
            tr("\"%1\" is not a public key: the part after \"ed25519:\" is not base64.").arg(text));
    if (bytes->size() != kBytes)
        throw Error(tr("\"%1\" is not a public key: it holds %2 bytes, an Ed25519 key 32.")
                        .arg(text)
                        .arg(bytes->size()));
    return fromBytes(*bytes);
}

PublicKey PublicKey::fromBytes(const QByteArray &bytes)
{
    Q_ASSERT(bytes.size() == kBytes);
    PublicKey key;
    key.m_bytes = bytes;
    return key;
}

QString PublicKey::text() const
{
    return kPrefix + QString::fromLatin1(m_bytes.toBase64());
}

QString PublicKey::keyId() const
{
    return sha256Hex(m_bytes).left(16);
}

QString PublicKey::fingerprint() const
{
    const QString hex = sha256Hex(m_bytes).left(32);
    QStringList groups;
    for (int i = 0; i < hex.size(); i += 4)
        groups << hex.mid(i, 4);
    return groups.join(u' ');
}

SigningKey SigningKey::generate()
{
    ensureSodium();
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    if (crypto_sign_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                            reinterpret_cast<unsigned char *>(sk.data())) != 0)
        throw Error(tr("The cryptography library cannot be started."));
    SigningKey key;
    key.m_public = PublicKey::fromBytes(pk);
    key.m_secret = sk;
    return key;
}

SigningKey SigningKey::fromSecret(const QByteArray &secret)
{
    ensureSodium();
    if (secret.size() != kSecretBytes)
        throw Error(
            tr("The stored signing key is damaged (%1 bytes instead of 64).").arg(secret.size()));
    // libsodium's secret key is the seed followed by the public key: derive the pair from the
    // seed again, so a damaged second half cannot make signatures nobody can verify.
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    const int derived = crypto_sign_seed_keypair(
        reinterpret_cast<unsigned char *>(pk.data()), reinterpret_cast<unsigned char *>(sk.data()),
        reinterpret_cast<const unsigned char *>(secret.constData()));
    // Secret bytes are compared in constant time and wiped when refused.
    if (derived != 0 || sodium_memcmp(sk.constData(), secret.constData(), kSecretBytes) != 0) {
        sodium_memzero(sk.data(), size_t(sk.size()));
        throw Error(
            tr("The stored signing key is damaged (its two halves do not belong together)."));
    }
    SigningKey key;
    key.m_public = PublicKey::fromBytes(pk);
    key.m_secret = sk;
    return key;
}

SigningKey::~SigningKey()
{
    // Only the last copy owns the bytes (QByteArray shares them): wipe them then.
    if (!m_secret.isEmpty() && m_secret.isDetached())
        sodium_memzero(m_secret.data(), size_t(m_secret.size()));
}

QByteArray SigningKey::sign(const QByteArray &bytes) const
{
    ensureSodium();
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    if (crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                             reinterpret_cast<const unsigned char *>(bytes.constData()),
                             quint64(bytes.size()),
                             reinterpret_cast<const unsigned char *>(m_secret.constData())) != 0)
        throw Error(tr("The cryptography library cannot be started."));
    return signature;
}

QByteArray SignatureFile::write(const QByteArray &signedBytes, const SigningKey &key)
{
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("keyId"), key.publicKey().keyId()},
        {QStringLiteral("algorithm"), kAlgorithm},
        {QStringLiteral("signature"), QString::fromLatin1(key.sign(signedBytes).toBase64())}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

PublicKey SignatureFile::verify(const QByteArray &signedBytes, const QString &fileName,
                                const QByteArray &signatureBytes, const QString &signatureName,
                                const std::vector<PublicKey> &trusted)
{
    ensureSodium();
    json::Limits limits;
    limits.maxBytes = kMaxBytes;
    limits.maxDepth = 2;
    limits.maxStringBytes = 256;
    const json::ObjectReader root(
        json::StrictJson::parseObject(signatureBytes, signatureName, limits), signatureName);
    root.requireFormat(kFormat, kFormatVersion);
    const QString algorithm = root.requiredString(QStringLiteral("algorithm"));
    if (algorithm != kAlgorithm)
        root.fail(QStringLiteral("algorithm"),
                  tr("is \"%1\", expected \"%2\"").arg(algorithm, kAlgorithm));
    const QString keyId = root.requiredString(QStringLiteral("keyId"));
    static const QRegularExpression hex16(
        QRegularExpression::anchoredPattern(QStringLiteral("[0-9a-f]{16}")));
    if (!hex16.match(keyId).hasMatch())
        root.fail(QStringLiteral("keyId"), tr("must be 16 lowercase hex digits"));
    const auto signature = strictBase64(root.requiredString(QStringLiteral("signature")));
    if (!signature || signature->size() != crypto_sign_BYTES)
        root.fail(QStringLiteral("signature"), tr("must be the base64 of a 64-byte signature"));

    const auto key = std::find_if(trusted.begin(), trusted.end(),
                                  [&](const PublicKey &k) { return k.keyId() == keyId; });
    if (key == trusted.end())
        throw Error(
            tr("%1: signed with key %2, which this computer does not trust.").arg(fileName, keyId));
    if (crypto_sign_verify_detached(
            reinterpret_cast<const unsigned char *>(signature->constData()),
            reinterpret_cast<const unsigned char *>(signedBytes.constData()),
            quint64(signedBytes.size()),
            reinterpret_cast<const unsigned char *>(key->bytes().constData())) != 0)
        throw Error(tr("%1: the signature in %2 does not match the file's bytes (the file was "
                       "changed after it was signed, or the office is publishing at this moment "
                       "and the next sync takes both).")
                        .arg(fileName, signatureName));
    return *key;
}

} // namespace tillsyn::reference
