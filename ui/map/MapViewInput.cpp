// MapView's input: the mouse (drag pans, Shift+drag draws a rectangle, a
// click says where, a double click zooms), the wheel and the keyboard. The
// pinch is a PinchHandler in ZoomableMap.qml that calls zoomAt.
#include "MapView.h"

#include <QGuiApplication>
#include <QStyleHints>

namespace tintype {

namespace {
constexpr double kKeyPanFraction = 0.2; // of the view, per arrow key press
} // namespace

void MapView::resetView()
{
    m_zoom = std::clamp(m_homeZoom, minimumZoom(), kMaximumZoom);
    setCenter(m_homeCenter);
    emit viewChanged();
    update();
}

void MapView::rememberHome()
{
    m_homeCenter = m_center;
    m_homeZoom = m_zoom;
}

QPointF MapView::zoomFocus() const
{
    // About the pointer when it is over the map, else about the middle.
    if (m_hovering && QRectF(0, 0, width(), height()).contains(m_hoverPos))
        return m_hoverPos;
    return {width() / 2, height() / 2};
}

void MapView::mousePressEvent(QMouseEvent *event)
{
    if (!m_interactive || event->button() != Qt::LeftButton) {
        event->ignore();
        return;
    }
    forceActiveFocus(Qt::MouseFocusReason); // the keys go to the map the user clicked
    m_pressed = true;
    m_dragged = false;
    m_selecting = event->modifiers() & Qt::ShiftModifier;
    m_pressPos = event->position();
    m_pressCenter = m_center;
    event->accept();
}

void MapView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    const QPointF delta = event->position() - m_pressPos;
    if (!m_dragged && delta.manhattanLength() < QGuiApplication::styleHints()->startDragDistance())
        return;
    m_dragged = true;
    if (m_selecting) {
        m_selection = QRectF(m_pressPos, event->position()).normalized();
        emit selectionChanged();
        update();
        return;
    }
    const double size = worldSize();
    setCenter(QPointF(m_pressCenter.x() - delta.x() / size, m_pressCenter.y() - delta.y() / size));
    emit viewChanged();
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_pressed)
        return;
    m_pressed = false;
    if (m_selecting && m_dragged) {
        const QPointF a = worldAt(m_selection.left(), m_selection.top());
        const QPointF b = worldAt(m_selection.right(), m_selection.bottom());
        m_selection = QRectF();
        emit selectionChanged();
        update();
        emit rectangleSelected(a.x(), a.y(), b.x(), b.y());
    } else if (!m_dragged) {
        emit clicked(event->position().x(), event->position().y());
    }
}

void MapView::mouseUngrabEvent()
{
    // A pinch took the touch over: the press is no click and no drag.
    m_pressed = false;
    if (!m_selection.isEmpty()) {
        m_selection = QRectF();
        emit selectionChanged();
        update();
    }
}

void MapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (!m_interactive)
        return event->ignore();
    zoomAt(event->position().x(), event->position().y(), event->modifiers() & Qt::ShiftModifier ? -1 : 1);
}

void MapView::wheelEvent(QWheelEvent *event)
{
    if (!m_interactive)
        return event->ignore();
    const QPoint angle = event->angleDelta();
    // Plain or with Ctrl (what touchpads send for a pinch on X11), the wheel
    // zooms about the pointer: a notch (120) is half a level; touchpads send
    // smaller steps. A sideways scroll pans.
    if (angle.y() == 0 && angle.x() != 0) {
        panBy(angle.x() / 2.0, 0);
        return;
    }
    zoomAt(event->position().x(), event->position().y(), angle.y() / 240.0);
}

void MapView::keyPressEvent(QKeyEvent *event)
{
    if (!m_interactive)
        return event->ignore();
    const QPointF focus = zoomFocus();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomAt(focus.x(), focus.y(), 1); break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore: zoomAt(focus.x(), focus.y(), -1); break;
    case Qt::Key_Left: panBy(width() * kKeyPanFraction, 0); break;
    case Qt::Key_Right: panBy(-width() * kKeyPanFraction, 0); break;
    case Qt::Key_Up: panBy(0, height() * kKeyPanFraction); break;
    case Qt::Key_Down: panBy(0, -height() * kKeyPanFraction); break;
    case Qt::Key_Home: resetView(); break;
    default: event->ignore(); return;
    }
    event->accept();
}

void MapView::hoverEnterEvent(QHoverEvent *event)
{
    m_hovering = true;
    m_hoverPos = event->position();
}

void MapView::hoverMoveEvent(QHoverEvent *event)
{
    m_hovering = true;
    m_hoverPos = event->position();
}

void MapView::hoverLeaveEvent(QHoverEvent *) { m_hovering = false; }

} // namespace tintype
