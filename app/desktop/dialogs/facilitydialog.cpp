#include "facilitydialog.h"

#include "reference/facilitiesfile.h"
#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace tillsyn::desktop {

FacilityDialog::FacilityDialog(storage::Database &db, const QString &facilityId, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_new(facilityId.isEmpty())
    , m_id(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_operator(new QLineEdit(this))
    , m_orgNumber(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_postalCode(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_category(new QLineEdit(this))
    , m_risk(new QSpinBox(this))
    , m_expClass(new QComboBox(this))
    , m_controlHours(new QLineEdit(this))
    , m_contact(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_active(new QCheckBox(tr("Active (published to the field)"), this))
    , m_problem(makePlainLabel(this))
{
    setWindowTitle(m_new ? tr("New facility") : tr("Edit facility"));
    m_risk->setRange(0, 8);
    m_risk->setSpecialValueText(tr("none"));
    m_orgNumber->setPlaceholderText(tr("NNNNNN-NNNN"));
    m_expClass->addItem(tr("none"), QString());
    for (const QString &c : {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")})
        m_expClass->addItem(c, c);
    m_expClass->setObjectName(QStringLiteral("facilityExpClass"));
    m_controlHours->setObjectName(QStringLiteral("facilityControlHours"));
    m_controlHours->setPlaceholderText(tr("hours per year"));
    m_problem->setStyleSheet(QStringLiteral("color: #b02020"));
    m_problem->setObjectName(QStringLiteral("facilityProblem"));
    domain::Facility f;
    if (!m_new) {
        if (const auto existing = storage::FacilityStore(db).find(facilityId))
            f = *existing;
        m_id->setReadOnly(true);
    } else {
        f.id = QStringLiteral("A-") + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
    }
    m_id->setText(f.id);
    m_name->setText(f.name);
    m_operator->setText(f.operatorDetails.name);
    m_orgNumber->setText(f.operatorDetails.orgNumber);
    m_address->setText(f.address);
    m_postalCode->setText(f.postalCode);
    m_city->setText(f.city);
    m_category->setText(f.category);
    m_risk->setValue(f.riskClass.value_or(0));
    m_expClass->setCurrentIndex(std::max(0, m_expClass->findData(f.expClass)));
    if (f.controlHours)
        m_controlHours->setText(locale().toString(*f.controlHours, 'g', 10));
    m_loadedOrgNumber = f.operatorDetails.orgNumber;
    m_contact->setText(f.operatorDetails.contactName);
    m_phone->setText(f.operatorDetails.phone);
    m_email->setText(f.operatorDetails.email);
    m_active->setChecked(f.active);

    auto *form = new QFormLayout;
    form->addRow(tr("&Id:"), m_id);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Operator:"), m_operator);
    form->addRow(tr("Org. &number:"), m_orgNumber);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Postal code:"), m_postalCode);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("Cate&gory:"), m_category);
    form->addRow(tr("&Risk class:"), m_risk);
    form->addRow(tr("E&xperience class:"), m_expClass);
    form->addRow(tr("Control &time (h/year):"), m_controlHours);
    form->addRow(tr("Con&tact:"), m_contact);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(QString(), m_active);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

domain::Facility FacilityDialog::facility() const
{
    domain::Facility f;
    f.id = m_id->text().trimmed();
    f.name = m_name->text().trimmed();
    f.operatorDetails = {m_operator->text().trimmed(), m_orgNumber->text().trimmed(),
                         m_contact->text().trimmed(), m_phone->text().trimmed(),
                         m_email->text().trimmed()};
    f.address = m_address->text().trimmed();
    f.postalCode = m_postalCode->text().trimmed();
    f.city = m_city->text().trimmed();
    f.category = m_category->text().trimmed();
    if (m_risk->value() > 0)
        f.riskClass = m_risk->value();
    f.expClass = m_expClass->currentData().toString();
    if (const auto hours = controlHours())
        f.controlHours = *hours;
    f.active = m_active->isChecked();
    return f;
}

std::optional<double> FacilityDialog::controlHours(bool *ok) const
{
    const QString text = m_controlHours->text().trimmed();
    if (ok)
        *ok = true;
    if (text.isEmpty())
        return std::nullopt;
    // The user's locale first (a decimal comma in Swedish), a decimal point always.
    bool parsed = false;
    double value = locale().toDouble(text, &parsed);
    if (!parsed)
        value = QLocale::c().toDouble(text, &parsed);
    if (!parsed) {
        if (ok)
            *ok = false;
        return std::nullopt;
    }
    return value;
}

void FacilityDialog::accept()
{
    bool hoursOk = true;
    controlHours(&hoursOk);
    if (!hoursOk) {
        m_problem->setText(
            tr("The control time \"%1\" is not a number of hours.").arg(m_controlHours->text()));
        return;
    }
    domain::Facility f = facility();
    // An imported number that fails its check digit may stay as it was (it is marked where the
    // facility is shown); a number typed here must be valid.
    const QString problem = reference::FacilitiesFile::validate(
        &f, !f.operatorDetails.orgNumber.isEmpty() &&
                f.operatorDetails.orgNumber == m_loadedOrgNumber);
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    if (m_new && storage::FacilityStore(m_db).find(f.id)) {
        m_problem->setText(tr("The id \"%1\" is already used by another facility.").arg(f.id));
        return;
    }
    try {
        storage::FacilityStore(m_db).upsert({f});
    } catch (const Error &e) {
        m_problem->setText(e.message());
        return;
    }
    QDialog::accept();
}

} // namespace tillsyn::desktop
