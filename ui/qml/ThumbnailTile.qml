import QtQuick
import Tintype

// One photo in the grid: placeholder colour, then (if the grid thumbnail
// takes a while, i.e. it is being made) the camera's small Exif thumbnail,
// then the grid thumbnail. Selection check, favourite and video badges.
Item {
    id: tile
    property var item            // from TimelineModel: index, assetId, source, favorite, video, available
    property bool selected: false
    property bool selecting: false
    property bool squareCrop: false
    signal clicked(int index, int modifiers)
    signal checkClicked(int index)
    signal thumbnailLoading(bool loading)

    property bool loading: grid.status === Image.Loading
    onLoadingChanged: tile.thumbnailLoading(loading)
    Component.onDestruction: if (loading) tile.thumbnailLoading(false)

    Rectangle {
        anchors.fill: parent
        color: Theme.placeholder
    }
    Item {
        id: frame
        anchors.fill: parent
        anchors.margins: tile.selected ? Math.min(14, tile.width * 0.08) : 0
        Behavior on anchors.margins { NumberAnimation { duration: 90 } }
        clip: true
        Image {
            id: quick
            anchors.fill: parent
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            source: !slow.elapsed || !tile.item || !tile.item.available ? "" : tile.item.source.replace("/grid/", "/exif/")
            visible: grid.status !== Image.Ready
        }
        Image {
            id: grid
            anchors.fill: parent
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            cache: true
            source: tile.item ? tile.item.source : ""
            opacity: status === Image.Ready ? 1 : 0
            Behavior on opacity { NumberAnimation { duration: 120 } }
        }
        Timer {
            id: slow
            property bool elapsed: false
            interval: 250
            running: grid.status === Image.Loading
            onTriggered: elapsed = true
        }
        Rectangle {
            anchors.fill: parent
            color: "black"
            opacity: tile.item && !tile.item.available ? 0.35 : 0
        }
    }
    Rectangle {
        // Badge for videos.
        visible: tile.item && tile.item.video
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        width: 22; height: 22; radius: 11
        color: "#80000000"
        Image { anchors.centerIn: parent; source: Theme.whiteIcon("play"); sourceSize: Qt.size(14, 14) }
    }
    Image {
        visible: tile.item && tile.item.favorite
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 6
        source: Theme.whiteIcon("star-filled")
        sourceSize: Qt.size(18, 18)
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.LeftButton
        onClicked: (event) => tile.clicked(tile.item.index, event.modifiers)
    }
    Rectangle {
        // The round check: on hover, and on every photo while selecting.
        id: check
        visible: tile.selected || tile.selecting || mouse.containsMouse || checkMouse.containsMouse
        x: 6; y: 6
        width: 22; height: 22; radius: 11
        color: tile.selected ? Theme.accent : "#40000000"
        border.color: "white"
        border.width: tile.selected ? 0 : 2
        Image {
            anchors.centerIn: parent
            visible: tile.selected
            source: Theme.whiteIcon("check")
            sourceSize: Qt.size(16, 16)
        }
        MouseArea {
            id: checkMouse
            anchors.fill: parent
            anchors.margins: -4
            hoverEnabled: true
            onClicked: tile.checkClicked(tile.item.index)
        }
    }
}
