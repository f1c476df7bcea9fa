#pragma once

#include <QDialog>

class QLineEdit;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

// The office letterhead printed on every report: name, address, phone, e-mail and logo.
class OfficeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OfficeDialog(storage::Database &db, QWidget *parent = nullptr);
    void accept() override;

private:
    storage::Database &m_db;
    QLineEdit *m_name;
    QLineEdit *m_address;
    QLineEdit *m_phone;
    QLineEdit *m_email;
    QLineEdit *m_logo;
};

} // namespace tillsyn::desktop
