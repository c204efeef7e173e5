import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import QtMultimedia
import Tintype

// The viewer on a folder that is not in the library (`tintype FILE` on a file
// outside it): its photos and videos by name or date, ←/→/Home/End, and an
// "Add this folder to the library" button — nothing is added until it is clicked.
Rectangle {
    id: viewer
    required property OpenedFiles opened
    required property LibrarySettings settings
    readonly property LooseFolderModel files: opened.files
    property int index: -1
    property bool added: false
    readonly property var file: index >= 0 && files.count > 0 && sortRevision >= 0 ? files.file(index) : ({})
    property int sortRevision: 0
    readonly property bool settled: file.video === true || picture.status !== Image.Loading
    signal closed()

    color: Theme.viewerBackground
    Material.theme: Material.Dark
    Material.foreground: "#e3e3e3"
    Material.accent: "#a8c7fa"
    focus: visible

    function open(i) { index = i; forceActiveFocus() }
    function step(d) { const n = Math.max(0, Math.min(files.count - 1, index + d)); if (n !== index) index = n }
    function sortBy(order) {
        const shown = file.path
        files.sortOrder = order
        sortRevision++
        index = Math.max(0, files.indexOfPath(shown))
    }
    function addFolder() { settings.addFolder(opened.folderUrl); added = true }

    Keys.onPressed: (event) => {
        switch (event.key) {
        case Qt.Key_Left: step(-1); break
        case Qt.Key_Right: step(1); break
        case Qt.Key_Home: index = 0; break
        case Qt.Key_End: index = files.count - 1; break
        case Qt.Key_Escape: viewer.closed(); break
        default: return
        }
        event.accepted = true
    }

    Item {
        id: stage
        anchors.fill: parent
        Image {
            id: picture
            objectName: "loosePicture"
            anchors.fill: parent
            anchors.topMargin: 64
            anchors.bottomMargin: banner.height
            visible: viewer.file.video !== true
            source: viewer.visible ? viewer.file.source || "" : ""
            sourceSize.width: 2048
            sourceSize.height: 2048
            asynchronous: true
            fillMode: Image.PreserveAspectFit
            smooth: true
        }
        Loader {
            anchors.fill: picture
            active: viewer.visible && viewer.file.video === true
            sourceComponent: Item {
                MediaDevices { id: devices }
                AudioOutput { id: audio }
                MediaPlayer {
                    id: player
                    objectName: "loosePlayer"
                    source: viewer.file.fileUrl || ""
                    videoOutput: videoOut
                    // No sound device: no audio output (see Viewer.qml).
                    audioOutput: devices.audioOutputs.length > 0 ? audio : null
                    // Played once the video output is set too (played before it, no frame is ever shown).
                    onSourceChanged: if (player.source != "") Qt.callLater(player.play)
                }
                VideoOutput { id: videoOut; anchors.fill: parent }
                IconButton {
                    anchors.bottom: parent.bottom; anchors.horizontalCenter: parent.horizontalCenter
                    white: true
                    iconName: player.playbackState === MediaPlayer.PlayingState ? "pause" : "play"
                    tip: qsTr("Play or pause")
                    onClicked: player.playbackState === MediaPlayer.PlayingState ? player.pause() : player.play()
                }
                Label {
                    anchors.centerIn: parent
                    visible: player.error !== MediaPlayer.NoError
                    text: qsTr("This video cannot be played: %1").arg(player.errorString)
                    color: "#e3e3e3"
                }
            }
        }
        // Neighbours, so the next arrow press shows a photo at once.
        Image { visible: false; asynchronous: true; sourceSize: picture.sourceSize; source: viewer.visible && viewer.index > 0 ? viewer.files.file(viewer.index - 1).source : "" }
        Image { visible: false; asynchronous: true; sourceSize: picture.sourceSize; source: viewer.visible && viewer.index + 1 < viewer.files.count ? viewer.files.file(viewer.index + 1).source : "" }
        BusyIndicator { anchors.centerIn: picture; running: picture.visible && picture.status === Image.Loading }
        Label {
            objectName: "cannotShow"
            anchors.centerIn: picture
            visible: picture.visible && picture.status === Image.Error
            text: qsTr("This file cannot be shown")
            color: "#e3e3e3"
        }
        IconButton {
            anchors.left: parent.left; anchors.verticalCenter: picture.verticalCenter; anchors.leftMargin: 12
            white: true; iconName: "chevron-left"; tip: qsTr("Previous (Left)")
            visible: viewer.index > 0
            onClicked: viewer.step(-1)
        }
        IconButton {
            anchors.right: parent.right; anchors.verticalCenter: picture.verticalCenter; anchors.rightMargin: 12
            white: true; iconName: "chevron-right"; tip: qsTr("Next (Right)")
            visible: viewer.index + 1 < viewer.files.count
            onClicked: viewer.step(1)
        }
    }

    RowLayout {
        // The top bar: back to the library, the file's name, place in the folder and date, the order.
        anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
        height: 64
        anchors.leftMargin: 12; anchors.rightMargin: 12
        spacing: 12
        IconButton { white: true; iconName: "back"; tip: qsTr("Back to the library (Esc)"); onClicked: viewer.closed() }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label { objectName: "looseName"; text: viewer.file.name || ""; color: "white"; font.pixelSize: 15; elide: Text.ElideMiddle; Layout.fillWidth: true }
            Label {
                text: qsTr("%1 of %2 · %3").arg(viewer.index + 1).arg(viewer.files.count).arg(viewer.file.date || "")
                color: "#c4c7c5"; font.pixelSize: 12
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }
        Label { text: qsTr("Sort by"); color: "#c4c7c5" }
        ComboBox {
            objectName: "looseOrder"
            model: [qsTr("Name"), qsTr("Date modified")]
            currentIndex: viewer.files.sortOrder === LooseFolderModel.ByDate ? 1 : 0
            onActivated: (i) => viewer.sortBy(i === 1 ? LooseFolderModel.ByDate : LooseFolderModel.ByName)
        }
    }

    Rectangle {
        // Where the photos are, and the one way to bring them into the library.
        id: banner
        anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
        height: bannerRow.implicitHeight + 24
        color: "#2a2a2a"
        RowLayout {
            id: bannerRow
            anchors.fill: parent
            anchors.margins: 12
            anchors.leftMargin: 24; anchors.rightMargin: 24
            spacing: 16
            Label {
                objectName: "looseFolderNote"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: "#e3e3e3"
                text: viewer.added ? qsTr("%1 was added to the library; Tintype is looking for its photos.").arg(viewer.opened.folderPath)
                      : viewer.opened.underLibraryFolder ? qsTr("This folder is in your library: %1").arg(viewer.opened.folderPath)
                      : qsTr("%1 is not in your library. Nothing has been added.").arg(viewer.opened.folderPath)
            }
            PrimaryButton {
                objectName: "addFolderButton"
                visible: !viewer.added && !viewer.opened.underLibraryFolder
                text: qsTr("Add this folder to the library")
                onClicked: viewer.addFolder()
            }
        }
    }
}
