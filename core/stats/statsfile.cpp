#include "statsfile.h"

#include "util/sha256.h"

#include "util/error.h"
#include "json/objectreader.h"
#include "json/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <map>
#include <set>
#include <tuple>

namespace tillsyn::stats {

using json::ObjectReader;

namespace {

constexpr qint64 kMaxCount = qint64(1) << 40;
constexpr qsizetype kMaxText = 10000;

QString dateText(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

QDate readDate(const ObjectReader &r, const QString &member)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}\\z"));
    const QString s = r.requiredString(member);
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!re.match(s).hasMatch() || !d.isValid())
        r.fail(member, StatsFile::tr("must be a date YYYY-MM-DD"));
    return d;
}

QJsonObject countsJson(const Counts &c)
{
    return {{QStringLiteral("visits"), c.visits},
            {QStringLiteral("checked"), c.checked},
            {QStringLiteral("deviations"), c.deviations},
            {QStringLiteral("notChecked"), c.notChecked},
            {QStringLiteral("notApplicable"), c.notApplicable}};
}

Counts readCounts(const ObjectReader &r, int minimumVisits, bool perItem)
{
    Counts c;
    c.visits = r.requiredInt(QStringLiteral("visits"), 0, kMaxCount);
    c.checked = r.requiredInt(QStringLiteral("checked"), 0, kMaxCount);
    c.deviations = r.requiredInt(QStringLiteral("deviations"), 0, kMaxCount);
    c.notChecked = r.requiredInt(QStringLiteral("notChecked"), 0, kMaxCount);
    c.notApplicable = r.requiredInt(QStringLiteral("notApplicable"), 0, kMaxCount);
    if (c.visits < minimumVisits)
        r.fail(QStringLiteral("visits"),
               StatsFile::tr("is %1, below the file's minimum group size %2 (smaller groups "
                             "must be left out)")
                   .arg(c.visits)
                   .arg(minimumVisits));
    if (c.deviations > c.checked)
        r.fail(QStringLiteral("deviations"),
               StatsFile::tr("is %1, more than the %2 answers checked")
                   .arg(c.deviations)
                   .arg(c.checked));
    if (perItem && c.checked + c.notChecked + c.notApplicable != c.visits)
        r.fail(QStringLiteral("visits"),
               StatsFile::tr("is %1, but checked, notChecked and notApplicable add up to %2 (an "
                             "item has one answer per visit)")
                   .arg(c.visits)
                   .arg(c.checked + c.notChecked + c.notApplicable));
    return c;
}

QString readCategory(const ObjectReader &r)
{
    const QString label = r.requiredString(QStringLiteral("category"), true);
    if (!StatsFile::isValidCategory(label))
        r.fail(QStringLiteral("category"),
               StatsFile::tr("must be at most 64 letters, digits, spaces and , . & / ( ) + -"));
    return label;
}

QJsonObject followUpJson(const StatsFollowUp &f)
{
    return {{QStringLiteral("deviations"), f.deviations},
            {QStringLiteral("withDeadline"), f.withDeadline},
            {QStringLiteral("correctedByDeadline"), f.correctedByDeadline},
            {QStringLiteral("corrected"), f.corrected},
            {QStringLiteral("daysToCorrectionSum"), f.daysToCorrectionSum}};
}

