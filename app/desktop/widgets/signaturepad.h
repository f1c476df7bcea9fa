#pragma once

#include <QPainterPath>
#include <QWidget>

namespace tillsyn::desktop {

// A pad the operator signs on with the mouse, a pen or a finger. Strokes are kept as paths in
// the pad's coordinates; toPng() draws them black on transparent, cropped to what was drawn.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    bool isEmpty() const { return m_strokes.isEmpty(); }
    void clear();
    // The signature as a PNG (at most a few kB); empty when nothing was drawn.
    QByteArray toPng() const;
    // Adds a stroke through the points (what a drag does): for tests and scripted input.
    void addStroke(const QList<QPointF> &points);
    QSize sizeHint() const override { return {480, 160}; }

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override; // touch

private:
    void begin(QPointF at);
    void extend(QPointF at);
    void end();

    QList<QPainterPath> m_strokes;
    bool m_drawing = false;
};

} // namespace tillsyn::desktop
