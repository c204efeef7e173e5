import QtQuick
import QtTest
import Tintype

// The edit mode's tool components over a real EditSession (a file opened
// outside the catalog): a slider drag changes the stack and a double-click
// resets it; the crop frame's corner keeps a fixed ratio and shows the
// thirds guide while dragged; the shape buttons set the ratio.
Item {
    id: root
    width: 800
    height: 600

    Component {
        id: sessionComponent
        EditSession {}
    }
    Component {
        id: sliderComponent
        EditSlider { width: 300; key: "contrast"; label: "Contrast" }
    }
    Component {
        id: overlayComponent
        EditCropOverlay { width: 600; height: 400; area: Qt.rect(0, 0, 600, 400) }
    }
    Component {
        id: cropToolsComponent
        EditCropTools { width: 300 }
    }

    TestCase {
        name: "EditTools"
        when: windowShown

        // Sessions outlive the tools made for them (destroyed with the test case).
        property var sessions: []
        function cleanupTestCase() { for (const s of sessions) s.destroy() }

        function openSession() {
            const s = sessionComponent.createObject(root)
            sessions.push(s)
            // The editing tests' scene, 384 × 256 (a PNG: read only).
            s.openFile(Qt.resolvedUrl("../../golden/0001-identity/expected.png"))
            tryCompare(s, "state", EditSession.Ready, 10000)
            tryVerify(() => s.previewCount > 0, 10000)
            return s
        }

        function test_sliderDragChangesTheStackAndDoubleClickResets() {
            const s = openSession()
            const slider = createTemporaryObject(sliderComponent, root, { session: s })
            const handle = findChild(slider, "slider-contrast")
            verify(handle)
            mousePress(handle, handle.width / 2, handle.height / 2)
            mouseMove(handle, handle.width * 0.7, handle.height / 2)
            mouseMove(handle, handle.width * 0.8, handle.height / 2)
            verify(s.values["contrast"] > 0.3)
            mouseRelease(handle, handle.width * 0.8, handle.height / 2)
            verify(s.canUndo)
            const count = s.previewCount
            tryVerify(() => s.previewCount > count)
            wait(Qt.styleHints.mouseDoubleClickInterval + 50) // the drag was not the first click
            mouseDoubleClickSequence(handle, handle.width * 0.8, handle.height / 2)
            compare(s.values["contrast"], 0)
            verify(s.undo())
            verify(s.values["contrast"] > 0.3)
        }

        function test_cornerDragKeepsAFixedRatioAndShowsTheGuide() {
            const s = openSession()
            s.cropping = true
            const overlay = createTemporaryObject(overlayComponent, root, { session: s })
            s.setCropAspect(1)
            // 1:1 on a 3:2 picture: the frame is 2/3 as wide as the picture, full height.
            fuzzyCompare(s.cropRect.width, 256 / 384, 0.002)
            const corner = findChild(overlay, "cropHandle8")
            verify(corner)
            mousePress(corner, corner.width / 2, corner.height / 2)
            mouseMove(corner, corner.width / 2 - 120, corner.height / 2 - 40)
            verify(overlay.dragging)
            mouseRelease(corner, corner.width / 2 - 120, corner.height / 2 - 40)
            verify(!overlay.dragging)
            const r = s.cropRect
            verify(r.width < 0.65)
            fuzzyCompare(r.width * 384 / (r.height * 256), 1, 0.01)
            verify(s.canUndo)
        }

        function test_shapeButtonsSetTheRatio() {
            const s = openSession()
            const tools = createTemporaryObject(cropToolsComponent, root, { session: s })
            const square = findChild(tools, "shape-2")
            verify(square)
            mouseClick(square)
            compare(s.cropAspect, 1)
            compare(tools.shapeIndex, 2)
            wait(Qt.styleHints.mouseDoubleClickInterval + 50) // separate clicks, not a double-click
            mouseClick(findChild(tools, "shape-5")) // 16:9, landscape like the picture
            fuzzyCompare(s.cropAspect, 16 / 9, 0.001)
            wait(Qt.styleHints.mouseDoubleClickInterval + 50)
            mouseClick(findChild(tools, "shape-0"))
            compare(s.cropAspect, 0)
        }
    }
}
