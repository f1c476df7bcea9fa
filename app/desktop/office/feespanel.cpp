#include "feespanel.h"

#include "storage/officerepository.h"
#include "util/atomicfile.h"
#include "util/error.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using fees::InvoiceBasis;

namespace {

QTableWidget *table(const QStringList &header, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(header.size()), parent);
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->verticalHeader()->hide();
    // Each column at least as wide as its header ("Debiterbara min" was cut at 1366×768).
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells)
{
    for (int c = 0; c < int(cells.size()); ++c)
        t->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

QString roundingName(fees::Rounding r)
{
    switch (r) {
    case fees::Rounding::StartedHalfHour:
        return FeesPanel::tr("Per started half hour");
    case fees::Rounding::StartedHour:
        return FeesPanel::tr("Per started hour");
    case fees::Rounding::StartedQuarter:
        return FeesPanel::tr("Per started quarter");
    case fees::Rounding::None:
        return FeesPanel::tr("Minutes as they are");
    }
    return {};
}

QString kronor(qint64 ore)
{
    return QLocale().toString(double(ore) / 100.0, 'f', 2);
}

QString hours(qint64 hundredths)
{
    return QLocale().toString(double(hundredths) / 100.0, 'f', 2);
}

} // namespace

FeesPanel::FeesPanel(storage::OfficeRepository &office, QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_schedule(table({tr("From"), tr("kr/h"), tr("Rounding")}, this))
    , m_rateFrom(new QDateEdit(QDate::currentDate(), this))
    , m_rate(new QLineEdit(this))
    , m_rounding(new QComboBox(this))
    , m_from(new QDateEdit(QDate(QDate::currentDate().year(), QDate::currentDate().month(), 1),
                           this))
    , m_to(new QDateEdit(QDate::currentDate(), this))
    , m_basis(table({tr("Date"), tr("Case number"), tr("Facility"), tr("Org. number"),
                     tr("Chargeable min"), tr("Billed h"), tr("kr/h"), tr("Amount (kr)"),
                     tr("Visit")},
                    this))
    , m_byCase(table({tr("Case number"), tr("Visits"), tr("Billed h"), tr("Amount (kr)")}, this))
    , m_byFacility(table({tr("Facility"), tr("Visits"), tr("Billed h"), tr("Amount (kr)")}, this))
    , m_problem(new QLabel(this))
    , m_export(new QPushButton(tr("&Export CSV…"), this))
{
    for (fees::Rounding r : {fees::Rounding::StartedHalfHour, fees::Rounding::StartedHour,
                             fees::Rounding::StartedQuarter, fees::Rounding::None})
        m_rounding->addItem(roundingName(r), int(r));
    for (QDateEdit *d : {m_rateFrom, m_from, m_to}) {
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setCalendarPopup(true);
    }
    m_rate->setPlaceholderText(tr("e.g. 1400"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText); // names facilities and files
    m_problem->setObjectName(QStringLiteral("feesProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #a03000"));
    m_problem->hide();
    m_export->setEnabled(false);

    auto *add = new QPushButton(tr("&Add rate"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *rateForm = new QHBoxLayout;
    rateForm->addWidget(new QLabel(tr("From:"), this));
    rateForm->addWidget(m_rateFrom);
    rateForm->addWidget(new QLabel(tr("kr/h:"), this));
    rateForm->addWidget(m_rate);
    rateForm->addWidget(m_rounding);
    rateForm->addWidget(add);
    rateForm->addWidget(remove);
    auto *scheduleBox = new QGroupBox(tr("Fee schedule"), this);
    auto *scheduleLayout = new QVBoxLayout(scheduleBox);
    scheduleLayout->addWidget(m_schedule);
    scheduleLayout->addLayout(rateForm);

    auto *show = new QPushButton(tr("&Show"), this);
    auto *period = new QHBoxLayout;
    period->addWidget(new QLabel(tr("Visits from:"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to:"), this));
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch(1);
    period->addWidget(m_export);
    auto *sums = new QHBoxLayout;
    sums->addWidget(m_byCase);
    sums->addWidget(m_byFacility);
    auto *basisBox = new QGroupBox(tr("Invoice basis"), this);
    auto *basisLayout = new QVBoxLayout(basisBox);
    basisLayout->addLayout(period);
    basisLayout->addWidget(m_problem);
    basisLayout->addWidget(m_basis, 2);
    basisLayout->addLayout(sums, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scheduleBox, 1);
    layout->addWidget(basisBox, 3);

    connect(add, &QPushButton::clicked, this, &FeesPanel::addRate);
    connect(remove, &QPushButton::clicked, this, &FeesPanel::removeRate);
    connect(show, &QPushButton::clicked, this, &FeesPanel::showBasis);
    connect(m_export, &QPushButton::clicked, this, &FeesPanel::exportCsv);
}

void FeesPanel::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void FeesPanel::reload()
{
    const auto schedule = m_office.feeSchedule();
    m_schedule->setRowCount(int(schedule.size()));
    for (int i = 0; i < int(schedule.size()); ++i) {
        const fees::FeeRate &r = schedule[size_t(i)];
        setRow(m_schedule, i,
               {r.validFrom.toString(Qt::ISODate), kronor(r.orePerHour), roundingName(r.rounding)});
    }
}

bool FeesPanel::addRate()
{
    const auto ore = fees::FeeRules::parseKronor(m_rate->text());
    if (!ore) {
        showProblem(tr("The hourly rate must be an amount in kronor, like 1400 or 1386,50."));
        return false;
    }
    try {
        m_office.inTransaction([&] {
            m_office.setFeeRate(
                {m_rateFrom->date(), *ore, fees::Rounding(m_rounding->currentData().toInt())});
        });
    } catch (const Error &e) {
        showProblem(e.message());
        return false;
    }
    showProblem({});
    reload();
    return true;
}

void FeesPanel::removeRate()
{
    const int row = m_schedule->currentRow();
    if (row < 0)
        return;
    const QDate from = QDate::fromString(m_schedule->item(row, 0)->text(), Qt::ISODate);
    try {
        m_office.inTransaction([&] { m_office.removeFeeRate(from); });
    } catch (const Error &e) {
        showProblem(e.message());
    }
    reload();
}

bool FeesPanel::showBasis()
{
    m_lines.clear();
    m_basis->setRowCount(0);
    m_byCase->setRowCount(0);
    m_byFacility->setRowCount(0);
    m_export->setEnabled(false);
    try {
        m_lines = InvoiceBasis::compute(InvoiceBasis::currentVisits(m_office, m_from->date()),
                                        m_office.feeSchedule(), m_from->date(), m_to->date());
    } catch (const Error &e) {
        showProblem(e.message());
        return false;
    }
    showProblem({});
    m_basis->setRowCount(int(m_lines.size()));
    for (int i = 0; i < int(m_lines.size()); ++i) {
        const fees::InvoiceLine &l = m_lines[size_t(i)];
        setRow(m_basis, i,
               {l.date.toString(Qt::ISODate), l.caseNumber, l.facilityName, l.orgNumber,
                QString::number(l.chargeableMinutes), hours(l.billedHundredths),
                kronor(l.orePerHour), kronor(l.amountOre), l.visitId});
    }
    const auto fill = [](QTableWidget *t, const std::vector<fees::InvoiceSum> &sums) {
        t->setRowCount(int(sums.size()));
        for (int i = 0; i < int(sums.size()); ++i) {
            const fees::InvoiceSum &s = sums[size_t(i)];
            setRow(t, i,
                   {s.label, QString::number(s.visits), hours(s.billedHundredths),
                    kronor(s.amountOre)});
        }
    };
    fill(m_byCase, InvoiceBasis::sumsByCase(m_lines));
    fill(m_byFacility, InvoiceBasis::sumsByFacility(m_lines));
    m_export->setEnabled(!m_lines.empty());
    return true;
}

void FeesPanel::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export invoice basis"),
        QStringLiteral("debiteringsunderlag-%1-%2.csv")
            .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)),
        tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString problem = writeFileAtomically(path, InvoiceBasis::toCsv(m_lines));
        !problem.isEmpty())
        showProblem(tr("%1 cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::desktop
