#pragma once

#include "domain/visit.h"

#include <QUndoCommand>

namespace tillsyn::desktop {

class VisitSession;

// Removing a photo, undoable like an answer: the photo (caption and bytes) is kept in the
// command and put back by undo.
class RemovePhotoCommand : public QUndoCommand
{
public:
    RemovePhotoCommand(VisitSession *session, const QString &photoId);

    void undo() override;
    void redo() override;

private:
    VisitSession *m_session;
    domain::Photo m_photo;
};

} // namespace tillsyn::desktop
