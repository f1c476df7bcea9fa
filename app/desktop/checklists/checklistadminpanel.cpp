#include "checklistadminpanel.h"

#include "checklisteditorwidget.h"
#include "reference/checklistdiff.h"
#include "reference/checklisteditor.h"
#include "reference/checklistsfile.h"
#include "reference/importer.h"
#include "storage/officerepository.h"
#include "util/atomicfile.h"
#include "util/displaytext.h"
#include "util/error.h"
#include "widgets/plainmessage.h"
#include "widgets/splittershares.h"

#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using Status = storage::OfficeRepository::ChecklistStatus;

ChecklistAdminPanel::ChecklistAdminPanel(storage::OfficeRepository &office, QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_list(new QListWidget(this))
    , m_editor(new ChecklistEditorWidget(office, this))
{
    m_list->setObjectName(QStringLiteral("checklistVersions"));
    // A long title wraps rather than scroll sideways (the tooltip has it whole too).
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    struct Button
    {
        QString text;
        void (ChecklistAdminPanel::*slot)();
    };
    const Button buttons[] = {{tr("&New…"), &ChecklistAdminPanel::create},
                              {tr("&Edit (next version)"), &ChecklistAdminPanel::edit},
                              {tr("D&uplicate…"), &ChecklistAdminPanel::duplicate},
                              {tr("&Delete draft"), &ChecklistAdminPanel::deleteDraft},
                              {tr("&Publish version"), &ChecklistAdminPanel::publish},
                              {tr("&Changes…"), &ChecklistAdminPanel::showChanges},
                              {tr("&Import…"), &ChecklistAdminPanel::importFile},
                              {tr("E&xport…"), &ChecklistAdminPanel::exportFile}};
    // The buttons in two columns under the list: beside it they took the width the titles need.
    auto *grid = new QGridLayout;
    int n = 0;
    for (const Button &b : buttons) {
        auto *button = new QPushButton(b.text, this);
        connect(button, &QPushButton::clicked, this, b.slot);
        grid->addWidget(button, n / 2, n % 2);
        ++n;
    }
    QAction *undo = m_editor->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QAction *redo = m_editor->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({undo, redo});

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_list, 1);
    leftLayout->addLayout(grid);
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("checklistAdminSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 2);
    // The editor's tree and form need the larger part of whatever width the panel gets.
    SplitterShares::apply(splitter, {3, 7});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_list, &QListWidget::currentRowChanged, this, &ChecklistAdminPanel::showCurrent);
    connect(m_editor, &ChecklistEditorWidget::failed, this, &ChecklistAdminPanel::failed);
}

void ChecklistAdminPanel::reload()
{
    const auto keep = current();
    reloadAndSelect(keep.first, keep.second);
}

void ChecklistAdminPanel::reloadAndSelect(const QString &id, int version)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const auto &c : m_office.allChecklists()) {
        const bool draft = m_office.checklistStatus(c.id, c.version) == Status::Draft;
        auto *item = new QListWidgetItem(tr("%1 — version %2%3")
                                             .arg(c.title)
                                             .arg(c.version)
                                             .arg(draft ? tr(" (draft)") : QString()),
                                         m_list);
        item->setToolTip(plainToolTip(item->text()));
        item->setData(Qt::UserRole, c.id);
        item->setData(Qt::UserRole + 1, c.version);
    }
    select(id, version);
}

void ChecklistAdminPanel::select(const QString &id, int version)
{
    for (int r = 0; r < m_list->count(); ++r) {
        if (m_list->item(r)->data(Qt::UserRole).toString() == id &&
            m_list->item(r)->data(Qt::UserRole + 1).toInt() == version) {
            {
                // One showCurrent() below, not a second one from currentRowChanged.
                const QSignalBlocker block(m_list);
                m_list->setCurrentRow(r);
            }
            showCurrent();
            return;
        }
    }
}

std::pair<QString, int> ChecklistAdminPanel::current() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? std::pair(item->data(Qt::UserRole).toString(),
                            item->data(Qt::UserRole + 1).toInt())
                : std::pair(QString(), 0);
}

