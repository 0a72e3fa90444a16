#pragma once

#include "acta/Acta.h"

#include <QDialog>
#include <QWidget>

namespace taller {

// A surface to sign on with a mouse, a pen or a finger.
class SignaturePad : public QWidget
{
    Q_OBJECT

public:
    explicit SignaturePad(QWidget *parent = nullptr);

    // Strokes in the unit box the acta stores.
    SignatureDrawing drawing() const;
    bool isEmpty() const { return m_strokes.isEmpty(); }
    void clear();
    // Draws as a stroke through points given in widget coordinates (for
    // tests and for replaying).
    void addStroke(const QList<QPointF> &points);

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void tabletEvent(QTabletEvent *event) override;
    bool event(QEvent *event) override;

private:
    void begin(const QPointF &at);
    void extend(const QPointF &at);

    QList<QList<QPointF>> m_strokes;
    bool m_drawing = false;
};

class SignaturePadDialog : public QDialog
{
    Q_OBJECT
public:
    SignaturePadDialog(const QString &signatoryName, QWidget *parent = nullptr);
    SignatureDrawing drawing() const { return m_pad->drawing(); }

private:
    SignaturePad *m_pad;
};

} // namespace taller
