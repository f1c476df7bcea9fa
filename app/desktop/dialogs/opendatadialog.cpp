#include "opendatadialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace tillsyn::desktop {

namespace {

const QString kOrgId = QStringLiteral("openData/orgId");
const QString kOrgName = QStringLiteral("openData/orgName");
const QString kSweref = QStringLiteral("openData/sweref99local");

} // namespace

OpenDataDialog::OpenDataDialog(QWidget *parent)
    : QDialog(parent)
    , m_orgId(new QLineEdit(this))
    , m_orgName(new QLineEdit(this))
    , m_sweref(new QLineEdit(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Export open data"));
    m_orgId->setObjectName(QStringLiteral("openDataOrgId"));
    m_orgName->setObjectName(QStringLiteral("openDataOrgName"));
    m_sweref->setObjectName(QStringLiteral("openDataSweref"));
    m_from->setObjectName(QStringLiteral("openDataFrom"));
    m_to->setObjectName(QStringLiteral("openDataTo"));
    const QSettings settings;
    m_orgId->setText(settings.value(kOrgId).toString());
    m_orgName->setText(settings.value(kOrgName).toString());
    m_sweref->setText(settings.value(kSweref).toString());
    m_orgId->setPlaceholderText(tr("e.g. 1280"));
    m_sweref->setPlaceholderText(tr("optional, e.g. SWEREF 99 15 00"));
    const QDate today = QDate::currentDate();
    for (QDateEdit *d : {m_from, m_to})
        d->setCalendarPopup(true);
    m_from->setDate(today.addYears(-3));
    m_to->setDate(today);

    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("The food controls of the period, in the national open-data "
                               "format (JSON or CSV by the file name). Nothing personal is "
                               "written: no inspector, no comment, no photo."),
                            this));
    form->addRow(tr("Municipality code:"), m_orgId);
    form->addRow(tr("Organisation name:"), m_orgName);
    form->addRow(tr("Local SWEREF 99:"), m_sweref);
    form->addRow(tr("From:"), m_from);
    form->addRow(tr("To:"), m_to);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OpenDataDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : {m_orgId, m_orgName})
        connect(e, &QLineEdit::textChanged, this, &OpenDataDialog::updateOk);
    connect(m_from, &QDateEdit::dateChanged, this, &OpenDataDialog::updateOk);
    connect(m_to, &QDateEdit::dateChanged, this, &OpenDataDialog::updateOk);
    updateOk();
}

report::OpenDataOptions OpenDataDialog::options() const
{
    report::OpenDataOptions o;
    o.orgId = m_orgId->text().trimmed();
    o.orgName = m_orgName->text().trimmed();
    o.sweref99local = m_sweref->text().trimmed();
    o.from = m_from->date();
    o.to = m_to->date();
    return o;
}

void OpenDataDialog::updateOk()
{
    const report::OpenDataOptions o = options();
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!o.orgId.isEmpty() && !o.orgName.isEmpty() && o.from <= o.to);
}

void OpenDataDialog::accept()
{
    const report::OpenDataOptions o = options();
    if (o.orgId.isEmpty() || o.orgName.isEmpty() || o.from > o.to)
        return;
    QSettings settings;
    settings.setValue(kOrgId, o.orgId);
    settings.setValue(kOrgName, o.orgName);
    settings.setValue(kSweref, o.sweref99local);
    QDialog::accept();
}

} // namespace tillsyn::desktop
