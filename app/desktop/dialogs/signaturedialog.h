#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tillsyn::desktop {

class SignaturePad;
class VisitSession;

// The operator's acknowledgement, the last step before finishing: name, role, the operator's
// comment, and a signature on the pad, or "declined to sign". Accepting records it in the draft.
class SignatureDialog : public QDialog
{
    Q_OBJECT

public:
    // exec()'s result when the visit is finished without a signature (no operator on site).
    static constexpr int kWithoutSignature = 2;

    explicit SignatureDialog(VisitSession *session, QWidget *parent = nullptr);
    SignaturePad *pad() const { return m_pad; }
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *declinedBox() const { return m_declined; }

    void accept() override;

private:
    void updateButtons();

    VisitSession *m_session;
    QLineEdit *m_name;
    QLineEdit *m_role;
    QPlainTextEdit *m_comment;
    SignaturePad *m_pad;
    QCheckBox *m_declined;
    QPushButton *m_ok;
};

} // namespace tillsyn::desktop
