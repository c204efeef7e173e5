import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Export of the chosen photos as new files, edits applied: format (JPEG with
// quality, PNG, 16-bit TIFF), full size or a long edge, location removed on
// request, a destination folder. Progress with Cancel, then what was written
// and what failed, photo by photo. Originals are never replaced: a name that
// is taken (the original itself, beside it) gets a suffix.
SurfaceDialog {
    id: dialog
    required property AppServices services
    property var assetIds: []
    readonly property bool besideOriginals: job.originalFolder.toString() !== ""
                                            && job.folder.toString() === job.originalFolder.toString()

    function openFor(ids) {
        assetIds = ids
        job.prepare(ids)
        open()
    }

    title: job.running ? qsTr("Exporting…") : qsTr("Export %n photo(s)", "", assetIds.length)
    modal: true
    anchors.centerIn: parent
    width: Math.min(560, parent ? parent.width - 48 : 560)
    closePolicy: job.running ? Popup.NoAutoClose : Popup.CloseOnEscape
    onClosed: if (job.running) job.cancel()
    // Drawn here (no elevation layer): the same in every renderer, light and dark.
    background: Rectangle { radius: Theme.radius; color: Theme.surface; border.color: Theme.divider }
    header: Label {
        text: dialog.title
        color: Theme.text
        font.pixelSize: 20
        padding: 24
        bottomPadding: 8
        elide: Text.ElideRight
    }

    ExportJob {
        id: job
        services: dialog.services
    }
    FilePicker {
        id: folderDialog
        title: qsTr("Export to…")
        currentFolder: job.folder
        onAccepted: job.folder = selectedFolder
    }

    readonly property bool finished: !job.running && job.total > 0

    contentItem: ColumnLayout {
        spacing: 12

        // Options, before the run.
        GridLayout {
            visible: !job.running && !dialog.finished
            columns: 2
            columnSpacing: 16
            rowSpacing: 8
            Layout.fillWidth: true

            Label { text: qsTr("Format"); color: Theme.subtext }
            ComboBox {
                id: format
                Layout.fillWidth: true
                model: [qsTr("JPEG"), qsTr("PNG"), qsTr("TIFF (16-bit)")]
                currentIndex: job.format
                onActivated: (i) => job.format = i
            }

            Label { text: qsTr("Quality"); color: Theme.subtext; visible: job.format === ExportJob.Jpeg }
            RowLayout {
                visible: job.format === ExportJob.Jpeg
                Layout.fillWidth: true
                Slider {
                    Layout.fillWidth: true
                    from: 50; to: 100; stepSize: 1
                    value: job.quality
                    onMoved: job.quality = value
                }
                Label { text: job.quality; color: Theme.text; Layout.preferredWidth: 32 }
            }

            Label { text: qsTr("Size"); color: Theme.subtext }
            RowLayout {
                Layout.fillWidth: true
                ComboBox {
                    id: sizeMode
                    Layout.fillWidth: true
                    model: [qsTr("Full size"), qsTr("Long edge")]
                    currentIndex: job.longEdge > 0 ? 1 : 0
                    onActivated: (i) => job.longEdge = i === 1 ? edge.value : 0
                }
                SpinBox {
                    id: edge
                    enabled: sizeMode.currentIndex === 1
                    from: 64; to: 16384; stepSize: 256
                    value: job.longEdge > 0 ? job.longEdge : 2048
                    editable: true
                    onValueModified: job.longEdge = value
                }
                Label { text: qsTr("px"); color: Theme.subtext }
            }

            Label { text: qsTr("Location"); color: Theme.subtext }
            CheckBox {
                text: qsTr("Remove location (GPS and place names)")
                checked: job.dropLocation
                onToggled: job.dropLocation = checked
            }

            Label { text: qsTr("Folder"); color: Theme.subtext; Layout.alignment: Qt.AlignTop; Layout.topMargin: 10 }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        Layout.fillWidth: true
                        readOnly: true
                        text: job.folder.toString().replace(/^file:\/\//, "")
                    }
                    Button { text: qsTr("Choose…"); onClicked: folderDialog.open() }
                }
                Button {
                    flat: true
                    visible: job.originalFolder.toString() !== "" && !dialog.besideOriginals
                    text: qsTr("Save as a copy beside the original")
                    onClicked: job.folder = job.originalFolder
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.subtext
                    font.pixelSize: 12
                    text: dialog.besideOriginals
                          ? qsTr("Copies go beside the originals with a new name; no original is ever replaced.")
                          : qsTr("A file of the same name is never replaced: the copy gets a new name.")
                }
            }
        }

        // Progress, then the outcome.
        ColumnLayout {
            visible: job.running || dialog.finished
            Layout.fillWidth: true
            spacing: 8
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.text
                text: job.running ? qsTr("%1 of %2").arg(job.done).arg(job.total)
                      : job.cancelled ? qsTr("Stopped: %n photo(s) exported.", "", job.written.length)
                      : qsTr("%n photo(s) exported to %1.", "", job.written.length)
                            .arg(job.folder.toString().replace(/^file:\/\//, ""))
            }
            ProgressBar {
                Layout.fillWidth: true
                from: 0; to: Math.max(1, job.total)
                value: job.done
            }
            Label {
                visible: job.errors.length > 0
                text: qsTr("%n photo(s) could not be exported:", "", job.errors.length)
                color: Theme.danger
            }
            ListView {
                visible: job.errors.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(160, contentHeight)
                clip: true
                model: job.errors
                delegate: Label {
                    required property string modelData
                    width: ListView.view.width
                    wrapMode: Text.Wrap
                    text: modelData
                    color: Theme.text
                    font.pixelSize: 12
                }
                ScrollBar.vertical: ScrollBar {}
            }
        }
    }

    footer: DialogButtonBox {
        background: Item {}
        Button {
            text: qsTr("Export")
            visible: !job.running && !dialog.finished
            enabled: dialog.assetIds.length > 0
            flat: true
            highlighted: true
            font.bold: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: job.start(dialog.assetIds)
        }
        Button {
            text: qsTr("Show folder")
            visible: dialog.finished && job.written.length > 0
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.services.actions.showInFileManager(job.written[0])
        }
        Button {
            text: job.running ? qsTr("Cancel") : dialog.finished ? qsTr("Close") : qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: job.running ? job.cancel() : dialog.close()
        }
    }
}
