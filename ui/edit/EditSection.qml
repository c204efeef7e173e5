import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// A titled group of edit tools with a reset for the whole group.
ColumnLayout {
    id: section
    property string title
    property bool changed: false
    signal resetRequested()
    default property alias content: body.data
    spacing: 4
    Layout.fillWidth: true

    RowLayout {
        Layout.fillWidth: true
        Layout.topMargin: 8
        Label { text: section.title; color: "#a8c7fa"; font.pixelSize: 13; font.weight: Font.Medium; Layout.fillWidth: true }
        EditButton {
            flat: true
            text: qsTr("Reset")
            enabled: section.changed
            font.pixelSize: 12
            implicitHeight: 30
            onClicked: section.resetRequested()
        }
    }
    ColumnLayout {
        id: body
        spacing: 2
        Layout.fillWidth: true
    }
}
