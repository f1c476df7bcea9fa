#include "publishpanel.h"

#include "reference/publisher.h"
#include "storage/officerepository.h"
#include "sync/credentialstore.h"
#include "sync/share.h"
#include "sync/sharelocation.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tillsyn::desktop {

PublishPanel::PublishPanel(storage::OfficeRepository &office, QLineEdit *shareField,
                           QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_share(shareField)
    , m_summary(makePlainLabel(this))
{
    m_summary->setObjectName(QStringLiteral("publishSummary"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    auto *publish = new QPushButton(tr("&Publish to the field"), this);
    auto *note = makePlainLabel(this);
    note->setText(
        tr("Publishing writes the active facilities and the published checklist versions "
           "to the share (the same share as Merge). Laptops fetch them at their next sync; "
           "visits already started keep their checklist version."));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_summary);
    layout->addWidget(refreshButton, 0, Qt::AlignLeft);
    layout->addWidget(publish, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(refreshButton, &QPushButton::clicked, this, &PublishPanel::refresh);
    connect(publish, &QPushButton::clicked, this, &PublishPanel::publish);
}

void PublishPanel::refresh()
{
    try {
        const auto preview = reference::Publisher(m_office).preview();
        m_summary->setText(tr("Would publish %1 facilities and %2 checklist versions.\n%3")
                               .arg(preview.facilities)
                               .arg(preview.checklistVersions)
                               .arg(preview.changes.join(u'\n')));
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
}

bool PublishPanel::publish()
{
    const sync::ShareLocation location = CredentialStore::locationWithCredentials(m_share->text());
    if (location.location.isEmpty()) {
        m_summary->setText(tr("Choose the share on the Merge page first."));
        return false;
    }
    try {
        m_office.requireOffice(); // the Office tab exists only on an office database; be sure
        const auto share = location.open();
        const auto summary = reference::Publisher(m_office).publish(*share);
        m_summary->setText(tr("Published %1 facilities and %2 checklist versions to %3.\n%4")
                               .arg(summary.facilities)
                               .arg(summary.checklistVersions)
                               .arg(share->describe(), summary.changes.join(u'\n')));
        return true;
    } catch (const Error &e) {
        m_summary->setText(tr("Not published: %1").arg(e.message()));
        return false;
    }
}

} // namespace tillsyn::desktop
