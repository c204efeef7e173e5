import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Memories on top of Photos: today's "N years ago", trip anniversaries and the
// best of last month, as cards (cover, title); × dismisses one for good.
// Choosing one plays its best photos as a slideshow. Not shown when there are none.
ListView {
    id: strip
    required property AppServices services
    property bool active: true
    property alias memories: memoryList
    signal openMemory(var slides, string title, var assetIds) // a slideshow of its best photos
    visible: memoryList.count > 0
    implicitHeight: visible ? 172 : 0
    orientation: ListView.Horizontal
    spacing: 12
    leftMargin: 24
    rightMargin: 24
    topMargin: 8
    clip: true
    model: MemoryListModel {
        id: memoryList
        services: strip.active ? strip.services : null
    }
    delegate: ItemDelegate {
        id: card
        required property string key
        required property string title
        required property string cover
        required property var slides
        required property var assetIds
        width: 140
        height: 156
        padding: 0
        Accessible.name: title
        background: Rectangle { color: "transparent" }
        onClicked: strip.openMemory(slides, title, assetIds)
        contentItem: Rectangle {
            radius: Theme.radius
            color: Theme.placeholder
            clip: true
            Image {
                anchors.fill: parent
                source: card.cover
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize: Qt.size(400, 400)
            }
            Rectangle {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: 44
                gradient: Gradient {
                    GradientStop { position: 0; color: "transparent" }
                    GradientStop { position: 1; color: "#c0000000" }
                }
            }
            Label {
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                anchors.margins: 8
                text: card.title
                color: "white"
                font.pixelSize: 13
                font.weight: Font.Medium
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            IconButton {
                anchors.top: parent.top
                anchors.right: parent.right
                iconName: "close"
                tip: qsTr("Dismiss this memory")
                onClicked: memoryList.dismiss(card.key)
            }
        }
    }
}
