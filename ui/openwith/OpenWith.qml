import QtQuick
import QtQuick.Controls
import Tintype

// What `tintype FILE...` opens (OpenedFiles decides): the asset in the library
// (openAsset: the window opens its viewer in the timeline), the folder viewer
// for a file outside the library, or a message saying why the file cannot be opened.
Item {
    id: openWith
    required property AppServices services
    property var paths: []
    readonly property OpenedFiles request: openedFiles
    readonly property LooseViewer folderViewer: loose
    signal openAsset(real assetId)

    OpenedFiles {
        id: openedFiles
        services: openWith.services
        paths: openWith.paths
        onStateChanged: {
            if (state === OpenedFiles.InLibrary) {
                openWith.openAsset(assetId)
            } else if (state === OpenedFiles.Outside) {
                loose.visible = true
                loose.open(startIndex)
            } else if (state === OpenedFiles.Failed) {
                failed.open()
            }
        }
    }
    LooseViewer {
        id: loose
        objectName: "folderViewer"
        anchors.fill: parent
        visible: false
        opened: openedFiles
        settings: openWith.services.settings
        onClosed: visible = false
    }
    SurfaceDialog {
        id: failed
        objectName: "openFailed"
        anchors.centerIn: parent
        title: qsTr("The file cannot be opened")
        standardButtons: Dialog.Ok
        Label {
            objectName: "openFailedMessage"
            width: Math.min(440, openWith.width - 96)
            wrapMode: Text.Wrap
            color: Theme.text
            text: openedFiles.message
        }
    }
}
