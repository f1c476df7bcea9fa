#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;
class QUndoStack;

namespace tillsyn::desktop {

class VisitSession;

// The photos of one item as thumbnails: add from file or by dropping files, edit a caption
// (double-click), remove (undoable).
class PhotoStrip : public QWidget
{
    Q_OBJECT

public:
    // Removals go on `undo` (may be null: then they cannot be undone).
    PhotoStrip(VisitSession *session, QUndoStack *undo, QWidget *parent = nullptr);
    void setItem(const QString &itemId);
    void addFiles(const QStringList &paths);
    int count() const;
    QListWidget *list() const { return m_list; }
    // Removes the selected photo (undoable when the strip has an undo stack).
    void removeSelected();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void addFromDialog();
    void editCaption();

    VisitSession *m_session;
    QUndoStack *m_undo;
    QString m_itemId;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace tillsyn::desktop
