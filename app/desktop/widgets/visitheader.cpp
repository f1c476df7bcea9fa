#include "visitheader.h"

#include "activitytimewidget.h"
#include "casenumberedit.h"
#include "plainlabel.h"
#include "util/displaytext.h"
#include "visit/visitsession.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

VisitHeader::VisitHeader(VisitSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(makePlainLabel(this))
    , m_details(makePlainLabel(this))
    , m_progress(new QLabel(this))
    , m_minutes(new QSpinBox(this))
    , m_present(new QLineEdit(this))
    , m_summary(new QPlainTextEdit(this))
    , m_finish(new QPushButton(tr("&Finish visit…"), this))
    , m_reopen(new QPushButton(tr("&Reopen as new revision"), this))
    , m_report(new QPushButton(tr("Create &report…"), this))
    , m_clock(new QTimer(this))
    , m_typing(new QTimer(this))
    , m_caseNumber(new CaseNumberEdit([session] { return session->lastCaseNumber(); }, this))
    , m_time(new ActivityTimeWidget(session, this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_progress->setObjectName(QStringLiteral("visitProgress"));
    m_minutes->setObjectName(QStringLiteral("minutesSpent"));
    m_minutes->setRange(0, 100000);
    m_minutes->setSuffix(tr(" min"));
    // The total of the activities below: set per activity.
    m_minutes->setReadOnly(true);
    m_minutes->setButtonSymbols(QAbstractSpinBox::NoButtons);
    m_minutes->setToolTip(tr("Time spent in all; set per activity, the running clock counts into "
                             "the chosen one"));
    m_present->setPlaceholderText(tr("Present for the operator, separated by commas"));
    m_summary->setPlaceholderText(tr("Overall assessment"));
    m_summary->setMaximumHeight(60);
    m_summary->setTabChangesFocus(true);
    m_finish->setObjectName(QStringLiteral("finishButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Case number:"), m_caseNumber);
    form->addRow(tr("Time spent:"), m_minutes);
    form->addRow(tr("Time per activity:"), m_time);
    form->addRow(tr("Present:"), m_present);
    form->addRow(tr("Summary:"), m_summary);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_details);
    titles->addWidget(m_progress);
    top->addLayout(titles, 1);
    top->addLayout(form, 1);
    auto *actions = new QVBoxLayout;
    actions->addWidget(m_finish);
    actions->addWidget(m_report);
    actions->addWidget(m_reopen);
    actions->addStretch(1);
    top->addLayout(actions);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);

    connect(m_finish, &QPushButton::clicked, this, &VisitHeader::finishRequested);
    connect(m_reopen, &QPushButton::clicked, this, &VisitHeader::reopenRequested);
    connect(m_report, &QPushButton::clicked, this, &VisitHeader::reportRequested);
    m_report->setObjectName(QStringLiteral("reportButton"));
    connect(m_caseNumber, &CaseNumberEdit::editingFinished, this,
            [this] { m_session->setCaseNumber(m_caseNumber->text()); });
    connect(m_present, &QLineEdit::editingFinished, this, &VisitHeader::commitEdits);
    connect(m_session, &VisitSession::answerChanged, this, &VisitHeader::refresh);
    connect(m_session, &VisitSession::visitChanged, this, &VisitHeader::refresh);
    connect(m_session, &VisitSession::minutesChanged, this, &VisitHeader::refresh);
    m_summary->installEventFilter(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(700);
    connect(m_typing, &QTimer::timeout, this, &VisitHeader::commitEdits);
    connect(m_summary, &QPlainTextEdit::textChanged, this, [this] {
        if (m_summary->hasFocus())
            m_typing->start();
    });
    connect(m_present, &QLineEdit::textEdited, this, [this] { m_typing->start(); });
    // The running clock: one committed minute at a time, so a crash loses less than a minute.
    m_clock->setInterval(60 * 1000);
    connect(m_clock, &QTimer::timeout, this, &VisitHeader::tick);
    refresh();
}

void VisitHeader::tick()
{
    m_time->tick();
}

bool VisitHeader::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_summary && event->type() == QEvent::FocusOut)
        commitEdits();
    return QWidget::eventFilter(watched, event);
}

void VisitHeader::commitEdits()
{
    m_typing->stop();
    if (!m_session->isDraft())
        return;
    const QStringList persons = m_present->text().split(u',', Qt::SkipEmptyParts);
    QStringList trimmed;
    for (const QString &p : persons)
        trimmed.append(p.trimmed());
    if (trimmed != m_session->visit().presentPersons)
        m_session->setPresentPersons(trimmed);
    m_session->setSummary(m_summary->toPlainText());
    m_session->setCaseNumber(m_caseNumber->text());
    m_time->commitEdits();
}

void VisitHeader::refresh()
{
    const Visit &v = m_session->visit();
    const bool draft = m_session->isDraft();
    m_title->setText(inertBidi(v.facility.name));
    QString details = tr("%1 (version %2) · %3 · %4")
                          .arg(inertBidi(v.checklist.title))
                          .arg(v.checklist.version)
                          .arg(displayName(v.kind))
                          .arg(v.announced ? tr("announced") : tr("unannounced"));
    details +=
        u'\n' +
        (draft ? tr("Draft of revision %1").arg(v.revision)
               : tr("Revision %1, finished %2")
                     .arg(v.revision)
                     .arg(QLocale().toString(v.finishedAt.toLocalTime(), QLocale::ShortFormat)));
    m_details->setText(details);
    m_progress->setText(tr("Answered %1/%2 · deviations: %3")
                            .arg(v.answeredCount())
                            .arg(v.answers.size())
                            .arg(v.deviationCount()));
    const QSignalBlocker block(m_minutes);
    m_minutes->setValue(v.minutesSpent);
    if (!m_present->hasFocus())
        m_present->setText(v.presentPersons.join(QStringLiteral(", ")));
    if (!m_summary->hasFocus())
        m_summary->setPlainText(v.summary);
    // Read-only, not disabled: a finished visit's fields are a record to read, and disabled
    // widgets are drawn grey and faint. The minutes are always the activities' total (set per
    // activity), so that box stays read-only.
    m_present->setReadOnly(!draft);
    m_summary->setReadOnly(!draft);
    // Not while it is being typed in: the running clock reloads the visit every minute, and
    // the number is stored only when editing ends.
    if (!m_caseNumber->lineEdit()->hasFocus())
        m_caseNumber->setText(v.caseInfo.caseNumber);
    m_caseNumber->setReadOnly(!draft);
    m_finish->setVisible(draft);
    m_reopen->setVisible(!draft);
    m_report->setVisible(!draft);
    if (draft && !m_clock->isActive())
        m_clock->start();
    else if (!draft)
        m_clock->stop();
}

} // namespace tillsyn::desktop
