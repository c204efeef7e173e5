import QtQuick
import QtQuick.Controls
import Tintype

// A round face crop (image://face, read off the GUI thread), an empty circle
// while it loads or when there is none; a ring when selected or highlighted.
Item {
    id: avatar
    property var faceId: 0
    property bool ring: false
    implicitWidth: 96
    implicitHeight: 96

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: Theme.placeholder
        visible: crop.status !== Image.Ready
        Image {
            anchors.centerIn: parent
            source: Theme.icon("people")
            sourceSize: Qt.size(parent.width * 0.4, parent.width * 0.4)
            opacity: 0.5
        }
    }
    Image {
        id: crop
        anchors.fill: parent
        source: avatar.faceId > 0 ? "image://face/" + avatar.faceId : ""
        asynchronous: true
        cache: false
        fillMode: Image.PreserveAspectFit
        sourceSize: Qt.size(128, 128)
    }
    Rectangle {
        anchors.fill: parent
        anchors.margins: -3
        radius: width / 2
        color: "transparent"
        border.color: Theme.accent
        border.width: 3
        visible: avatar.ring
    }
}
