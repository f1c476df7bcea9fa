#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace tillsyn::storage {
class OfficeRepository;
}

namespace tillsyn::desktop {

class ChecklistEditorWidget;

// The office's checklists: every version with its state, new / edit (next version) / duplicate /
// delete draft / publish, the changes between two versions, import and export of
// tillsyn-checklists files.
class ChecklistAdminPanel : public QWidget
{
    Q_OBJECT

public:
    // The office database behind its interface: a file or a server.
    explicit ChecklistAdminPanel(storage::OfficeRepository &office, QWidget *parent = nullptr);
    void reload();
    ChecklistEditorWidget *editor() const { return m_editor; }
    QListWidget *versions() const { return m_list; }
    // Selects a version in the list (and shows it in the editor).
    void select(const QString &id, int version);
    // Reads the versions again and selects this one (shown once).
    void reloadAndSelect(const QString &id, int version);

    // The buttons' actions on the selected version.
    void edit();
    void publish();
    void deleteDraft();

signals:
    void checklistsChanged();

private:
    void showCurrent();
    void create();
    void duplicate();
    void showChanges();
    void importFile();
    void exportFile();
    void failed(const QString &message);
    std::pair<QString, int> current() const;

    storage::OfficeRepository &m_office;
    QListWidget *m_list;
    ChecklistEditorWidget *m_editor;
};

} // namespace tillsyn::desktop
