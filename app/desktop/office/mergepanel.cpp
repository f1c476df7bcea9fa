#include "mergepanel.h"

#include "backgroundjob.h"
#include "storage/database.h"
#include "storage/officerepository.h"
#include "merge/officevisits.h"
#include "sync/credentialstore.h"
#include "sync/share.h"
#include "sync/sharelocation.h"
#include "sync/syncsettings.h"
#include "util/displaytext.h"
#include "widgets/plainlabel.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using merge::Outcome;

MergePanel::MergePanel(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_job(new BackgroundJob(databasePath, this))
    , m_share(new QLineEdit(this))
    , m_merge(new QPushButton(tr("&Merge"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(makePlainLabel(this))
    , m_results(new QTableWidget(0, 5, this))
{
    m_share->setObjectName(QStringLiteral("mergeShare"));
    m_share->setPlaceholderText(tr("The share the laptops sync to: a folder or a WebDAV URL"));
    m_share->setText(QSettings()
                         .value(QStringLiteral("office/share"), sync::SyncSettings::load().location)
                         .toString());
    auto *browse = new QPushButton(tr("Folder…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Share"), m_share->text());
        if (!dir.isEmpty())
            m_share->setText(dir);
    });
    m_results->setHorizontalHeaderLabels(
        {tr("File"), tr("Outcome"), tr("Facility"), tr("Revision"), tr("Reason")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setObjectName(QStringLiteral("mergeResults"));
    m_progress->hide();
    m_cancel->hide();

    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Share:"), this));
    row->addWidget(m_share, 1);
    row->addWidget(browse);
    row->addWidget(m_merge);
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);

    connect(m_merge, &QPushButton::clicked, this, &MergePanel::startMerge);
    connect(m_cancel, &QPushButton::clicked, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progress, this,
            [this](int done, int total, const QString &file) {
                m_progress->setRange(0, qMax(1, total));
                m_progress->setValue(done);
                m_progress->setFormat(file.isEmpty() ? QStringLiteral("%p%") : file);
            });
    connect(m_job, &BackgroundJob::finished, this, &MergePanel::finished);
}

void MergePanel::startMerge()
{
    const sync::ShareLocation location = CredentialStore::locationWithCredentials(m_share->text());
    if (location.location.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("office/share"), location.location);
    m_results->setRowCount(0);
    m_summary->setText(tr("Merging…"));
    m_merge->setEnabled(false);
    m_progress->show();
    m_cancel->show();
    m_job->startOffice([location](storage::OfficeRepository &office,
                                  const BackgroundJob::Progress &progress) {
        office.requireOffice(); // the Office tab exists only on an office database; be sure
        const auto share = location.open();
        const auto report = merge::MergeRun(office, *share).run(progress);
        // The clerk knows visits by their facility, not by their id.
        QVariantMap facilities;
        merge::OfficeVisits store(office);
        for (const auto &f : report.files) {
            if (f.visitId.isEmpty() || facilities.contains(f.visitId))
                continue;
            if (const auto visit = store.current(f.visitId))
                facilities.insert(f.visitId, visit->facility.name);
        }
        return QVariant(QVariantList{QVariant::fromValue(report), facilities});
    });
}

void MergePanel::finished(const QVariant &result, const QString &error)
{
    m_merge->setEnabled(true);
    m_progress->hide();
    m_cancel->hide();
    if (!error.isEmpty()) {
        m_summary->setText(tr("The merge could not run: %1").arg(error));
        return;
    }
    const QVariantList parts = result.toList();
    const auto report = parts.value(0).value<merge::MergeReport>();
    const QVariantMap facilities = parts.value(1).toMap();
    m_summary->setText(
        tr("%1%2 imported, %3 updated, %4 duplicates, %5 conflicts, %6 history, %7 rejected.")
            .arg(report.cancelled ? tr("Cancelled; the files not reached are still in the inbox. ")
                                  : QString())
            .arg(report.count(Outcome::Imported))
            .arg(report.count(Outcome::Updated))
            .arg(report.count(Outcome::Duplicate))
            .arg(report.count(Outcome::Conflict))
            .arg(report.count(Outcome::History))
            .arg(report.count(Outcome::Rejected)));
    m_results->setRowCount(int(report.files.size()));
    for (int i = 0; i < int(report.files.size()); ++i) {
        const auto &f = report.files[size_t(i)];
        const QStringList cells = {inertBidi(f.file), merge::displayName(f.outcome),
                                   inertBidi(facilities.value(f.visitId).toString()),
                                   f.revision ? QString::number(f.revision) : QString(),
                                   inertBidi(f.reason)};
        for (int c = 0; c < cells.size(); ++c)
            m_results->setItem(i, c, new QTableWidgetItem(cells.at(c)));
        m_results->item(i, 2)->setToolTip(f.visitId);
        if (f.outcome == Outcome::Rejected || f.outcome == Outcome::Conflict)
            m_results->item(i, 1)->setForeground(QColor(0xb0, 0x20, 0x20));
    }
    m_results->resizeColumnsToContents();
    emit merged();
}

} // namespace tillsyn::desktop
