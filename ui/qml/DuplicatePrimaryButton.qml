import QtQuick
import QtQuick.Controls
import Tintype

// The one main action of a duplicates screen: filled with the accent colour
// (drawn here, so it shows the same in every renderer), never taking the
// keyboard focus from the page. Text in the page's background colour
// (Theme.onAccent reads as a signal handler name in QML, so it is always black).
Button {
    id: control
    focusPolicy: Qt.NoFocus
    contentItem: Label {
        text: control.text
        color: control.enabled ? Theme.background : Theme.subtext
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
    }
    leftPadding: 20
    rightPadding: 20
}
