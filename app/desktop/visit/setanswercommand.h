#pragma once

#include "domain/visit.h"

#include <QUndoCommand>

namespace tillsyn::desktop {

class VisitSession;

// An answer change that can be undone: result and comment before and after. Consecutive comment
// edits of one item merge into one step, so undo does not replay every pause in typing.
class SetAnswerCommand : public QUndoCommand
{
public:
    SetAnswerCommand(VisitSession *session, const QString &itemId,
                     std::optional<domain::Result> result, const QString &comment);

    void undo() override;
    void redo() override;
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    VisitSession *m_session;
    QString m_itemId;
    std::optional<domain::Result> m_oldResult;
    QString m_oldComment;
    std::optional<domain::Result> m_newResult;
    QString m_newComment;
};

} // namespace tillsyn::desktop
