#pragma once

#include "domain/facility.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

// Adding or editing a facility in the register: the fields of the facilities format, the org.
// number checked (Swedish check digit) with a clear message, and "active" (a deactivated
// facility keeps its visits but is no longer published to the field).
class FacilityDialog : public QDialog
{
    Q_OBJECT

public:
    // An empty id adds a new facility.
    FacilityDialog(storage::Database &db, const QString &facilityId, QWidget *parent = nullptr);
    void accept() override;
    domain::Facility facility() const;
    QLabel *problemLabel() const { return m_problem; }

private:
    // The hours typed (none when empty); *ok false when the text is not a number.
    std::optional<double> controlHours(bool *ok = nullptr) const;

    storage::Database &m_db;
    bool m_new;
    QLineEdit *m_id;
    QLineEdit *m_name;
    QLineEdit *m_operator;
    QLineEdit *m_orgNumber;
    QLineEdit *m_address;
    QLineEdit *m_postalCode;
    QLineEdit *m_city;
    QLineEdit *m_category;
    QSpinBox *m_risk;
    QComboBox *m_expClass;
    QLineEdit *m_controlHours;
    QLineEdit *m_contact;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QCheckBox *m_active;
    QLabel *m_problem;
    QString m_loadedOrgNumber;
};

} // namespace tillsyn::desktop
