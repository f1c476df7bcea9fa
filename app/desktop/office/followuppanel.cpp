#include "followuppanel.h"

#include "field/currentinspector.h"
#include "merge/officedeviations.h"
#include "report/deviationscsv.h"
#include "util/atomicfile.h"
#include "util/displaytext.h"
#include "util/error.h"
#include "visitrevisionsdialog.h"
#include "widgets/plainmessage.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using merge::DeviationState;

FollowUpPanel::FollowUpPanel(storage::OfficeRepository &office, QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_text(new QLineEdit(this))
    , m_open(new QCheckBox(tr("Open only"), this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_table(new QTableWidget(0, 6, this))
{
    m_text->setObjectName(QStringLiteral("followUpFilter"));
    m_text->setPlaceholderText(tr("Filter by facility, item or comment"));
    m_text->setClearButtonEnabled(true);
    m_open->setChecked(true);
    m_table->setObjectName(QStringLiteral("followUpList"));
    m_table->setHorizontalHeaderLabels(
        {tr("Facility"), tr("Item"), tr("Comment"), tr("Finished"), tr("Deadline"), tr("Status")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_open);
    filters->addWidget(m_overdue);
    auto *close = new QPushButton(tr("&Close by hand…"), this);
    auto *open = new QPushButton(tr("&Open visit"), this);
    auto *csv = new QPushButton(tr("Export &CSV…"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(close);
    buttons->addWidget(open);
    buttons->addWidget(csv);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_text, &QLineEdit::textChanged, this, &FollowUpPanel::showRows);
    connect(m_open, &QCheckBox::toggled, this, &FollowUpPanel::showRows);
    connect(m_overdue, &QCheckBox::toggled, this, &FollowUpPanel::showRows);
    connect(close, &QPushButton::clicked, this, [this] { closeSelected(); });
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(); });
    const auto openVisit = [this] {
        if (const DeviationState *s = selected())
            VisitRevisionsDialog(m_office, s->deviation.visitId, this).exec();
    };
    connect(open, &QPushButton::clicked, this, openVisit);
    connect(m_table, &QTableWidget::cellActivated, this, openVisit);
}

void FollowUpPanel::reload()
{
    try {
        m_all = merge::OfficeDeviations(m_office).all();
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Follow-up"), e.message());
        m_all.clear();
    }
    showRows();
}

void FollowUpPanel::showRows()
{
    const QDate today = QDate::currentDate();
    merge::DeviationFilter filter;
    filter.text = m_text->text().trimmed();
    filter.openOnly = m_open->isChecked();
    filter.overdueOnly = m_overdue->isChecked();
    m_shown.clear();
    for (const DeviationState &s : m_all) {
        if (filter.matches(s, today))
            m_shown.push_back(s);
    }
    merge::sortForFollowUp(m_shown, today);
    m_table->setRowCount(int(m_shown.size()));
    for (int i = 0; i < int(m_shown.size()); ++i) {
        const DeviationState &s = m_shown[size_t(i)];
        const domain::Deviation &d = s.deviation;
        const QStringList cells{d.facilityName.isEmpty() ? d.facilityId : d.facilityName,
                                d.text,
                                d.comment,
                                d.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd")),
                                d.deadline ? domain::deadlineText(*d.deadline) : QString(),
                                report::DeviationsCsv::status(s, today)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (s.overdue(today) && (c == 4 || c == 5))
                item->setForeground(Qt::red);
            m_table->setItem(i, c, item);
        }
    }
}

const DeviationState *FollowUpPanel::selected() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < int(m_shown.size()) ? &m_shown[size_t(row)] : nullptr;
}

void FollowUpPanel::closeSelected(const QString &givenReason)
{
    const DeviationState *s = selected();
    if (!s)
        return;
    QString reason = givenReason;
    if (reason.isEmpty()) {
        bool ok = false;
        reason = QInputDialog::getText(
            this, tr("Close deviation"),
            // The item's text comes from a visit file: never read as markup.
            plainToolTip(tr("Why is \"%1\" closed without a visit?").arg(s->deviation.text)),
            QLineEdit::Normal,
            {}, &ok);
        if (!ok || reason.trimmed().isEmpty())
            return;
    }
    try {
        merge::OfficeDeviations(m_office).close(s->deviation.visitId, s->deviation.itemId, reason,
                                            field::CurrentInspector::get().name);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Close deviation"), e.message());
    }
    reload();
}

void FollowUpPanel::exportCsv(const QString &givenPath)
{
    const QString path =
        givenPath.isEmpty()
            ? QFileDialog::getSaveFileName(this, tr("Export follow-up list"), tr("follow-up.csv"),
                                           tr("CSV for Excel (*.csv)"))
            : givenPath;
    if (path.isEmpty())
        return;
    const QByteArray bytes = report::DeviationsCsv::document(m_shown, QDate::currentDate());
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Export"),
                         tr("%1 cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::desktop
