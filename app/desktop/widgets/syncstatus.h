#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace tillsyn::desktop {

// In the status bar: how many finished visits wait to be sent (always visible), and while a
// sync runs its progress with a Cancel button.
class SyncStatus : public QWidget
{
    Q_OBJECT

public:
    explicit SyncStatus(QWidget *parent = nullptr);
    void setWaiting(int count);
    void setRunning(bool running);
    void setProgress(int done, int total, const QString &what);
    QLabel *waitingLabel() const { return m_waiting; }

signals:
    void syncRequested();
    void cancelRequested();

private:
    QLabel *m_waiting;
    QProgressBar *m_progress;
    QToolButton *m_sync;
    QToolButton *m_cancel;
};

} // namespace tillsyn::desktop
