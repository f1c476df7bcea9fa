#pragma once

#include <QHash>
#include <QImage>
#include <QTextDocument>

namespace tillsyn::report {

// A QTextDocument that shows only the images it was given (the visit's photos and the office
// logo). Anything else a report's HTML might name — a file:// or http:// URL, a resource path —
// loads as nothing, so no user text can make the report read a local file or the network.
class ReportDocument : public QTextDocument
{
    Q_OBJECT

public:
    explicit ReportDocument(QObject *parent = nullptr);
    void addImage(const QString &name, const QImage &image);
    // How often something not registered was asked for (for tests).
    int refusedLoads() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    QHash<QString, QImage> m_images;
    int m_refused = 0;
};

} // namespace tillsyn::report
