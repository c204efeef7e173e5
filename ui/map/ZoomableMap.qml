import QtQuick
import Tintype

// The map with a pinch: two fingers on a touch screen, or a touchpad's pinch
// where the platform reports it as a gesture, zoom about the point between
// them and pan as it moves. Drag, wheel, double click and keys are MapView's.
MapView {
    id: map

    PinchHandler {
        id: pinch
        objectName: "mapPinch"
        target: null
        enabled: map.interactive
        property real lastScale: 1
        property point lastCentroid
        onActiveChanged: {
            if (!active) return
            lastScale = 1
            lastCentroid = centroid.position
            map.forceActiveFocus()
        }
        onActiveScaleChanged: {
            if (!active || activeScale <= 0) return
            map.zoomAt(centroid.position.x, centroid.position.y, Math.log2(activeScale / lastScale))
            lastScale = activeScale
        }
        onCentroidChanged: {
            if (!active) return
            map.panBy(centroid.position.x - lastCentroid.x, centroid.position.y - lastCentroid.y)
            lastCentroid = centroid.position
        }
    }
}
