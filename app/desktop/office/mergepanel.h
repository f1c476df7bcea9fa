#pragma once

#include "merge/mergerun.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace tillsyn::desktop {

class BackgroundJob;

// Merging a share's inbox: choose the share, run with progress and cancel (each file is then
// merged or untouched), and see each file's outcome.
class MergePanel : public QWidget
{
    Q_OBJECT

public:
    // `officeLocator`: the office database's file or PostgreSQL locator (the merge runs in the
    // background on its own connection).
    MergePanel(const QString &officeLocator, QWidget *parent = nullptr);
    void startMerge();
    QLineEdit *shareField() const { return m_share; }
    QTableWidget *results() const { return m_results; }

signals:
    void merged();

private:
    void finished(const QVariant &result, const QString &error);

    BackgroundJob *m_job;
    QLineEdit *m_share;
    QPushButton *m_merge;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    QTableWidget *m_results;
};

} // namespace tillsyn::desktop

Q_DECLARE_METATYPE(tillsyn::merge::MergeReport)