// The optional member `followUp`; `deviations` bounds its deviations (an item's), if given.
std::optional<StatsFollowUp> readFollowUp(const ObjectReader &parent,
                                          std::optional<qint64> deviations)
{
    if (!parent.has(QStringLiteral("followUp")))
        return std::nullopt;
    const ObjectReader r = parent.requiredObject(QStringLiteral("followUp"));
    StatsFollowUp f;
    f.deviations = r.requiredInt(QStringLiteral("deviations"), 0, kMaxCount);
    f.withDeadline = r.requiredInt(QStringLiteral("withDeadline"), 0, kMaxCount);
    f.correctedByDeadline = r.requiredInt(QStringLiteral("correctedByDeadline"), 0, kMaxCount);
    f.corrected = r.requiredInt(QStringLiteral("corrected"), 0, kMaxCount);
    f.daysToCorrectionSum = r.requiredInt(QStringLiteral("daysToCorrectionSum"), 0, kMaxCount);
    const auto atMost = [&](const QString &member, qint64 value, const QString &bound,
                            qint64 limit) {
        if (value > limit)
            r.fail(member, StatsFile::tr("is %1, more than %2 (%3)").arg(value).arg(bound).arg(limit));
    };
    if (deviations)
        atMost(QStringLiteral("deviations"), f.deviations, QStringLiteral("deviations"),
               *deviations);
    atMost(QStringLiteral("withDeadline"), f.withDeadline, QStringLiteral("deviations"),
           f.deviations);
    atMost(QStringLiteral("corrected"), f.corrected, QStringLiteral("deviations"), f.deviations);
    atMost(QStringLiteral("correctedByDeadline"), f.correctedByDeadline,
           QStringLiteral("withDeadline"), f.withDeadline);
    atMost(QStringLiteral("correctedByDeadline"), f.correctedByDeadline,
           QStringLiteral("corrected"), f.corrected);
    if (f.corrected == 0 && f.daysToCorrectionSum != 0)
        r.fail(QStringLiteral("daysToCorrectionSum"),
               StatsFile::tr("must be 0 when no deviation was corrected"));
    return f;
}

QJsonObject timeJson(const StatsTime &t)
{
    QJsonObject minutes;
    const auto &all = domain::allActivities();
    for (size_t a = 0; a < all.size(); ++a)
        minutes.insert(domain::toString(all[a]), t.minutes[a]);
    return {{QStringLiteral("timedVisits"), t.timedVisits},
            {QStringLiteral("minutes"), minutes},
            {QStringLiteral("chargeableMinutes"), t.chargeableMinutes}};
}

// The optional member `time`; `visits` bounds its timed visits (a group's visits), if given.
std::optional<StatsTime> readTime(const ObjectReader &parent, std::optional<qint64> visits)
{
    if (!parent.has(QStringLiteral("time")))
        return std::nullopt;
    const ObjectReader r = parent.requiredObject(QStringLiteral("time"));
    StatsTime t;
    t.timedVisits = r.requiredInt(QStringLiteral("timedVisits"), 0, kMaxCount);
    if (visits && t.timedVisits > *visits)
        r.fail(QStringLiteral("timedVisits"),
               StatsFile::tr("is %1, more than the group's %2 visits").arg(t.timedVisits).arg(*visits));
    const ObjectReader minutes = r.requiredObject(QStringLiteral("minutes"));
    qint64 total = 0;
    const auto &all = domain::allActivities();
    for (size_t a = 0; a < all.size(); ++a) {
        t.minutes[a] = minutes.requiredInt(domain::toString(all[a]), 0, kMaxCount);
        total += t.minutes[a];
    }
    if (t.timedVisits == 0 && total != 0)
        r.fail(QStringLiteral("minutes"), StatsFile::tr("must all be 0 when no visit was timed"));
    if (t.timedVisits > 0 && total == 0)
        r.fail(QStringLiteral("minutes"),
               StatsFile::tr("add up to 0, but a timed visit has time recorded"));
    t.chargeableMinutes = r.requiredInt(QStringLiteral("chargeableMinutes"), 0, kMaxCount);
    if (t.chargeableMinutes > total)
        r.fail(QStringLiteral("chargeableMinutes"),
               StatsFile::tr("is %1, more than the %2 minutes of all activities")
                   .arg(t.chargeableMinutes)
                   .arg(total));
    return t;
}

