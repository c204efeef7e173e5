import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// About Tintype (Settings > About, or the shortcuts sheet): the version, what
// Tintype is, its licence, and the parts it is built on or ships with theirs.
Popup {
    id: sheet
    modal: true
    anchors.centerIn: parent
    width: Math.min(720, parent.width - 64)
    height: Math.min(640, parent.height - 64)
    padding: 24
    background: Rectangle { radius: 20; color: Theme.surface; border.color: Theme.divider }
    Overlay.modal: Rectangle { color: Theme.scrim }
    onAboutToShow: scroll.contentItem.contentY = 0 // from the top each time

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        ColumnLayout {
            width: scroll.availableWidth - 16 // room for the scroll bar
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("About Tintype"); font.pixelSize: 22; color: Theme.text; Layout.fillWidth: true }
                IconButton { iconName: "close"; tip: qsTr("Close"); onClicked: sheet.close() }
            }
            Label {
                objectName: "aboutVersion"
                text: qsTr("Version %1").arg(AboutTintype.version)
                color: Theme.text
                font.pixelSize: 15
                font.weight: Font.Medium
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: qsTr("A photo manager for the folders you already have: timeline, albums, people, places and search, without moving, renaming or writing into your photos.")
            }
            Label {
                objectName: "aboutLicence"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: AboutTintype.licence.length > 0 ? qsTr("Tintype is distributed under the %1.").arg(AboutTintype.licence)
                                                      : qsTr("This build of Tintype states no licence of its own (its source has no LICENSE file).")
            }
            Label {
                Layout.topMargin: 12
                text: qsTr("Built on")
                color: Theme.accent
                font.pixelSize: 13
                font.weight: Font.Medium
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtext
                font.pixelSize: 12
                text: qsTr("Each part keeps its own licence (SPDX names); their full texts are in the package's copyright file.")
            }
            Repeater {
                model: AboutTintype.components
                delegate: RowLayout {
                    id: part
                    required property var modelData
                    objectName: "aboutPart"
                    Layout.fillWidth: true
                    spacing: 16
                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.preferredWidth: 3
                        spacing: 0
                        Label { text: part.modelData.name; color: Theme.text; font.weight: Font.Medium; wrapMode: Text.Wrap; Layout.fillWidth: true }
                        Label { text: part.modelData.use; color: Theme.subtext; font.pixelSize: 12; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                    Label {
                        objectName: "aboutPartLicence"
                        Layout.fillWidth: true
                        Layout.preferredWidth: 2
                        Layout.alignment: Qt.AlignTop
                        text: part.modelData.licence
                        color: Theme.text
                        font.pixelSize: 12
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
    }
}
