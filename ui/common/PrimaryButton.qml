import QtQuick
import QtQuick.Controls
import Tintype

// The one main action of a page or dialog: filled with the accent colour,
// drawn here rather than by the Material style, whose raised buttons need a
// shader effect the software renderer (no OpenGL) cannot draw: there they came
// out as bare text.
Button {
    id: control
    contentItem: Label {
        text: control.text
        color: control.enabled ? Theme.textOnAccent : Theme.subtext
        font.pixelSize: 14
        font.weight: Font.Medium
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
    background: Rectangle {
        implicitHeight: 40
        radius: 20
        color: !control.enabled ? Theme.surfaceHigh : control.down ? Qt.darker(Theme.accent, 1.15)
                                                                  : control.hovered ? Qt.lighter(Theme.accent, 1.08) : Theme.accent
        border.width: control.visualFocus ? 2 : 0 // the keyboard is here
        border.color: Theme.text
    }
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    leftPadding: 20
    rightPadding: 20
}
