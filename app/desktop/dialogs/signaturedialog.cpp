#include "signaturedialog.h"

#include "visit/visitsession.h"
#include "widgets/signaturepad.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tillsyn::desktop {

SignatureDialog::SignatureDialog(VisitSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_name(new QLineEdit(this))
    , m_role(new QLineEdit(this))
    , m_comment(new QPlainTextEdit(this))
    , m_pad(new SignaturePad(this))
    , m_declined(new QCheckBox(tr("The operator &declined to sign"), this))
{
    setWindowTitle(tr("The operator's signature"));
    m_name->setObjectName(QStringLiteral("signatureName"));
    m_role->setObjectName(QStringLiteral("signatureRole"));
    m_comment->setObjectName(QStringLiteral("operatorComment"));
    m_declined->setObjectName(QStringLiteral("signatureDeclined"));
    m_role->setPlaceholderText(tr("e.g. owner, manager"));
    m_comment->setPlaceholderText(tr("What the operator said about the visit"));
    m_comment->setTabChangesFocus(true);
    m_comment->setMaximumHeight(80);
    const auto &c = session->visit().caseInfo;
    m_comment->setPlainText(c.operatorComment);
    if (c.signature) {
        m_name->setText(c.signature->name);
        m_role->setText(c.signature->role);
    } else if (!session->visit().presentPersons.isEmpty()) {
        m_name->setText(session->visit().presentPersons.first());
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Comment:"), m_comment);
    auto *clear = new QPushButton(tr("C&lear"), this);
    clear->setAutoDefault(false);
    auto *without = new QPushButton(tr("Finish &without signature"), this);
    without->setObjectName(QStringLiteral("finishWithoutSignature"));
    without->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Record signature"));
    buttons->addButton(clear, QDialogButtonBox::ResetRole);
    buttons->addButton(without, QDialogButtonBox::ActionRole);
    // What the operator said is kept even without a signature.
    connect(without, &QPushButton::clicked, this, [this] {
        if (m_session->setOperatorComment(m_comment->toPlainText()))
            done(kWithoutSignature);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pad, 1);
    layout->addWidget(m_declined);
    layout->addWidget(buttons);
    connect(clear, &QPushButton::clicked, m_pad, &SignaturePad::clear);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignatureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pad, &SignaturePad::changed, this, &SignatureDialog::updateButtons);
    connect(m_declined, &QCheckBox::toggled, this, &SignatureDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &SignatureDialog::updateButtons);
    updateButtons();
}

void SignatureDialog::updateButtons()
{
    m_pad->setEnabled(!m_declined->isChecked());
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() &&
                     (m_declined->isChecked() || !m_pad->isEmpty()));
}

void SignatureDialog::accept()
{
    const bool declined = m_declined->isChecked();
    if (m_session->sign(m_name->text(), m_role->text(), declined ? QByteArray() : m_pad->toPng(),
                        declined, m_comment->toPlainText()))
        QDialog::accept();
}

} // namespace tillsyn::desktop
