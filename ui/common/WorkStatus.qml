import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Background work in the rail: what runs (scan, thumbnails), how far, pause / resume / cancel.
Rectangle {
    id: status
    required property BackgroundWork work
    visible: work.running || work.paused
    implicitHeight: visible ? column.implicitHeight + 20 : 0
    radius: Theme.radius
    color: Theme.surfaceHigh

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: 10
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: status.work.stage
                color: Theme.text
                font.pixelSize: 13
                font.weight: Font.Medium
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            IconButton {
                implicitWidth: 30; implicitHeight: 30
                iconName: status.work.paused ? "play" : "pause"
                tip: status.work.paused ? qsTr("Resume") : qsTr("Pause")
                onClicked: status.work.paused ? status.work.resume() : status.work.pause()
            }
            IconButton {
                implicitWidth: 30; implicitHeight: 30
                iconName: "close"
                tip: qsTr("Cancel")
                visible: !status.work.paused
                onClicked: status.work.cancel()
            }
        }
        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: Math.max(1, status.work.total)
            value: status.work.done
            indeterminate: status.work.total <= 0 && !status.work.paused
        }
        Label {
            text: status.work.total > 0 ? qsTr("%1 of %2").arg(status.work.done).arg(status.work.total)
                                        : qsTr("%1 files found").arg(status.work.done)
            visible: !status.work.paused
            color: Theme.subtext
            font.pixelSize: 12
        }
    }
}
