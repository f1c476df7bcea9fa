#pragma once

#include <QObject>
#include <QString>

#include <memory>

namespace tillsyn::storage {
class Database;
}

namespace tillsyn::desktop {

class MainWindow;

// The open database and its main window. File → Open… switches to another database: the new
// one is opened (and checked) first, so a file that cannot be used leaves the current window as
// it was; then the old window is closed (pending edits committed, background work finished) and
// its connections are closed before the new window is shown.
class DatabaseSession : public QObject
{
    Q_OBJECT

public:
    explicit DatabaseSession(QObject *parent = nullptr);
    ~DatabaseSession() override;

    // Opens `path` (creating a field database when it does not exist), installs the shipped
    // checklists (and the demo facilities with `demo`) and shows its window. On failure shows
    // the reason (unless TILLSYN_NO_DIALOGS is set), keeps what was open and returns false.
    bool open(const QString &path, bool demo = false);

    MainWindow *window() const { return m_window.get(); }
    storage::Database *database() const { return m_db.get(); }
    // The reason the last open() failed.
    const QString &lastError() const { return m_lastError; }

signals:
    // A new window is shown (after a successful open()).
    void windowChanged();

private:
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_lastError;
};

} // namespace tillsyn::desktop
