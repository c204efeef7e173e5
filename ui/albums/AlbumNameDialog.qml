import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Asks for an album's name (rename, new album); OK only with a name.
SurfaceDialog {
    id: dialog
    property alias name: field.text
    property string okText: qsTr("OK")
    signal named(string name)
    modal: true
    title: qsTr("Rename album")
    standardButtons: Dialog.Ok | Dialog.Cancel
    onOpened: { field.forceActiveFocus(); field.selectAll() }
    onAccepted: dialog.named(field.text.trim())
    Component.onCompleted: {
        standardButton(Dialog.Ok).enabled = Qt.binding(() => field.text.trim().length > 0)
        standardButton(Dialog.Ok).text = Qt.binding(() => dialog.okText)
    }
    TextField {
        id: field
        implicitWidth: 360 // the dialog sizes itself from it (a plain width overflowed)
        placeholderText: qsTr("Album name")
        onAccepted: if (text.trim().length > 0) dialog.accept()
    }
}
