import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// One setting of the edit stack as a labelled slider: dragging renders live
// and makes one undo step on release; a double-click puts it back to neutral.
ColumnLayout {
    id: control
    required property EditSession session
    required property string key        // EditSession value key: "exposure", "vignette.midpoint", ...
    property string label
    property real from: -1
    property real to: 1
    property real neutral: 0
    property real stepSize: 0.01
    // How the value reads: a signed percent by default.
    property var format: (v) => { const p = Math.round(v * 100); return (p > 0 ? "+" : "") + p }
    readonly property real value: session.values[key] !== undefined ? session.values[key] : neutral
    readonly property bool pressed: slider.pressed
    spacing: 0
    Layout.fillWidth: true

    RowLayout {
        Layout.fillWidth: true
        Label { text: control.label; color: "#e3e3e3"; font.pixelSize: 13; Layout.fillWidth: true; elide: Text.ElideRight }
        Label {
            text: control.format(control.value)
            color: control.value !== control.neutral ? "#a8c7fa" : "#a8abb0"
            font.pixelSize: 13
        }
    }
    Slider {
        id: slider
        objectName: "slider-" + control.key
        Layout.fillWidth: true
        from: control.from
        to: control.to
        stepSize: control.stepSize
        value: control.value
        enabled: control.session.state === EditSession.Ready
        onMoved: control.session.setValue(control.key, value)
        // A double-click puts it back to neutral (after its presses moved it): one undo step.
        property real pressedAt: 0
        property real releasedAt: 0
        property bool lastWasClick: false
        property bool doubleClick: false
        onPressedChanged: {
            const now = Date.now()
            const interval = Qt.styleHints.mouseDoubleClickInterval
            if (pressed) {
                doubleClick = lastWasClick && now - releasedAt < interval
                pressedAt = now
                return
            }
            if (doubleClick) control.session.setValue(control.key, control.neutral)
            lastWasClick = !doubleClick && now - pressedAt < interval
            doubleClick = false
            releasedAt = now
            control.session.commit()
        }
        Accessible.name: control.label
    }
}
