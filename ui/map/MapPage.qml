import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The map of the library: every photo with a position as a thumbnail with
// its count, grouped by what is near at this zoom. Drag to pan, scroll or
// double-click to zoom; a click on a group, or a rectangle drawn with
// Shift+drag, opens those photos as a timeline. Back goes to the Places page.
Item {
    id: page
    required property AppServices services
    property bool active: true
    property bool photosOpen: false
    property string photosTitle: ""
    property bool fitted: false
    readonly property bool settled: !clusters.loading && (!photosOpen || photos.settled)
    property alias timeline: photos
    property alias map: map
    property alias clusters: clusters
    property MapTileSource tileSource: null
    signal openAsset(var view, int index)
    signal backRequested()

    function openPhotos(ids, title) {
        if (ids.length === 0) return
        photos.selection.clear()
        photos.model.assetIds = ids
        photosTitle = title
        photosOpen = true
    }
    function openClusterAt(x, y) {
        const w = map.worldAt(x, y)
        const row = clusters.clusterAt(w.x, w.y, 34 / map.worldSize)
        if (row < 0) return false
        openPhotos(clusters.assetIdsOf(row), qsTr("%n photo(s) here", "", clusters.data(clusters.index(row, 0), MapClusterModel.CountRole)))
        return true
    }
    function back() {
        if (photosOpen) { photos.selection.clear(); photosOpen = false }
        else backRequested()
    }

    MapClusterModel {
        id: clusters
        services: page.active ? page.services : null
        level: map.zoomLevel
        onLoaded: {
            if (page.fitted || extent.width < 0 || photoCount === 0) return
            page.fitted = true
            map.fitWorld(extent.left, extent.top, extent.right, extent.bottom, 11)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: !page.photosOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            Layout.leftMargin: 8
            Layout.rightMargin: 24
            spacing: 8
            IconButton { iconName: "back"; tip: qsTr("Places"); onClicked: page.back() }
            Label { text: qsTr("Map"); color: Theme.text; font.pixelSize: 22 }
            Label {
                Layout.fillWidth: true
                text: clusters.photoCount > 0 ? qsTr("%n photo(s) with a location", "", clusters.photoCount)
                                             : clusters.loading ? "" : qsTr("No photos with a location yet")
                color: Theme.subtext
                elide: Text.ElideRight
            }
            Label {
                text: qsTr("Shift+drag to choose an area")
                color: Theme.subtext
                font.pixelSize: 12
            }
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            ZoomableMap {
                id: map
                objectName: "libraryMap"
                anchors.fill: parent
                dark: Theme.dark
                tileSource: page.tileSource
                onClicked: (x, y) => page.openClusterAt(x, y)
                onRectangleSelected: (left, top, right, bottom) =>
                    page.openPhotos(clusters.assetIdsIn(left, top, right, bottom), qsTr("Photos in the area"))
            }
            Repeater {
                model: clusters
                delegate: Item {
                    required property real worldX
                    required property real worldY
                    required property int count
                    required property string source
                    readonly property real side: 56
                    x: worldX * map.worldSize - map.originX - side / 2
                    y: worldY * map.worldSize - map.originY - side / 2
                    width: side
                    height: side
                    visible: x > -side && y > -side && x < map.width && y < map.height
                    Rectangle {
                        anchors.fill: parent
                        radius: 10
                        color: "white"
                        border.color: Theme.dark ? "#5f6368" : "#c4c7c5"
                        Image {
                            anchors.fill: parent
                            anchors.margins: 3
                            source: parent.parent.visible ? parent.parent.source : ""
                            sourceSize: Qt.size(112, 112)
                            fillMode: Image.PreserveAspectCrop
                            asynchronous: true
                            cache: true
                        }
                    }
                    Rectangle {
                        visible: count > 1
                        anchors.right: parent.right
                        anchors.top: parent.top
                        anchors.margins: -8
                        height: 22
                        width: Math.max(22, countLabel.implicitWidth + 12)
                        radius: 11
                        color: Theme.accent
                        Label {
                            id: countLabel
                            anchors.centerIn: parent
                            text: count >= 1000 ? Math.round(count / 100) / 10 + "k" : count
                            color: Theme.textOnAccent
                            font.pixelSize: 12
                            font.bold: true
                        }
                    }
                }
            }
            Column {
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 12
                spacing: 4
                RoundButton {
                    text: "+"
                    font.pixelSize: 18
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom in")
                    onClicked: map.zoomAt(map.width / 2, map.height / 2, 1)
                }
                RoundButton {
                    text: "\u2212"
                    font.pixelSize: 18
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Zoom out")
                    onClicked: map.zoomAt(map.width / 2, map.height / 2, -1)
                }
            }
            Label {
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                padding: 4
                font.pixelSize: 11
                color: Theme.subtext
                background: Rectangle { color: Theme.background; opacity: 0.8 }
                text: page.tileSource && page.tileSource.enabled && page.tileSource.attribution.length > 0
                      ? page.tileSource.attribution : qsTr("Natural Earth · GeoNames")
            }
            Label {
                anchors.centerIn: parent
                visible: !map.available
                text: qsTr("The map is not installed: run 'bash packaging/fetch-models.sh'.")
                color: Theme.text
            }
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.photosOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.leftMargin: 8
            Layout.rightMargin: 16
            spacing: 8
            IconButton { iconName: "back"; tip: qsTr("Map"); onClicked: page.back() }
            Label { text: page.photosTitle; color: Theme.text; font.pixelSize: 22; elide: Text.ElideRight; Layout.fillWidth: true }
        }
        TimelineView {
            id: photos
            Layout.fillWidth: true
            Layout.fillHeight: true
            services: page.services
            active: page.active && page.photosOpen
            scope: TimelineModel.Assets
            emptyText: qsTr("No photos here")
            onOpenAsset: (index) => page.openAsset(photos, index)
        }
    }
}
