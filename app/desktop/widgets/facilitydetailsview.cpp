#include "facilitydetailsview.h"

#include "domain/orgnumber.h"
#include "util/displaytext.h"
#include "widgets/plainlabel.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace tillsyn::desktop {

FacilityDetailsView::FacilityDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_title(makePlainLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setObjectName(QStringLiteral("facilityTitle"));

    m_operator = addRow(tr("Operator"));
    m_orgNumber = addRow(tr("Org. number"));
    m_address = addRow(tr("Address"));
    m_category = addRow(tr("Category"));
    m_riskClass = addRow(tr("Risk class"));
    m_contact = addRow(tr("Contact"));
    m_phone = addRow(tr("Phone"));
    m_email = addRow(tr("E-mail"));
    m_status = addRow(tr("Status"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(m_form);
    layout->addStretch(1);
    setFacility(nullptr);
}

QLabel *FacilityDetailsView::addRow(const QString &label)
{
    QLabel *value = makePlainLabel(this);
    m_form->addRow(label, value);
    return value;
}

void FacilityDetailsView::setFacility(const domain::Facility *f)
{
    if (!f) {
        m_title->setText(tr("No facility selected"));
        for (QLabel *l : {m_operator, m_orgNumber, m_address, m_category, m_riskClass, m_contact,
                          m_phone, m_email, m_status})
            l->clear();
        return;
    }
    m_title->setText(inertBidi(f->name));
    m_operator->setText(inertBidi(f->operatorDetails.name));
    // An imported number that fails its check digit is kept as given and marked (issue 19).
    m_orgNumber->setText(domain::OrgNumber::isFlagged(f->operatorDetails.orgNumber)
                             ? tr("%1 (not a valid organisation number)")
                                   .arg(inertBidi(f->operatorDetails.orgNumber))
                             : f->operatorDetails.orgNumber);
    QStringList address{f->address, (f->postalCode + u' ' + f->city).trimmed()};
    address.removeAll(QString());
    m_address->setText(inertBidi(address.join(QStringLiteral(", "))));
    m_category->setText(inertBidi(f->category));
    QStringList risk;
    if (f->riskClass)
        risk << QString::number(*f->riskClass);
    if (!f->expClass.isEmpty())
        risk << tr("experience class %1").arg(f->expClass);
    if (f->controlHours)
        risk << tr("%1 h control time per year").arg(locale().toString(*f->controlHours, 'g', 10));
    m_riskClass->setText(risk.join(QStringLiteral(", ")));
    m_contact->setText(inertBidi(f->operatorDetails.contactName));
    m_phone->setText(inertBidi(f->operatorDetails.phone));
    m_email->setText(inertBidi(f->operatorDetails.email));
    m_status->setText(f->active ? tr("Active") : tr("Deactivated"));
}

} // namespace tillsyn::desktop
