#include "trustedkeyseditor.h"

#include "reference/keystore.h"
#include "storage/database.h"
#include "util/error.h"
#include "widgets/plainlabel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace tillsyn::desktop {

TrustedKeysEditor::TrustedKeysEditor(storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_list(new QListWidget(this))
    , m_state(makePlainLabel(this))
    , m_pasted(new QLineEdit(this))
    , m_fingerprint(makePlainLabel(this))
    , m_trust(new QPushButton(tr("&Trust key"), this))
    , m_remove(new QPushButton(tr("&Remove trust"), this))
{
    m_list->setObjectName(QStringLiteral("trustedKeys"));
    m_state->setObjectName(QStringLiteral("trustState"));
    m_pasted->setObjectName(QStringLiteral("pastedKey"));
    m_fingerprint->setObjectName(QStringLiteral("pastedKeyFingerprint"));
    m_trust->setObjectName(QStringLiteral("trustKey"));
    m_remove->setObjectName(QStringLiteral("removeTrust"));
    m_pasted->setPlaceholderText(tr("ed25519:… as printed by tillsyn-cli key show at the office"));
    m_list->setMaximumHeight(m_list->fontMetrics().height() * 5);
    try {
        m_keys = reference::KeyStore(db).trusted();
    } catch (const Error &e) {
        m_loadError = e.message();
    }

    auto *pasteRow = new QHBoxLayout;
    pasteRow->addWidget(m_pasted, 1);
    pasteRow->addWidget(m_trust);
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_list, 1);
    listRow->addWidget(m_remove, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_state);
    layout->addLayout(listRow);
    layout->addLayout(pasteRow);
    layout->addWidget(m_fingerprint);

    connect(m_pasted, &QLineEdit::textChanged, this, &TrustedKeysEditor::pastedKeyChanged);
    m_pasted->installEventFilter(this);
    connect(m_trust, &QPushButton::clicked, this, &TrustedKeysEditor::trustPasted);
    connect(m_remove, &QPushButton::clicked, this, &TrustedKeysEditor::removeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_remove->setEnabled(row >= 0); });
    showKeys();
    pastedKeyChanged();
}

void TrustedKeysEditor::showKeys()
{
    m_list->clear();
    for (const auto &key : m_keys) {
        auto *item = new QListWidgetItem(tr("Fingerprint %1").arg(key.fingerprint()), m_list);
        item->setToolTip(key.text()); // base64: never markup
    }
    m_remove->setEnabled(false);
    m_state->setText(
        !m_loadError.isEmpty() ? m_loadError
        : m_keys.empty()
            ? tr("No office key is trusted: facilities and checklists are taken from the "
                 "share without checking signatures.")
            : tr("Facilities and checklists are taken only when signed by one of these "
                 "office keys:"));
}

void TrustedKeysEditor::pastedKeyChanged()
{
    const QString text = m_pasted->text().trimmed();
    m_trust->setEnabled(false);
    if (text.isEmpty()) {
        m_fingerprint->clear();
        return;
    }
    try {
        const auto key = reference::PublicKey::parse(text);
        // Shown so the inspector can compare it with what the office reads out.
        m_fingerprint->setText(tr("Fingerprint %1").arg(key.fingerprint()));
        m_trust->setEnabled(true);
    } catch (const Error &e) {
        m_fingerprint->setText(e.message());
    }
}

bool TrustedKeysEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_pasted && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            trustPasted();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TrustedKeysEditor::trustPasted()
{
    try {
        const auto key = reference::PublicKey::parse(m_pasted->text().trimmed());
        if (std::find(m_keys.begin(), m_keys.end(), key) == m_keys.end()) {
            m_keys.push_back(key);
            m_changed = true;
        }
        m_pasted->clear();
        showKeys();
    } catch (const Error &) {
        // The button is disabled for text that is not a key; Enter on it does nothing.
        // (The text stays for the user to mend.)
    }
}

void TrustedKeysEditor::removeSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= int(m_keys.size()))
        return;
    m_keys.erase(m_keys.begin() + row);
    m_changed = true;
    showKeys();
}

void TrustedKeysEditor::save()
{
    // Unchanged trust is not rewritten: a damaged stored key (shown as the load error) must not
    // keep the share settings from being saved.
    if (!m_changed)
        return;
    reference::KeyStore store(m_db);
    storage::Transaction tx(m_db);
    for (const auto &old : store.trusted()) {
        if (std::find(m_keys.begin(), m_keys.end(), old) == m_keys.end())
            store.untrust(old.keyId());
    }
    for (const auto &key : m_keys)
        store.trust(key);
    tx.commit();
}

} // namespace tillsyn::desktop
