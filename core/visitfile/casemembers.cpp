#include "casemembers.h"

#include "photocheck.h"
#include "visitfilewriter.h"

#include "util/sha256.h"
#include "json/objectreader.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace tillsyn::visitfile {

using namespace tillsyn::domain;
using json::ObjectReader;

namespace {

// Standard base64 (RFC 4648 alphabet, padded to a multiple of 4), as a photo's data must be.
std::optional<QByteArray> standardBase64(const QString &text)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?\\z"));
    if (!re.match(text).hasMatch())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::Base64Encoding |
                                                                 QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

void readTimeEntries(const ObjectReader &root, Visit &v)
{
    const QString member = QStringLiteral("timeEntries");
    if (!root.has(member))
        return;
    const QJsonArray entries = root.requiredArray(member);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const ObjectReader r = root.element(entries, member, i);
        TimeEntry e;
        if (!fromString(r.requiredString(QStringLiteral("activity")), &e.activity))
            r.fail(QStringLiteral("activity"),
                   CaseMembers::tr("must be preparation, travel, inspection, sampling, reporting "
                                   "or other"));
        e.minutes = int(r.requiredInt(QStringLiteral("minutes"), 0, 1440));
        e.chargeable = r.requiredBool(QStringLiteral("chargeable"));
        v.caseInfo.timeEntries.push_back(e);
    }
    const int sum = v.caseInfo.totalMinutes();
    if (sum != v.minutesSpent)
        root.fail(QStringLiteral("minutesSpent"),
                  CaseMembers::tr("is %1 but the time entries add up to %2")
                      .arg(v.minutesSpent)
                      .arg(sum));
}

void readSignature(const ObjectReader &root, Visit &v)
{
    const QString member = QStringLiteral("signature");
    if (!root.has(member))
        return;
    const ObjectReader r = root.requiredObject(member);
    OperatorSignature s;
    s.name = r.requiredString(QStringLiteral("name"));
    s.role = r.requiredString(QStringLiteral("role"), true);
    const QString signedAt = r.requiredString(QStringLiteral("signedAt"));
    if (!ObjectReader::isValidUtcTime(signedAt))
        r.fail(QStringLiteral("signedAt"),
               CaseMembers::tr("must be an RFC 3339 time in UTC, like 2026-11-26T09:15:00Z"));
    s.signedAt = QDateTime::fromString(signedAt, Qt::ISODateWithMs).toUTC();
    if (s.signedAt < v.startedAt)
        r.fail(QStringLiteral("signedAt"), CaseMembers::tr("is before startedAt"));
    s.declined = r.requiredBool(QStringLiteral("declined"));
    const QString imageMembers[] = {QStringLiteral("mediaType"), QStringLiteral("bytes"),
                                    QStringLiteral("sha256"), QStringLiteral("data")};
    if (s.declined) {
        for (const QString &m : imageMembers) {
            if (r.has(m))
                r.fail(m, CaseMembers::tr("must not be present when the operator declined to "
                                          "sign"));
        }
        v.caseInfo.signature = s;
        return;
    }
    s.mediaType = r.requiredString(QStringLiteral("mediaType"));
    if (s.mediaType != u"image/png")
        r.fail(QStringLiteral("mediaType"), CaseMembers::tr("must be \"image/png\""));
    const qint64 bytes = r.requiredInt(QStringLiteral("bytes"), 1, CaseMembers::kSignatureBytes);
    s.sha256 = r.requiredString(QStringLiteral("sha256"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    if (!hex.match(s.sha256).hasMatch())
        r.fail(QStringLiteral("sha256"),
               CaseMembers::tr("must be 64 lowercase hexadecimal digits"));
    const QString data = r.requiredString(QStringLiteral("data"));
    if (data.size() > (CaseMembers::kSignatureBytes + 2) / 3 * 4)
        r.fail(QStringLiteral("data"), CaseMembers::tr("holds more than 1 MiB"));
    auto decoded = standardBase64(data);
    if (!decoded)
        r.fail(QStringLiteral("data"), CaseMembers::tr("is not standard base64"));
    s.data = std::move(*decoded);
    if (s.data.size() != bytes)
        r.fail(QStringLiteral("bytes"), CaseMembers::tr("says %1 bytes but the data holds %2")
                                            .arg(bytes)
                                            .arg(s.data.size()));
    const QString actual = sha256Hex(s.data);
    if (actual != s.sha256)
        r.fail(QStringLiteral("sha256"),
               CaseMembers::tr("does not match the signature's data (the data hashes to %1)")
                   .arg(actual));
    const PhotoHeader header = PhotoCheck::check(s.data);
    if (header.mediaType != s.mediaType)
        r.fail(QStringLiteral("data"), CaseMembers::tr("is not a PNG image"));
    if (!header.ok())
        r.fail(QStringLiteral("data"), header.problem);
    v.caseInfo.signature = std::move(s);
}

} // namespace

void CaseMembers::read(const ObjectReader &root, Visit &v)
{
    if (root.has(QStringLiteral("caseNumber"))) {
        v.caseInfo.caseNumber = root.requiredString(QStringLiteral("caseNumber"), true);
        const QString problem = caseNumberProblem(v.caseInfo.caseNumber);
        if (!problem.isEmpty())
            root.fail(QStringLiteral("caseNumber"), problem);
    }
    readTimeEntries(root, v);
    if (root.has(QStringLiteral("operatorComment")))
        v.caseInfo.operatorComment = root.requiredString(QStringLiteral("operatorComment"), true);
    readSignature(root, v);
}

void CaseMembers::write(const Visit &v, QJsonObject &root)
{
    const VisitCase &c = v.caseInfo;
    if (!c.caseNumber.isEmpty())
        root.insert(QStringLiteral("caseNumber"), c.caseNumber);
    if (!c.timeEntries.empty()) {
        QJsonArray entries;
        for (const TimeEntry &e : c.timeEntries)
            entries.append(QJsonObject{{QStringLiteral("activity"), toString(e.activity)},
                                       {QStringLiteral("minutes"), e.minutes},
                                       {QStringLiteral("chargeable"), e.chargeable}});
        root.insert(QStringLiteral("timeEntries"), entries);
        // The rule of the format: the entries are the time spent.
        root.insert(QStringLiteral("minutesSpent"), c.totalMinutes());
    }
    if (!c.operatorComment.isEmpty())
        root.insert(QStringLiteral("operatorComment"), c.operatorComment);
    if (c.signature) {
        const OperatorSignature &s = *c.signature;
        QJsonObject o{{QStringLiteral("name"), s.name},
                      {QStringLiteral("role"), s.role},
                      {QStringLiteral("signedAt"), VisitFileWriter::timeText(s.signedAt)},
                      {QStringLiteral("declined"), s.declined}};
        if (!s.declined) {
            o.insert(QStringLiteral("mediaType"), s.mediaType);
            o.insert(QStringLiteral("bytes"), s.data.size());
            o.insert(QStringLiteral("sha256"), sha256Hex(s.data));
            o.insert(QStringLiteral("data"), QString::fromLatin1(s.data.toBase64()));
        }
        root.insert(QStringLiteral("signature"), o);
    }
}

} // namespace tillsyn::visitfile
