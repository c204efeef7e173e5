import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// "Add to album…": a new album (type its name) or one of the existing ones.
// `albums` has the roles of AlbumListModel (albumId, name, itemCount, cover).
SurfaceDialog {
    id: picker
    property var albums
    property int photoCount: 0
    signal createRequested(string name)
    signal addRequested(var albumId, string name)

    modal: true
    width: Math.min(480, parent ? parent.width - 48 : 480)
    title: qsTr("Add %n item(s) to an album", "", photoCount)
    standardButtons: Dialog.Cancel
    onOpened: { newName.text = ""; newName.forceActiveFocus() }

    function create() {
        const name = newName.text.trim()
        if (name.length === 0) return
        picker.createRequested(name)
        picker.close()
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label { text: qsTr("New album"); color: Theme.subtext; font.pixelSize: 12 }
        RowLayout {
            spacing: 8
            TextField {
                id: newName
                objectName: "newName"
                Layout.fillWidth: true
                placeholderText: qsTr("Album name")
                onAccepted: picker.create()
            }
            PrimaryButton {
                objectName: "createButton"
                text: qsTr("Create")
                enabled: newName.text.trim().length > 0
                onClicked: picker.create()
            }
        }
        Label {
            visible: existing.count > 0
            text: qsTr("Or add to")
            color: Theme.subtext
            font.pixelSize: 12
            Layout.topMargin: 8
        }
        ListView {
            id: existing
            objectName: "existingAlbums"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 280)
            clip: true
            model: picker.albums
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                required property var albumId
                required property string name
                required property int itemCount
                required property string cover
                width: ListView.view.width
                height: 52
                onClicked: { picker.addRequested(albumId, name); picker.close() }
                contentItem: RowLayout {
                    spacing: 12
                    Rectangle {
                        width: 40; height: 40; radius: 8
                        color: Theme.placeholder
                        clip: true
                        Image {
                            anchors.fill: parent
                            source: cover
                            fillMode: Image.PreserveAspectCrop
                            sourceSize: Qt.size(80, 80)
                            asynchronous: true
                        }
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label { text: name; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: qsTr("%n item(s)", "", itemCount); color: Theme.subtext; font.pixelSize: 12 }
                    }
                }
            }
        }
    }
}
