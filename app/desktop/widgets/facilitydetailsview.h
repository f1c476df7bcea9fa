#pragma once

#include "domain/facility.h"

#include <QWidget>

class QLabel;
class QFormLayout;

namespace tillsyn::desktop {

// Read-only facts about one facility and its operator. Every label is plain text: facility data
// comes from imports and other offices and must never be interpreted as markup.
class FacilityDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit FacilityDetailsView(QWidget *parent = nullptr);
    void setFacility(const domain::Facility *facility);

private:
    QLabel *addRow(const QString &label);

    QFormLayout *m_form;
    QLabel *m_title;
    QLabel *m_operator;
    QLabel *m_orgNumber;
    QLabel *m_address;
    QLabel *m_category;
    QLabel *m_riskClass;
    QLabel *m_contact;
    QLabel *m_phone;
    QLabel *m_email;
    QLabel *m_status;
};

} // namespace tillsyn::desktop
