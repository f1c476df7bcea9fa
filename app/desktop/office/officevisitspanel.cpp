#include "officevisitspanel.h"

#include "backgroundjob.h"
#include "dialogs/opendatadialog.h"
#include "dialogs/reportpreviewdialog.h"
#include "officevisitsmodel.h"
#include "report/csvexport.h"
#include "storage/database.h"
#include "util/atomicfile.h"
#include "util/error.h"
#include "visitrevisionsdialog.h"
#include "widgets/plainmessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tillsyn::desktop {

OfficeVisitsPanel::OfficeVisitsPanel(storage::OfficeRepository &office, const QString &locator,
                                     QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_model(new OfficeVisitsModel(office, this))
    , m_filter(new OfficeVisitFilter(this))
    , m_facility(new QLineEdit(this))
    , m_inspector(new QLineEdit(this))
    , m_checklist(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_deviations(new QCheckBox(tr("Has deviations"), this))
    , m_view(new QTableView(this))
    , m_openDataJob(new BackgroundJob(locator, this))
    , m_openDataStatus(new QLabel(this))
{
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(OfficeVisitsModel::SortRole);
    m_kind->addItem(tr("Any kind"), -1);
    for (auto k :
         {domain::VisitKind::Planned, domain::VisitKind::FollowUp, domain::VisitKind::Complaint,
          domain::VisitKind::Incident, domain::VisitKind::Other})
        m_kind->addItem(domain::displayName(k), int(k));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setSpecialValueText(tr("any"));
        d->setMinimumDate(QDate(2000, 1, 1));
        d->setDate(d->minimumDate());
    }
    m_view->setObjectName(QStringLiteral("officeVisits"));
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OfficeVisitsModel::Finished, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Facility and checklist share what the short columns leave (the facility alone took half
    // the width and cut the checklist's name at 1366×768).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int column : {OfficeVisitsModel::Facility, OfficeVisitsModel::Checklist})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);

    auto *filters = new QGridLayout;
    filters->addWidget(new QLabel(tr("Facility:"), this), 0, 0);
    filters->addWidget(m_facility, 0, 1);
    filters->addWidget(new QLabel(tr("Inspector:"), this), 0, 2);
    filters->addWidget(m_inspector, 0, 3);
    filters->addWidget(new QLabel(tr("Checklist:"), this), 0, 4);
    filters->addWidget(m_checklist, 0, 5);
    filters->addWidget(m_kind, 1, 1);
    filters->addWidget(new QLabel(tr("From:"), this), 1, 2);
    filters->addWidget(m_from, 1, 3);
    filters->addWidget(new QLabel(tr("To:"), this), 1, 4);
    filters->addWidget(m_to, 1, 5);
    filters->addWidget(m_deviations, 1, 6);

    auto *buttons = new QHBoxLayout;
    auto *revisions = new QPushButton(tr("&Revisions…"), this);
    auto *report = new QPushButton(tr("Re&port…"), this);
    auto *exportVisits = new QPushButton(tr("Export &visits (CSV)…"), this);
    auto *exportAnswers = new QPushButton(tr("Export &answers (CSV)…"), this);
    auto *exportOpen = new QPushButton(tr("Export &open data…"), this);
    exportOpen->setObjectName(QStringLiteral("exportOpenData"));
    exportOpen->setToolTip(tr("The food controls of a period in the national open-data format "
                              "(JSON or CSV), for the municipality's open data."));
    m_openDataStatus->setObjectName(QStringLiteral("openDataStatus"));
    m_openDataStatus->setTextFormat(Qt::PlainText);
    buttons->addWidget(revisions);
    buttons->addWidget(report);
    buttons->addStretch(1);
    buttons->addWidget(m_openDataStatus);
    buttons->addWidget(exportVisits);
    buttons->addWidget(exportAnswers);
    buttons->addWidget(exportOpen);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    for (QLineEdit *e : {m_facility, m_inspector, m_checklist})
        connect(e, &QLineEdit::textChanged, this, &OfficeVisitsPanel::applyFilter);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &OfficeVisitsPanel::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &OfficeVisitsPanel::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &OfficeVisitsPanel::applyFilter);
    connect(m_deviations, &QCheckBox::toggled, this, &OfficeVisitsPanel::applyFilter);
    // A county member reading a pool whole is refused a visit two offices hold (named).
    const auto showRevisions = [this] {
        if (currentVisitId().isEmpty())
            return;
        try {
            VisitRevisionsDialog(m_office, currentVisitId(), this).exec();
        } catch (const Error &e) {
            showPlainMessage(this, QMessageBox::Warning, tr("Revisions"), e.message());
        }
    };
    connect(revisions, &QPushButton::clicked, this, showRevisions);
    connect(m_view, &QTableView::activated, this, showRevisions);
    connect(report, &QPushButton::clicked, this, [this] {
        if (currentVisitId().isEmpty())
            return;
        try {
            ReportPreviewDialog(m_office, currentVisitId(), 0, this).exec();
        } catch (const Error &e) {
            showPlainMessage(this, QMessageBox::Warning, tr("Report"), e.message());
        }
    });
    connect(exportVisits, &QPushButton::clicked, this, [this] { exportCsv(false); });
    connect(exportAnswers, &QPushButton::clicked, this, [this] { exportCsv(true); });
    connect(exportOpen, &QPushButton::clicked, this, &OfficeVisitsPanel::askOpenData);
    connect(m_openDataJob, &BackgroundJob::finished, this,
            [this](const QVariant &result, const QString &error) {
                m_openDataStatus->setText(error.isEmpty() ? result.toString() : error);
                emit openDataFinished(error);
            });
}

void OfficeVisitsPanel::askOpenData()
{
    OpenDataDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("Export open data"),
                                                tr("livsmedelskontroller.json"),
                                                tr("Open data (*.json *.csv)"));
    if (path.isEmpty())
        return;
    // A name without a known form gets the JSON one.
    if (!report::OpenData::knownForm(path))
        path += QStringLiteral(".json");
    exportOpenData(dialog.options(), path);
}

