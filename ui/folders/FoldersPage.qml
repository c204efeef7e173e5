import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The disk layout as it is: roots and folders with photo counts (offline
// roots marked, still browsable from the cache); the photos of the chosen folder.
Item {
    id: page
    required property AppServices services
    property alias timeline: photos
    signal openAsset(var view, int index)

    property bool active: true

    FolderTreeModel {
        id: tree
        services: page.active ? page.services : null
        // Open on the first folder with photos, so the page never starts empty.
        onLoaded: if (folders.currentIndex < 0) page.choose(revealFirstFolderWithPhotos())
    }
    function choose(row) {
        if (row < 0) return
        folders.currentIndex = row
        const i = tree.index(row, 0)
        photos.folderRootId = tree.data(i, FolderTreeModel.RootIdRole)
        photos.folderKey = tree.data(i, FolderTreeModel.FolderKeyRole)
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        ListView {
            id: folders
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            model: tree
            clip: true
            currentIndex: -1
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: folderRow
                required property int index
                required property string name
                required property int depth
                required property var direct
                required property var total
                required property bool online
                required property bool expanded
                required property bool hasChildren
                required property var rootId
                required property string folderKey
                required property bool isRoot
                width: ListView.view.width
                height: 40
                highlighted: ListView.isCurrentItem
                onClicked: page.choose(index)
                background: Rectangle {
                    color: folderRow.highlighted ? Theme.accentSoft : (folderRow.hovered ? Theme.surfaceHigh : "transparent")
                    radius: 20
                    anchors.fill: parent
                    anchors.leftMargin: 8; anchors.rightMargin: 8
                }
                contentItem: RowLayout {
                    spacing: 6
                    Item {
                        Layout.leftMargin: 4 + folderRow.depth * 16
                        width: 20; height: 20
                        Image {
                            anchors.centerIn: parent
                            visible: folderRow.hasChildren
                            source: Theme.icon(folderRow.expanded ? "chevron-down" : "chevron-right")
                            sourceSize: Qt.size(16, 16)
                        }
                        MouseArea { anchors.fill: parent; enabled: folderRow.hasChildren; onClicked: tree.toggle(folderRow.index) }
                    }
                    Image {
                        source: Theme.icon(folderRow.isRoot && !folderRow.online ? "offline" : "folder")
                        sourceSize: Qt.size(18, 18)
                    }
                    Label {
                        text: folderRow.name
                        color: Theme.text
                        elide: Text.ElideMiddle
                        font.pixelSize: 13
                        font.weight: folderRow.isRoot ? Font.DemiBold : Font.Normal
                        Layout.fillWidth: true
                        ToolTip.visible: folderRow.hovered && truncated
                        ToolTip.text: text
                    }
                    Label {
                        visible: folderRow.isRoot && !folderRow.online
                        text: qsTr("offline")
                        color: Theme.danger
                        font.pixelSize: 11
                    }
                    Label {
                        text: folderRow.total
                        color: Theme.subtext
                        font.pixelSize: 12
                        Layout.rightMargin: 8
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                visible: folders.count === 0
                text: qsTr("No folders yet")
                color: Theme.subtext
            }
        }
        Rectangle { Layout.fillHeight: true; width: 1; color: Theme.divider }
        TimelineView {
            id: photos
            Layout.fillWidth: true
            Layout.fillHeight: true
            services: page.services
            active: page.active
            scope: TimelineModel.Folder
            emptyText: folders.currentIndex < 0 ? qsTr("Choose a folder") : qsTr("No photos directly in this folder")
            onOpenAsset: (index) => page.openAsset(photos, index)
        }
    }
}
