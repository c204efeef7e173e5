import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// One copy of a duplicate group (a row of DuplicateCopies): its thumbnail
// with its number key, whether it is kept (and whether the proposal chose
// it), its facts with the values that differ from the kept copy marked, and
// how it differs in words. A click keeps this copy instead.
Rectangle {
    id: card
    required property int number
    required property string source
    required property bool keep
    required property bool proposed
    required property bool available
    required property string fileName
    required property var facts
    required property var differences
    required property var badges
    property bool decided: false // the group is applied or dismissed: no more choosing
    signal chosen(int number)

    width: 272
    implicitHeight: column.implicitHeight + 24
    radius: Theme.radius
    color: Theme.surface
    border.color: keep ? Theme.accent : Theme.divider
    border.width: keep ? 2 : 1
    Accessible.name: qsTr("Copy %1: %2").arg(number).arg(fileName)

    MouseArea {
        anchors.fill: parent
        enabled: !card.decided && !card.keep
        cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
        onClicked: card.chosen(card.number)
    }

    ColumnLayout {
        id: column
        x: 12
        y: 12
        width: card.width - 24
        spacing: 6

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.round(width * 0.7)
            radius: 8
            color: Theme.placeholder
            clip: true
            Image {
                anchors.fill: parent
                source: card.available ? card.source : ""
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                sourceSize: Qt.size(256, 256)
            }
            Rectangle {
                // The number key that keeps this copy.
                x: 8; y: 8
                width: 26; height: 26; radius: 13
                color: card.keep ? Theme.accent : "#99000000"
                Label {
                    anchors.centerIn: parent
                    text: card.number
                    color: card.keep ? Theme.background : "white"
                    font.pixelSize: 13
                    font.weight: Font.DemiBold
                }
            }
            Rectangle {
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 8
                height: 26
                width: verdict.implicitWidth + 20
                radius: 13
                color: card.keep ? Theme.accent : "#99000000"
                Label {
                    id: verdict
                    anchors.centerIn: parent
                    text: card.keep ? qsTr("Keep") : (card.available ? qsTr("To the trash") : qsTr("Offline: stays"))
                    color: card.keep ? Theme.background : "white"
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                }
            }
        }

        Label {
            Layout.fillWidth: true
            text: card.fileName
            elide: Text.ElideMiddle
            color: Theme.text
            font.pixelSize: 14
            font.weight: Font.DemiBold
        }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            visible: card.badges.length > 0 || (card.proposed && !card.keep)
            Repeater {
                model: card.proposed && !card.keep ? card.badges.concat([qsTr("Proposed")]) : card.badges
                delegate: Rectangle {
                    required property string modelData
                    height: 22
                    width: badge.implicitWidth + 16
                    radius: 11
                    color: Theme.surfaceHigh
                    Label { id: badge; anchors.centerIn: parent; text: modelData; color: Theme.subtext; font.pixelSize: 11 }
                }
            }
        }
        Repeater {
            model: card.facts
            delegate: RowLayout {
                required property var modelData
                Layout.fillWidth: true
                spacing: 8
                Label {
                    Layout.preferredWidth: 78
                    text: modelData.label
                    color: Theme.subtext
                    font.pixelSize: 12
                }
                Label {
                    Layout.fillWidth: true
                    text: modelData.value
                    elide: Text.ElideMiddle
                    color: Theme.text
                    font.pixelSize: 12
                    font.weight: modelData.differs ? Font.DemiBold : Font.Normal
                    leftPadding: modelData.differs ? 6 : 0
                    rightPadding: leftPadding
                    background: Rectangle { visible: modelData.differs; radius: 4; color: Theme.accentSoft }
                    ToolTip.visible: hovered && truncated
                    ToolTip.text: modelData.value
                    property bool hovered: hover.hovered
                    HoverHandler { id: hover }
                }
            }
        }
        Label {
            Layout.fillWidth: true
            visible: card.differences.length > 0
            text: card.differences.join(" · ")
            wrapMode: Text.Wrap
            color: Theme.subtext
            font.pixelSize: 12
        }
    }
}