bool OfficeVisitsPanel::exportOpenData(const report::OpenDataOptions &options, const QString &path)
{
    m_openDataStatus->setText(tr("Writing open data…"));
    // Reading every food visit of three years may take a while: the GUI stays responsive.
    return m_openDataJob->startOffice(
        [options, path](storage::OfficeRepository &office,
                        const BackgroundJob::Progress &) -> QVariant {
            const report::OpenDataSet set = report::OpenData::collect(office, options);
            report::OpenData::write(path, set);
            return tr("%n inspection(s) written to %1", nullptr, int(set.rows.size())).arg(path);
        });
}

void OfficeVisitsPanel::reload()
{
    m_model->reload();
}

void OfficeVisitsPanel::applyFilter()
{
    OfficeVisitFilter::Criteria c;
    c.facility = m_facility->text().trimmed();
    c.inspector = m_inspector->text().trimmed();
    c.checklist = m_checklist->text().trimmed();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        c.kind = domain::VisitKind(kind);
    if (m_from->date() != m_from->minimumDate())
        c.from = m_from->date();
    if (m_to->date() != m_to->minimumDate())
        c.to = m_to->date();
    c.deviationsOnly = m_deviations->isChecked();
    m_filter->setCriteria(c);
}

QString OfficeVisitsPanel::currentVisitId() const
{
    return m_view->currentIndex().data(OfficeVisitsModel::VisitIdRole).toString();
}

QStringList OfficeVisitsPanel::shownVisitIds() const
{
    QStringList ids;
    for (int r = 0; r < m_filter->rowCount(); ++r)
        ids.append(m_filter->index(r, 0).data(OfficeVisitsModel::VisitIdRole).toString());
    return ids;
}

void OfficeVisitsPanel::exportCsv(bool answers)
{
    const QString path = QFileDialog::getSaveFileName(
        this, answers ? tr("Export answers") : tr("Export visits"),
        answers ? tr("answers.csv") : tr("visits.csv"), tr("CSV for Excel (*.csv)"));
    if (path.isEmpty())
        return;
    const QStringList ids = shownVisitIds();
    if (ids.isEmpty())
        return;
    const QByteArray bytes =
        answers ? report::CsvExport::answers(m_office, ids) : report::CsvExport::visits(m_office, ids);
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        showPlainMessage(this, QMessageBox::Warning, tr("Export"),
                         tr("%1 cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::desktop
