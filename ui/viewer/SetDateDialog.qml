import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// "Set date…" for a photo that holds no capture time: the date and time on
// the photo's own clock, kept in the catalog (the file is not changed).
SurfaceDialog {
    id: dialog
    property AssetDetails details
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    title: qsTr("Set date")
    onOpened: { field.text = ""; problem.text = ""; field.forceActiveFocus() }
    function save() {
        const error = dialog.details ? dialog.details.setDate(field.text) : ""
        if (error.length > 0) { problem.text = error; return }
        dialog.close()
    }
    // "Set date" applies without closing, so a date it cannot read keeps the dialog open.
    footer: DialogButtonBox {
        background: Item {}
        onApplied: dialog.save()
        onRejected: dialog.reject()
        Button {
            objectName: "setDateButton"
            text: qsTr("Set date")
            flat: true
            enabled: field.text.trim().length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }
    ColumnLayout {
        width: Math.min(360, dialog.parent ? dialog.parent.width - 96 : 360)
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.subtext
            text: qsTr("When was this photo taken? Tintype keeps the date in its catalog; the file is not changed.")
        }
        TextField {
            id: field
            objectName: "dateField"
            Layout.fillWidth: true
            placeholderText: qsTr("2019-06-12 15:30")
            inputMethodHints: Qt.ImhDate | Qt.ImhTime
            onAccepted: dialog.save()
        }
        Label { id: problem; visible: text.length > 0; color: Theme.error; wrapMode: Text.Wrap; Layout.fillWidth: true }
    }
}
