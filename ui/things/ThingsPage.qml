import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Things: what the photos show (found offline after their thumbnails), a tile
// per thing with a cover and its number of photos; a thing opens its photos as
// a timeline. Back goes up.
Item {
    id: page
    required property AppServices services
    property bool active: true
    property string label: ""      // the open thing (English label)
    property string labelName: ""  // as shown
    readonly property bool labelOpen: label.length > 0
    readonly property bool settled: !things.loading && (!labelOpen || photos.settled)
    property alias timeline: photos
    property alias things: things
    signal openAsset(var view, int index)

    function openLabel(code, name) { photos.selection.clear(); label = code; labelName = name }
    function back() { photos.selection.clear(); label = ""; labelName = "" }
    function openRow(row) {
        if (row < 0 || row >= things.count) return false
        const i = things.index(row, 0)
        openLabel(things.data(i, ThingListModel.CodeRole), things.data(i, ThingListModel.NameRole))
        return true
    }

    ThingListModel {
        id: things
        services: page.active ? page.services : null
    }

    ColumnLayout {
        anchors.fill: parent
        visible: !page.labelOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Label {
                Layout.fillWidth: true
                visible: things.count > 0
                text: qsTr("%n thing(s)", "", things.count)
                color: Theme.subtext
            }
        }
        PlaceGrid {
            objectName: "thingGrid"
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: things
            onOpenTile: (code, city, name) => page.openLabel(code, name)
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        visible: !page.labelOpen && !things.loading && things.count === 0
        spacing: 8
        Image { source: Theme.icon("tag"); sourceSize: Qt.size(48, 48); Layout.alignment: Qt.AlignHCenter }
        Label {
            objectName: "emptyText"
            text: qsTr("No things found yet")
            color: Theme.text
            font.pixelSize: 18
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: things.modelInstalled
                  ? qsTr("Dogs, bicycles, cakes… Tintype looks for them in your photos after making their thumbnails, on this computer.")
                  : qsTr("The object detector is not installed: run 'bash packaging/fetch-models.sh'.")
            color: Theme.subtext
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.maximumWidth: 420
            Layout.alignment: Qt.AlignHCenter
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.labelOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.leftMargin: 8
            Layout.rightMargin: 16
            spacing: 8
            IconButton { iconName: "back"; tip: qsTr("All things"); onClicked: page.back() }
            Label {
                text: page.labelName
                color: Theme.text
                font.pixelSize: 22
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        TimelineView {
            id: photos
            Layout.fillWidth: true
            Layout.fillHeight: true
            services: page.services
            active: page.active && page.labelOpen
            scope: TimelineModel.Thing
            emptyText: qsTr("No photos show this any more")
            onOpenAsset: (index) => page.openAsset(photos, index)
        }
    }
    Binding { target: photos.model; property: "thingLabel"; value: page.label }
}
