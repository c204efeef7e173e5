import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// First run: which folders hold the photos (Pictures suggested). Adding one
// starts the scan in the background; photos appear while it runs.
Rectangle {
    id: welcome
    required property LibrarySettings settings
    color: Theme.background

    FilePicker {
        id: chooser
        title: qsTr("Choose a folder with photos")
        onAccepted: welcome.settings.addFolder(selectedFolder)
    }

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(560, parent.width - 64)
        spacing: 20
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 72; height: 72; radius: 20
            gradient: Gradient {
                GradientStop { position: 0; color: "#f6b93b" }
                GradientStop { position: 1; color: "#e55039" }
            }
            Rectangle { anchors.centerIn: parent; width: 28; height: 28; radius: 14; color: "white"; opacity: 0.9 }
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: qsTr("Welcome to Tintype")
            font.pixelSize: 30
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: qsTr("Tintype shows the photos in your folders as a timeline, without moving, renaming or writing into a single file. Which folders hold your photos?")
            color: Theme.subtext
            font.pixelSize: 15
        }
        PrimaryButton {
            Layout.alignment: Qt.AlignHCenter
            visible: welcome.settings.suggestedFolder.length > 0
            text: qsTr("Use %1").arg(welcome.settings.suggestedFolder)
            onClicked: welcome.settings.addSuggestedFolder()
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            flat: true
            text: qsTr("Choose another folder…")
            onClicked: chooser.open()
        }
        Label {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            text: welcome.settings.message
            color: Theme.subtext
        }
    }
}
