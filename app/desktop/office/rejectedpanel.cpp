#include "rejectedpanel.h"

#include "merge/mergerun.h"
#include "storage/officerepository.h"
#include "sync/credentialstore.h"
#include "sync/share.h"
#include "sync/sharelocation.h"
#include "util/error.h"
#include "widgets/plainmessage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

RejectedPanel::RejectedPanel(storage::OfficeRepository &office, QLineEdit *shareField,
                             QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_share(shareField)
    , m_table(new QTableWidget(0, 3, this))
{
    m_table->setObjectName(QStringLiteral("rejectedFiles"));
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Rejected"), tr("Reason")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *open = new QPushButton(tr("&Show reason"), this);
    auto *check = new QPushButton(tr("Re-&check"), this);
    check->setToolTip(
        tr("Validate the file in rejected/ again; a valid one goes back to the inbox"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addWidget(check);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(open, &QPushButton::clicked, this, &RejectedPanel::showReason);
    connect(m_table, &QTableWidget::cellActivated, this, &RejectedPanel::showReason);
    connect(check, &QPushButton::clicked, this, &RejectedPanel::recheck);
}

void RejectedPanel::reload()
{
    const auto files = m_office.rejected();
    m_table->setRowCount(int(files.size()));
    for (int i = 0; i < int(files.size()); ++i) {
        const auto &f = files[size_t(i)];
        auto *name = new QTableWidgetItem(f.fileName);
        // Where it lies in rejected/ (NAME.2 when a file of that name was rejected before).
        const QString prefix = QStringLiteral("rejected/");
        name->setData(Qt::UserRole,
                      f.storedAs.startsWith(prefix) ? f.storedAs.mid(prefix.size()) : f.fileName);
        m_table->setItem(i, 0, name);
        m_table->setItem(i, 1,
                         new QTableWidgetItem(
                             QLocale().toString(f.rejectedAt.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 2, new QTableWidgetItem(f.reason));
    }
    m_table->resizeColumnsToContents();
}

void RejectedPanel::showReason()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    showPlainMessage(this, QMessageBox::Information, m_table->item(row, 0)->text(),
                     m_table->item(row, 2)->text());
}

void RejectedPanel::recheck()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString name = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const sync::ShareLocation location = CredentialStore::locationWithCredentials(m_share->text());
    QString verdict;
    try {
        const auto share = location.open();
        const QString problem = merge::MergeRun(m_office, *share).recheck(name);
        verdict =
            problem.isEmpty()
                ? tr("%1 is valid now and back in the inbox; the next merge takes it.").arg(name)
                : tr("%1 is still rejected: %2").arg(name, problem);
    } catch (const Error &e) {
        verdict = e.message();
    }
    showPlainMessage(this, QMessageBox::Information, tr("Re-check"), verdict);
}

} // namespace tillsyn::desktop
