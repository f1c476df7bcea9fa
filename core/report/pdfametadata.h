#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tillsyn::report {

// What an archived report says about itself in its XMP metadata (PDF/A): the title as Qt writes
// it into the document information, and the visit it reports on. Facility, case number and
// checklist are in a Tillsyn schema described by a PDF/A extension schema (PDF/A-1 6.7.8), and
// once more, readable by any viewer, in dc:description.
struct PdfaMetadata
{
    QString title;
    QString creator;
    QString facility;
    QString caseNumber; // empty when none
    QString checklistId;
    QString checklistTitle;
    int checklistVersion = 0;
    QString visitId;
    int revision = 0;

    // The XMP packet for PDF/A-1b with `date` (xmpDate() of the time Qt writes into
    // /CreationDate) as its CreateDate, ModifyDate and MetadataDate, and Qt's `producer`.
    QByteArray xmp(const QString &date, const QString &producer) const;
    // XMP's form of a date, as Qt's own PDF/A metadata gives it.
    static QString xmpDate(const QDateTime &date);
    // Makes the XMP dates of a PDF written with xmp(`written`) equal to its /CreationDate, which
    // Qt takes when writing starts (the second may have turned meanwhile). Same length, so the
    // cross-reference offsets stay right; `pdf` is unchanged when they already agree.
    static void alignDates(QByteArray &pdf, const QString &written);
};

} // namespace tillsyn::report
