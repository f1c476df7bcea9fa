#pragma once

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeView;
class QUndoStack;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class EarlierDeviationsPanel;
class ItemPanel;
class VisitAnswersModel;
class VisitHeader;
class VisitItemFilter;
class VisitSession;

// The checklist runner. Keyboard first: 1–4 answer the item in focus, Enter and the arrow keys
// move between items, Tab goes to the comment and Esc back, Ctrl+F filters, Ctrl+Z undoes.
class VisitRunnerPage : public QWidget
{
    Q_OBJECT

public:
    VisitRunnerPage(storage::Database &db, const QString &visitId, QWidget *parent = nullptr);

    VisitSession *session() const { return m_session; }
    QUndoStack *undoStack() const { return m_undo; }
    QTreeView *itemView() const { return m_view; }
    ItemPanel *itemPanel() const { return m_panel; }
    QLineEdit *filterField() const { return m_filterText; }
    QString currentItemId() const;
    EarlierDeviationsPanel *earlierDeviations() const { return m_earlier; }

    void selectItem(const QString &itemId);
    void moveToItem(int step); // +1 next, -1 previous (among the items the filter shows)
    void answerCurrent(int resultIndex);
    // Commits whatever is being typed (before the page closes or the visit is finished).
    void commitEdits();
    void finishVisit();
    void reopenVisit();
    void showReport();

signals:
    void visitFinished(const QString &visitId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createShortcuts();
    bool isShown(const QString &itemId) const;
    // After the filter changed: the nearest item it still shows, or none.
    void keepCurrentItemVisible();
    void currentChanged(const QModelIndex &current);
    void showFailure(const QString &message);

    VisitSession *m_session;
    QUndoStack *m_undo;
    VisitAnswersModel *m_model;
    VisitItemFilter *m_filter;
    VisitHeader *m_header;
    QLineEdit *m_filterText;
    QComboBox *m_filterMode;
    QTreeView *m_view;
    ItemPanel *m_panel;
    EarlierDeviationsPanel *m_earlier;
};

} // namespace tillsyn::desktop
