#include "reportdocument.h"

#include "util/error.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QTextObjectInterface>
#include <QUrl>

namespace tillsyn::report {

namespace {

// Replaces Qt's image handler, which reads an image it was refused straight from disk by its
// name (<img src="/path/x.png">) and draws a placeholder for any other: a name the document does
// not serve takes no room and draws nothing; a served one is drawn by Qt's handler as before.
class RegisteredImages : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    RegisteredImages(QTextObjectInterface *qtImages, QObject *parent)
        : QObject(parent)
        , m_qtImages(qtImages)
    {}

    QSizeF intrinsicSize(QTextDocument *doc, int pos, const QTextFormat &format) override
    {
        return served(doc, format) ? m_qtImages->intrinsicSize(doc, pos, format) : QSizeF();
    }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc, int pos,
                    const QTextFormat &format) override
    {
        if (served(doc, format))
            m_qtImages->drawObject(painter, rect, doc, pos, format);
    }

private:
    static bool served(QTextDocument *doc, const QTextFormat &format)
    {
        const QString name = format.toImageFormat().name();
        return !doc->resource(QTextDocument::ImageResource, QUrl(name)).value<QImage>().isNull();
    }

    QTextObjectInterface *m_qtImages;
};

} // namespace

ReportDocument::ReportDocument(QObject *parent)
    : QTextDocument(parent)
{
    // Laying out text needs the fonts of a GUI application, and without one Qt ends the program.
    // tillsyn-cli makes one only for the commands that lay out pages: one that forgot to ask for
    // it fails here with an error rather than crashing.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        throw Error(tr("Reports can only be laid out by a program with a graphical application "
                       "(an internal error: please report it)."));
    QAbstractTextDocumentLayout *layout = documentLayout();
    layout->registerHandler(
        QTextFormat::ImageObject,
        new RegisteredImages(layout->handlerForObject(QTextFormat::ImageObject), this));
}

void ReportDocument::addImage(const QString &name, const QImage &image)
{
    m_images.insert(name, image);
}

QVariant ReportDocument::loadResource(int type, const QUrl &name)
{
    if (type == QTextDocument::ImageResource) {
        const auto it = m_images.constFind(name.toString());
        if (it != m_images.constEnd())
            return *it;
    }
    ++m_refused;
    return {};
}

} // namespace tillsyn::report

#include "reportdocument.moc"
