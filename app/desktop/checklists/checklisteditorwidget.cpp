#include "checklisteditorwidget.h"

#include "domain/controlarea.h"
#include "reference/checklisteditor.h"
#include "util/displaytext.h"
#include "util/error.h"
#include "widgets/splittershares.h"

#include <QComboBox>
#include <QDropEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tillsyn::desktop {

using domain::Checklist;

namespace {

constexpr int kSectionRole = Qt::UserRole + 1;
constexpr int kItemRole = Qt::UserRole + 2;

// One edit of a draft, kept as the whole state before and after: simple, and undo can never
// drift from what was saved.
class SnapshotCommand : public QUndoCommand
{
public:
    SnapshotCommand(ChecklistEditorWidget *editor, Checklist before, Checklist after,
                    const QString &what)
        : m_editor(editor)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(what);
    }
    void undo() override { m_editor->apply(m_before); }
    void redo() override
    {
        if (!m_editor->apply(m_after))
            setObsolete(true);
    }

private:
    ChecklistEditorWidget *m_editor;
    Checklist m_before;
    Checklist m_after;
};

// Sections take items; items take nothing; only sections go at the top level.
class ChecklistTree : public QTreeWidget
{
public:
    using QTreeWidget::QTreeWidget;
    std::function<void()> dropped;

protected:
    void dropEvent(QDropEvent *event) override
    {
        QTreeWidget::dropEvent(event);
        if (dropped)
            QTimer::singleShot(0, this, dropped);
    }
};

} // namespace

ChecklistEditorWidget::ChecklistEditorWidget(storage::OfficeRepository &office, QWidget *parent)
    : QWidget(parent)
    , m_office(office)
    , m_undo(new QUndoStack(this))
    , m_title(new QLineEdit(this))
    , m_area(new QComboBox(this))
    , m_tree(new ChecklistTree(this))
    , m_fields(new QStackedWidget(this))
    , m_sectionTitle(new QLineEdit(this))
    , m_itemId(new QLineEdit(this))
    , m_itemText(new QPlainTextEdit(this))
    , m_guidance(new QPlainTextEdit(this))
    , m_legal(new QLineEdit(this))
    , m_controlArea(new QComboBox(this))
    , m_typing(new QTimer(this))
{
    for (auto a : {domain::Area::Food, domain::Area::Health, domain::Area::Environment})
        m_area->addItem(domain::areaDisplayName(a), int(a));
    m_controlArea->setObjectName(QStringLiteral("checklistControlArea"));
    m_controlArea->addItem(tr("(none)"), QString());
    for (const domain::ControlArea &a : domain::ControlAreas::all())
        m_controlArea->addItem(QStringLiteral("%1 %2").arg(a.code, a.name), a.code);
    m_controlArea->setToolTip(tr("The food control reporting area (kontrollområde) the item is "
                                 "counted under in statistics and open data."));
    // Its longest name would otherwise set the width of the whole form and squeeze the tree.
    m_controlArea->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_controlArea->setMinimumContentsLength(16);
    m_tree->setObjectName(QStringLiteral("checklistEditorTree"));
    m_tree->setHeaderHidden(true);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    static_cast<ChecklistTree *>(m_tree)->dropped = [this] { readOrderFromTree(); };

    auto *empty = new QLabel(tr("Choose a section or an item."), this);
    auto *sectionPage = new QWidget(this);
    auto *sectionForm = new QFormLayout(sectionPage);
    sectionForm->addRow(tr("Section title:"), m_sectionTitle);
    auto *itemPage = new QWidget(this);
    auto *itemForm = new QFormLayout(itemPage);
    itemForm->addRow(tr("Item id:"), m_itemId);
    itemForm->addRow(tr("Text:"), m_itemText);
    itemForm->addRow(tr("Guidance:"), m_guidance);
    itemForm->addRow(tr("Legal reference:"), m_legal);
    itemForm->addRow(tr("Control area:"), m_controlArea);
    m_fields->addWidget(empty);
    m_fields->addWidget(sectionPage);
    m_fields->addWidget(itemPage);

    auto *addSection = new QPushButton(tr("Add &section"), this);
    auto *addItem = new QPushButton(tr("Add &item"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(addSection);
    buttons->addWidget(addItem);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    m_editButtons = {addSection, addItem, remove};
    for (QWidget *b : m_editButtons)
        b->setObjectName(QStringLiteral("checklistEditButton"));
    auto *head = new QFormLayout;
    head->addRow(tr("Title:"), m_title);
    head->addRow(tr("Area:"), m_area);
    // Halves the user can move: long section titles or long item texts.
    auto *body = new QSplitter(this);
    body->setObjectName(QStringLiteral("checklistEditorSplitter"));
    body->setChildrenCollapsible(false);
    body->addWidget(m_tree);
    body->addWidget(m_fields);
    SplitterShares::apply(body, {1, 1});
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(body, 1);
    layout->addLayout(buttons);

    connect(addSection, &QPushButton::clicked, this, &ChecklistEditorWidget::addSection);
    connect(addItem, &QPushButton::clicked, this, &ChecklistEditorWidget::addItem);
    connect(remove, &QPushButton::clicked, this, &ChecklistEditorWidget::removeSelected);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ChecklistEditorWidget::showSelected);
    for (QLineEdit *e : {m_title, m_sectionTitle, m_itemId, m_legal})
        connect(e, &QLineEdit::editingFinished, this, &ChecklistEditorWidget::fieldEdited);
    connect(m_area, &QComboBox::activated, this, &ChecklistEditorWidget::fieldEdited);
    connect(m_controlArea, &QComboBox::activated, this, &ChecklistEditorWidget::fieldEdited);
    // A multi-line box has no editingFinished: it is saved once typing pauses (one save and one
    // undo step per pause, not per keystroke).
    m_typing->setSingleShot(true);
    m_typing->setInterval(800);
    connect(m_typing, &QTimer::timeout, this, &ChecklistEditorWidget::fieldEdited);
    for (QPlainTextEdit *e : {m_itemText, m_guidance})
        connect(e, &QPlainTextEdit::textChanged, this, [this] {
            if (!m_loading)
                m_typing->start();
        });
    setEnabled(false);
}

void ChecklistEditorWidget::setChecklist(const Checklist &checklist, bool editable)
{
    m_checklist = checklist;
    m_editable = editable;
    m_undo->clear();
    setEnabled(true);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_title, m_area, m_sectionTitle, m_itemId, m_legal,
                                          m_controlArea})
        w->setEnabled(editable);
    for (QWidget *b : std::as_const(m_editButtons))
        b->setEnabled(editable);
    m_itemText->setReadOnly(!editable);
    m_guidance->setReadOnly(!editable);
    m_tree->setDragDropMode(editable ? QAbstractItemView::InternalMove
                                     : QAbstractItemView::NoDragDrop);
    rebuild();
}

