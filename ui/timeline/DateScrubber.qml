import QtQuick
import Tintype
import QtQuick.Controls

// The right-edge date scrubber: years placed by where they start in the
// timeline; click or drag to jump there at once.
Item {
    id: scrubber
    property var years: []           // [{year, row, fraction}]
    property real position: 0        // 0..1 of the scroll range
    // content height / scroll range (content height − view height): a year that
    // starts at `fraction` of the content is at fraction × contentScale of the
    // scroll range, where the marker stands once the view shows it.
    property real contentScale: 1
    function place(fraction) { return Math.min(1, fraction * contentScale) * (height - 20) }
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
            objectName: "year" + modelData.year
            property real wantedY: scrubber.place(modelData.fraction)
            visible: index === 0 || wantedY - scrubber.place(scrubber.years[index - 1].fraction) > 16
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
        objectName: "marker"
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
            // Snap to a year label when close to one.
            for (const y of scrubber.years)
                if (Math.abs(scrubber.place(y.fraction) - mouseY) < 8)
                    return scrubber.jumpToRow(y.row)
            const f = Math.max(0, Math.min(1, mouseY / (scrubber.height - 20)))
            scrubber.jumpToFraction(f / Math.max(1, scrubber.contentScale))
        }
        onPressed: (mouse) => jump(mouse.y)
        onPositionChanged: (mouse) => { if (pressed) jump(mouse.y) }
    }
}
