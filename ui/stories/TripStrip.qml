import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The Albums page's "Trips" heading: the trips found in the library (days away
// from home), newest first, as a row of cards (cover, title, dates, count).
// A card opens the trip on its own (openTrip: TripView); its menu plays its
// best photos as a slideshow, renames, hides or shows, merges with the trip
// before it, opens it as an album (made on first open). Hidden only when there
// are none.
ColumnLayout {
    id: strip
    required property AppServices services
    property bool active: true
    property alias trips: tripList
    signal openAlbum(var albumId, string name)
    signal openTrip(string key)
    property bool openingAlbum: false // "Open as album": open it once made ("Save as album" stays)
    signal playSlideshow(var slides, string title, var assetIds)
    visible: tripList.count > 0 || tripList.showHidden
    spacing: 4

    TripListModel {
        id: tripList
        services: strip.active ? strip.services : null
        onAlbumReady: (albumId, name) => {
            if (!strip.openingAlbum) return
            strip.openingAlbum = false
            strip.openAlbum(albumId, name)
        }
    }

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 24
        Layout.rightMargin: 24
        Label {
            text: qsTr("Trips")
            color: Theme.text
            font.pixelSize: 18
            font.weight: Font.Medium
            Layout.fillWidth: true
        }
        CheckBox {
            text: qsTr("Show hidden")
            checked: tripList.showHidden
            onToggled: tripList.showHidden = checked
        }
    }

    ListView {
        id: view
        Layout.fillWidth: true
        Layout.preferredHeight: 236
        Layout.leftMargin: 24
        orientation: ListView.Horizontal
        spacing: 16
        clip: true
        model: tripList
        ScrollBar.horizontal: ScrollBar {}
        delegate: ItemDelegate {
            id: card
            required property int index
            required property string key
            required property string title
            required property string dates
            required property int itemCount
            required property string cover
            required property bool hidden
            required property var slides
            required property var bestAssetIds
            width: 180
            height: 228
            padding: 0
            opacity: hidden ? 0.5 : 1
            Accessible.name: title
            background: Rectangle { color: "transparent" }
            onClicked: strip.openTrip(key)
            contentItem: ColumnLayout {
                spacing: 2
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 160
                    radius: Theme.radius
                    color: Theme.placeholder
                    clip: true
                    Image {
                        anchors.fill: parent
                        source: card.cover
                        fillMode: Image.PreserveAspectCrop
                        asynchronous: true
                        sourceSize: Qt.size(400, 400)
                        visible: status === Image.Ready
                    }
                    IconButton {
                        anchors.top: parent.top
                        anchors.right: parent.right
                        iconName: "more"
                        tip: qsTr("Trip actions")
                        onClicked: menu.popup()
                    }
                }
                Label {
                    text: card.title
                    color: Theme.text
                    font.pixelSize: 14
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: card.dates + " · " + qsTr("%n item(s)", "", card.itemCount)
                    color: Theme.subtext
                    font.pixelSize: 12
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Menu {
                id: menu
                MenuItem {
                    text: qsTr("Rename…")
                    onTriggered: { renameDialog.key = card.key; renameDialog.name = card.title; renameDialog.open() }
                }
                MenuItem {
                    text: card.hidden ? qsTr("Show") : qsTr("Hide")
                    onTriggered: tripList.setHidden(card.key, !card.hidden)
                }
                MenuItem {
                    // Rows are newest first: the one below is the earlier trip.
                    text: qsTr("Merge with the trip before")
                    enabled: card.index + 1 < tripList.count
                    onTriggered: tripList.merge(card.key, tripList.data(tripList.index(card.index + 1, 0),
                                                                        TripListModel.KeyRole))
                }
                MenuItem {
                    text: qsTr("Play slideshow")
                    enabled: card.slides.length > 0
                    onTriggered: strip.playSlideshow(card.slides, card.title, card.bestAssetIds)
                }
                MenuItem {
                    text: qsTr("Open as album")
                    onTriggered: { strip.openingAlbum = true; tripList.toAlbum(card.key) }
                }
            }
        }
    }

    AlbumNameDialog {
        id: renameDialog
        property string key
        title: qsTr("Rename trip")
        okText: qsTr("Rename")
        onNamed: (name) => tripList.rename(key, name)
    }
}
