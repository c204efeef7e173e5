import QtQuick
import Tintype
import QtQuick.Controls

// A round, flat button showing one of our icons, with a tooltip.
ToolButton {
    id: control
    property string iconName
    property bool white: false
    property string tip
    implicitWidth: 40
    implicitHeight: 40
    icon.source: iconName ? (white ? Theme.whiteIcon(iconName) : Theme.icon(iconName)) : ""
    icon.width: 22
    icon.height: 22
    icon.color: "transparent"
    display: AbstractButton.IconOnly
    ToolTip.visible: hovered && tip.length > 0
    ToolTip.text: tip
    ToolTip.delay: 600
    Accessible.name: tip
    // Enter presses it like Space when it has the keyboard focus.
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
}