void readWording(const ObjectReader &r, StatsItem *item)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}\\z"));
    if (r.has(QStringLiteral("textSha256"))) {
        const QString hash = r.requiredString(QStringLiteral("textSha256"));
        if (!hex.match(hash).hasMatch())
            r.fail(QStringLiteral("textSha256"),
                   StatsFile::tr("must be 64 lowercase hexadecimal digits"));
        item->textSha256 = hash;
    }
    if (r.has(QStringLiteral("text"))) {
        const QString text = r.requiredString(QStringLiteral("text"));
        if (text.size() > kMaxText)
            r.fail(QStringLiteral("text"),
                   StatsFile::tr("is longer than %1 characters").arg(kMaxText));
        if (item->textSha256 != StatsFile::sha256Hex(text))
            r.fail(QStringLiteral("textSha256"),
                   StatsFile::tr("must be present and be the SHA-256 of \"text\""));
        item->text = text;
    }
}

StatsItem readItem(const ObjectReader &r, int minimumVisits, bool withCategory)
{
    StatsItem item;
    item.checklistId = r.requiredId(QStringLiteral("checklistId"));
    item.checklistVersion = int(r.requiredInt(QStringLiteral("checklistVersion"), 1, 1000000));
    item.itemId = r.requiredId(QStringLiteral("itemId"));
    if (withCategory)
        item.category = readCategory(r);
    else
        readWording(r, &item);
    item.counts = readCounts(r, minimumVisits, true);
    if (!withCategory)
        item.followUp = readFollowUp(r, item.counts.deviations);
    return item;
}

using ItemKey = std::tuple<QString, int, QString, QString>;
ItemKey itemKeyOf(const StatsItem &i)
{
    return {i.checklistId, i.checklistVersion, i.itemId, i.category};
}

std::vector<StatsItem> readItems(const ObjectReader &root, const QString &member, int minimumVisits,
                                 bool withCategory)
{
    const QJsonArray list = root.requiredArray(member);
    std::vector<StatsItem> out;
    std::set<ItemKey> keys;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ObjectReader r = root.element(list, member, i);
        StatsItem item = readItem(r, minimumVisits, withCategory);
        if (!keys.insert(itemKeyOf(item)).second)
            r.fail(QStringLiteral("itemId"),
                   StatsFile::tr("item \"%1\" of checklist \"%2\" version %3 appears twice")
                       .arg(item.itemId, item.checklistId)
                       .arg(item.checklistVersion));
        out.push_back(std::move(item));
    }
    return out;
}

QString readMonth(const ObjectReader &r, const StatsData &data)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{2})\\z"));
    const QString month = r.requiredString(QStringLiteral("month"));
    const auto m = re.match(month);
    const QDate first =
        m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        r.fail(QStringLiteral("month"), StatsFile::tr("must be a month YYYY-MM"));
    if (first.addMonths(1) <= data.from || first > data.to)
        r.fail(QStringLiteral("month"), StatsFile::tr("%1 lies outside the period").arg(month));
    return month;
}

QString readKind(const ObjectReader &r)
{
    const QString kind = r.requiredString(QStringLiteral("kind"));
    domain::VisitKind parsed;
    if (!domain::fromString(kind, &parsed))
        r.fail(QStringLiteral("kind"),
               StatsFile::tr("must be planned, follow_up, complaint, incident or other"));
    return kind;
}

enum class Labels { Categories, Months, Kinds };

std::vector<StatsLabelled> readLabelled(const ObjectReader &root, const QString &member,
                                        const StatsData &data, Labels labelled)
{
    const QJsonArray list = root.requiredArray(member);
    std::vector<StatsLabelled> out;
    std::set<QString> labels;
    const QString labelMember = labelled == Labels::Months ? QStringLiteral("month")
                                : labelled == Labels::Kinds ? QStringLiteral("kind")
                                                            : QStringLiteral("category");
    for (qsizetype i = 0; i < list.size(); ++i) {
        const ObjectReader r = root.element(list, member, i);
        StatsLabelled l;
        l.label = labelled == Labels::Months  ? readMonth(r, data)
                  : labelled == Labels::Kinds ? readKind(r)
                                              : readCategory(r);
        l.counts = readCounts(r, data.minimumGroupVisits, false);
        if (labelled != Labels::Months)
            l.time = readTime(r, l.counts.visits);
        if (!labels.insert(l.label).second)
            r.fail(labelMember, StatsFile::tr("\"%1\" appears twice").arg(l.label));
        out.push_back(std::move(l));
    }
    return out;
}

