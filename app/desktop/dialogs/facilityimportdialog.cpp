#include "facilityimportdialog.h"

#include "storage/database.h"
#include "storage/facilitystore.h"
#include "util/error.h"
#include "widgets/plainlabel.h"
#include "widgets/plainmessage.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using Action = reference::FacilityImportPreview::Action;

FacilityImportDialog::FacilityImportDialog(storage::Database &db,
                                           std::vector<domain::Facility> facilities,
                                           const QString &fileName, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_facilities(std::move(facilities))
    , m_preview(reference::FacilityImportPreview::of(db, m_facilities))
{
    setWindowTitle(tr("Import facilities — %1").arg(fileName));
    int duplicates = 0;
    for (const auto &r : m_preview.rows)
        duplicates += !r.possibleDuplicateOf.isEmpty();
    QLabel *summary = makePlainLabel(this);
    summary->setText(tr("%1 to add, %2 to change, %3 unchanged; %4 possible duplicates.")
                         .arg(m_preview.count(Action::Add))
                         .arg(m_preview.count(Action::Change))
                         .arg(m_preview.count(Action::Unchanged))
                         .arg(duplicates));
    QLabel *warnings = makePlainLabel(this);
    warnings->setObjectName(QStringLiteral("importWarnings"));
    warnings->setStyleSheet(QStringLiteral("color: #b06000"));
    warnings->setText(m_preview.warnings() == 0
                          ? QString()
                          : tr("%n row(s) import with a warning: see the last column.", nullptr,
                               m_preview.warnings()));
    warnings->setVisible(m_preview.warnings() > 0);
    auto *table = new QTableWidget(int(m_preview.rows.size()), 6, this);
    table->setObjectName(QStringLiteral("importPreview"));
    table->setHorizontalHeaderLabels({tr("Action"), tr("Id"), tr("Name"), tr("Org. number"),
                                      tr("Possible duplicate of"), tr("Warning")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < int(m_preview.rows.size()); ++i) {
        const auto &r = m_preview.rows[size_t(i)];
        const QString action = r.action == Action::Add      ? tr("add")
                               : r.action == Action::Change ? tr("change")
                                                            : tr("unchanged");
        const QStringList cells = {action, r.facility.id, r.facility.name,
                                   r.facility.operatorDetails.orgNumber, r.possibleDuplicateOf,
                                   r.warning};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    table->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(warnings);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    fitWindowToScreen(this, QStringLiteral("facilityImport"), QSize(860, 560));
}

void FacilityImportDialog::accept()
{
    try {
        storage::FacilityStore(m_db).upsert(m_facilities);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Import failed"), e.message());
        return;
    }
    QDialog::accept();
}

} // namespace tillsyn::desktop
