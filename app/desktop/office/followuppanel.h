#pragma once

#include "merge/deviations.h"

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTableWidget;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// The office's "Follow-up" page (Uppföljning): open deviations by facility, overdue first, with
// filters; close one by hand with a reason, open its visit, export the list as CSV for Excel.
class FollowUpPanel : public QWidget
{
    Q_OBJECT

public:
    FollowUpPanel(storage::OfficeRepository &office, QWidget *parent = nullptr);

    void reload();
    QTableWidget *table() const { return m_table; }
    QLineEdit *filterField() const { return m_text; }
    QCheckBox *openOnly() const { return m_open; }
    QCheckBox *overdueOnly() const { return m_overdue; }
    const std::vector<merge::DeviationState> &shown() const { return m_shown; }
    // Closes the selected deviation with `reason` (asks for one when empty).
    void closeSelected(const QString &reason = {});
    void exportCsv(const QString &path = {});

private:
    void showRows();
    const merge::DeviationState *selected() const;

    storage::OfficeRepository &m_office;
    QLineEdit *m_text;
    QCheckBox *m_open;
    QCheckBox *m_overdue;
    QTableWidget *m_table;
    std::vector<merge::DeviationState> m_all;
    std::vector<merge::DeviationState> m_shown;
};

} // namespace tillsyn::desktop
