#pragma once

#include "domain/checklist.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;
class QUndoStack;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

// Edits one checklist draft: title, area, sections and items (text, guidance, legal reference,
// food control reporting area),
// reordered by drag and drop. Every change is saved at once (ChecklistEditor::save) and can be
// undone. A published version is shown read-only.
class ChecklistEditorWidget : public QWidget
{
    Q_OBJECT

public:
    ChecklistEditorWidget(storage::OfficeRepository &office, QWidget *parent = nullptr);

    void setChecklist(const domain::Checklist &checklist, bool editable);
    const domain::Checklist &checklist() const { return m_checklist; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeWidget *tree() const { return m_tree; }
    // Applies a whole new state (one undoable step) and saves it.
    void change(const domain::Checklist &after, const QString &what);
    // Used by the undo commands: show and save a state.
    bool apply(const domain::Checklist &state);

    void addSection();
    void addItem();
    void removeSelected();

signals:
    void failed(const QString &message);

private:
    void rebuild();
    void showSelected();
    void fieldEdited();
    void readOrderFromTree();
    // Selects `code` in the area box, adding it when the list lacks it (a code from an older
    // list still shows, and is kept, as it is).
    void showControlArea(const QString &code);
    // The section and item index of a tree node (-1 for the item of a section node).
    std::pair<int, int> position(QTreeWidgetItem *node) const;

    storage::OfficeRepository &m_office;
    domain::Checklist m_checklist;
    bool m_editable = false;
    // Add section, Add item, Remove: disabled on a published version, where they cannot act.
    QList<QWidget *> m_editButtons;
    bool m_loading = false;
    QUndoStack *m_undo;
    QLineEdit *m_title;
    QComboBox *m_area;
    QTreeWidget *m_tree;
    QStackedWidget *m_fields;
    QLineEdit *m_sectionTitle;
    QLineEdit *m_itemId;
    QPlainTextEdit *m_itemText;
    QPlainTextEdit *m_guidance;
    QLineEdit *m_legal;
    // The item's food control reporting area: none, or one of Livsmedelsverket's list.
    QComboBox *m_controlArea;
    QTimer *m_typing; // a pause in typing in a text box saves it
};

} // namespace tillsyn::desktop
