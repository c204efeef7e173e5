#pragma once

#include <QImage>
#include <QQuickItem>

namespace tintype {

// Shows a QImage fitted and centred in the item, as a scene-graph texture
// uploaded once per new image (no image provider round trip, no painting on
// the GUI thread): the edit mode's preview and the looks' thumbnails.
class EditCanvas : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QImage image READ image WRITE setImage NOTIFY imageChanged)
    // Where the image is drawn, in item coordinates (the crop frame is drawn over it).
    Q_PROPERTY(QRectF paintedRect READ paintedRect NOTIFY paintedRectChanged)
    // How many different images reached the scene graph (the update rate while dragging).
    Q_PROPERTY(int presentedCount READ presentedCount NOTIFY presented)

public:
    explicit EditCanvas(QQuickItem *parent = nullptr);

    QImage image() const { return m_image; }
    void setImage(const QImage &image);
    QRectF paintedRect() const { return m_paintedRect; }
    int presentedCount() const { return m_presented; }

signals:
    void imageChanged();
    void paintedRectChanged();
    void presented();

protected:
    QSGNode *updatePaintNode(QSGNode *old, UpdatePaintNodeData *) override;
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;

private:
    void updatePaintedRect();
    QImage m_image;
    QRectF m_paintedRect;
    bool m_newImage = false;
    int m_presented = 0;
};

} // namespace tintype
