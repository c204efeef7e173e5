import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The albums as cards: cover thumbnail, name, number of photos; an empty
// state saying how albums are made. `model` has the roles of AlbumListModel
// (albumId, name, itemCount, cover).
Item {
    id: grid
    property var model
    property bool loading: false
    signal openAlbum(var albumId, string name)

    readonly property int cardWidth: 200
    readonly property int columns: Math.max(1, Math.floor((width - 32) / (cardWidth + 16)))

    GridView {
        id: view
        anchors.fill: parent
        anchors.leftMargin: 24
        anchors.topMargin: 16
        model: grid.model
        clip: true
        cellWidth: Math.floor((grid.width - 32) / grid.columns)
        cellHeight: cellWidth + 56
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: card
            required property var albumId
            required property string name
            required property int itemCount
            required property string cover
            width: view.cellWidth - 16
            height: view.cellHeight - 8
            padding: 0
            onClicked: grid.openAlbum(albumId, name)
            Accessible.name: name
            background: Rectangle { color: "transparent" }
            contentItem: ColumnLayout {
                spacing: 4
                Rectangle {
                    Layout.fillWidth: true
                    Layout.preferredHeight: width
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
                        opacity: card.hovered ? 0.9 : 1
                    }
                    Image {
                        anchors.centerIn: parent
                        visible: card.cover.length === 0
                        source: Theme.icon("album")
                        sourceSize: Qt.size(40, 40)
                    }
                }
                Label {
                    text: card.name
                    color: Theme.text
                    font.pixelSize: 14
                    font.weight: Font.Medium
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: qsTr("%n item(s)", "", card.itemCount)
                    color: Theme.subtext
                    font.pixelSize: 12
                    Layout.fillWidth: true
                }
            }
        }
    }
    ColumnLayout {
        anchors.centerIn: parent
        visible: !grid.loading && view.count === 0
        spacing: 8
        Image { source: Theme.icon("album"); sourceSize: Qt.size(48, 48); Layout.alignment: Qt.AlignHCenter }
        Label {
            objectName: "emptyText"
            text: qsTr("No albums yet")
            color: Theme.text
            font.pixelSize: 18
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: qsTr("Make one with “New album”, or select photos and choose “Add to album”, or import your albums from Google Takeout.")
            color: Theme.subtext
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.maximumWidth: 420
            Layout.alignment: Qt.AlignHCenter
        }
    }
}
