import QtQuick
import QtQuick.Controls
import QtTest
import Tintype

// The slideshow on its own: it opens on the first photo, → and ← step (round
// the end), Space pauses and resumes, it advances by itself while playing,
// and Esc closes it.
Item {
    id: root
    width: 800
    height: 500

    Component { id: showComponent; Slideshow { anchors.fill: parent } }

    TestCase {
        name: "Slideshow"
        when: windowShown

        function test_keysStepPauseAndClose() {
            const show = createTemporaryObject(showComponent, root)
            const closed = createTemporaryObject(signalSpyComponent, root, { target: show, signalName: "closed" })
            show.play(["", "", ""], "Trip")
            verify(show.visible)
            compare(show.index, 0)
            keyClick(Qt.Key_Right)
            compare(show.index, 1)
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Left)
            compare(show.index, 2) // round the start
            verify(show.playing)
            keyClick(Qt.Key_Space)
            verify(!show.playing)
            keyClick(Qt.Key_Space)
            verify(show.playing)
            keyClick(Qt.Key_Escape)
            verify(!show.visible)
            compare(closed.count, 1)
        }

        function test_advancesWhilePlaying() {
            const show = createTemporaryObject(showComponent, root)
            show.play(["", ""], "Memory")
            tryCompare(show, "index", 1, show.photoMs + 2000)
            keyClick(Qt.Key_Space) // paused: stays
            wait(show.photoMs + 500)
            compare(show.index, 1)
            show.close()
        }
    }

    Component { id: signalSpyComponent; SignalSpy {} }
}
