import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// "Add photos" in an album: the library's timeline in a selection mode (a
// click picks or unpicks a photo, Shift picks a run), then Add.
SurfaceDialog {
    id: chooser
    required property AppServices services
    property string albumName
    readonly property alias timeline: photos
    signal chosen(var ids)

    title: qsTr("Add photos to “%1”").arg(albumName)
    width: parent ? Math.min(parent.width - 64, 1100) : 800
    height: parent ? parent.height - 64 : 600
    padding: 0
    onOpened: { photos.selection.clear(); photos.list.forceActiveFocus() }
    onClosed: photos.selection.clear()

    footer: RowLayout {
        spacing: 8
        Label {
            Layout.leftMargin: 24
            Layout.fillWidth: true
            text: photos.selection.count > 0 ? qsTr("%n selected", "", photos.selection.count)
                                             : qsTr("Click the photos to add")
            color: Theme.subtext
        }
        Button { text: qsTr("Cancel"); flat: true; onClicked: chooser.reject() }
        PrimaryButton {
            Layout.rightMargin: 24
            Layout.bottomMargin: 16
            Layout.topMargin: 8
            objectName: "addChosen"
            text: photos.selection.count > 0 ? qsTr("Add (%1)").arg(photos.selection.count) : qsTr("Add")
            enabled: photos.selection.count > 0
            onClicked: {
                chooser.chosen(photos.selection.selectedIds())
                chooser.close()
            }
        }
    }

    TimelineView {
        id: photos
        anchors.fill: parent
        services: chooser.services
        active: chooser.visible
        scope: TimelineModel.All
        onOpenAsset: (index) => photos.selection.toggle(index)
    }
}
