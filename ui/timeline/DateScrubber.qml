import QtQuick
import Tintype
import QtQuick.Controls

// The right-edge date scrubber: years placed by where they start in the
// timeline; click or drag to jump there at once.
Item {
    id: scrubber
    property var years: []           // [{year, row, fraction}]
    property real position: 0        // 0..1 of the view
    property bool active: area.containsMouse || area.pressed
    signal jumpToRow(int row)
    signal jumpToFraction(real fraction)
    implicitWidth: 56

    Repeater {
        model: scrubber.years
        delegate: Label {
            required property var modelData
            required property int index
            // Skip labels that would overlap the previous one.
            property real wantedY: modelData.fraction * (scrubber.height - 20)
            visible: index === 0 || wantedY - scrubber.years[index - 1].fraction * (scrubber.height - 20) > 16
            y: wantedY
            anchors.right: parent.right
            anchors.rightMargin: 8
            text: modelData.year
            font.pixelSize: 11
            color: Theme.subtext
            opacity: scrubber.active ? 1 : 0.75
        }
    }
    Rectangle {
        // Where the view is now.
        anchors.right: parent.right
        width: 40; height: 2
        y: scrubber.position * (scrubber.height - 20) + 8
        color: Theme.accent
        visible: scrubber.years.length > 0
    }
    MouseArea {
        id: area
        anchors.fill: parent
        hoverEnabled: true
        function jump(mouseY) {
            const f = Math.max(0, Math.min(1, mouseY / (scrubber.height - 20)))
            // Snap to a year label when close to one.
            for (const y of scrubber.years)
                if (Math.abs(y.fraction - f) * (scrubber.height - 20) < 8)
                    return scrubber.jumpToRow(y.row)
            scrubber.jumpToFraction(f)
        }
        onPressed: (mouse) => jump(mouse.y)
        onPositionChanged: (mouse) => { if (pressed) jump(mouse.y) }
    }
}
