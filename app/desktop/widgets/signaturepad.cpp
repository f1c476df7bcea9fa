#include "signaturepad.h"

#include <QBuffer>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QTabletEvent>
#include <QTouchEvent>

namespace tillsyn::desktop {

namespace {
QPen ink()
{
    QPen pen(Qt::black, 2.5);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    return pen;
}
} // namespace

SignaturePad::SignaturePad(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("signaturePad"));
    setAttribute(Qt::WA_AcceptTouchEvents);
    setAttribute(Qt::WA_StaticContents);
    setMinimumSize(320, 120);
    setCursor(Qt::CrossCursor);
    setAccessibleName(tr("Signature pad"));
}

void SignaturePad::clear()
{
    m_strokes.clear();
    m_drawing = false;
    update();
    emit changed();
}

void SignaturePad::begin(QPointF at)
{
    QPainterPath path(at);
    path.lineTo(at + QPointF(0.01, 0.01)); // a dot is a stroke too
    m_strokes.append(path);
    m_drawing = true;
    update();
}

void SignaturePad::extend(QPointF at)
{
    if (!m_drawing || m_strokes.isEmpty())
        return;
    m_strokes.last().lineTo(at);
    update();
}

void SignaturePad::end()
{
    if (m_drawing) {
        m_drawing = false;
        emit changed();
    }
}

void SignaturePad::addStroke(const QList<QPointF> &points)
{
    if (points.isEmpty())
        return;
    begin(points.first());
    for (const QPointF &p : points.mid(1))
        extend(p);
    end();
}

void SignaturePad::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(Qt::gray, 1, Qt::DashLine));
    const int line = height() * 3 / 4;
    p.drawLine(10, line, width() - 10, line);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(ink());
    for (const QPainterPath &s : m_strokes)
        p.drawPath(s);
}

void SignaturePad::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        begin(event->position());
}

void SignaturePad::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        extend(event->position());
}

void SignaturePad::mouseReleaseEvent(QMouseEvent *)
{
    end();
}

void SignaturePad::tabletEvent(QTabletEvent *event)
{
    switch (event->type()) {
    case QEvent::TabletPress:
        begin(event->position());
        break;
    case QEvent::TabletMove:
        extend(event->position());
        break;
    case QEvent::TabletRelease:
        end();
        break;
    default:
        break;
    }
    event->accept();
}

bool SignaturePad::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd: {
        const auto *touch = static_cast<QTouchEvent *>(event);
        if (touch->points().isEmpty())
            return true;
        const QPointF at = touch->points().first().position();
        if (event->type() == QEvent::TouchBegin)
            begin(at);
        else if (event->type() == QEvent::TouchUpdate)
            extend(at);
        else
            end();
        return true;
    }
    default:
        return QWidget::event(event);
    }
}

QByteArray SignaturePad::toPng() const
{
    if (m_strokes.isEmpty())
        return {};
    QRectF bounds;
    for (const QPainterPath &s : m_strokes)
        bounds |= s.boundingRect();
    bounds.adjust(-4, -4, 4, 4);
    QImage image(bounds.size().toSize().expandedTo(QSize(1, 1)), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-bounds.topLeft());
    p.setPen(ink());
    for (const QPainterPath &s : m_strokes)
        p.drawPath(s);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace tillsyn::desktop
