import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import QtMultimedia
import Tintype

// The full-window viewer: arrows/Home/End, fit / 100 % / wheel zoom with drag,
// the 2048 px preview first and the file at full resolution once zoomed in,
// neighbours preloaded, videos played, the info panel, and the edit mode (E).
Rectangle {
    id: viewer
    required property AppServices services
    property TimelineModel timeline
    property int index: -1
    // Bumped when the timeline lays its rows out again (an edit saved, new
    // photos): the entry is read anew without breaking this binding.
    property int layoutRevision: 0
    readonly property var timelineEntry: timeline && index >= 0 && layoutRevision >= 0 ? timeline.entry(index) : ({})
    // A burst opened (its tile stands for several frames): the frame picked in its strip, else null.
    property var burstFrame: null
    readonly property var entry: burstFrame ? burstFrame : timelineEntry
    property bool infoOpen: false
    property real zoom: 0            // 0 = fit, else scale of the full image
    property bool editing: false     // the edit mode covers the viewer
    readonly property bool canEdit: !isVideo && details.ready && details.available
    readonly property bool isVideo: entry.video === true
    // A motion photo (Pixel, Samsung): the clip inside its file plays over the still on request (M).
    readonly property bool hasMotionClip: !isVideo && details.ready
                                          && (details.motionClipLength > 0 || details.motionClipFileUrl != "")
    property bool motionPlaying: false
    onIndexChanged: { motionPlaying = false; burstFrame = null }
    readonly property bool settled: editing ? editMode !== null && editMode.settled
                                            : preview.status !== Image.Loading && (!details.assetId || details.ready)
    signal closed()

    color: Theme.viewerBackground
    Material.theme: Material.Dark
    Material.foreground: "#e3e3e3" // the window's foreground is for its light theme
    Material.accent: "#a8c7fa"
    focus: visible

    function open(i) { index = i; zoom = 0; forceActiveFocus() }
    function startEditing() { if (canEdit) { zoom = 0; editing = true } }
    function step(d) {
        if (!timeline) return
        const n = Math.max(0, Math.min(timeline.photoCount - 1, index + d))
        if (n !== index) { index = n; zoom = 0 }
    }
    function fitScale() {
        const w = stage.width, h = stage.height
        const s = flick.fullSize
        if (s.width <= 0 || s.height <= 0) return 1
        return Math.min(w / s.width, h / s.height, 1)
    }

    Connections {
        target: viewer.timeline
        function onRowsLaidOut() {
            // Keep the photo on screen when others arrive or leave before it
            // (a burst's frame: where it now stands for its burst, if it does).
            const shown = viewer.timelineEntry.assetId || 0
            const asTop = viewer.burstFrame ? viewer.timeline.indexOfAsset(viewer.burstFrame.assetId) : -1
            const moved = asTop >= 0 ? asTop : shown ? viewer.timeline.indexOfAsset(shown) : -1
            if (moved >= 0) viewer.index = moved
            else if (viewer.index >= viewer.timeline.photoCount) viewer.index = viewer.timeline.photoCount - 1
            viewer.layoutRevision++
        }
    }

    AssetDetails {
        id: details
        services: viewer.services
        assetId: viewer.entry.assetId || 0
    }

    Keys.onPressed: (event) => {
        if (editing) return
        switch (event.key) {
        case Qt.Key_Left: step(-1); break
        case Qt.Key_Right: step(1); break
        case Qt.Key_Home: index = 0; zoom = 0; break
        case Qt.Key_End: index = timeline.photoCount - 1; zoom = 0; break
        case Qt.Key_Escape: if (zoom > 0) zoom = 0; else viewer.closed(); break
        case Qt.Key_I: infoOpen = !infoOpen; break
        case Qt.Key_M: if (!hasMotionClip) return; motionPlaying = !motionPlaying; break
        case Qt.Key_E: if (!canEdit || event.modifiers !== Qt.NoModifier) return; startEditing(); break
        case Qt.Key_Space: if (isVideo) return; zoom = zoom > 0 ? 0 : 1; break
        case Qt.Key_Plus: case Qt.Key_Equal: zoom = Math.min(8, (zoom || fitScale()) * 1.25); break
        case Qt.Key_Minus: zoom = Math.max(0, (zoom || fitScale()) / 1.25); if (zoom <= fitScale()) zoom = 0; break
        case Qt.Key_1: if (event.modifiers & Qt.ControlModifier) zoom = 1; else return; break
        default: return
        }
        event.accepted = true
    }

    Item {
        id: stage
        anchors.left: parent.left
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.right: infoPanel.visible ? infoPanel.left : parent.right

        Flickable {
            id: flick
            anchors.fill: parent
            visible: !viewer.isVideo
            clip: true
            interactive: viewer.zoom > 0
            readonly property real scale: viewer.zoom > 0 ? viewer.zoom : viewer.fitScale()
            // Size of the photo as the file has it (the preview is 2048 px at most).
            readonly property size fullSize: details.ready && details.pixelWidth > 0
                                             ? Qt.size(details.pixelWidth, details.pixelHeight) : preview.sourceSize
            contentWidth: Math.max(width, fullSize.width * scale)
            contentHeight: Math.max(height, fullSize.height * scale)

            Item {
                width: flick.contentWidth
                height: flick.contentHeight
                Image {
                    id: preview
                    anchors.centerIn: parent
                    width: flick.fullSize.width * flick.scale
                    height: flick.fullSize.height * flick.scale
                    asynchronous: true
                    source: viewer.entry.preview || ""
                    fillMode: Image.PreserveAspectFit
                    smooth: true
                    FaceOutlines { anchors.fill: parent; z: 2; visible: viewer.infoOpen && !viewer.entry.edited; faces: infoPanel.faces; highlightedFaceId: infoPanel.hoveredFaceId }
                    // The grid thumbnail while the preview loads.
                    Image {
                        anchors.fill: parent
                        visible: preview.status !== Image.Ready
                        source: viewer.entry.source || ""
                        asynchronous: true
                        fillMode: Image.PreserveAspectFit
                    }
                }
                Image {
                    // Full resolution once zoomed beyond what the preview holds.
                    id: full
                    anchors.fill: preview
                    asynchronous: true
                    // Needed once the photo is shown bigger than the preview's pixels.
                    source: viewer.zoom > 0 && preview.status === Image.Ready
                            && flick.fullSize.width * flick.scale > preview.implicitWidth * 1.05 ? viewer.entry.full : ""
                    sourceSize.width: Math.min(8192, flick.fullSize.width)
                    sourceSize.height: Math.min(8192, flick.fullSize.height)
                    visible: status === Image.Ready
                    smooth: true
                }
            }
            WheelHandler {
                // Zooms about the pointer: the spot under it stays under it.
                id: wheel
                target: null
                onWheel: (event) => {
                    const before = flick.scale
                    const s = before * (event.angleDelta.y > 0 ? 1.2 : 1 / 1.2)
                    const at = wheel.point.position // in the view
                    // The pointer's spot on the picture, in picture pixels (it is centred in the content).
                    const px = (flick.contentX + at.x - (flick.contentWidth - preview.width) / 2) / before
                    const py = (flick.contentY + at.y - (flick.contentHeight - preview.height) / 2) / before
                    viewer.zoom = s <= viewer.fitScale() ? 0 : Math.min(8, s)
                    if (viewer.zoom === 0) return
                    const after = flick.scale
                    flick.contentX = Math.max(0, Math.min(flick.contentWidth - flick.width,
                                                          px * after + (flick.contentWidth - preview.width) / 2 - at.x))
                    flick.contentY = Math.max(0, Math.min(flick.contentHeight - flick.height,
                                                          py * after + (flick.contentHeight - preview.height) / 2 - at.y))
                }
            }
            TapHandler {
                onDoubleTapped: viewer.zoom = viewer.zoom > 0 ? 0 : 1
            }
        }

        Loader {
            // Videos play through Qt Multimedia; loaded only for a video.
            anchors.fill: parent
            active: viewer.isVideo && viewer.visible
            sourceComponent: Item {
                MediaDevices { id: devices }
                AudioOutput { id: audio }
                MediaPlayer {
                    id: player
                    source: details.ready ? details.fileUrl : ""
                    videoOutput: videoOut
                    // No sound device (a server, Xvfb): no audio output — Qt 6.4's FFmpeg
                    // backend crashes writing a video's sound to none (QIODevice::write, AudioRenderThread).
                    audioOutput: devices.audioOutputs.length > 0 ? audio : null
                    onSourceChanged: if (source != "") play()
                }
                VideoOutput { id: videoOut; anchors.fill: parent }
                RowLayout {
                    anchors.bottom: parent.bottom
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.bottomMargin: 24
                    IconButton {
                        white: true
                        iconName: player.playbackState === MediaPlayer.PlayingState ? "pause" : "play"
                        tip: qsTr("Play or pause (Space)")
                        onClicked: player.playbackState === MediaPlayer.PlayingState ? player.pause() : player.play()
                    }
                    Slider {
                        Layout.preferredWidth: Math.min(360, viewer.width / 3)
                        from: 0; to: Math.max(1, player.duration)
                        value: player.position
                        onMoved: player.position = value
                    }
                    Label {
                        // Elapsed / length, as m:ss (h:mm:ss past an hour).
                        function clock(ms) {
                            const t = Math.floor(Math.max(0, ms) / 1000)
                            const h = Math.floor(t / 3600), m = Math.floor(t / 60) % 60, s = t % 60
                            const ss = (s < 10 ? "0" : "") + s
                            return h > 0 ? h + ":" + (m < 10 ? "0" : "") + m + ":" + ss : m + ":" + ss
                        }
                        objectName: "videoTime"
                        text: clock(player.position) + " / " + clock(player.duration)
                        color: "white"
                    }
                    IconButton {
                        white: true
                        iconName: audio.muted || audio.volume === 0 ? "volume-off" : "volume"
                        tip: audio.muted ? qsTr("Unmute") : qsTr("Mute")
                        onClicked: audio.muted = !audio.muted
                    }
                    Slider {
                        Layout.preferredWidth: 96
                        from: 0; to: 1
                        value: audio.volume
                        onMoved: { audio.volume = value; audio.muted = false }
                        Accessible.name: qsTr("Volume")
                    }
                }
                Label {
                    anchors.centerIn: parent
                    visible: player.error !== MediaPlayer.NoError
                    text: qsTr("This video cannot be played: %1").arg(player.errorString)
                    color: "#e3e3e3"
                }
            }
        }

        Loader {
            objectName: "motionClip"
            anchors.fill: parent
            active: viewer.motionPlaying && viewer.hasMotionClip && viewer.visible
            sourceComponent: MotionClipPlayer {
                path: details.path
                offset: details.motionClipOffset
                length: details.motionClipLength
                fileUrl: details.motionClipFileUrl
                onFinished: viewer.motionPlaying = false
            }
        }

        // Neighbours, so the next arrow press shows a photo at once.
        Image { visible: false; asynchronous: true; source: viewer.timeline && viewer.index > 0 ? viewer.timeline.entry(viewer.index - 1).preview || "" : "" }
        Image { visible: false; asynchronous: true; source: viewer.timeline && viewer.index + 1 < viewer.timeline.photoCount ? viewer.timeline.entry(viewer.index + 1).preview || "" : "" }

        BusyIndicator {
            anchors.centerIn: parent
            running: preview.status === Image.Loading || full.status === Image.Loading
        }
        Label {
            anchors.centerIn: parent
            visible: preview.status === Image.Error && !viewer.isVideo
            text: qsTr("This photo cannot be shown")
            color: "#e3e3e3"
        }

        IconButton {
            anchors.left: parent.left; anchors.verticalCenter: parent.verticalCenter; anchors.leftMargin: 12
            white: true; iconName: "chevron-left"; tip: qsTr("Previous (Left)")
            visible: viewer.index > 0
            onClicked: viewer.step(-1)
        }
        IconButton {
            anchors.right: parent.right; anchors.verticalCenter: parent.verticalCenter; anchors.rightMargin: 12
            white: true; iconName: "chevron-right"; tip: qsTr("Next (Right)")
            visible: viewer.timeline && viewer.index + 1 < viewer.timeline.photoCount
            onClicked: viewer.step(1)
        }

        Rectangle {
            // Top bar, over the photo.
            anchors.left: parent.left; anchors.right: parent.right; anchors.top: parent.top
            height: 64
            gradient: Gradient {
                GradientStop { position: 0; color: "#a0000000" }
                GradientStop { position: 1; color: "#00000000" }
            }
            RowLayout {
                anchors.fill: parent
                anchors.leftMargin: 12; anchors.rightMargin: 12
                IconButton { white: true; iconName: "back"; tip: qsTr("Back (Esc)"); onClicked: viewer.closed() }
                Label {
                    text: viewer.timeline ? viewer.timeline.localDateText(viewer.index) : ""
                    color: "white"; font.pixelSize: 15
                    Layout.fillWidth: true
                }
                IconButton {
                    white: true; iconName: viewer.zoom > 0 ? "fit" : "zoom"
                    tip: viewer.zoom > 0 ? qsTr("Fit (Esc)") : qsTr("100 % (Space)")
                    visible: !viewer.isVideo
                    onClicked: viewer.zoom = viewer.zoom > 0 ? 0 : 1
                }
                IconButton {
                    objectName: "motionButton"
                    white: true; iconName: viewer.motionPlaying ? "stop" : "play"
                    tip: viewer.motionPlaying ? qsTr("Stop the motion (M)") : qsTr("Play the motion (M)")
                    visible: viewer.hasMotionClip
                    onClicked: viewer.motionPlaying = !viewer.motionPlaying
                }
                IconButton {
                    white: true; iconName: "video"; tip: qsTr("Save the video…")
                    visible: viewer.hasMotionClip && details.motionClipLength > 0
                    onClicked: clipFolder.open()
                }
                IconButton {
                    objectName: "editButton"
                    white: true; iconName: "edit"; tip: qsTr("Edit (E)")
                    visible: viewer.canEdit
                    onClicked: viewer.startEditing()
                }
                IconButton { white: true; iconName: "rotate"; tip: qsTr("Rotate (R)"); onClicked: viewer.services.actions.rotate([details.assetId], 1) }
                IconButton {
                    white: true; iconName: details.favorite ? "star-filled" : "star"; tip: qsTr("Favourite (F)")
                    onClicked: viewer.services.actions.setFavorite([details.assetId], !details.favorite)
                }
                IconButton { white: true; iconName: "export"; tip: qsTr("Export…"); visible: !viewer.isVideo; onClicked: viewer.exportRequested([details.assetId]) }
                IconButton { white: true; iconName: "info"; tip: qsTr("Info (I)"); checked: viewer.infoOpen; onClicked: viewer.infoOpen = !viewer.infoOpen }
                IconButton { white: true; iconName: "archive"; tip: qsTr("Archive (Shift+A)"); onClicked: viewer.archiveRequested([details.assetId]) }
                IconButton { white: true; iconName: "delete"; tip: qsTr("Move to trash (Del)"); onClicked: viewer.deleteRequested([details.assetId]) }
            }
        }
        BurstStrip {
            id: burstStrip
            anchors.left: parent.left; anchors.right: parent.right; anchors.bottom: parent.bottom
            services: viewer.services
            burstAssetId: (viewer.timelineEntry.stack || 0) > 1 ? viewer.timelineEntry.assetId : 0
            shownAssetId: viewer.entry.assetId || 0
            visible: frames.count > 1 && viewer.zoom === 0 && !viewer.motionPlaying
            onFrameChosen: (frameEntry) => { viewer.burstFrame = frameEntry; viewer.zoom = 0 }
        }
        Label {
            anchors.bottom: parent.bottom; anchors.right: parent.right; anchors.margins: 16
            visible: viewer.zoom > 0
            text: Math.round(flick.scale * 100) + " %"
            color: "white"
        }
    }
    signal deleteRequested(var ids)
    signal archiveRequested(var ids)
    signal exportRequested(var ids)
    signal personRequested(var personId)

    Loader {
        // The edit mode, over the whole viewer while editing.
        id: editLoader
        anchors.fill: parent
        z: 10
        active: viewer.editing
        sourceComponent: EditMode {
            services: viewer.services
            assetId: details.assetId
            onClosed: {
                viewer.editing = false
                viewer.forceActiveFocus()
            }
        }
        onLoaded: item.forceActiveFocus()
    }
    readonly property EditMode editMode: editLoader.item

    FilePicker {
        id: clipFolder
        title: qsTr("Save the motion photo's video to")
        mode: FilePicker.Folder
        onAccepted: viewer.services.actions.saveMotionClip(details.assetId, selectedFolder)
    }

    InfoPanel {
        id: infoPanel
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        visible: viewer.infoOpen
        details: details
        services: viewer.services
        onPersonRequested: (personId) => viewer.personRequested(personId)
        onShowInFolder: (path) => viewer.services.actions.showInFileManager(path)
    }
}
