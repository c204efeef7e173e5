import QtQuick
import Tintype

// Outlines of the faces of the photo drawn over it in the viewer (while the
// info panel is open), from a FacesInPhotoModel: relative boxes scaled to this
// item, which covers the photo as shown; the hovered one stands out.
Item {
    id: outlines
    property var faces // a FacesInPhotoModel (or any model with its roles)
    property var highlightedFaceId: 0

    Repeater {
        model: outlines.faces
        delegate: Rectangle {
            required property var faceId
            required property string name
            required property real boxX
            required property real boxY
            required property real boxW
            required property real boxH
            readonly property bool lit: outlines.highlightedFaceId === faceId
            objectName: "outline" + faceId
            x: boxX * outlines.width
            y: boxY * outlines.height
            width: boxW * outlines.width
            height: boxH * outlines.height
            color: "transparent"
            radius: 6
            border.width: lit ? 3 : 2
            border.color: lit ? "#ffffff" : "#c0ffffff"
            Rectangle {
                anchors.fill: parent
                anchors.margins: -1
                radius: 7
                color: "transparent"
                border.width: 1
                border.color: "#80000000"
            }
            Rectangle {
                visible: parent.lit && parent.name.length > 0
                anchors.top: parent.bottom
                anchors.topMargin: 4
                anchors.horizontalCenter: parent.horizontalCenter
                width: label.implicitWidth + 12
                height: label.implicitHeight + 6
                radius: 4
                color: "#c0000000"
                Text { id: label; anchors.centerIn: parent; text: parent.parent.name; color: "white"; font.pixelSize: 13 }
            }
        }
    }
}
