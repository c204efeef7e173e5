import QtQuick
import QtQuick.Controls
import QtMultimedia
import Tintype

// A full-window slideshow of a memory's or a trip's photos: each shown for a
// few seconds with a slow zoom and drift (alternating direction), cross-fading
// into the next; a video plays a few seconds of itself, silent (clipMs).
// Space pauses and resumes, ←/→ step, Esc closes. "Export as video" writes the
// same photos and clips as an MP4 (ReelExportJob) into a chosen folder.
// `sources`: each a picture's URL, or {image, video} (video: a file URL, or "").
Rectangle {
    id: show
    property var services: null
    property var sources: []
    property var assetIds: [] // for "Export as video"; none: no export
    property string title: ""
    property int index: 0
    property bool playing: true
    readonly property int photoMs: 4000
    readonly property int fadeMs: 900
    readonly property int clipMs: 5000 // the most of a video that plays
    readonly property bool showingVideo: videoOf(index) !== ""
    function imageOf(i) { const s = sources[i]; return s === undefined ? "" : typeof s === "string" ? s : s.image || "" }
    function videoOf(i) { const s = sources[i]; return s === undefined || typeof s === "string" ? "" : s.video || "" }
    signal closed()
    color: "black"
    visible: false
    focus: visible

    function play(list, name, ids) {
        sources = list
        assetIds = ids || []
        title = name
        index = 0
        playing = true
        visible = true
        forceActiveFocus()
        front.showSlide(0)
    }
    function close() {
        visible = false
        closed()
    }
    function step(delta) {
        if (sources.length === 0) return
        index = (index + delta + sources.length) % sources.length
        // The layer behind takes the new photo and fades in over the other.
        const incoming = front.opacity > 0.5 ? back : front
        incoming.showSlide(index)
        timer.restart()
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Escape) close()
        else if (event.key === Qt.Key_Space) playing = !playing
        else if (event.key === Qt.Key_Right) step(1)
        else if (event.key === Qt.Key_Left) step(-1)
        else return
        event.accepted = true
    }

    component Slide: Item {
        id: slide
        property int slideIndex: -1
        property string video: ""
        property alias clipItem: clip.item // the video's, when it plays: its `player`
        anchors.fill: parent
        opacity: 0
        function showSlide(i) {
            slideIndex = i
            picture.source = show.imageOf(i)
            video = show.videoOf(i)
            z = 1
            other.z = 0
            clip.sourceComponent = null // a new player for each video
            clip.sourceComponent = video !== "" ? clipComponent : null
            fadeIn.restart()
            scale = 1
            if (video === "") {
                zoom.from = i % 2 ? 1.08 : 1.0
                zoom.to = i % 2 ? 1.0 : 1.08
                zoom.restart()
            } else {
                zoom.stop()
            }
        }
        property Item other
        Image {
            id: picture
            anchors.fill: parent
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        // A video plays over its still, silent (no audio output), paused with the show.
        Loader {
            id: clip
            anchors.fill: parent
            active: show.visible && (slide.opacity > 0 || slide.z > 0)
        }
        Component {
            id: clipComponent
            Item {
                property alias player: player
                property bool started: false
                readonly property bool paused: !show.playing
                onPausedChanged: if (started) paused ? player.pause() : player.play()
                // Qt 6.4's FFmpeg backend shows no frame of a source given while the player is made.
                Component.onCompleted: Qt.callLater(() => { player.source = slide.video; player.play(); started = true })
                MediaPlayer {
                    id: player
                    objectName: "slideVideo"
                    videoOutput: out
                    onMediaStatusChanged: if (mediaStatus === MediaPlayer.EndOfMedia && slide.z > 0
                                                  && slide.slideIndex === show.index) show.step(1)
                }
                VideoOutput { id: out; anchors.fill: parent; fillMode: VideoOutput.PreserveAspectFit }
            }
        }
        NumberAnimation { id: fadeIn; target: slide; property: "opacity"; from: 0; to: 1; duration: show.fadeMs
            onFinished: slide.other.opacity = 0 }
        NumberAnimation { id: zoom; target: slide; property: "scale"; duration: show.photoMs + show.fadeMs
            paused: !show.playing && running }
    }
    Slide { id: front; other: back }
    Slide { id: back; other: front }

    property alias front: front
    property alias back: back
    Timer {
        id: timer
        interval: show.showingVideo ? show.clipMs : show.photoMs
        repeat: true
        running: show.visible && show.playing && show.sources.length > 1
        onTriggered: show.step(1)
    }

    // Over the slides (a showing slide is raised to z 1).
    Label {
        z: 2
        anchors.left: parent.left
        anchors.bottom: parent.bottom
        anchors.margins: 24
        text: show.title + (show.playing ? "" : "  ·  " + qsTr("Paused"))
        color: "white"
        font.pixelSize: 20
        style: Text.Outline
        styleColor: "#80000000"
    }
    Label {
        z: 2
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.margins: 24
        text: qsTr("%1 of %2").arg(show.index + 1).arg(show.sources.length)
        color: "#c0ffffff"
        font.pixelSize: 14
    }
    ReelExportJob {
        id: job
        services: show.services
    }
    FilePicker {
        id: folderPicker
        title: qsTr("Save the video in…")
        onAccepted: job.start(show.assetIds, show.title, selectedFolder)
    }
    Row {
        z: 2
        anchors.top: parent.top
        anchors.left: parent.left
        anchors.margins: 16
        spacing: 12
        visible: show.assetIds.length > 0 && show.services !== null
        Button {
            text: job.running ? qsTr("Cancel") : qsTr("Export as video…")
            onClicked: job.running ? job.cancel() : folderPicker.open()
        }
        Label {
            anchors.verticalCenter: parent.verticalCenter
            color: "white"
            text: job.running ? qsTr("Writing the video… %1 %").arg(Math.round(job.progress * 100)) : job.outcome
        }
    }
    IconButton {
        z: 2
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 16
        iconName: "close"
        tip: qsTr("Close the slideshow (Esc)")
        onClicked: show.close()
    }
}
