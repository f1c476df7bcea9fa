#include "officedialog.h"

#include "report/officeinfo.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tillsyn::desktop {

OfficeDialog::OfficeDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_name(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_logo(new QLineEdit(this))
{
    setWindowTitle(tr("Office letterhead"));
    const report::OfficeInfo info = report::OfficeInfo::load(db);
    m_name->setText(info.name);
    m_address->setText(info.address);
    m_phone->setText(info.phone);
    m_email->setText(info.email);
    m_logo->setText(info.logoPath);
    auto *browse = new QPushButton(tr("Choose…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Logo"), {},
                                                          tr("Images (*.png *.jpg *.jpeg *.svg)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo, 1);
    logoRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&E-mail:"), m_email);
    // A row holding a layout gets a label without a buddy, which shows the "&" as written.
    auto *logoLabel = new QLabel(tr("&Logo:"), this);
    logoLabel->setBuddy(m_logo);
    form->addRow(logoLabel, logoRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    fitWindowToScreen(this, QStringLiteral("office"), QSize(520, sizeHint().height()));
}

void OfficeDialog::accept()
{
    report::OfficeInfo{m_name->text().trimmed(), m_address->text().trimmed(),
                       m_phone->text().trimmed(), m_email->text().trimmed(),
                       m_logo->text().trimmed()}
        .save(m_db);
    QDialog::accept();
}

} // namespace tillsyn::desktop
