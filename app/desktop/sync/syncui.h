#pragma once

#include "sync/syncengine.h"

#include <QObject>

class QStatusBar;
class QWidget;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class SyncController;
class SyncStatus;

// The sync as the inspector meets it: the status-bar widget, the password prompt, the summary
// after a run. Owns the controller; tells the window when data changed.
class SyncUi : public QObject
{
    Q_OBJECT

public:
    SyncUi(storage::Database &db, QWidget *window, QStatusBar *statusBar);

    void syncNow(bool interactive = true);
    void refreshWaiting();
    SyncController *controller() const { return m_controller; }

signals:
    void dataChanged();

private:
    void finished(const sync::SyncReport &report, const QString &error);

    storage::Database &m_db;
    QWidget *m_window;
    QStatusBar *m_statusBar;
    SyncController *m_controller;
    SyncStatus *m_status;
    bool m_interactive = true;
};

} // namespace tillsyn::desktop
