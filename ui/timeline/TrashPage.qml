import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Trash: the photos Tintype moved to the system trash (what else is in the
// trash is not Tintype's to show). Select them and put them back where they
// were, or delete them for good.
Item {
    id: page
    required property AppServices services
    property bool active: true
    readonly property alias timeline: photos
    readonly property bool settled: photos.settled
    readonly property int selected: photos.selection.count

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
                                        : qsTr("Photos you deleted in Tintype. They stay in the system trash until it is emptied.")
                color: page.selected > 0 ? Theme.text : Theme.subtext
                elide: Text.ElideRight
            }
            Button {
                text: page.selected > 0 ? qsTr("Clear selection") : qsTr("Select all")
                flat: true
                visible: photos.model.photoCount > 0
                onClicked: page.selected > 0 ? photos.selection.clear() : photos.selection.selectAll()
            }
            Button {
                text: qsTr("Delete forever…")
                flat: true
                enabled: page.selected > 0
                onClicked: confirmDelete.open()
            }
            PrimaryButton {
                text: qsTr("Restore")
                enabled: page.selected > 0
                onClicked: {
                    page.services.actions.restoreFromTrash(photos.selection.selectedIds())
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
            scope: TimelineModel.Trash
            emptyText: qsTr("Nothing in the trash from Tintype")
            // A trashed photo cannot be opened: a click picks it.
            onOpenAsset: (index) => photos.selection.toggle(index)
        }
    }

    SurfaceDialog {
        id: confirmDelete
        anchors.centerIn: parent
        title: qsTr("Delete %n item(s) forever?", "", page.selected)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Component.onCompleted: standardButton(Dialog.Ok).text = qsTr("Delete forever")
        Label {
            width: 400
            wrapMode: Text.Wrap
            color: Theme.text
            text: qsTr("The files are removed from the system trash, with their RAW and sidecar files, and leave Tintype with their albums, faces and edits. This cannot be undone.")
        }
        onAccepted: {
            page.services.actions.deleteForever(photos.selection.selectedIds())
            photos.selection.clear()
        }
    }
}
