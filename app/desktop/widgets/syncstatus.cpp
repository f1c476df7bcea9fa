#include "syncstatus.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

namespace tillsyn::desktop {

SyncStatus::SyncStatus(QWidget *parent)
    : QWidget(parent)
    , m_waiting(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_sync(new QToolButton(this))
    , m_cancel(new QToolButton(this))
{
    m_waiting->setObjectName(QStringLiteral("waitingCount"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_sync->setText(tr("Sync"));
    m_sync->setToolTip(tr("Send finished visits and fetch facilities and checklists (F5)"));
    m_cancel->setText(tr("Cancel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_waiting);
    layout->addWidget(m_sync);
    connect(m_sync, &QToolButton::clicked, this, &SyncStatus::syncRequested);
    connect(m_cancel, &QToolButton::clicked, this, &SyncStatus::cancelRequested);
    setRunning(false);
}

void SyncStatus::setWaiting(int count)
{
    m_waiting->setText(tr("Waiting to be sent: %1").arg(count));
}

void SyncStatus::setRunning(bool running)
{
    m_progress->setVisible(running);
    m_cancel->setVisible(running);
    m_sync->setEnabled(!running);
    if (running)
        m_progress->setRange(0, 0);
}

void SyncStatus::setProgress(int done, int total, const QString &what)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(done);
    m_progress->setFormat(what);
}

} // namespace tillsyn::desktop
