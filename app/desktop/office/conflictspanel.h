#pragma once

#include "storage/officerecords.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// Visits in conflict: two revisions side by side with the answers that differ highlighted;
// choose the one that stands, with a reason (recorded).
class ConflictsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConflictsPanel(storage::OfficeRepository &office, QWidget *parent = nullptr);
    void reload();
    QListWidget *visitList() const { return m_visits; }
    QTableWidget *comparison() const { return m_compare; }
    // Resolves the current visit with the left (0) or right (1) revision.
    bool choose(int side, const QString &reason);

signals:
    void resolved();

private:
    void showVisit();
    void compare();

    storage::OfficeRepository &m_office;
    QListWidget *m_visits;
    QComboBox *m_left;
    QComboBox *m_right;
    QTableWidget *m_compare;
    QLineEdit *m_reason;
    std::vector<storage::OfficeRevision> m_revisions;
};

} // namespace tillsyn::desktop
