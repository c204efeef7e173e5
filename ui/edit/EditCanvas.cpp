#include "EditCanvas.h"

#include <QQuickWindow>
#include <QSGImageNode>

namespace tintype {

EditCanvas::EditCanvas(QQuickItem *parent) : QQuickItem(parent) { setFlag(ItemHasContents, true); }

void EditCanvas::setImage(const QImage &image)
{
    if (image.cacheKey() == m_image.cacheKey() && image.size() == m_image.size())
        return;
    m_image = image;
    m_newImage = true;
    updatePaintedRect();
    emit imageChanged();
    update();
}

void EditCanvas::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    updatePaintedRect();
    update();
}

void EditCanvas::updatePaintedRect()
{
    QRectF r;
    if (!m_image.isNull() && width() > 0 && height() > 0) {
        const QSizeF fitted = QSizeF(m_image.size()).scaled(size(), Qt::KeepAspectRatio);
        r = QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
    }
    if (r != m_paintedRect) {
        m_paintedRect = r;
        emit paintedRectChanged();
    }
}

QSGNode *EditCanvas::updatePaintNode(QSGNode *old, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGImageNode *>(old);
    if (m_image.isNull() || m_paintedRect.isEmpty()) {
        delete node;
        m_newImage = true; // upload again once there is something to show
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Linear);
        node->setMipmapFiltering(QSGTexture::Linear); // a 2048 px preview shown smaller stays smooth
        m_newImage = true;
    }
    if (m_newImage) {
        node->setTexture(window()->createTextureFromImage(m_image));
        m_newImage = false;
        ++m_presented;
        QMetaObject::invokeMethod(this, &EditCanvas::presented, Qt::QueuedConnection);
    }
    node->setRect(m_paintedRect);
    return node;
}

} // namespace tintype
