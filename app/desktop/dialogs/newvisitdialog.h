#pragma once

#include "field/visitlifecycle.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class CaseNumberEdit;

// Starting a visit at a facility: checklist (the one matching the facility's kind first), kind,
// announced or not, colleagues. Enter accepts the suggestions.
class NewVisitDialog : public QDialog
{
    Q_OBJECT

public:
    NewVisitDialog(storage::Database &db, const QString &facilityId, QWidget *parent = nullptr);
    field::StartRequest request() const;

private:
    QString m_facilityId;
    QComboBox *m_checklist;
    QComboBox *m_kind;
    QCheckBox *m_announced;
    QLineEdit *m_colleagues;
    CaseNumberEdit *m_caseNumber;
};

} // namespace tillsyn::desktop
