#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// "Publish to the field": what would change since the last publish, and the publish itself
// (facilities.json and checklists.json replaced atomically on the share).
class PublishPanel : public QWidget
{
    Q_OBJECT

public:
    PublishPanel(storage::OfficeRepository &office, QLineEdit *shareField, QWidget *parent = nullptr);
    void refresh();
    bool publish();
    QLabel *summary() const { return m_summary; }

private:
    storage::OfficeRepository &m_office;
    QLineEdit *m_share;
    QLabel *m_summary;
};

} // namespace tillsyn::desktop