void ChecklistAdminPanel::showCurrent()
{
    const auto [id, version] = current();
    const auto checklist = m_office.checklist(id, version);
    if (checklist)
        m_editor->setChecklist(*checklist, m_office.checklistStatus(id, version) == Status::Draft);
}

void ChecklistAdminPanel::failed(const QString &message)
{
    showPlainMessage(this, QMessageBox::Warning, tr("Checklists"), message);
}

void ChecklistAdminPanel::create()
{
    bool ok = false;
    const QString title =
        QInputDialog::getText(this, tr("New checklist"), tr("Title:"), QLineEdit::Normal, {}, &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    QString id = title.trimmed().toLower().normalized(QString::NormalizationForm_KD);
    id.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
    try {
        const auto c = reference::ChecklistEditor(m_office).create(id.left(64), title.trimmed(),
                                                               domain::Area::Health);
        reloadAndSelect(c.id, c.version);
        emit checklistsChanged();
    } catch (const Error &e) {
        failed(e.message());
    }
}

void ChecklistAdminPanel::edit()
{
    const auto [id, version] = current();
    if (id.isEmpty())
        return;
    try {
        const auto draft = reference::ChecklistEditor(m_office).edit(id);
        reloadAndSelect(draft.id, draft.version);
    } catch (const Error &e) {
        failed(e.message());
    }
}

void ChecklistAdminPanel::duplicate()
{
    const auto [id, version] = current();
    if (id.isEmpty())
        return;
    bool ok = false;
    const QString newId =
        QInputDialog::getText(this, tr("Duplicate checklist"), tr("Id of the copy:"),
                              QLineEdit::Normal, id + QStringLiteral("-kopia"), &ok);
    if (!ok)
        return;
    try {
        const auto copy = reference::ChecklistEditor(m_office).duplicate(
            id, newId.trimmed(), m_editor->checklist().title + tr(" (copy)"));
        reloadAndSelect(copy.id, copy.version);
    } catch (const Error &e) {
        failed(e.message());
    }
}

void ChecklistAdminPanel::deleteDraft()
{
    const auto [id, version] = current();
    if (id.isEmpty())
        return;
    try {
        reference::ChecklistEditor(m_office).deleteDraft(id, version);
        reload();
    } catch (const Error &e) {
        failed(e.message());
    }
}

void ChecklistAdminPanel::publish()
{
    const auto [id, version] = current();
    if (id.isEmpty())
        return;
    try {
        reference::ChecklistEditor(m_office).publish(id, version);
        reload();
        emit checklistsChanged();
    } catch (const Error &e) {
        failed(e.message());
    }
}

void ChecklistAdminPanel::showChanges()
{
    const auto [id, version] = current();
    const auto now = m_office.checklist(id, version);
    const auto before = m_office.checklist(id, version - 1);
    if (!now || !before) {
        failed(tr("There is no earlier version to compare with."));
        return;
    }
    const QStringList lines = reference::ChecklistDiff::compare(*before, *now).describe();
    showPlainMessage(this, QMessageBox::Information,
                     tr("Changes from version %1 to %2").arg(version - 1).arg(version),
                     lines.join(u'\n'));
}

void ChecklistAdminPanel::importFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import checklists"), {}, tr("Checklists (*.json)"));
    if (path.isEmpty())
        return;
    try {
        reference::Importer::importChecklists(m_office, path);
        reload();
        emit checklistsChanged();
    } catch (const Error &e) {
        failed(e.message());
    }
}

void ChecklistAdminPanel::exportFile()
{
    const auto [id, version] = current();
    if (id.isEmpty() || m_office.checklistStatus(id, version) != Status::Published) {
        failed(tr("Choose a published version to export: a draft is not ready for other offices."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export checklist"), id + QStringLiteral(".json"), tr("Checklists (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = reference::ChecklistsFile::write({*m_office.checklist(id, version)},
                                                              QDateTime::currentDateTimeUtc());
    if (const QString problem = writeFileAtomically(path, bytes); !problem.isEmpty())
        failed(tr("%1 cannot be written: %2").arg(path, problem));
}

} // namespace tillsyn::desktop
