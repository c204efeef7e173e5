import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Places as tiles: cover photo, name, a line under it (towns of a country, a
// town's region) and the number of photos. `model` is a PlaceListModel.
GridView {
    id: view
    signal openTile(string code, string city, string name)
    readonly property int columns: Math.max(1, Math.floor((width - 8) / 216))
    leftMargin: 24
    topMargin: 16
    clip: true
    cellWidth: Math.floor((width - 32) / columns)
    cellHeight: cellWidth + 64
    ScrollBar.vertical: ScrollBar {}
    delegate: ItemDelegate {
        id: tile
        required property string code
        required property string city
        required property string name
        required property string subtitle
        required property var itemCount
        required property string cover
        width: view.cellWidth - 16
        height: view.cellHeight - 8
        padding: 0
        onClicked: view.openTile(code, city, name)
        Accessible.name: name
        background: Rectangle { color: "transparent" }
        contentItem: ColumnLayout {
            spacing: 2
            Rectangle {
                Layout.fillWidth: true
                Layout.preferredHeight: width
                radius: Theme.radius
                color: Theme.placeholder
                clip: true
                Image {
                    anchors.fill: parent
                    source: tile.cover
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize: Qt.size(400, 400)
                    visible: status === Image.Ready
                    opacity: tile.hovered ? 0.9 : 1
                }
                Image {
                    anchors.centerIn: parent
                    visible: tile.cover.length === 0
                    source: Theme.icon("place")
                    sourceSize: Qt.size(40, 40)
                }
            }
            Label {
                text: tile.name
                color: Theme.text
                font.pixelSize: 14
                font.weight: Font.Medium
                elide: Text.ElideRight
                Layout.fillWidth: true
                Layout.topMargin: 4
            }
            Label {
                text: tile.subtitle.length > 0 ? qsTr("%n photo(s)", "", tile.itemCount) + " · " + tile.subtitle
                                               : qsTr("%n photo(s)", "", tile.itemCount)
                color: Theme.subtext
                font.pixelSize: 12
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
    }
}
