#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class VisitListModel;

// All visits on this laptop with their status; Enter or a double-click opens one.
class VisitsPage : public QWidget
{
    Q_OBJECT

public:
    explicit VisitsPage(storage::Database &db, QWidget *parent = nullptr);
    // Reloads now when the list is on screen, else when it is next shown: a visit being run
    // changes with every answer, and the hidden list need not follow each one.
    void reload();
    VisitListModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

signals:
    void openRequested(const QString &visitId);
    // "Delete draft…" or the Delete key on a draft (the main window asks and deletes).
    void deleteDraftRequested(const QString &visitId, int revision);

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void requestDeleteDraft();
    void updateButtons();

private:
    VisitListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_deleteDraft;
    bool m_stale = false;
};

} // namespace tillsyn::desktop
