import QtQuick
import Tintype

// The crop frame over the whole picture (EditSession.cropping): the outside
// dimmed, corner and edge handles, the frame moved by dragging inside it, and
// the rule-of-thirds guide while something is dragged.
Item {
    id: overlay
    required property EditSession session
    property rect area                   // where the picture is drawn
    property bool showGuides: false      // also while a tool (straighten) is dragged
    property int activeDrags: 0
    readonly property bool dragging: activeDrags > 0
    readonly property rect frame: Qt.rect(area.x + session.cropRect.x * area.width,
                                          area.y + session.cropRect.y * area.height,
                                          session.cropRect.width * area.width,
                                          session.cropRect.height * area.height)

    // Handle numbers: EditCropFrame::Handle (Move 0, Left 1, Top 2, Right 3,
    // Bottom 4, TopLeft 5, TopRight 6, BottomLeft 7, BottomRight 8).
    component DragArea: MouseArea {
        property int handle: 0
        property rect start
        property point pressedAt
        preventStealing: true
        onPressed: (mouse) => { start = overlay.session.cropRect; pressedAt = mapToItem(overlay, mouse.x, mouse.y) }
        onPositionChanged: (mouse) => {
            const p = mapToItem(overlay, mouse.x, mouse.y)
            overlay.session.dragCrop(handle, start, Qt.point((p.x - pressedAt.x) / overlay.area.width,
                                                              (p.y - pressedAt.y) / overlay.area.height))
        }
        onReleased: overlay.session.commit()
        onPressedChanged: overlay.activeDrags += pressed ? 1 : -1
    }

    // Dimmed outside the frame.
    Rectangle { color: "#99000000"; x: overlay.area.x; y: overlay.area.y; width: overlay.area.width; height: overlay.frame.y - overlay.area.y }
    Rectangle { color: "#99000000"; x: overlay.area.x; y: overlay.frame.y + overlay.frame.height; width: overlay.area.width; height: overlay.area.y + overlay.area.height - y }
    Rectangle { color: "#99000000"; x: overlay.area.x; y: overlay.frame.y; width: overlay.frame.x - overlay.area.x; height: overlay.frame.height }
    Rectangle { color: "#99000000"; x: overlay.frame.x + overlay.frame.width; y: overlay.frame.y; width: overlay.area.x + overlay.area.width - x; height: overlay.frame.height }

    Item {
        id: frameItem
        x: overlay.frame.x; y: overlay.frame.y; width: overlay.frame.width; height: overlay.frame.height

        DragArea { anchors.fill: parent; handle: 0; cursorShape: pressed ? Qt.ClosedHandCursor : Qt.OpenHandCursor }
        Rectangle { anchors.fill: parent; color: "transparent"; border.color: "white"; border.width: 1 }
        Repeater {
            // Rule of thirds.
            model: overlay.dragging || overlay.showGuides ? 4 : 0
            delegate: Rectangle {
                required property int index
                readonly property bool vertical: index < 2
                color: "#b0ffffff"
                x: vertical ? frameItem.width * (index % 2 + 1) / 3 : 0
                y: vertical ? 0 : frameItem.height * (index % 2 + 1) / 3
                width: vertical ? 1 : frameItem.width
                height: vertical ? frameItem.height : 1
            }
        }
        Repeater {
            model: [
                { h: 5, fx: 0, fy: 0, cursor: Qt.SizeFDiagCursor }, { h: 6, fx: 1, fy: 0, cursor: Qt.SizeBDiagCursor },
                { h: 7, fx: 0, fy: 1, cursor: Qt.SizeBDiagCursor }, { h: 8, fx: 1, fy: 1, cursor: Qt.SizeFDiagCursor },
                { h: 1, fx: 0, fy: 0.5, cursor: Qt.SizeHorCursor }, { h: 3, fx: 1, fy: 0.5, cursor: Qt.SizeHorCursor },
                { h: 2, fx: 0.5, fy: 0, cursor: Qt.SizeVerCursor }, { h: 4, fx: 0.5, fy: 1, cursor: Qt.SizeVerCursor }
            ]
            delegate: DragArea {
                required property var modelData
                handle: modelData.h
                objectName: "cropHandle" + modelData.h
                width: 32; height: 32
                x: modelData.fx * frameItem.width - width / 2
                y: modelData.fy * frameItem.height - height / 2
                cursorShape: modelData.cursor
                readonly property bool corner: modelData.h >= 5
                Rectangle {
                    anchors.centerIn: parent
                    width: parent.corner ? 14 : (parent.modelData.fy === 0.5 ? 5 : 22)
                    height: parent.corner ? 14 : (parent.modelData.fy === 0.5 ? 22 : 5)
                    radius: 2
                    color: "white"
                    border.color: "#66000000"
                }
            }
        }
    }
}
