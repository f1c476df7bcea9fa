#include "removephotocommand.h"

#include "visitsession.h"

#include <QCoreApplication>

namespace tillsyn::desktop {

RemovePhotoCommand::RemovePhotoCommand(VisitSession *session, const QString &photoId)
    : m_session(session)
{
    if (const domain::Photo *photo = session->visit().photo(photoId)) {
        m_photo = *photo;
        m_photo.data = session->photoData(photoId);
    }
    m_photo.id = photoId;
    setText(QCoreApplication::translate("tillsyn::desktop::RemovePhotoCommand", "remove photo"));
}

void RemovePhotoCommand::undo()
{
    if (!m_session->restorePhoto(m_photo))
        setObsolete(true);
}

void RemovePhotoCommand::redo()
{
    if (!m_session->removePhoto(m_photo.id))
        setObsolete(true);
}

} // namespace tillsyn::desktop