void ChecklistEditorWidget::rebuild()
{
    m_loading = true;
    const auto [keepSection, keepItem] = position(m_tree->currentItem());
    m_tree->clear();
    m_title->setText(m_checklist.title);
    m_area->setCurrentIndex(m_area->findData(int(m_checklist.area)));
    QTreeWidgetItem *select = nullptr;
    for (int s = 0; s < int(m_checklist.sections.size()); ++s) {
        const auto &section = m_checklist.sections[size_t(s)];
        auto *node = new QTreeWidgetItem(m_tree, {section.title});
        node->setToolTip(0, plainToolTip(section.title));
        node->setData(0, kSectionRole, s);
        node->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled |
                       Qt::ItemIsDropEnabled);
        QFont bold = node->font(0);
        bold.setBold(true);
        node->setFont(0, bold);
        if (s == keepSection && keepItem < 0)
            select = node;
        for (int i = 0; i < int(section.items.size()); ++i) {
            auto *child = new QTreeWidgetItem(node, {section.items[size_t(i)].text});
            child->setToolTip(0, plainToolTip(section.items[size_t(i)].text));
            child->setData(0, kItemRole, section.items[size_t(i)].id);
            child->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
            if (s == keepSection && i == keepItem)
                select = child;
        }
    }
    m_tree->invisibleRootItem()->setFlags(Qt::ItemIsEnabled | Qt::ItemIsDropEnabled);
    m_tree->expandAll();
    if (select)
        m_tree->setCurrentItem(select);
    m_loading = false;
    showSelected();
}

std::pair<int, int> ChecklistEditorWidget::position(QTreeWidgetItem *node) const
{
    if (!node)
        return {-1, -1};
    if (!node->parent())
        return {m_tree->indexOfTopLevelItem(node), -1};
    return {m_tree->indexOfTopLevelItem(node->parent()), node->parent()->indexOfChild(node)};
}

void ChecklistEditorWidget::showSelected()
{
    m_loading = true;
    const auto [s, i] = position(m_tree->currentItem());
    if (s < 0 || s >= int(m_checklist.sections.size())) {
        m_fields->setCurrentIndex(0);
    } else if (i < 0) {
        m_fields->setCurrentIndex(1);
        if (!m_sectionTitle->hasFocus())
            m_sectionTitle->setText(m_checklist.sections[size_t(s)].title);
    } else if (i < int(m_checklist.sections[size_t(s)].items.size())) {
        // A field being typed in keeps its text and cursor: it is the source of the change.
        const auto &item = m_checklist.sections[size_t(s)].items[size_t(i)];
        m_fields->setCurrentIndex(2);
        if (!m_itemId->hasFocus())
            m_itemId->setText(item.id);
        if (!m_itemText->hasFocus())
            m_itemText->setPlainText(item.text);
        if (!m_guidance->hasFocus())
            m_guidance->setPlainText(item.guidance);
        if (!m_legal->hasFocus())
            m_legal->setText(item.legalReference);
        showControlArea(item.controlArea);
    }
    m_loading = false;
}

