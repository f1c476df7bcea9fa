#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class TrustedKeysEditor;

// Where this laptop sends its visits: a shared folder or a WebDAV address, the user, the
// password (kept in the system keychain where one runs), an extra CA file, automatic sync —
// and "Test connection"; and the office keys whose signatures the laptop requires on reference
// data.
class ShareSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShareSettingsDialog(storage::Database &db, QWidget *parent = nullptr);
    void accept() override;

private:
    void updateFields();
    void testConnection();

    QLineEdit *m_location;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_caFile;
    QCheckBox *m_auto;
    TrustedKeysEditor *m_keys;
    QLabel *m_result;
};

} // namespace tillsyn::desktop
