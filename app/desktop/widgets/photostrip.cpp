#include "photostrip.h"

#include "util/displaytext.h"
#include "visit/removephotocommand.h"
#include "visit/visitsession.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImage>
#include <QInputDialog>
#include <QListWidget>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tillsyn::desktop {

namespace {
constexpr int kThumb = 96;
constexpr int kPhotoIdRole = Qt::UserRole + 1;
} // namespace

PhotoStrip::PhotoStrip(VisitSession *session, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_undo(undo)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add photo…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
{
    m_list->setObjectName(QStringLiteral("photoList"));
    m_list->setViewMode(QListView::IconMode);
    m_list->setIconSize(QSize(kThumb, kThumb));
    m_list->setFlow(QListView::LeftToRight);
    m_list->setWrapping(false);
    m_list->setMovement(QListView::Static);
    m_list->setFixedHeight(kThumb + 48);
    m_list->setToolTip(tr("Double-click a photo to edit its caption. Drop image files here."));
    setAcceptDrops(true);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PhotoStrip::addFromDialog);
    connect(m_remove, &QPushButton::clicked, this, &PhotoStrip::removeSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PhotoStrip::editCaption);
    connect(session, &VisitSession::photosChanged, this, [this](const QString &itemId) {
        if (itemId == m_itemId)
            refresh();
    });
    connect(session, &VisitSession::visitChanged, this, &PhotoStrip::refresh);
}

void PhotoStrip::setItem(const QString &itemId)
{
    m_itemId = itemId;
    refresh();
}

int PhotoStrip::count() const
{
    return m_list->count();
}

void PhotoStrip::refresh()
{
    m_list->clear();
    const bool editable = m_session->isDraft() && !m_itemId.isEmpty();
    m_add->setEnabled(editable);
    m_remove->setEnabled(editable);
    setAcceptDrops(editable);
    for (const auto &photo : m_session->visit().photos) {
        if (photo.itemId != m_itemId)
            continue;
        QImage image;
        image.loadFromData(m_session->photoData(photo.id));
        auto *item = new QListWidgetItem(
            QIcon(QPixmap::fromImage(
                image.scaled(kThumb, kThumb, Qt::KeepAspectRatio, Qt::SmoothTransformation))),
            photo.caption.isEmpty() ? tr("(no caption)") : inertBidi(photo.caption), m_list);
        item->setData(kPhotoIdRole, photo.id);
        item->setToolTip(plainToolTip(photo.caption));
    }
}

void PhotoStrip::addFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        m_session->addPhoto(m_itemId, path);
}

void PhotoStrip::addFromDialog()
{
    addFiles(QFileDialog::getOpenFileNames(this, tr("Add photos"), {},
                                           tr("JPEG, PNG or WebP images (*.jpg *.jpeg *.png "
                                              "*.webp)")));
}

void PhotoStrip::editCaption()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_session->isDraft())
        return;
    const QString id = item->data(kPhotoIdRole).toString();
    const auto *photo = m_session->visit().photo(id);
    bool ok = false;
    const QString caption =
        QInputDialog::getText(this, tr("Caption"), tr("Caption of the photo:"), QLineEdit::Normal,
                              photo ? photo->caption : QString(), &ok);
    if (ok)
        m_session->setPhotoCaption(id, caption);
}

void PhotoStrip::removeSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item || !m_session->isDraft())
        return;
    const QString id = item->data(kPhotoIdRole).toString();
    if (m_undo)
        m_undo->push(new RemovePhotoCommand(m_session, id));
    else
        m_session->removePhoto(id);
}

void PhotoStrip::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void PhotoStrip::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    addFiles(paths);
    event->acceptProposedAction();
}

} // namespace tillsyn::desktop
