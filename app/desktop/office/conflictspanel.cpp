#include "conflictspanel.h"

#include "field/currentinspector.h"
#include "merge/conflictresolver.h"
#include "merge/officevisits.h"
#include "storage/officerepository.h"
#include "merge/revisioncomparison.h"
#include "util/displaytext.h"
#include "util/error.h"
#include "widgets/plainlabel.h"
#include "widgets/plainmessage.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tillsyn::desktop {

ConflictsPanel::ConflictsPanel(storage::OfficeRepository &office, QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_visits(new QListWidget(this))
    , m_left(new QComboBox(this))
    , m_right(new QComboBox(this))
    , m_compare(new QTableWidget(this))
    , m_reason(new QLineEdit(this))
    , m_status(makePlainLabel(this))
{
    m_status->setObjectName(QStringLiteral("conflictStatus"));
    m_status->hide(); // until a resolution has something to say
    m_visits->setObjectName(QStringLiteral("conflictList"));
    m_compare->setObjectName(QStringLiteral("conflictComparison"));
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setColumnCount(3);
    m_compare->setHorizontalHeaderLabels({tr("Field or item"), tr("Left revision"), tr("Right revision")});
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->setWordWrap(true);
    m_reason->setPlaceholderText(tr("Why this revision stands (required, recorded)"));
    auto *chooseLeft = new QPushButton(tr("Keep &left"), this);
    auto *chooseRight = new QPushButton(tr("Keep &right"), this);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Left:"), this));
    pick->addWidget(m_left, 1);
    pick->addWidget(new QLabel(tr("Right:"), this));
    pick->addWidget(m_right, 1);
    auto *decide = new QHBoxLayout;
    decide->addWidget(m_reason, 1);
    decide->addWidget(chooseLeft);
    decide->addWidget(chooseRight);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(pick);
    rightLayout->addWidget(m_compare, 1);
    rightLayout->addLayout(decide);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_visits);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter);

    connect(m_visits, &QListWidget::currentRowChanged, this, &ConflictsPanel::showVisit);
    connect(m_left, &QComboBox::currentIndexChanged, this, &ConflictsPanel::compare);
    connect(m_right, &QComboBox::currentIndexChanged, this, &ConflictsPanel::compare);
    connect(chooseLeft, &QPushButton::clicked, this, [this] { choose(0, m_reason->text()); });
    connect(chooseRight, &QPushButton::clicked, this, [this] { choose(1, m_reason->text()); });
}

void ConflictsPanel::reload()
{
    m_visits->clear();
    for (const auto &v : m_office.visitSummaries()) {
        if (!v.inConflict)
            continue;
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(inertBidi(v.facilityName), inertBidi(v.checklistTitle)), m_visits);
        item->setData(Qt::UserRole, v.visitId);
        item->setToolTip(plainToolTip(v.visitId));
    }
    if (m_visits->count() > 0)
        m_visits->setCurrentRow(0);
    else
        m_compare->setRowCount(0);
}

void ConflictsPanel::showVisit()
{
    const QListWidgetItem *item = m_visits->currentItem();
    m_revisions.clear();
    try {
        if (item)
            m_revisions = m_office.revisions(item->data(Qt::UserRole).toString());
    } catch (const Error &e) {
        // A county member reading a pool whole is refused a visit two offices hold (named).
        showPlainMessage(this, QMessageBox::Warning, tr("Conflicts"), e.message());
    }
    const QSignalBlocker bl(m_left);
    const QSignalBlocker br(m_right);
    m_left->clear();
    m_right->clear();
    const QString visitId = item ? item->data(Qt::UserRole).toString() : QString();
    merge::OfficeVisits store(m_office);
    std::vector<merge::StoredRevision> keys;
    for (const auto &r : m_revisions) {
        keys.push_back(r.key);
        // Who sent it and when they finished: what a clerk tells two revisions apart by.
        QStringList inspectors;
        try {
            for (const auto &i : store.revision(visitId, r).inspectors)
                inspectors << i.name;
        } catch (const Error &) {
            // The comparison shows the reason; the label does without the names.
        }
        QString label = tr("Revision %1 (from %2) · %3 · %4")
                            .arg(r.key.revision)
                            .arg(r.key.baseRevision)
                            .arg(inspectors.join(QStringLiteral(", ")),
                                 QLocale().toString(r.finishedAt.toLocalTime(),
                                                    QLocale::ShortFormat));
        if (r.key.setAside)
            label += tr(" · set aside");
        m_left->addItem(inertBidi(label));
        m_right->addItem(inertBidi(label));
    }
    const auto [left, right] = merge::conflictPair(keys);
    if (left >= 0) {
        m_left->setCurrentIndex(left);
        m_right->setCurrentIndex(right);
    }
    compare();
}

void ConflictsPanel::compare()
{
    const int l = m_left->currentIndex();
    const int r = m_right->currentIndex();
    const QListWidgetItem *item = m_visits->currentItem();
    if (!item || l < 0 || r < 0) {
        m_compare->setRowCount(0);
        return;
    }
    const QString visitId = item->data(Qt::UserRole).toString();
    merge::OfficeVisits visits(m_office);
    const domain::Visit left = visits.revision(visitId, m_revisions[size_t(l)]);
    const domain::Visit right = visits.revision(visitId, m_revisions[size_t(r)]);
    const auto rows = merge::compareRevisions(left, right);
    m_compare->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const auto &row = rows[size_t(i)];
        const QStringList cells = {row.label, row.left, row.right};
        for (int c = 0; c < 3; ++c) {
            auto *cell = new QTableWidgetItem(inertBidi(cells.at(c)));
            if (row.differs)
                cell->setBackground(QColor(0xff, 0xe8, 0xb0));
            m_compare->setItem(i, c, cell);
        }
    }
    m_compare->resizeRowsToContents();
}

bool ConflictsPanel::choose(int side, const QString &reason)
{
    const QListWidgetItem *item = m_visits->currentItem();
    const int index = side == 0 ? m_left->currentIndex() : m_right->currentIndex();
    if (!item || index < 0)
        return false;
    const auto &chosen = m_revisions[size_t(index)];
    try {
        merge::ConflictResolver(m_office).resolve(item->data(Qt::UserRole).toString(),
                                              chosen.key.revision, chosen.key.contentHash, reason,
                                              field::CurrentInspector::get().name);
    } catch (const Error &e) {
        showPlainMessage(this, QMessageBox::Warning, tr("Resolve conflict"), e.message());
        return false;
    }
    m_reason->clear();
    // Said before reload(), which replaces the list and the revisions `chosen` refers to.
    const QString done = tr("Resolved: revision %1 stands for %2; the other revisions are set "
                            "aside and kept.")
                             .arg(chosen.key.revision)
                             .arg(item->text());
    reload();
    m_status->setText(done);
    m_status->show();
    emit resolved();
    return true;
}

} // namespace tillsyn::desktop
