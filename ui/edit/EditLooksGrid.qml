import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The named looks (EditLooks) as small previews of this photo; a click
// applies one on top of the other settings, "None" takes it off.
GridLayout {
    id: grid
    required property EditSession session
    property real tileWidth: 130
    columns: 2
    columnSpacing: 10
    rowSpacing: 10

    Repeater {
        model: [{ id: "", name: qsTr("None"), image: grid.session.original }].concat(grid.session.looks)
        delegate: ItemDelegate {
            id: tile
            required property var modelData
            readonly property bool current: grid.session.look === modelData.id
            objectName: "look-" + (modelData.id || "none")
            Layout.preferredWidth: grid.tileWidth
            implicitHeight: thumb.height + name.implicitHeight + 18
            padding: 4
            onClicked: grid.session.applyLook(modelData.id)
            Accessible.name: modelData.name
            background: Rectangle {
                radius: 10
                color: tile.hovered ? "#282a2c" : "transparent"
                border.color: tile.current ? "#a8c7fa" : "transparent"
                border.width: 2
            }
            contentItem: ColumnLayout {
                spacing: 4
                EditCanvas {
                    id: thumb
                    Layout.fillWidth: true
                    Layout.preferredHeight: width * 0.66
                    image: tile.modelData.image
                }
                Label {
                    id: name
                    text: tile.modelData.name
                    color: tile.current ? "#a8c7fa" : "#e3e3e3"
                    font.pixelSize: 12
                    horizontalAlignment: Text.AlignHCenter
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
            }
        }
    }
}
