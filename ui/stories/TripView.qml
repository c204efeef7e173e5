import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// One trip on its own (opened from its card in the Albums page's "Trips"):
// its title, dates and places, its photos and videos by date, "Play" (a
// slideshow of its best photos) and "Save as album" (an ordinary album with
// its photos; then "Open album"). Back returns to where the trip was opened.
ColumnLayout {
    id: view
    required property AppServices services
    property bool active: true
    property var trip: ({}) // TripListModel.trip(key)
    property alias photos: photos
    readonly property bool saved: (trip.albumId || 0) > 0
    signal back()
    signal saveAsAlbum(string key)
    signal openAlbum(var albumId, string name)
    signal playSlideshow(var slides, string title, var assetIds)
    signal openAsset(var timeline, int index)
    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.preferredHeight: 64
        Layout.leftMargin: 8
        Layout.rightMargin: 16
        spacing: 8
        IconButton { objectName: "tripBack"; iconName: "back"; tip: qsTr("Back"); onClicked: view.back() }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "tripTitle"
                text: view.trip.title || ""
                color: Theme.text
                font.pixelSize: 22
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Label {
                objectName: "tripSubtitle"
                text: [view.trip.dates || "", view.trip.places || "",
                       qsTr("%n item(s)", "", view.trip.itemCount || 0)].filter(t => t !== "").join("  ·  ")
                color: Theme.subtext
                font.pixelSize: 13
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        PrimaryButton {
            objectName: "tripPlay"
            text: qsTr("Play")
            enabled: (view.trip.slides || []).length > 0
            onClicked: view.playSlideshow(view.trip.slides, view.trip.title, view.trip.bestAssetIds)
        }
        Button {
            objectName: "tripSave"
            text: view.saved ? qsTr("Open album") : qsTr("Save as album")
            flat: true
            onClicked: view.saved ? view.openAlbum(view.trip.albumId, view.trip.title) : view.saveAsAlbum(view.trip.key)
        }
    }
    TimelineView {
        id: photos
        Layout.fillWidth: true
        Layout.fillHeight: true
        services: view.services
        active: view.active
        scope: TimelineModel.Assets
        emptyText: qsTr("This trip has no photos")
        onOpenAsset: (index) => view.openAsset(photos, index)
    }
    Binding { target: photos.model; property: "assetIds"; value: view.trip.assetIds || [] }
}
