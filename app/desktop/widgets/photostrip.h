#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace tillsyn::desktop {

class VisitSession;

// The photos of one item as thumbnails: add from file or by dropping files, edit a caption
// (double-click), remove.
class PhotoStrip : public QWidget
{
    Q_OBJECT

public:
    explicit PhotoStrip(VisitSession *session, QWidget *parent = nullptr);
    void setItem(const QString &itemId);
    void addFiles(const QStringList &paths);
    int count() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void refresh();
    void addFromDialog();
    void editCaption();
    void removeSelected();

    VisitSession *m_session;
    QString m_itemId;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace tillsyn::desktop
