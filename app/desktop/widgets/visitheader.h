#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace tillsyn::desktop {

class ActivityTimeWidget;
class CaseNumberEdit;
class VisitSession;

// Above the checklist: what visit this is, progress, time spent with a running clock, who was
// present, the overall summary, and Finish / Reopen.
class VisitHeader : public QWidget
{
    Q_OBJECT

public:
    explicit VisitHeader(VisitSession *session, QWidget *parent = nullptr);
    // Commits text still being typed.
    void commitEdits();
    QSpinBox *minutesBox() const { return m_minutes; }
    QLabel *progressLabel() const { return m_progress; }
    CaseNumberEdit *caseNumberEdit() const { return m_caseNumber; }
    ActivityTimeWidget *activityTime() const { return m_time; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void finishRequested();
    void reopenRequested();
    void reportRequested();

private:
    void refresh();
    void tick();

    VisitSession *m_session;
    QLabel *m_title;
    QLabel *m_details;
    QLabel *m_progress;
    QSpinBox *m_minutes;
    QLineEdit *m_present;
    QPlainTextEdit *m_summary;
    QPushButton *m_finish;
    QPushButton *m_reopen;
    QPushButton *m_report;
    QTimer *m_clock;
    QTimer *m_typing; // commits a moment after the last keystroke
    CaseNumberEdit *m_caseNumber;
    ActivityTimeWidget *m_time;
};

} // namespace tillsyn::desktop
