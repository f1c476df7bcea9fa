#pragma once

#include "reference/signature.h"

#include <QWidget>

#include <vector>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

// The office keys this laptop trusts for reference data, in the share settings: paste a key
// (its fingerprint is shown to compare with the office's), trust it, remove trust. Changes are
// kept until save(), so Cancel in the dialog leaves the trust as it was.
class TrustedKeysEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TrustedKeysEditor(storage::Database &db, QWidget *parent = nullptr);

    // Stores the list as shown; throws tillsyn::Error when the database refuses.
    void save();
    const std::vector<reference::PublicKey> &keys() const { return m_keys; }

protected:
    // Enter in the key field trusts the key and goes no further: the dialog around must not
    // take it as its OK.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showKeys();
    void pastedKeyChanged();
    void trustPasted();
    void removeSelected();

    storage::Database &m_db;
    std::vector<reference::PublicKey> m_keys;
    QString m_loadError;    // the stored keys cannot be read: said instead of "none trusted"
    bool m_changed = false; // save() writes only what the user changed
    QListWidget *m_list;
    QLabel *m_state;
    QLineEdit *m_pasted;
    QLabel *m_fingerprint;
    QPushButton *m_trust;
    QPushButton *m_remove;
};

} // namespace tillsyn::desktop
