import QtQuick
import QtQuick.Controls
import QtMultimedia
import Tintype

// A Live or motion photo's clip over the still, played once. A Live Photo's clip
// is a file of its own (`fileUrl`); a motion photo's lives inside the photo's
// file and is read from there through MotionClipSource (its byte range, nothing
// copied or written anywhere).
Item {
    id: root
    required property string path
    required property real offset
    required property real length
    property url fileUrl
    signal finished()

    MotionClipSource {
        id: clip
        path: root.path
        offset: root.offset
        length: root.length
    }
    // Qt 6.4's FFmpeg backend shows no frame of a source given while the player
    // is being created: the clip is handed over on the next turn.
    Component.onCompleted: Qt.callLater(() => {
        if (root.fileUrl != "") {
            player.source = root.fileUrl
            player.play()
        } else {
            clip.play(player)
        }
    })
    MediaPlayer {
        id: player
        objectName: "motionPlayer"
        videoOutput: out
        // No audio output: the motion plays silent, like a Live Photo's preview
        // (and Qt 6.4's FFmpeg backend crashes writing sound where no audio device exists).
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
