#pragma once

#include "storage/officerecords.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// A merged visit read-only: every stored revision (set-aside ones marked), the resolutions, and
// the answers of the revision chosen.
class VisitRevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    VisitRevisionsDialog(storage::OfficeRepository &office, const QString &visitId,
                         QWidget *parent = nullptr);

private:
    void showRevision(int index);

    storage::OfficeRepository &m_office;
    QString m_visitId;
    std::vector<storage::OfficeRevision> m_revisions;
    QComboBox *m_revision;
    QLabel *m_details;
    QTableWidget *m_answers;
};

// Fills a table with a visit's answers: section, item, result, comment.
void fillAnswers(QTableWidget *table, const domain::Visit &visit);

} // namespace tillsyn::desktop
