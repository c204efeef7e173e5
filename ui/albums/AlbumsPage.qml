import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Albums: the trips found in the library (TripStrip; a trip opens on its own,
// TripView, and Back comes back here), then a grid of
// albums (cover, name, count) with "New album" (a name,
// then the album opens on the photo chooser); an open album shows its photos
// as a timeline, with a way back, "Add photos", rename and delete (the album
// only: its photos stay in the library and on disk).
Item {
    id: page
    required property AppServices services
    required property AlbumActions albumActions
    property bool active: true
    property var openAlbumId: 0
    property string openAlbumName: ""
    readonly property bool albumOpen: openAlbumId > 0
    property string openTripKey: ""
    readonly property bool tripOpen: openTripKey !== ""
    readonly property bool settled: !albums.loading && (!albumOpen || photos.settled)
    property alias tripView: tripView
    property alias trips: tripStrip.trips
    property alias timeline: photos
    property alias albums: albumList
    property alias chooser: chooser
    property alias nameDialog: nameDialog
    property bool creating: false // the album being made came from "New album"
    signal openAsset(var view, int index)
    signal playSlideshow(var slides, string title, var assetIds)

    function open(albumId, name) {
        photos.selection.clear()
        openAlbumName = name
        openAlbumId = albumId
    }
    function back() {
        photos.selection.clear()
        openAlbumId = 0
        openAlbumName = ""
    }
    // A trip on its own; an album opened from it comes back to it.
    function openTrip(key) {
        tripView.photos.selection.clear()
        tripView.trip = tripStrip.trips.trip(key)
        openTripKey = key
    }
    function closeTrip() {
        tripView.photos.selection.clear()
        openTripKey = ""
    }
    function newAlbum() {
        nameDialog.title = qsTr("New album")
        nameDialog.okText = qsTr("Create")
        nameDialog.name = ""
        nameDialog.open()
    }
    function addPhotos() { chooser.open() }
    function openRow(row) {
        if (row < 0 || row >= albumList.count) return false
        const i = albumList.index(row, 0)
        open(albumList.data(i, AlbumListModel.AlbumIdRole), albumList.data(i, AlbumListModel.NameRole))
        return true
    }

    AlbumListModel {
        id: albumList
        services: page.active ? page.services : null
        // The open album was renamed or deleted (here or by an import).
        onLoaded: if (page.albumOpen) {
            if (rowOfAlbum(page.openAlbumId) < 0) page.back()
            else page.openAlbumName = nameOf(page.openAlbumId)
        }
    }

    Connections {
        target: page.albumActions
        function onAlbumCreated(albumId, name) {
            if (!page.creating) return // made from a selection (Add to album)
            page.creating = false
            page.open(albumId, name)
            chooser.open()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: !page.albumOpen && !page.tripOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.topMargin: 12
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Label {
                Layout.fillWidth: true
                visible: albumList.count > 0
                text: qsTr("%n album(s)", "", albumList.count)
                color: Theme.subtext
            }
            Item { Layout.fillWidth: true; visible: albumList.count === 0 }
            PrimaryButton {
                text: qsTr("New album")
                onClicked: page.newAlbum()
            }
        }
        TripStrip {
            id: tripStrip
            Layout.fillWidth: true
            Layout.topMargin: 8
            services: page.services
            active: page.active
            onOpenAlbum: (albumId, name) => page.open(albumId, name)
            onOpenTrip: (key) => page.openTrip(key)
            onPlaySlideshow: (slides, title, assetIds) => page.playSlideshow(slides, title, assetIds)
        }
        AlbumGrid {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: albumList
            loading: albumList.loading && albumList.count === 0
            onOpenAlbum: (albumId, name) => page.open(albumId, name)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.albumOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.leftMargin: 8
            Layout.rightMargin: 16
            spacing: 8
            IconButton { iconName: "back"; tip: qsTr("All albums"); onClicked: page.back() }
            Label {
                text: page.openAlbumName
                color: Theme.text
                font.pixelSize: 22
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            PrimaryButton {
                text: qsTr("Add photos")
                onClicked: page.addPhotos()
            }
            Button {
                text: qsTr("Rename…")
                flat: true
                onClicked: { renameDialog.name = page.openAlbumName; renameDialog.open() }
            }
            Button {
                text: qsTr("Delete album…")
                flat: true
                onClicked: confirmDelete.open()
            }
        }
        TimelineView {
            id: photos
            Layout.fillWidth: true
            Layout.fillHeight: true
            services: page.services
            active: page.active && page.albumOpen
            scope: TimelineModel.Album
            emptyText: qsTr("This album is empty")
            onOpenAsset: (index) => page.openAsset(photos, index)
        }
    }
    Binding { target: photos.model; property: "albumId"; value: page.openAlbumId }

    TripView {
        id: tripView
        anchors.fill: parent
        visible: page.tripOpen && !page.albumOpen
        services: page.services
        active: page.active && visible
        onBack: page.closeTrip()
        onSaveAsAlbum: (key) => tripStrip.trips.toAlbum(key)
        onOpenAlbum: (albumId, name) => page.open(albumId, name)
        onPlaySlideshow: (slides, title, assetIds) => page.playSlideshow(slides, title, assetIds)
        onOpenAsset: (timeline, index) => page.openAsset(timeline, index)
    }
    Connections {
        target: tripStrip.trips
        // The open trip renamed, saved as an album, merged away.
        function onLoaded() {
            if (!page.tripOpen) return
            const trip = tripStrip.trips.trip(page.openTripKey)
            if (trip.key === undefined) page.closeTrip()
            else tripView.trip = trip
        }
    }

    AlbumNameDialog {
        id: renameDialog
        anchors.centerIn: parent
        onNamed: (name) => page.albumActions.renameAlbum(page.openAlbumId, name)
    }
    AlbumNameDialog {
        id: nameDialog
        anchors.centerIn: parent
        onNamed: (name) => {
            page.creating = true
            page.albumActions.createAlbum(name, [])
        }
    }
    PhotoChooser {
        id: chooser
        anchors.centerIn: parent
        services: page.services
        albumName: page.openAlbumName
        onChosen: (ids) => page.albumActions.addToAlbum(page.openAlbumId, ids)
    }
    Dialog {
        id: confirmDelete
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete the album “%1”?").arg(page.openAlbumName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: 400
            wrapMode: Text.Wrap
            text: qsTr("Only the album goes: its photos stay in your library and in their folders.")
        }
        onAccepted: {
            page.albumActions.deleteAlbum(page.openAlbumId)
            page.back()
        }
    }
}