QString readOffice(const ObjectReader &root)
{
    const QString office = root.requiredString(QStringLiteral("office"));
    if (!StatsFile::isValidOfficeName(office))
        root.fail(QStringLiteral("office"),
                  StatsFile::tr("must be one line of at most %1 characters")
                      .arg(StatsFile::kMaxOfficeName));
    return office;
}

// Every category in itemCategories belongs to an item of the file, and is part of it.
void checkItemCategories(const ObjectReader &root, const StatsData &data)
{
    std::map<ItemKey, Counts> items;
    for (const StatsItem &i : data.items)
        items[itemKeyOf(i)] = i.counts;
    for (size_t n = 0; n < data.itemCategories.size(); ++n) {
        const StatsItem &c = data.itemCategories[n];
        const auto it = items.find({c.checklistId, c.checklistVersion, c.itemId, QString()});
        if (it == items.end() || c.counts.visits > it->second.visits ||
            c.counts.deviations > it->second.deviations)
            root.fail(QStringLiteral("itemCategories[%1]").arg(n),
                      StatsFile::tr("does not fit within its item in \"items\""));
    }
}

} // namespace

StatsFollowUp StatsFollowUp::of(const FollowUpCounts &c)
{
    StatsFollowUp f;
    f.deviations = c.deviations;
    f.withDeadline = c.withDeadline;
    f.correctedByDeadline = c.correctedByDeadline;
    f.corrected = c.corrected;
    for (qint64 days : c.daysToCorrection)
        f.daysToCorrectionSum += days;
    return f;
}

StatsTime StatsTime::of(const ActivityTime &time)
{
    StatsTime t;
    t.timedVisits = time.timedVisits;
    for (size_t a = 0; a < t.minutes.size(); ++a)
        t.minutes[a] = time.activities[a].minutes;
    t.chargeableMinutes = time.chargeableMinutes;
    return t;
}

bool StatsFile::isValidOfficeName(const QString &office)
{
    static const QRegularExpression control(QStringLiteral("\\p{Cc}"));
    return office.size() <= kMaxOfficeName && !control.match(office).hasMatch();
}

bool StatsFile::isValidCategory(const QString &label)
{
    static const QRegularExpression re(QStringLiteral("^[\\p{L}\\p{M}\\p{N} ,.&/()+-]{0,64}\\z"));
    return re.match(label).hasMatch();
}

QString StatsFile::sha256Hex(const QString &text)
{
    return tillsyn::sha256Hex(text.toUtf8());
}

