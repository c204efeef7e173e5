import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Settings: the files whose image data is damaged (shown as far as it could be
// read) or could not be read at all, with why, so a user can restore them from
// a backup. Nothing when there are none.
ColumnLayout {
    id: section
    property var files: []
    property bool expanded: false
    readonly property int shownRows: expanded ? files.length : Math.min(files.length, 5)
    visible: files.length > 0
    spacing: 6
    Layout.fillWidth: true

    Label {
        text: qsTr("Damaged files")
        font.pixelSize: 16
        font.weight: Font.Medium
        color: Theme.text
        Layout.topMargin: 16
    }
    Label {
        text: (section.files.length === 1 ? qsTr("One file is damaged")
                                          : qsTr("%1 files are damaged").arg(section.files.length))
              + " " + qsTr("(cut short by an interrupted copy, a failing card or disk): shown as far as they could be read. Restore them from a backup if you have one.")
        color: Theme.subtext
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    Repeater {
        model: section.shownRows
        delegate: Rectangle {
            required property int index
            readonly property var file: section.files[index]
            objectName: "damagedFile"
            Layout.fillWidth: true
            implicitHeight: column.implicitHeight + 16
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 16; anchors.rightMargin: 16
                spacing: 12
                Image { source: Theme.icon("damaged"); sourceSize: Qt.size(20, 20) }
                ColumnLayout {
                    id: column
                    spacing: 2
                    Layout.fillWidth: true
                    Label { text: file.name; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                    Label {
                        text: (file.shown ? "" : qsTr("Nothing could be read: ")) + file.reason
                        color: file.shown ? Theme.subtext : Theme.danger
                        font.pixelSize: 12; wrapMode: Text.Wrap; Layout.fillWidth: true
                    }
                    Label { text: file.folder; color: Theme.subtext; font.pixelSize: 12; elide: Text.ElideMiddle; Layout.fillWidth: true }
                }
            }
        }
    }
    Button {
        visible: section.files.length > 5
        flat: true
        text: section.expanded ? qsTr("Show fewer") : qsTr("Show all %1").arg(section.files.length)
        onClicked: section.expanded = !section.expanded
    }
}
