#include "sharesettingsdialog.h"

#include "sync/credentialstore.h"
#include "sync/share.h"
#include "sync/sharelocation.h"
#include "sync/syncsettings.h"
#include "sync/trustedkeyseditor.h"
#include "util/error.h"
#include "widgets/plainlabel.h"
#include "widgets/windowgeometry.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tillsyn::desktop {

ShareSettingsDialog::ShareSettingsDialog(storage::Database &db, QWidget *parent)
    : QDialog(parent)
    , m_location(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_auto(new QCheckBox(tr("Sync by itself when the share can be reached"), this))
    , m_keys(new TrustedKeysEditor(db, this))
    , m_result(makePlainLabel(this))
{
    setWindowTitle(tr("Share"));
    const sync::SyncSettings settings = sync::SyncSettings::load();
    m_location->setText(settings.location);
    m_location->setPlaceholderText(
        tr("A folder such as /mnt/miljo/tillsyn, or https://server/dav/tillsyn/"));
    m_user->setText(settings.user);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Kept in the system keychain, never in a file"));
    m_caFile->setText(settings.caFile);
    m_caFile->setPlaceholderText(tr("Only for a municipality's own certificate authority"));
    m_auto->setChecked(settings.autoSync);

    auto *browseFolder = new QPushButton(tr("Folder…"), this);
    connect(browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Shared folder"), m_location->text());
        if (!dir.isEmpty())
            m_location->setText(dir);
    });
    auto *browseCa = new QPushButton(tr("Choose…"), this);
    connect(browseCa, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(
            this, tr("CA certificate"), {}, tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browseFolder);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browseCa);

    auto *form = new QFormLayout;
    // A row holding a layout gets a label without a buddy, which shows the "&" as written.
    auto *shareLabel = new QLabel(tr("&Share:"), this);
    shareLabel->setBuddy(m_location);
    form->addRow(shareLabel, locationRow);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);
    auto *caLabel = new QLabel(tr("&CA file:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_auto);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *test = buttons->addButton(tr("&Test connection"), QDialogButtonBox::ActionRole);
    connect(test, &QPushButton::clicked, this, &ShareSettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_location, &QLineEdit::textChanged, this, &ShareSettingsDialog::updateFields);

    auto *keys = new QGroupBox(tr("Signed reference data"), this);
    (new QVBoxLayout(keys))->addWidget(m_keys);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(keys);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    fitWindowToScreen(this, QStringLiteral("shareSettings"), QSize(620, sizeHint().height()));
    updateFields();
}

void ShareSettingsDialog::updateFields()
{
    const bool web = sync::ShareLocation{m_location->text().trimmed(), {}, {}, 0}.isWebDav();
    m_user->setEnabled(web);
    m_password->setEnabled(web);
    m_caFile->setEnabled(web);
}

void ShareSettingsDialog::testConnection()
{
    sync::ShareLocation location;
    location.location = m_location->text().trimmed();
    location.credentials.user = m_user->text().trimmed();
    location.credentials.password = m_password->text();
    if (location.credentials.password.isEmpty() && location.isWebDav())
        location.credentials.password =
            CredentialStore::read(
                CredentialStore::account(location.credentials.user, location.location))
                .value_or(QString());
    location.caFile = m_caFile->text().trimmed();
    location.timeoutMs = 10000;
    m_result->setText(tr("Testing…"));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const auto share = location.open();
        const int files = int(share->list(QStringLiteral("inbox")).size());
        m_result->setText(tr("Connected to %1 (%2 files waiting in its inbox).")
                              .arg(share->describe())
                              .arg(files));
    } catch (const Error &e) {
        m_result->setText(tr("Not connected: %1").arg(e.message()));
    }
    QApplication::restoreOverrideCursor();
}

void ShareSettingsDialog::accept()
{
    try {
        m_keys->save();
    } catch (const Error &e) {
        m_result->setText(e.message());
        return; // the dialog stays open: the trust the inspector chose is not stored yet
    }
    const sync::SyncSettings settings{m_location->text().trimmed(), m_user->text().trimmed(),
                                      m_caFile->text().trimmed(), m_auto->isChecked()};
    settings.save();
    if (!m_password->text().isEmpty() &&
        !CredentialStore::write(CredentialStore::account(settings.user, settings.location),
                                m_password->text()))
        m_result->setText(
            tr("No keychain is available: the password is kept until Tillsyn closes."));
    QDialog::accept();
}

} // namespace tillsyn::desktop
