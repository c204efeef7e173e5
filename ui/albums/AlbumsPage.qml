import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Albums: a grid of albums (cover, name, count); an open album shows its
// photos as a timeline, with a way back, rename and delete (the album only:
// its photos stay in the library and on disk).
Item {
    id: page
    required property AppServices services
    required property AlbumActions albumActions
    property bool active: true
    property var openAlbumId: 0
    property string openAlbumName: ""
    readonly property bool albumOpen: openAlbumId > 0
    readonly property bool settled: !albums.loading && (!albumOpen || photos.settled)
    property alias timeline: photos
    property alias albums: albumList
    signal openAsset(var view, int index)

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

    AlbumGrid {
        anchors.fill: parent
        visible: !page.albumOpen
        model: albumList
        loading: albumList.loading && albumList.count === 0
        onOpenAlbum: (albumId, name) => page.open(albumId, name)
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

    AlbumNameDialog {
        id: renameDialog
        anchors.centerIn: parent
        onNamed: (name) => page.albumActions.renameAlbum(page.openAlbumId, name)
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
