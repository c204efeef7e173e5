import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Asks for an album's name (rename); OK only with a name.
SurfaceDialog {
    id: dialog
    property alias name: field.text
    signal named(string name)
    modal: true
    title: qsTr("Rename album")
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: { field.forceActiveFocus(); field.selectAll() }
    onAccepted: dialog.named(field.text.trim())
    Component.onCompleted: standardButton(Dialog.Ok).enabled = Qt.binding(() => field.text.trim().length > 0)
    TextField {
        id: field
        width: 360
        placeholderText: qsTr("Album name")
        onAccepted: if (text.trim().length > 0) dialog.accept()
    }
}
