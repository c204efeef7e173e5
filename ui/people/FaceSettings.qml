import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Settings › Faces: the models (installed or how to install them), minimum
// face size and detector score for the photos scanned from now on.
ColumnLayout {
    id: section
    required property FaceScanSettings faces
    Layout.fillWidth: true
    spacing: 10

    Label { text: qsTr("Faces"); font.pixelSize: 16; font.weight: Font.Medium; color: Theme.text; Layout.topMargin: 16 }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        color: section.faces.modelsPresent ? Theme.subtext : Theme.danger
        text: section.faces.modelsPresent ? qsTr("Face models installed in %1. Faces are found on this computer; nothing leaves it.").arg(section.faces.modelDirectory)
                                          : section.faces.installHint
    }
    GridLayout {
        columns: 3
        columnSpacing: 16
        Label { text: qsTr("Smallest face"); color: Theme.text }
        Slider {
            id: size
            Layout.preferredWidth: 260
            from: 12
            to: 200
            stepSize: 4
            value: section.faces.minFaceSize
            onMoved: section.faces.minFaceSize = value
            Accessible.name: qsTr("Smallest face")
        }
        Label { text: qsTr("%1 px").arg(section.faces.minFaceSize); color: Theme.subtext }
        Label { text: qsTr("Minimum detector score"); color: Theme.text }
        Slider {
            Layout.preferredWidth: 260
            from: 0.1
            to: 0.99
            stepSize: 0.01
            value: section.faces.minScore
            onMoved: section.faces.minScore = value
            Accessible.name: qsTr("Minimum detector score")
        }
        Label { text: Math.round(section.faces.minScore * 100) + " %"; color: Theme.subtext }
    }
    Label {
        text: qsTr("Sizes are measured on a 1024-pixel preview. Changes apply to photos scanned from now on.")
        color: Theme.subtext; font.pixelSize: 12; wrapMode: Text.Wrap; Layout.fillWidth: true
    }
}
