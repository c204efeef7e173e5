import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Names or renames a person; a name another person already has offers to
// merge this one into them.
Item {
    id: root
    required property PeopleModel people
    property var personId: 0
    signal named()

    function open(id, currentName) {
        personId = id
        field.text = currentName || ""
        dialog.open()
        field.forceActiveFocus()
    }
    function apply() {
        const other = people.personNamed(field.text, personId)
        if (other > 0) {
            mergeDialog.otherId = other
            mergeDialog.otherName = people.person(other).name
            mergeDialog.open()
        } else if (field.text.trim().length > 0) {
            people.rename(personId, field.text)
            root.named()
        }
    }

    // Sized to the window (1024×700 at 150% leaves 683×467 logical pixels): the
    // field never reaches past the dialog's edge.
    Dialog {
        id: dialog
        objectName: "nameDialog"
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(420, (parent ? parent.width : 420) - 32)
        modal: true
        title: qsTr("Name this person")
        standardButtons: Dialog.Ok | Dialog.Cancel
        onAccepted: root.apply()
        TextField {
            id: field
            objectName: "nameField"
            width: dialog.availableWidth
            placeholderText: qsTr("Name")
            onAccepted: dialog.accept()
            Accessible.name: qsTr("Name")
        }
    }
    Dialog {
        id: mergeDialog
        property string otherName
        property var otherId: 0
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Merge with %1?").arg(otherName)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            id: mergeText
            width: Math.min(380, (mergeDialog.parent ? mergeDialog.parent.width : 412) - 80) // fits 683 px and less
            wrapMode: Text.Wrap
            text: qsTr("Someone is already named %1. Are these the same person? Their faces will be put together.").arg(mergeDialog.otherName)
        }
        // Into the person who has the name, so it stays as they wrote it.
        onAccepted: { root.people.merge([mergeDialog.otherId, root.personId]); root.named() }
    }
}
