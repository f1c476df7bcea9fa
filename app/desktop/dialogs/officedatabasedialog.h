#pragma once

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;

namespace tillsyn::storage {
struct PostgresLocator;
}

namespace tillsyn::desktop {

// File → Open office database…: an office database file, or a PostgreSQL server (host or socket
// folder, port, database, user, SSL mode and root certificate). "Test connection" connects in
// the background and shows the server's version or the reason it failed. The choice is kept in
// the recent list (QSettings, never a password). A password typed here is kept for this session
// and, when asked, in the system keychain (service "Tillsyn", key the locator); without one the
// password comes from PGPASSWORD, ~/.pgpass or the keychain.
class OfficeDatabaseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfficeDatabaseDialog(QWidget *parent = nullptr);
    ~OfficeDatabaseDialog() override;

    // The chosen database: a file path or a postgresql:// locator (never a password); empty with
    // *problem set when the form does not name one.
    QString locator(QString *problem = nullptr) const;
    // Fills the form from a file path or locator (the recent list does).
    void setLocator(const QString &locator);
    // Hands a typed password to this session's keychain source (before opening the database).
    void rememberPassword() const;
    // The same, and stores it in the system keychain when asked (after the database opened with
    // it); false with *problem when the keychain could not take it (the password then lasts for
    // this session only).
    bool keepPassword(QString *problem = nullptr) const;

    // Starts the background test of the server connection (the result comes in testFinished()).
    void testConnection();

    // The recent list, newest first (at most 8).
    static QStringList recent();
    static void addRecent(const QString &locator);

    QRadioButton *fileChoice() const { return m_file; }
    QRadioButton *serverChoice() const { return m_server; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portBox() const { return m_port; }
    QLineEdit *databaseEdit() const { return m_database; }
    QLineEdit *userEdit() const { return m_user; }
    QComboBox *sslModeBox() const { return m_sslMode; }
    QLineEdit *rootCertEdit() const { return m_rootCert; }
    QLineEdit *officeEdit() const { return m_office; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *keepInKeychainBox() const { return m_keep; }
    QPushButton *testButton() const { return m_test; }
    QLabel *testResult() const { return m_result; }

signals:
    void testFinished(bool ok, const QString &text);

private:
    void updateEnabled();
    void showResult(bool ok, const QString &text);
    void acceptIfValid();

    QRadioButton *m_file;
    QRadioButton *m_server;
    QComboBox *m_recent;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QComboBox *m_sslMode;
    QLineEdit *m_rootCert;
    QLineEdit *m_office;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QPushButton *m_test;
    QLabel *m_result;
    QThread *m_thread = nullptr;
};

} // namespace tillsyn::desktop
