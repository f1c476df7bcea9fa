#include "reportfixture.h"

#include "content/shippedcontent.h"
#include "report/controlreport.h"
#include "storage/checkliststore.h"

#include "support/catchqt.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

namespace tillsyn::test {

namespace {

QString run(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(program, args);
    INFO((program + u' ' + args.join(u' ')).toStdString());
    REQUIRE(process.waitForStarted(10000));
    REQUIRE(process.waitForFinished(60000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    INFO(err.toStdString());
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

} // namespace

QString normalised(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).replace(space, QStringLiteral(" ")).trimmed();
}

QString withoutWhitespace(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return QString(text).remove(space);
}

QString withoutFooters(const QString &rawText, const QString &footer)
{
    static const QRegularExpression page(QStringLiteral("Page \\d+ of \\d+"));
    QString text = normalised(rawText);
    text.remove(normalised(footer));
    text.remove(page);
    return normalised(text);
}

PdfReadBack readBack(const QByteArray &pdf)
{
    REQUIRE(pdf.startsWith("%PDF-"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("report.pdf"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.write(pdf) == pdf.size());
    }
    PdfReadBack r;
    r.rawText = run(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-")});
    r.text = normalised(r.rawText);

    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)\\s*$"),
                                          QRegularExpression::MultilineOption);
    const QString info = run(QStringLiteral("pdfinfo"), {file});
    const auto m = pages.match(info);
    INFO(info.toStdString());
    REQUIRE(m.hasMatch());
    r.pages = m.captured(1).toInt();

    // page num type width height color ... — two header lines, then one row per image drawn.
    r.imageList = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file});
    const QStringList lines = r.imageList.split(u'\n', Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    r.images = 0;
    for (const QString &line : lines.mid(2)) {
        const QStringList columns = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(columns.size() > 3);
        r.images += columns.at(2) == u"image";
    }
    return r;
}

const QString ReportFixture::kFacility = QStringLiteral("F-0004");
const QDateTime ReportFixture::kProducedAt =
    QDateTime(QDate(2026, 12, 1), QTime(10, 30, 0), Qt::UTC);

ReportFixture::ReportFixture()
{
    content::ShippedContent::install(db, true);
    auto list = storage::ChecklistStore(db).latest(QStringLiteral("livsmedel-restaurang"));
    REQUIRE(list);
    checklist = *list;
    for (const auto &s : checklist.sections) {
        for (const auto &i : s.items)
            items.append(i.id);
    }
    REQUIRE(items.size() >= 30);
}

QString ReportFixture::start(domain::VisitKind kind, const QString &facility)
{
    field::StartRequest r;
    r.facilityId = facility;
    r.checklistId = checklist.id;
    r.kind = kind;
    r.inspectors = {{QStringLiteral("eva"), QStringLiteral("Eva Ek")}};
    return visits.start(r);
}

void ReportFixture::answerAll(const QString &visitId, int deviations,
                              const std::function<QString(int)> &comment)
{
    for (int i = 0; i < items.size(); ++i)
        visits.setAnswer(visitId, items.at(i),
                         i < deviations ? domain::Result::Deviation : domain::Result::Ok,
                         i < deviations ? comment(i) : QString());
}

const domain::ChecklistItem &ReportFixture::item(int index) const
{
    const domain::ChecklistItem *found = checklist.findItem(items.at(index));
    REQUIRE(found);
    return *found;
}

QString ReportFixture::writeJpeg(const QString &name, int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QPainter painter(&image);
    painter.setPen(Qt::NoPen);
    for (int i = 0; i < 40; ++i) {
        painter.setBrush(QColor::fromHsv((colour.hue() + i * 37) % 360, 160, 200));
        painter.drawEllipse((i * 97) % width, (i * 61) % height, width / 8, height / 8);
    }
    painter.end();
    const QString path = dir.file(name);
    REQUIRE(image.save(path, "JPEG", 90));
    return path;
}

QByteArray ReportFixture::pdf(const QString &visitId, int revision)
{
    return report::ControlReport(db, visitId, revision).pdf(kProducedAt);
}

} // namespace tillsyn::test
