#include "syncui.h"

#include "credentialstore.h"
#include "dialogs/sharesettingsdialog.h"
#include "storage/database.h"
#include "storage/outboxstore.h"
#include "sync/sharelocation.h"
#include "sync/syncsettings.h"
#include "synccontroller.h"
#include "util/error.h"
#include "widgets/plainmessage.h"
#include "widgets/syncstatus.h"

#include <algorithm>
#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

namespace tillsyn::desktop {

using Outcome = sync::VisitSyncResult::Outcome;

SyncUi::SyncUi(storage::Database &db, QWidget *window, QStatusBar *statusBar)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_statusBar(statusBar)
    , m_controller(new SyncController(db, this))
    , m_status(new SyncStatus(window))
{
    statusBar->addPermanentWidget(m_status);
    connect(m_status, &SyncStatus::syncRequested, this, [this] { syncNow(true); });
    connect(m_status, &SyncStatus::cancelRequested, m_controller, &SyncController::cancel);
    connect(m_controller, &SyncController::progress, m_status, &SyncStatus::setProgress);
    connect(m_controller, &SyncController::finished, this, &SyncUi::finished);
    connect(m_controller, &SyncController::automaticSyncDue, this, [this] { syncNow(false); });
    m_controller->setAutomatic(true);
    refreshWaiting();
}

void SyncUi::refreshWaiting()
{
    try {
        m_status->setWaiting(storage::OutboxStore(m_db).pendingCount());
    } catch (const Error &) {
    }
}

void SyncUi::syncNow(bool interactive)
{
    if (m_controller->isRunning())
        return;
    sync::SyncSettings settings = sync::SyncSettings::load();
    if (!settings.isConfigured()) {
        if (!interactive || ShareSettingsDialog(m_db, m_window).exec() != QDialog::Accepted)
            return;
        settings = sync::SyncSettings::load();
    }
    bool passwordKnown = true;
    sync::ShareLocation location =
        CredentialStore::locationWithCredentials(settings.location, &passwordKnown);
    if (!passwordKnown) {
        if (!interactive)
            return; // an automatic sync never interrupts with a prompt
        bool ok = false;
        const QString typed = QInputDialog::getText(
            m_window, tr("Share password"),
            tr("Password for %1 at %2:")
                .arg(settings.user, sync::ShareLocation::withoutCredentials(settings.location)),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        CredentialStore::remember(CredentialStore::account(settings.user, location.location),
                                  typed);
        location.credentials.password = typed;
    }
    m_interactive = interactive;
    if (m_controller->start(location)) {
        m_status->setRunning(true);
        m_statusBar->showMessage(
            tr("Syncing with %1…").arg(sync::ShareLocation::withoutCredentials(settings.location)));
    }
}

void SyncUi::finished(const sync::SyncReport &report, const QString &error)
{
    m_status->setRunning(false);
    refreshWaiting();
    emit dataChanged();
    if (!error.isEmpty()) {
        m_statusBar->showMessage(tr("Sync failed: %1").arg(error), 15000);
        if (m_interactive) {
            showPlainMessage(m_window, QMessageBox::Warning, tr("Sync"), error);
        }
        return;
    }
    const int sent = report.count(Outcome::Sent) + report.count(Outcome::AlreadySent);
    const int failed = report.count(Outcome::Failed) + report.count(Outcome::Skipped);
    QString text = report.cancelled
                       ? tr("Sync cancelled: %1 sent, the rest still waiting.").arg(sent)
                       : tr("Sync done: %1 sent, %2 not sent.").arg(sent).arg(failed);
    for (const auto &r : report.reference) {
        if (r.outcome == sync::ReferenceResult::Outcome::Failed)
            text += u' ' + tr("%1 was not applied: %2").arg(r.fileName, r.reason);
    }
    if (failed > 0) {
        for (const auto &v : report.visits) {
            if (!v.reason.isEmpty()) {
                text += u' ' + v.reason;
                break;
            }
        }
    }
    // Said only when this sync did take reference data unchecked.
    const bool tookReference =
        std::any_of(report.reference.begin(), report.reference.end(), [](const auto &r) {
            return r.outcome == sync::ReferenceResult::Outcome::Updated;
        });
    if (report.trustedKeys == 0 && tookReference)
        text += u' ' + tr("Facilities and checklists were taken without checking signatures: no "
                          "office key is trusted (Settings → Share…).");
    m_statusBar->showMessage(text, 20000);
}

} // namespace tillsyn::desktop
