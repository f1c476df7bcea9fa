#include "databasesession.h"

#include "content/shippedcontent.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "util/error.h"

#include <QApplication>
#include <QMessageBox>
#include <QTextStream>

namespace tillsyn::desktop {

DatabaseSession::DatabaseSession(QObject *parent)
    : QObject(parent)
{}

DatabaseSession::~DatabaseSession()
{
    // The window's pages and background jobs use the database: they go first.
    m_window.reset();
    m_db.reset();
}

bool DatabaseSession::open(const QString &path, bool demo)
{
    std::unique_ptr<storage::Database> db;
    try {
        db = std::make_unique<storage::Database>(path);
        content::ShippedContent::install(*db, demo);
    } catch (const Error &e) {
        m_lastError = e.message();
        QTextStream(stderr) << e.message() << '\n';
        if (!qEnvironmentVariableIsSet("TILLSYN_NO_DIALOGS")) {
            QMessageBox box(QMessageBox::Critical, QApplication::translate("main", "Tillsyn"),
                            e.message(), QMessageBox::Close, m_window.get());
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
        return false;
    }
    m_lastError.clear();
    if (m_window) {
        m_window->close(); // commits pending edits, keeps the geometry
        m_window.reset();  // waits for its background work
    }
    m_db = std::move(db);
    m_window = std::make_unique<MainWindow>(*m_db);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            [this](const QString &other) {
                // Not from inside the old window's own signal: it is destroyed on the way.
                QMetaObject::invokeMethod(this, [this, other] { open(other); },
                                          Qt::QueuedConnection);
            });
    emit windowChanged();
    m_window->show();
    return true;
}

} // namespace tillsyn::desktop