void ChecklistEditorWidget::showControlArea(const QString &code)
{
    int index = m_controlArea->findData(code);
    if (index < 0) {
        m_controlArea->addItem(code, code);
        index = m_controlArea->count() - 1;
    }
    m_controlArea->setCurrentIndex(index);
}

void ChecklistEditorWidget::fieldEdited()
{
    if (m_loading || !m_editable)
        return;
    Checklist after = m_checklist;
    after.title = m_title->text().trimmed();
    after.area = domain::Area(m_area->currentData().toInt());
    const auto [s, i] = position(m_tree->currentItem());
    if (s >= 0 && s < int(after.sections.size())) {
        if (i < 0) {
            after.sections[size_t(s)].title = m_sectionTitle->text().trimmed();
        } else if (i < int(after.sections[size_t(s)].items.size())) {
            auto &item = after.sections[size_t(s)].items[size_t(i)];
            item.id = m_itemId->text().trimmed();
            item.text = m_itemText->toPlainText().trimmed();
            item.guidance = m_guidance->toPlainText().trimmed();
            item.legalReference = m_legal->text().trimmed();
            item.controlArea = m_controlArea->currentData().toString();
        }
    }
    if (!(after == m_checklist))
        change(after, tr("edit"));
}

void ChecklistEditorWidget::change(const Checklist &after, const QString &what)
{
    m_undo->push(new SnapshotCommand(this, m_checklist, after, what));
}

bool ChecklistEditorWidget::apply(const Checklist &state)
{
    try {
        reference::ChecklistEditor(m_office).save(state);
    } catch (const Error &e) {
        emit failed(e.message());
        rebuild(); // back to what is saved
        return false;
    }
    m_checklist = state;
    rebuild();
    return true;
}

void ChecklistEditorWidget::addSection()
{
    if (!m_editable)
        return;
    Checklist after = m_checklist;
    after.sections.push_back({tr("New section"), {}});
    change(after, tr("add section"));
    m_tree->setCurrentItem(m_tree->topLevelItem(m_tree->topLevelItemCount() - 1));
}

void ChecklistEditorWidget::addItem()
{
    if (!m_editable || m_checklist.sections.empty())
        return;
    auto [s, i] = position(m_tree->currentItem());
    if (s < 0)
        s = int(m_checklist.sections.size()) - 1;
    Checklist after = m_checklist;
    // A fresh id that no item of this checklist has had.
    int n = m_checklist.itemCount() + 1;
    while (after.findItem(QStringLiteral("item-%1").arg(n)))
        ++n;
    auto &items = after.sections[size_t(s)].items;
    const int at = i < 0 ? int(items.size()) : i + 1;
    items.insert(items.begin() + at, {QStringLiteral("item-%1").arg(n), tr("New item"), {}, {}});
    change(after, tr("add item"));
    if (QTreeWidgetItem *section = m_tree->topLevelItem(s))
        m_tree->setCurrentItem(section->child(at));
}

void ChecklistEditorWidget::removeSelected()
{
    if (!m_editable)
        return;
    const auto [s, i] = position(m_tree->currentItem());
    if (s < 0)
        return;
    Checklist after = m_checklist;
    if (i < 0)
        after.sections.erase(after.sections.begin() + s);
    else
        after.sections[size_t(s)].items.erase(after.sections[size_t(s)].items.begin() + i);
    change(after, tr("remove"));
}

void ChecklistEditorWidget::readOrderFromTree()
{
    // Rebuild the checklist in the order the tree now shows; anything dropped where it does not
    // belong (an item at the top level, a section inside a section) is put back.
    Checklist after = m_checklist;
    after.sections.clear();
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *node = m_tree->topLevelItem(s);
        if (!node->data(0, kSectionRole).isValid()) {
            rebuild();
            return;
        }
        domain::ChecklistSection section =
            m_checklist.sections[size_t(node->data(0, kSectionRole).toInt())];
        section.items.clear();
        for (int i = 0; i < node->childCount(); ++i) {
            const QString id = node->child(i)->data(0, kItemRole).toString();
            const domain::ChecklistItem *item = m_checklist.findItem(id);
            if (!item) {
                rebuild();
                return;
            }
            section.items.push_back(*item);
        }
        after.sections.push_back(section);
    }
    if (after == m_checklist)
        rebuild();
    else
        change(after, tr("reorder"));
}

} // namespace tillsyn::desktop
