#include "windowgeometry.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace tillsyn::desktop {

namespace {

// Room for a title bar and borders, which are not part of the size Qt sets before the window
// is first shown.
constexpr QSize kFrameAllowance(16, 40);

QString settingsKey(const QString &key)
{
    return QStringLiteral("windows/%1/size").arg(key);
}

// Saves the size when the window is hidden (dialogs are hidden when they close).
class SizeKeeper : public QObject
{
public:
    SizeKeeper(QWidget *window, const QString &key)
        : QObject(window)
        , m_window(window)
        , m_key(key)
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Hide && !m_window->isMinimized()) {
            QSettings settings;
            settings.setValue(settingsKey(m_key) + QStringLiteral("Maximized"),
                              m_window->isMaximized());
            if (!m_window->isMaximized())
                settings.setValue(settingsKey(m_key), m_window->size());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    QString m_key;
};

QScreen *screenOf(const QWidget *window)
{
    if (window->parentWidget())
        return window->parentWidget()->screen();
    QScreen *screen = window->screen();
    return screen ? screen : QGuiApplication::primaryScreen();
}

} // namespace

QSize largestWindowSize(const QWidget *window)
{
    const QScreen *screen = screenOf(window);
    if (!screen)
        return QSize(1366, 768) - kFrameAllowance;
    return screen->availableGeometry().size() - kFrameAllowance;
}

void fitWindowToScreen(QWidget *window, const QString &key, QSize preferred)
{
    const QSize largest = largestWindowSize(window);
    QSettings settings;
    const QSize remembered = settings.value(settingsKey(key)).toSize();
    const QSize wanted = remembered.isValid() ? remembered : preferred;
    window->resize(wanted.boundedTo(largest).expandedTo(window->minimumSize()));
    if (settings.value(settingsKey(key) + QStringLiteral("Maximized")).toBool())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
    new SizeKeeper(window, key);
}

} // namespace tillsyn::desktop
