#pragma once

#include "reference/facilityimportpreview.h"

#include <QDialog>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

// Before a facility list is imported: what will be added, changed or left, and rows that look
// like facilities already registered (same org. number and address). Import or cancel.
class FacilityImportDialog : public QDialog
{
    Q_OBJECT

public:
    FacilityImportDialog(storage::Database &db, std::vector<domain::Facility> facilities,
                         const QString &fileName, QWidget *parent = nullptr);
    void accept() override;
    const reference::FacilityImportPreview &preview() const { return m_preview; }

private:
    storage::Database &m_db;
    std::vector<domain::Facility> m_facilities;
    reference::FacilityImportPreview m_preview;
};

} // namespace tillsyn::desktop
