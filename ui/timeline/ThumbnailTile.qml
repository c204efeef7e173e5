import QtQuick
import Tintype

// One photo in the grid: placeholder colour, then (if the grid thumbnail
// takes a while, i.e. it is being made) the camera's small Exif thumbnail,
// then the grid thumbnail. Selection check, favourite, video and damaged badges.
//
// Tiles are pooled: TimelineView keeps them in recycled rows and only gives
// them another `item` while scrolling, so this stays small (the placeholder
// is the tile itself, no clipping frame) and everything that is seldom shown
// (Exif stand-in, badges, check, offline veil) is created only when shown.
Rectangle {
    id: tile
    property var item            // from TimelineModel: index, assetId, source, favorite, video, available
    property bool selected: false
    property bool selecting: false
    property bool current: false // the keyboard's place in the grid: a focus ring
    // False while the tile is being given another photo (a recycled row), so
    // the selection inset jumps instead of animating.
    property bool animated: true
    readonly property real inset: selected ? Math.min(14, width * 0.08) : 0
    readonly property alias shownInset: grid.x
    readonly property bool available: !!item && item.available
    // How many of the optional parts (veil, badges, check) exist now.
    readonly property int badgeCount: (veil.status === Loader.Ready) + (videoBadge.status === Loader.Ready)
                                      + (favoriteBadge.status === Loader.Ready) + (check.status === Loader.Ready)
                                      + (damagedBadge.status === Loader.Ready) + (newBadge.status === Loader.Ready)
    signal clicked(int index, int modifiers)
    signal checkClicked(int index)
    // Counts this tile's loading thumbnail in its pendingThumbnails (the view
    // is settled when none load). Counted here rather than through a signal:
    // a tile destroyed with its recycled row must still take itself off, and
    // then the row's handlers are gone already.
    property Item loadTracker: null

    property bool loading: grid.status === Image.Loading
    property Item countedIn: null // the tracker this tile's loading is counted in
    function recount() {
        const into = loading ? loadTracker : null
        if (into === countedIn)
            return
        if (countedIn)
            countedIn.pendingThumbnails -= 1
        if (into)
            into.pendingThumbnails += 1
        countedIn = into
    }
    onLoadingChanged: recount()
    onLoadTrackerChanged: recount()
    Component.onDestruction: if (countedIn) countedIn.pendingThumbnails -= 1
    onItemChanged: {
        slow.elapsed = false
        if (slow.running)
            slow.restart()
    }
    color: Theme.placeholder

    Loader {
        // The camera's Exif thumbnail while the grid thumbnail is being made.
        anchors.fill: grid
        active: slow.elapsed && tile.available && grid.status !== Image.Ready
        sourceComponent: Image {
            fillMode: Image.PreserveAspectCrop
            asynchronous: true
            source: tile.item ? tile.item.source.replace("/grid/", "/exif/") : ""
        }
    }
    Image {
        id: grid
        x: tile.inset
        y: tile.inset
        width: tile.width - 2 * x
        height: tile.height - 2 * y
        Behavior on x { enabled: tile.animated; NumberAnimation { duration: 90 } }
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        source: tile.item ? tile.item.source : ""
        opacity: 0
        onStatusChanged: {
            // Fade a loaded thumbnail in; hide at once while another one loads.
            if (status === Image.Ready) {
                fadeIn.restart()
            } else {
                fadeIn.stop()
                opacity = 0
            }
        }
        NumberAnimation { id: fadeIn; target: grid; property: "opacity"; from: 0; to: 1; duration: 120 }
    }
    Timer {
        id: slow
        property bool elapsed: false
        interval: 250
        running: grid.status === Image.Loading && tile.available
        onTriggered: elapsed = true
    }
    Loader {
        // Photos on an offline drive: shown from the cache, dimmed.
        id: veil
        anchors.fill: grid
        active: !!tile.item && !tile.available
        sourceComponent: Rectangle { color: "black"; opacity: 0.35 }
    }
    Loader {
        // Badge for videos, and for Live and motion photos (rings).
        id: videoBadge
        active: !!tile.item && (tile.item.video || tile.item.motion === true)
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 6
        sourceComponent: Rectangle {
            width: 22; height: 22; radius: 11
            color: "#80000000"
            Image { visible: tile.item.video; anchors.centerIn: parent; source: Theme.whiteIcon("play"); sourceSize: Qt.size(14, 14) }
            Rectangle {
                objectName: "motionBadge"
                visible: !tile.item.video
                anchors.centerIn: parent
                width: 14; height: 14; radius: 7
                color: "transparent"; border.color: "white"; border.width: 1.5
                Rectangle { anchors.centerIn: parent; width: 6; height: 6; radius: 3; color: "white" }
            }
        }
    }
    Loader {
        // A burst stacked in one tile: its frame count.
        objectName: "stackBadge"
        active: !!tile.item && tile.item.stack > 1
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 6
        sourceComponent: Rectangle {
            width: stackText.implicitWidth + 12; height: 20; radius: 10
            color: "#80000000"
            Text { id: stackText; anchors.centerIn: parent; text: "▤ " + tile.item.stack; color: "white"; font.pixelSize: 11 }
        }
    }
    Loader {
        id: favoriteBadge
        active: !!tile.item && tile.item.favorite
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 6
        sourceComponent: Image { source: Theme.whiteIcon("star-filled"); sourceSize: Qt.size(18, 18) }
    }
    Loader {
        // Damaged image data (cut short, extraneous bytes): shown as far as it could be read.
        id: damagedBadge
        objectName: "damagedBadge"
        active: !!tile.item && !!tile.item.damaged
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 6
        sourceComponent: Rectangle {
            width: 22; height: 22; radius: 11
            color: "#b0000000"
            Image { anchors.centerIn: parent; source: Theme.whiteIcon("damaged"); sourceSize: Qt.size(14, 14) }
        }
    }
    Loader {
        // New in the phone inbox, not seen yet.
        id: newBadge
        objectName: "newBadge"
        active: !!tile.item && !!tile.item.fresh
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.margins: 6
        sourceComponent: Rectangle {
            width: newLabel.implicitWidth + 12; height: 20; radius: 10
            color: "#0b57d0"
            Text { id: newLabel; anchors.centerIn: parent; text: qsTr("New"); color: "white"; font.pixelSize: 11; font.bold: true }
        }
    }
    MouseArea {
        id: mouse
        anchors.fill: parent
        hoverEnabled: true
        acceptedButtons: Qt.LeftButton
        onClicked: (event) => tile.clicked(tile.item.index, event.modifiers)
    }
    Loader {
        // The round check: on hover, and on every photo while selecting.
        id: check
        property bool hovered: false // the check itself, which takes the hover from the tile's area
        active: tile.selected || tile.selecting || mouse.containsMouse || hovered
        x: 6; y: 6
        sourceComponent: Rectangle {
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
                onContainsMouseChanged: check.hovered = containsMouse
                onClicked: tile.checkClicked(tile.item.index)
            }
        }
    }
    Rectangle {
        // The keyboard focus ring, over the picture.
        anchors.fill: parent
        visible: tile.current
        color: "transparent"
        border.width: 3
        border.color: Theme.accent
        radius: 2
        z: 10
    }
}
