#include "officedatabasedialog.h"

#include "keychain/postgreskeychain.h"
#include "storage/officerepository.h"
#include "storage/postgres/postgresconnection.h"
#include "storage/postgres/postgreslocator.h"
#include "storage/postgres/postgrespasswords.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>

namespace tillsyn::desktop {

namespace {

const QString kRecentKey = QStringLiteral("office/recentDatabases");
constexpr int kRecentMax = 8;

// The process's keychain source, installed on first use (main() installs it; tests may not).
std::shared_ptr<keychain::PostgresKeychain> keychainSource()
{
    auto source =
        std::dynamic_pointer_cast<keychain::PostgresKeychain>(storage::PostgresPasswords::source());
    if (!source) {
        source = std::make_shared<keychain::PostgresKeychain>();
        storage::PostgresPasswords::setSource(source);
    }
    return source;
}

QWidget *row(QWidget *a, QWidget *b, QWidget *parent)
{
    auto *w = new QWidget(parent);
    auto *layout = new QHBoxLayout(w);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(a, 1);
    layout->addWidget(b);
    return w;
}

} // namespace

OfficeDatabaseDialog::OfficeDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_file(new QRadioButton(tr("An office database &file"), this))
    , m_server(new QRadioButton(tr("A &PostgreSQL server"), this))
    , m_recent(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_sslMode(new QComboBox(this))
    , m_rootCert(new QLineEdit(this))
    , m_office(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_keep(new QCheckBox(tr("&Keep the password in the system keychain"), this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_result(makePlainLabel(this))
{
    setWindowTitle(tr("Open office database"));
    // Wide enough for a server name, a socket folder or a file path and the Swedish
    // placeholders, in characters of the user's font rather than pixels.
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    m_recent->addItem(tr("Recent…"), QString());
    for (const QString &r : recent())
        m_recent->addItem(r, r);
    m_recent->setEnabled(m_recent->count() > 1);
    m_file->setChecked(true);
    m_host->setPlaceholderText(tr("db.kommun.se, or a socket folder like /var/run/postgresql"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_user->setPlaceholderText(tr("your login name"));
    m_sslMode->addItem(tr("libpq's default (prefer)"), QString());
    for (const char *mode : {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"})
        m_sslMode->addItem(QString::fromLatin1(mode), QString::fromLatin1(mode));
    // A county's pool holds several offices: the clerk names theirs (SCB's municipality code).
    m_office->setPlaceholderText(tr("only in a county's pool: its code, e.g. 0180"));
    m_office->setMaxLength(4);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("only if PGPASSWORD, ~/.pgpass or the keychain have none"));
    m_result->setWordWrap(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *browseCert = new QPushButton(tr("B&rowse…"), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Recent:"), m_recent);
    form->addRow(m_file);
    form->addRow(tr("File:"), row(m_path, browse, this));
    form->addRow(m_server);
    form->addRow(tr("Host:"), m_host);
    form->addRow(tr("Port:"), m_port);
    form->addRow(tr("Database:"), m_database);
    form->addRow(tr("User:"), m_user);
    form->addRow(tr("SSL mode:"), m_sslMode);
    form->addRow(tr("Root certificate:"), row(m_rootCert, browseCert, this));
    form->addRow(tr("Office:"), m_office);
    form->addRow(tr("Password:"), m_password);
    form->addRow(m_keep);
    form->addRow(m_test, m_result);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_file, &QRadioButton::toggled, this, &OfficeDatabaseDialog::updateEnabled);
    connect(m_recent, &QComboBox::activated, this, [this](int i) {
        if (const QString r = m_recent->itemData(i).toString(); !r.isEmpty())
            setLocator(r);
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Office database"), QFileInfo(m_path->text()).absolutePath(),
            tr("Tillsyn databases (*.db);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    connect(browseCert, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Root certificate"), {}, tr("Certificates (*.pem *.crt);;All files (*)"));
        if (!path.isEmpty())
            m_rootCert->setText(path);
    });
    connect(m_test, &QPushButton::clicked, this, &OfficeDatabaseDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &OfficeDatabaseDialog::acceptIfValid);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!recent().isEmpty())
        setLocator(recent().front());
    updateEnabled();
}

// A test still running finishes before the dialog goes (its result is then dropped).
OfficeDatabaseDialog::~OfficeDatabaseDialog()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void OfficeDatabaseDialog::updateEnabled()
{
    const bool server = m_server->isChecked();
    m_path->setEnabled(!server);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_host, m_port, m_database, m_user, m_sslMode, m_rootCert, m_office, m_password, m_keep,
             m_test})
        w->setEnabled(server && (w != m_test || !m_thread));
}

QString OfficeDatabaseDialog::locator(QString *problem) const
{
    if (m_file->isChecked()) {
        const QString path = m_path->text().trimmed();
        QString why;
        if (path.isEmpty())
            why = tr("Choose an office database file.");
        else if (!QFileInfo(path).isFile())
            why = tr("%1 does not exist; an office database is made with \"tillsyn-cli init "
                     "--office\".")
                      .arg(path);
        if (!why.isEmpty()) {
            if (problem)
                *problem = why;
            return {};
        }
        return QFileInfo(path).absoluteFilePath();
    }
    storage::PostgresLocator l;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.sslMode = m_sslMode->currentData().toString();
    l.sslRootCert = m_rootCert->text().trimmed();
    l.office = m_office->text().trimmed();
    try {
        // The same checks as a locator typed on the command line.
        return storage::PostgresLocator::parse(l.toUri()).toUri();
    } catch (const Error &e) {
        if (problem)
            *problem = e.message();
        return {};
    }
}

void OfficeDatabaseDialog::setLocator(const QString &locator)
{
    if (!storage::OfficeRepository::isServerLocator(locator)) {
        m_file->setChecked(true);
        m_path->setText(locator);
        return;
    }
    try {
        const auto l = storage::PostgresLocator::parse(locator);
        m_server->setChecked(true);
        m_host->setText(l.host);
        m_port->setValue(l.port);
        m_database->setText(l.database);
        m_user->setText(l.user);
        m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(l.sslMode)));
        m_rootCert->setText(l.sslRootCert);
        m_office->setText(l.office);
    } catch (const Error &e) {
        showResult(false, e.message());
    }
}

void OfficeDatabaseDialog::rememberPassword() const
{
    const QString uri = locator();
    if (m_server->isChecked() && !m_password->text().isEmpty() && !uri.isEmpty())
        keychainSource()->remember(storage::PostgresLocator::parse(uri), m_password->text());
}

bool OfficeDatabaseDialog::keepPassword(QString *problem) const
{
    const QString password = m_password->text();
    const QString uri = locator();
    if (!m_server->isChecked() || password.isEmpty() || uri.isEmpty())
        return true;
    const auto l = storage::PostgresLocator::parse(uri);
    keychainSource()->remember(l, password);
    if (!m_keep->isChecked())
        return true;
    QString why;
    if (keychain::PostgresKeychain::store(storage::PostgresPasswords::key(l), password, &why))
        return true;
    if (problem)
        *problem = tr("The password is kept for this session only: the system keychain is "
                      "unavailable (%1).")
                       .arg(why);
    return false;
}

void OfficeDatabaseDialog::testConnection()
{
    if (m_thread)
        return;
    QString problem;
    const QString uri = locator(&problem);
    if (uri.isEmpty()) {
        showResult(false, problem);
        emit testFinished(false, problem);
        return;
    }
    const auto l = storage::PostgresLocator::parse(uri);
    // A password typed here (kept for the session; into the keychain only when the database is
    // opened with it), or the keychain's, read now on this thread (the worker gets what this
    // session knows).
    if (!m_password->text().isEmpty())
        keychainSource()->remember(l, m_password->text());
    else if (!storage::PostgresPasswords::libpqHasPassword(l))
        keychainSource()->password(l);
    m_result->setText(tr("Connecting…"));
    m_thread = QThread::create([this, l] {
        bool ok = false;
        QString text;
        try {
            storage::PostgresConnection c(l);
            text = tr("Connected: PostgreSQL %1")
                       .arg(c.value(QStringLiteral("SELECT current_setting('server_version')"))
                                .toString());
            ok = true;
        } catch (const Error &e) {
            text = e.message();
        }
        QMetaObject::invokeMethod(
            this,
            [this, ok, text] {
                m_thread->wait();
                m_thread->deleteLater();
                m_thread = nullptr;
                showResult(ok, text);
                updateEnabled();
                emit testFinished(ok, text);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
    updateEnabled();
}

void OfficeDatabaseDialog::showResult(bool ok, const QString &text)
{
    m_result->setText(ok ? text : tr("Failed: %1").arg(text));
}

void OfficeDatabaseDialog::acceptIfValid()
{
    QString problem;
    if (locator(&problem).isEmpty()) {
        showResult(false, problem);
        return;
    }
    accept();
}

QStringList OfficeDatabaseDialog::recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

void OfficeDatabaseDialog::addRecent(const QString &locator)
{
    QStringList list = recent();
    list.removeAll(locator);
    list.prepend(locator);
    while (list.size() > kRecentMax)
        list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

} // namespace tillsyn::desktop
