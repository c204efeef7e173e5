import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Google Takeout import: choose the downloaded parts → see the plan (a dry
// run) → import with progress → the report. Nothing is written before
// "Import", the archives are never changed, and a stopped import goes on
// where it stopped when started again.
Rectangle {
    id: wizard
    required property AppServices services
    color: Theme.background

    TakeoutImport {
        id: job
        services: wizard.services
    }

    FilePicker {
        id: partsDialog
        title: qsTr("Choose the Takeout files you downloaded")
        mode: FilePicker.OpenFiles
        nameFilters: [qsTr("Takeout archives (*.zip *.tgz *.tar.gz *.tar)"), qsTr("All files (*)")]
        onAccepted: job.addParts(selectedFiles)
    }
    FilePicker {
        id: unpackedDialog
        title: qsTr("Choose an unpacked Takeout folder")
        onAccepted: job.addParts([selectedFolder])
    }
    FilePicker {
        id: destinationDialog
        title: qsTr("Where should the photos go?")
        onAccepted: job.setDestinationUrl(selectedFolder)
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 64
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: 48
            y: 32
            width: Math.min(720, wizard.width - 96)
            spacing: 16

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtext
                font.pixelSize: 14
                text: qsTr("Every photo comes back once, with its date, place, description and albums from Google's JSON files. The downloaded files are read as they are: no unpacking, and they are never changed.")
            }

            // 1. The parts and options.
            Rectangle {
                Layout.fillWidth: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                implicitHeight: chooseColumn.implicitHeight + 32
                enabled: job.step === TakeoutImport.Choose || job.step === TakeoutImport.Plan
                ColumnLayout {
                    id: chooseColumn
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 10
                    Label {
                        text: qsTr("1. The Takeout files")
                        font.pixelSize: 16
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: job.parts
                        RowLayout {
                            required property string modelData
                            required property int index
                            Layout.fillWidth: true
                            Label {
                                Layout.fillWidth: true
                                text: modelData
                                elide: Text.ElideMiddle
                                color: Theme.text
                            }
                            ToolButton {
                                text: "✕"
                                onClicked: job.removePart(index)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Remove")
                            }
                        }
                    }
                    Label {
                        visible: job.parts.length === 0
                        text: qsTr("No file chosen yet: add every part (takeout-…-001.zip, -002.zip, …).")
                        color: Theme.subtext
                    }
                    RowLayout {
                        spacing: 8
                        Button {
                            text: qsTr("Add Takeout files…")
                            onClicked: partsDialog.open()
                        }
                        Button {
                            flat: true
                            text: qsTr("Add an unpacked folder…")
                            onClicked: unpackedDialog.open()
                        }
                    }
                    Label {
                        text: qsTr("2. Where the photos go")
                        font.pixelSize: 16
                        font.bold: true
                        color: Theme.text
                        Layout.topMargin: 8
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            Layout.fillWidth: true
                            text: job.destination.length > 0 ? job.destination : qsTr("No folder chosen")
                            elide: Text.ElideMiddle
                            color: Theme.text
                        }
                        Button {
                            text: qsTr("Change…")
                            onClicked: destinationDialog.open()
                        }
                    }
                    RowLayout {
                        spacing: 12
                        Label {
                            text: qsTr("Folders:")
                            color: Theme.text
                        }
                        ComboBox {
                            id: patternBox
                            textRole: "label"
                            valueRole: "value"
                            implicitWidth: 260
                            model: [
                                { label: qsTr("Year / month (2019/06)"), value: "YYYY/MM" },
                                { label: qsTr("Year (2019)"), value: "YYYY" },
                                { label: qsTr("One folder per album"), value: "album" }
                            ]
                            onActivated: job.pattern = currentValue
                            Component.onCompleted: currentIndex = indexOfValue(job.pattern)
                        }
                    }
                    CheckBox {
                        text: qsTr("Write the restored dates and places into XMP sidecars instead of into the copies")
                        checked: job.sidecars
                        onToggled: job.sidecars = checked
                    }
                    PrimaryButton {
                        enabled: job.parts.length > 0 && job.destination.length > 0
                        text: qsTr("Check the Takeout")
                        onClicked: job.plan()
                    }
                }
            }

            // Progress while checking or importing.
            ColumnLayout {
                visible: job.step === TakeoutImport.Planning || job.step === TakeoutImport.Importing
                Layout.fillWidth: true
                spacing: 8
                ProgressBar {
                    Layout.fillWidth: true
                    value: job.progress
                }
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        Layout.fillWidth: true
                        text: job.progressText
                        color: Theme.subtext
                    }
                    Button {
                        text: qsTr("Stop")
                        onClicked: job.cancel()
                    }
                }
            }

            Label {
                visible: job.error.length > 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: job.error
                color: Theme.danger
            }

            // 3. The plan or the report.
            Rectangle {
                visible: job.step === TakeoutImport.Plan || job.step === TakeoutImport.Done
                Layout.fillWidth: true
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider
                implicitHeight: reportColumn.implicitHeight + 32
                ColumnLayout {
                    id: reportColumn
                    anchors.fill: parent
                    anchors.margins: 16
                    spacing: 10
                    Label {
                        text: job.step === TakeoutImport.Done ? qsTr("3. Done") : qsTr("3. What the import will do")
                        font.pixelSize: 16
                        font.bold: true
                        color: Theme.text
                    }
                    Repeater {
                        model: job.summary.length > 0 ? job.summary.split("\n") : []
                        delegate: Label {
                            required property string modelData
                            required property int index
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            text: modelData
                            color: index === 0 ? Theme.text : Theme.subtext
                            font.pixelSize: index === 0 ? 16 : 14
                        }
                    }
                    RowLayout {
                        spacing: 8
                        PrimaryButton {
                            visible: job.step === TakeoutImport.Plan
                            text: qsTr("Import %n photos", "", job.toImport)
                            onClicked: job.start()
                        }
                        Button {
                            visible: job.reportPath.length > 0
                            flat: true
                            text: qsTr("Open the full report")
                            onClicked: Qt.openUrlExternally("file://" + job.reportPath)
                        }
                        Button {
                            visible: job.step === TakeoutImport.Done
                            flat: true
                            text: qsTr("Import another Takeout")
                            onClicked: job.reset()
                        }
                    }
                }
            }
        }
    }
}
