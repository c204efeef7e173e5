import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Archive: photos kept out of the Photos timeline (still in their folders,
// albums and search). Select some and Unarchive to bring them back.
Item {
    id: page
    required property AppServices services
    property bool active: true
    readonly property alias timeline: photos
    readonly property bool settled: photos.settled
    readonly property int selected: photos.selection.count
    signal openAsset(var view, int index)

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.leftMargin: 24
            Layout.rightMargin: 16
            spacing: 8
            Label {
                Layout.fillWidth: true
                text: page.selected > 0 ? qsTr("%n selected", "", page.selected)
                                        : qsTr("Archived photos stay out of Photos, and stay in their folders, albums and search.")
                color: page.selected > 0 ? Theme.text : Theme.subtext
                elide: Text.ElideRight
            }
            Button {
                text: qsTr("Clear selection")
                flat: true
                visible: page.selected > 0
                onClicked: photos.selection.clear()
            }
            PrimaryButton {
                text: qsTr("Unarchive")
                enabled: page.selected > 0
                onClicked: {
                    page.services.actions.setArchived(photos.selection.selectedIds(), false)
                    photos.selection.clear()
                }
            }
        }
        TimelineView {
            id: photos
            Layout.fillWidth: true
            Layout.fillHeight: true
            services: page.services
            active: page.active
            scope: TimelineModel.Archive
            emptyText: qsTr("Archive photos (Shift+A) to keep them out of Photos")
            onOpenAsset: (index) => page.openAsset(photos, index)
        }
    }
}
