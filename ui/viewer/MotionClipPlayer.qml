import QtQuick
import QtQuick.Controls
import QtMultimedia
import Tintype

// A motion photo's clip over the still, played once. The clip lives inside the
// photo's own file: MotionClipSource hands the player a copy in the app's cache
// folder (removed when this goes), never anything beside the photo.
Item {
    id: root
    required property string path
    required property real offset
    required property real length
    signal finished()

    MotionClipSource {
        id: clip
        path: root.path
        offset: root.offset
        length: root.length
    }
    MediaPlayer {
        id: player
        objectName: "motionPlayer"
        source: clip.source
        videoOutput: out
        // No audio output: the motion plays silent, like a Live Photo's preview
        // (and Qt 6.4's FFmpeg backend crashes writing sound where no audio device exists).
        onSourceChanged: if (source != "") play()
        onMediaStatusChanged: if (mediaStatus === MediaPlayer.EndOfMedia) root.finished()
    }
    VideoOutput { id: out; anchors.fill: parent }
    Label {
        anchors.centerIn: parent
        visible: player.error !== MediaPlayer.NoError || clip.error !== ""
        text: qsTr("This motion photo's video cannot be played: %1").arg(clip.error || player.errorString)
        color: "#e3e3e3"
    }
}
