import QtQuick
import QtQuick.Controls
import Tintype

// The edit mode's text buttons, drawn by hand so they look the same with
// every scene-graph backend: `primary` (Done, Auto-enhance) filled, others an
// outlined chip (filled when checked) or, `flat`, just text.
Button {
    id: control
    property bool primary: false
    property string iconName
    implicitHeight: 36
    topInset: 0
    bottomInset: 0
    leftPadding: 16
    rightPadding: 16
    font.pixelSize: 13
    font.capitalization: Font.MixedCase
    opacity: enabled ? 1 : 0.45
    Accessible.name: text
    contentItem: Row {
        spacing: 8
        Image {
            visible: control.iconName.length > 0
            source: visible ? "qrc:/icons/" + control.iconName + (control.primary ? ".svg" : "-white.svg") : ""
            sourceSize: Qt.size(18, 18)
            anchors.verticalCenter: parent.verticalCenter
        }
        Label {
            text: control.text
            font: control.font
            color: control.primary ? "#062e6f" : (control.checked ? "#d3e3fd" : "#e3e3e3")
            anchors.verticalCenter: parent.verticalCenter
        }
    }
    background: Rectangle {
        implicitWidth: 48
        radius: height / 2
        color: control.primary ? (control.down ? "#d3e3fd" : "#a8c7fa")
                               : control.checked ? "#004a77"
                               : control.down || control.hovered ? "#333537" : "transparent"
        border.color: control.primary || control.checked || control.flat ? "transparent" : "#5f6368"
    }
}
