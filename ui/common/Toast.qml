import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// What the last action did, with Undo where it can be undone (trash,
// archive, remove from album).
Rectangle {
    id: toast
    required property AssetActions actions
    visible: actions.message.length > 0
    radius: 8
    color: Theme.dark ? "#e3e3e3" : "#303030"
    implicitWidth: row.implicitWidth + 32
    implicitHeight: 48
    onVisibleChanged: if (visible) hide.restart()
    Connections {
        target: toast.actions
        function onMessageChanged() { if (toast.actions.message.length > 0) hide.restart() }
    }
    Timer { id: hide; interval: 6000; onTriggered: toast.actions.clearMessage() }

    RowLayout {
        id: row
        anchors.centerIn: parent
        spacing: 16
        Label { text: toast.actions.message; color: Theme.dark ? "#1f1f1f" : "#f2f2f2"; Layout.maximumWidth: 560; elide: Text.ElideRight }
        Button {
            visible: toast.actions.canUndo
            text: qsTr("Undo")
            flat: true
            onClicked: toast.actions.undo()
            // Readable on the toast (the accent colour was lost on the dark toast of the light theme).
            contentItem: Label {
                text: parent.text
                color: Theme.dark ? "#0b57d0" : "#a8c7fa"
                font.weight: Font.Medium
                font.capitalization: Font.AllUppercase
                horizontalAlignment: Text.AlignHCenter
                verticalAlignment: Text.AlignVCenter
            }
        }
    }
}
