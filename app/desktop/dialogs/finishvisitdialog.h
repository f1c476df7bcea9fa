#pragma once

#include "field/visitlifecycle.h"

#include <QDialog>

namespace tillsyn::desktop {

// The last look before a visit becomes a record: what is unanswered, which deviations lack a
// comment, the summary and the time. Finishing is an explicit choice; the warnings do not block.
class FinishVisitDialog : public QDialog
{
    Q_OBJECT

public:
    FinishVisitDialog(const domain::Visit &visit, const field::FinishCheck &check,
                      QWidget *parent = nullptr);
    // The item the inspector chose in a list to go back to (the dialog was rejected), or empty.
    const QString &jumpToItem() const { return m_jumpTo; }

private:
    QString m_jumpTo;
};

} // namespace tillsyn::desktop
