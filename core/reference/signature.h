#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tillsyn::reference {

// An office's Ed25519 public key, written the way people pass it on: "ed25519:<base64 of the
// 32 key bytes>".
class PublicKey
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::PublicKey)

public:
    static constexpr qsizetype kBytes = 32;

    // Throws tillsyn::Error saying what is wrong with `text` (prefix, base64, length).
    static PublicKey parse(const QString &text);
    static PublicKey fromBytes(const QByteArray &bytes); // exactly kBytes

    const QByteArray &bytes() const { return m_bytes; }
    QString text() const;
    // Names the key in a signature file: the first 8 bytes of SHA-256 of the key bytes as 16
    // lowercase hex digits. Short enough to read, long enough that two offices' keys never meet.
    QString keyId() const;
    // For people comparing a key read aloud or on paper: the first 16 bytes of SHA-256 of the key
    // bytes as eight groups of four hex digits. Its first four groups are the keyId.
    QString fingerprint() const;

    bool operator==(const PublicKey &other) const { return m_bytes == other.m_bytes; }

private:
    QByteArray m_bytes;
};

// The office's key pair. The secret key (libsodium's 64-byte form: seed and public key) never
// leaves the office database.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::SigningKey)

public:
    static constexpr qsizetype kSecretBytes = 64;

    static SigningKey generate();
    // Throws tillsyn::Error when `secret` is not a secret key of the right form.
    static SigningKey fromSecret(const QByteArray &secret);
    ~SigningKey();
    SigningKey(const SigningKey &) = default;
    SigningKey &operator=(const SigningKey &) = default;

    const PublicKey &publicKey() const { return m_public; }
    const QByteArray &secret() const { return m_secret; }
    // The 64-byte Ed25519 signature of exactly these bytes.
    QByteArray sign(const QByteArray &bytes) const;

private:
    SigningKey() = default;
    PublicKey m_public;
    QByteArray m_secret;
};

// The `tillsyn-signature` file published beside each reference file as NAME.json.sig:
// {"format":"tillsyn-signature","formatVersion":1,"keyId":…,"algorithm":"ed25519",
//  "signature":<base64 of the Ed25519 signature over the exact bytes of NAME.json>}.
class SignatureFile
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::reference::SignatureFile)

public:
    static constexpr int kFormatVersion = 1;
    // A signature file is a few hundred bytes; anything larger is not one.
    static constexpr qsizetype kMaxBytes = 4096;

    static QByteArray write(const QByteArray &signedBytes, const SigningKey &key);
    // Checks that `signatureBytes` (the file `signatureName`) is a valid signature of
    // `signedBytes` (the file `fileName`) by one of `trusted`, and returns that key. Throws
    // tillsyn::Error naming the file and the reason it is refused.
    static PublicKey verify(const QByteArray &signedBytes, const QString &fileName,
                            const QByteArray &signatureBytes, const QString &signatureName,
                            const std::vector<PublicKey> &trusted);
};

} // namespace tillsyn::reference