StatsData StatsFile::read(const QByteArray &bytes, const QString &fileName)
{
    const ObjectReader root(json::StrictJson::parseObject(bytes, fileName), fileName);
    root.requireFormat(QStringLiteral("tillsyn-stats"), kFormatVersion);
    StatsData data;
    data.office = readOffice(root);
    const ObjectReader period = root.requiredObject(QStringLiteral("period"));
    data.from = readDate(period, QStringLiteral("from"));
    data.to = readDate(period, QStringLiteral("to"));
    if (data.to < data.from)
        period.fail(QStringLiteral("to"), tr("lies before \"from\""));
    const QString created = root.requiredString(QStringLiteral("createdAt"));
    if (!ObjectReader::isValidUtcTime(created))
        root.fail(QStringLiteral("createdAt"), tr("must be an RFC 3339 time in UTC"));
    data.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    data.minimumGroupVisits =
        int(root.requiredInt(QStringLiteral("minimumGroupVisits"), kMinimumGroupVisits, 1000000));
    data.items = readItems(root, QStringLiteral("items"), data.minimumGroupVisits, false);
    data.itemCategories =
        readItems(root, QStringLiteral("itemCategories"), data.minimumGroupVisits, true);
    checkItemCategories(root, data);
    data.categories = readLabelled(root, QStringLiteral("categories"), data, Labels::Categories);
    data.months = readLabelled(root, QStringLiteral("months"), data, Labels::Months);
    // The optional members of issues 17 and 18.
    if (root.has(QStringLiteral("kinds")))
        data.kinds = readLabelled(root, QStringLiteral("kinds"), data, Labels::Kinds);
    data.followUp = readFollowUp(root, std::nullopt);
    data.time = readTime(root, std::nullopt);
    return data;
}

QByteArray StatsFile::write(const StatsData &data)
{
    QJsonArray items, itemCategories, categories, months;
    for (const StatsItem &i : data.items) {
        QJsonObject o = countsJson(i.counts);
        o.insert(QStringLiteral("checklistId"), i.checklistId);
        o.insert(QStringLiteral("checklistVersion"), i.checklistVersion);
        o.insert(QStringLiteral("itemId"), i.itemId);
        if (i.text)
            o.insert(QStringLiteral("text"), *i.text);
        if (i.textSha256)
            o.insert(QStringLiteral("textSha256"), *i.textSha256);
        if (i.followUp)
            o.insert(QStringLiteral("followUp"), followUpJson(*i.followUp));
        items.append(o);
    }
    for (const StatsItem &i : data.itemCategories) {
        QJsonObject o = countsJson(i.counts);
        o.insert(QStringLiteral("checklistId"), i.checklistId);
        o.insert(QStringLiteral("checklistVersion"), i.checklistVersion);
        o.insert(QStringLiteral("itemId"), i.itemId);
        o.insert(QStringLiteral("category"), i.category);
        itemCategories.append(o);
    }
    for (const StatsLabelled &c : data.categories) {
        QJsonObject o = countsJson(c.counts);
        o.insert(QStringLiteral("category"), c.label);
        if (c.time)
            o.insert(QStringLiteral("time"), timeJson(*c.time));
        categories.append(o);
    }
    QJsonArray kinds;
    for (const StatsLabelled &k : data.kinds) {
        QJsonObject o = countsJson(k.counts);
        o.insert(QStringLiteral("kind"), k.label);
        if (k.time)
            o.insert(QStringLiteral("time"), timeJson(*k.time));
        kinds.append(o);
    }
    for (const StatsLabelled &m : data.months) {
        QJsonObject o = countsJson(m.counts);
        o.insert(QStringLiteral("month"), m.label);
        months.append(o);
    }
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("tillsyn-stats")},
        {QStringLiteral("formatVersion"), kFormatVersion},
        {QStringLiteral("office"), data.office},
        {QStringLiteral("period"), QJsonObject{{QStringLiteral("from"), dateText(data.from)},
                                               {QStringLiteral("to"), dateText(data.to)}}},
        {QStringLiteral("createdAt"), data.createdAt.toUTC().toString(Qt::ISODate)},
        {QStringLiteral("minimumGroupVisits"), data.minimumGroupVisits},
        {QStringLiteral("items"), items},
        {QStringLiteral("itemCategories"), itemCategories},
        {QStringLiteral("categories"), categories},
        {QStringLiteral("months"), months},
        {QStringLiteral("kinds"), kinds}};
    if (data.followUp)
        root.insert(QStringLiteral("followUp"), followUpJson(*data.followUp));
    if (data.time)
        root.insert(QStringLiteral("time"), timeJson(*data.time));
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    read(bytes, tr("the statistics file being written"));
    return bytes;
}

} // namespace tillsyn::stats
