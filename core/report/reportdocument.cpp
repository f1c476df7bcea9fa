#include "reportdocument.h"

#include <QUrl>

namespace tillsyn::report {

ReportDocument::ReportDocument(QObject *parent)
    : QTextDocument(parent)
{}

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
