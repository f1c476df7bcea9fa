#pragma once

#include <QWidget>

class QLineEdit;
class QTableWidget;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// Files the merge rejected: name, reason, date. The reason in full, and a re-check once someone
// fixed the file in the share's rejected/ folder (a valid file goes back to the inbox).
class RejectedPanel : public QWidget
{
    Q_OBJECT

public:
    RejectedPanel(storage::OfficeRepository &office, QLineEdit *shareField, QWidget *parent = nullptr);
    void reload();

private:
    void showReason();
    void recheck();

    storage::OfficeRepository &m_office;
    QLineEdit *m_share;
    QTableWidget *m_table;
};

} // namespace tillsyn::desktop
