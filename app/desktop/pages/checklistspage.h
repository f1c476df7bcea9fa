#pragma once

#include <QWidget>

class QLabel;
class QTreeView;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class ChecklistTreeModel;

// The checklists available, with each item's guidance (handledning) and legal reference.
class ChecklistsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChecklistsPage(storage::Database &db, QWidget *parent = nullptr);
    void reload();
    ChecklistTreeModel *model() const { return m_model; }

private:
    void showCurrent(const QModelIndex &index);

    storage::Database &m_db;
    ChecklistTreeModel *m_model;
    QTreeView *m_view;
    QLabel *m_itemText;
    QLabel *m_guidance;
    QLabel *m_legalReference;
};

} // namespace tillsyn::desktop
