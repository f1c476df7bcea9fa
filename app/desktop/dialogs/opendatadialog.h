#pragma once

#include "report/opendata.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLineEdit;

namespace tillsyn::desktop {

// Asks what "Export open data…" needs: the publishing organisation (its municipality code and
// name, the local SWEREF 99 projection if any) and the period. The organisation is remembered
// (QSettings) for the next export; the period defaults to the last three years, as the format
// recommends publishing.
class OpenDataDialog : public QDialog
{
    Q_OBJECT

public:
    explicit OpenDataDialog(QWidget *parent = nullptr);

    report::OpenDataOptions options() const;
    void accept() override;

private:
    void updateOk();

    QLineEdit *m_orgId;
    QLineEdit *m_orgName;
    QLineEdit *m_sweref;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QDialogButtonBox *m_buttons;
};

} // namespace tillsyn::desktop
