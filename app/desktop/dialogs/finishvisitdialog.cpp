#include "finishvisitdialog.h"

#include "widgets/plainlabel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using namespace tillsyn::domain;

namespace {
constexpr int kItemIdRole = Qt::UserRole + 1;

QListWidget *answerList(const std::vector<Answer> &answers, QWidget *parent)
{
    auto *list = new QListWidget(parent);
    for (const Answer &a : answers) {
        auto *item = new QListWidgetItem(a.section + QStringLiteral(" — ") + a.text, list);
        item->setData(kItemIdRole, a.itemId);
    }
    list->setMaximumHeight(140);
    return list;
}
} // namespace

FinishVisitDialog::FinishVisitDialog(const Visit &visit, const field::FinishCheck &check,
                                     QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Finish visit"));
    auto *layout = new QVBoxLayout(this);
    QLabel *summary = makePlainLabel(this);
    summary->setObjectName(QStringLiteral("finishSummary"));
    summary->setText(tr("%1 — %2\n%3 of %4 items answered, %5, %6.\nSummary: %7")
                         .arg(visit.facility.name, visit.checklist.title)
                         .arg(visit.answeredCount())
                         .arg(visit.answers.size())
                         .arg(tr("%n deviation(s)", nullptr, visit.deviationCount()),
                              tr("%n minute(s)", nullptr, visit.minutesSpent),
                              visit.summary.isEmpty() ? tr("(none)") : visit.summary));
    layout->addWidget(summary);
    if (!check.unanswered.empty()) {
        layout->addWidget(
            new QLabel(tr("Unanswered items (%1):").arg(check.unanswered.size()), this));
        QListWidget *list = answerList(check.unanswered, this);
        list->setObjectName(QStringLiteral("unansweredItems"));
        list->setToolTip(tr("Enter or double-click: go to the item"));
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_jumpTo = item->data(kItemIdRole).toString();
            reject();
        });
        layout->addWidget(list);
    }
    if (!check.deviationsWithoutComment.empty()) {
        layout->addWidget(new QLabel(
            tr("Deviations without a comment (%1): the report will not say what was seen.")
                .arg(check.deviationsWithoutComment.size()),
            this));
        QListWidget *list = answerList(check.deviationsWithoutComment, this);
        list->setToolTip(tr("Enter or double-click: go to the item"));
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
            m_jumpTo = item->data(kItemIdRole).toString();
            reject();
        });
        layout->addWidget(list);
    }
    QLabel *note = makePlainLabel(this);
    note->setText(tr("Finishing locks this revision (revision %1). Changes later need a new "
                     "revision.")
                      .arg(visit.revision));
    layout->addWidget(note);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *finish = buttons->addButton(tr("Finish visit"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Continue editing"), QDialogButtonBox::RejectRole);
    finish->setDefault(true);
    finish->setObjectName(QStringLiteral("confirmFinish"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace tillsyn::desktop
