#pragma once

#include "domain/checklist.h"
#include "field/visitlifecycle.h"
#include "storage/database.h"

#include "support/tempdir.h"

#include <QColor>
#include <QDateTime>
#include <QStringList>

#include <functional>

namespace tillsyn::test {

// What poppler's tools read back from a PDF.
struct PdfReadBack
{
    QString rawText;   // pdftotext as printed (pages separated by form feeds)
    QString text;      // the same with every run of whitespace collapsed to one space
    int pages = -1;    // pdfinfo's "Pages:"
    int images = -1;   // pdfimages -list rows of type "image" (masks not counted)
    QString imageList; // pdfimages -list as printed, for failure messages
};

// Runs pdftotext, pdfinfo and pdfimages (poppler-utils) on the bytes; REQUIREs that they work.
PdfReadBack readBack(const QByteArray &pdf);
// Collapses runs of whitespace to one space (pdftotext breaks long lines where it likes).
QString normalised(const QString &text);
// Removes all whitespace: a word longer than a line comes back broken over several lines.
QString withoutWhitespace(const QString &text);
// The text without the footers (title · facility · date, "Page X of Y") that pdftotext puts
// between the pages, so a paragraph running over a page break reads as one.
QString withoutFooters(const QString &rawText, const QString &footer);

// A database with the shipped checklists, the demo facilities and the demo office (its logo is
// an SVG), and a lifecycle whose clock the test sets.
struct ReportFixture
{
    TempDir dir;
    storage::Database db{dir.file(QStringLiteral("tillsyn.db"))};
    QDateTime clock = QDateTime(QDate(2026, 11, 26), QTime(9, 15, 0), Qt::UTC);
    field::VisitLifecycle visits{db, [this] { return clock; }};
    domain::Checklist checklist; // livsmedel-restaurang (food control, 32 items)
    QStringList items;           // its item ids in order

    static const QString kFacility; // F-0004 "Bistro Émile", org. number 556244-5097
    static const QDateTime kProducedAt;

    ReportFixture();
    QString start(domain::VisitKind kind = domain::VisitKind::Planned,
                  const QString &facility = kFacility);
    // Answers every item: the first `deviations` with a deviation (comment from `comment`),
    // the rest ok.
    void answerAll(const QString &visitId, int deviations,
                   const std::function<QString(int)> &comment);
    const domain::ChecklistItem &item(int index) const;
    // Writes a width × height JPEG with some detail into the temp dir and returns its path.
    QString writeJpeg(const QString &name, int width, int height, QColor colour);
    QByteArray pdf(const QString &visitId, int revision = 0);
};

} // namespace tillsyn::test
