#pragma once

#include "domain/visit.h"
#include "officeinfo.h"

#include <QCoreApplication>

#include <QImage>

#include <map>
#include <memory>
#include <set>

namespace tillsyn::report {

class ReportDocument;

// One earlier deviation this visit followed up, as the report lists it.
struct FollowUpLine
{
    QString itemText;       // the earlier deviation's item (its id when the text is unknown)
    QDateTime earlierVisit; // invalid when unknown
    domain::FollowUpStatus status = domain::FollowUpStatus::NotChecked;
    QString comment;
};

struct ReportOptions
{
    // Food control reports are "kontrollrapporter" (EU 2017/625); other supervision gives
    // "inspektionsrapporter".
    bool foodControl = false;
    // Items of this visit that follow up deviations found at an earlier visit of the facility.
    QDateTime earlierVisit;
    std::set<QString> followUpItemIds;
    // The visit's followUps, in its order (issue 17).
    std::vector<FollowUpLine> followUps;
};

// Builds the control report (kontrollrapport / inspektionsrapport, EU 2017/625 art. 13) of one
// finished visit revision as a document: purpose, method, outcome and what the operator must do.
// Every text that a user, an import or a visit file wrote is escaped; the only images are the
// visit's photos and the office logo, registered by name.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(tillsyn::report::ReportBuilder)

public:
    ReportBuilder(const domain::Visit &visit, const OfficeInfo &office, ReportOptions options = {});

    // The visit must carry its photo bytes.
    std::unique_ptr<ReportDocument> build(const QDateTime &producedAt) const;
    // "Control report" (food control) or "Inspection report".
    static QString title(const ReportOptions &options);
    QString html(const QDateTime &producedAt) const;

private:
    QString header() const;
    QString facts() const;
    QString purposeAndMethod() const;
    QString outcome() const;
    QString deviation(const domain::Answer &answer) const;
    // The photo as an <img> of at most `box` points, decoded at the size it prints; a note
    // instead when it cannot be shown.
    QString photo(const domain::Photo &photo, QSizeF box) const;
    // An item's comment and photos, compactly, for the lists of items without deviation.
    QString remarks(const domain::Answer &answer) const;
    QString otherPhotos() const;
    QString compliantItems() const;
    QString uncheckedItems() const;
    QString closing(const QDateTime &producedAt) const;
    QString followUpNote(const domain::Answer &answer) const;
    // "Follow-up of earlier deviations": each followed-up deviation with its status in words.
    QString followUpSection() const;

    const domain::Visit &m_visit;
    const OfficeInfo &m_office;
    ReportOptions m_options;
    QByteArray m_logo;
    // The photos html() shows, decoded at their printed size, by the name its <img> uses.
    mutable std::map<QString, QImage> m_images;
};

} // namespace tillsyn::report
