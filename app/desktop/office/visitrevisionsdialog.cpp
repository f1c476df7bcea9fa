#include "visitrevisionsdialog.h"

#include "merge/officevisits.h"
#include "storage/officerepository.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

void fillAnswers(QTableWidget *table, const domain::Visit &visit)
{
    table->setColumnCount(4);
    table->setHorizontalHeaderLabels({QCoreApplication::translate("tillsyn::desktop", "Section"),
                                      QCoreApplication::translate("tillsyn::desktop", "Item"),
                                      QCoreApplication::translate("tillsyn::desktop", "Result"),
                                      QCoreApplication::translate("tillsyn::desktop", "Comment")});
    table->setRowCount(int(visit.answers.size()));
    for (int i = 0; i < int(visit.answers.size()); ++i) {
        const auto &a = visit.answers[size_t(i)];
        const QStringList cells = {
            a.section, a.text, a.result ? domain::displayName(*a.result) : QString(), a.comment};
        for (int c = 0; c < 4; ++c)
            table->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setStretchLastSection(true);
}

VisitRevisionsDialog::VisitRevisionsDialog(storage::OfficeRepository &office, const QString &visitId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_office(office)
    , m_visitId(visitId)
    , m_revisions(office.revisions(visitId))
    , m_revision(new QComboBox(this))
    , m_details(makePlainLabel(this))
    , m_answers(new QTableWidget(this))
{
    setWindowTitle(tr("Visit %1").arg(visitId));
    for (const auto &r : m_revisions)
        m_revision->addItem(tr("Revision %1 (base %2)%3 — %4")
                                .arg(r.key.revision)
                                .arg(r.key.baseRevision)
                                .arg(r.key.setAside ? tr(", set aside") : QString())
                                .arg(r.fileName));
    QStringList resolutions;
    for (const auto &res : office.resolutions(visitId))
        resolutions.append(
            tr("%1: %2 chose revision %3: %4")
                .arg(QLocale().toString(res.resolvedAt.toLocalTime(), QLocale::ShortFormat),
                     res.resolvedBy)
                .arg(res.revision)
                .arg(res.reason));
    QLabel *history = makePlainLabel(this);
    history->setText(resolutions.isEmpty() ? tr("No resolutions.") : resolutions.join(u'\n'));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_revision);
    layout->addWidget(m_details);
    layout->addWidget(m_answers, 1);
    layout->addWidget(history);
    layout->addWidget(buttons);
    m_revision->setCurrentIndex(int(m_revisions.size()) - 1);
    showRevision(m_revision->currentIndex());
    connect(m_revision, &QComboBox::currentIndexChanged, this, &VisitRevisionsDialog::showRevision);
    resize(900, 640);
}

void VisitRevisionsDialog::showRevision(int index)
{
    if (index < 0 || index >= int(m_revisions.size()))
        return;
    try {
        const domain::Visit v =
            merge::OfficeVisits(m_office).revision(m_visitId, m_revisions[size_t(index)]);
        m_details->setText(
            tr("%1 — %2 · %3 · finished %4 · %5 minutes")
                .arg(v.facility.name, v.checklist.title, domain::displayName(v.kind),
                     QLocale().toString(v.finishedAt.toLocalTime(), QLocale::ShortFormat))
                .arg(v.minutesSpent));
        fillAnswers(m_answers, v);
    } catch (const Error &e) {
        m_details->setText(e.message());
    }
}

} // namespace tillsyn::desktop
