#include "setanswercommand.h"

#include "visitsession.h"

#include <QCoreApplication>

namespace tillsyn::desktop {

SetAnswerCommand::SetAnswerCommand(VisitSession *session, const QString &itemId,
                                   std::optional<domain::Result> result, const QString &comment)
    : m_session(session)
    , m_itemId(itemId)
    , m_newResult(result)
    , m_newComment(comment)
{
    if (const domain::Answer *a = session->visit().answer(itemId)) {
        m_oldResult = a->result;
        m_oldComment = a->comment;
    }
    setText(
        m_oldResult != m_newResult
            ? QCoreApplication::translate("tillsyn::desktop::SetAnswerCommand", "set result")
            : QCoreApplication::translate("tillsyn::desktop::SetAnswerCommand", "edit comment"));
}

void SetAnswerCommand::undo()
{
    if (!m_session->setAnswer(m_itemId, m_oldResult, m_oldComment))
        setObsolete(true);
}

void SetAnswerCommand::redo()
{
    if (!m_session->setAnswer(m_itemId, m_newResult, m_newComment))
        setObsolete(true);
}

bool SetAnswerCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const SetAnswerCommand *>(other);
    const bool commentOnly = next->m_itemId == m_itemId && next->m_oldResult == next->m_newResult &&
                             m_oldResult == m_newResult;
    if (!commentOnly)
        return false;
    m_newComment = next->m_newComment;
    return true;
}

} // namespace tillsyn::desktop
