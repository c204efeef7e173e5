import QtQuick
import QtTest
import Tintype

// The face outlines over a photo in the viewer: relative boxes become pixels
// of the photo as shown, and the face hovered in the info panel stands out.
Item {
    id: root
    width: 800
    height: 600

    ListModel {
        id: sampleFaces
        ListElement { faceId: 11; personId: 3; name: "Ann"; boxX: 0.25; boxY: 0.5; boxW: 0.1; boxH: 0.2 }
        ListElement { faceId: 12; personId: 0; name: ""; boxX: 0.0; boxY: 0.0; boxW: 0.5; boxH: 0.5 }
    }
    Component {
        id: outlinesComponent
        FaceOutlines { width: 400; height: 200; faces: sampleFaces }
    }

    function outline(item, faceId) {
        for (let i = 0; i < item.children.length; ++i)
            if (item.children[i].objectName === "outline" + faceId) return item.children[i]
        return null
    }

    TestCase {
        name: "FaceOutlines"
        when: windowShown

        function test_boxesInPixelsOfThePhotoAsShown() {
            const o = createTemporaryObject(outlinesComponent, root)
            const ann = outline(o, 11)
            verify(ann !== null)
            compare(ann.x, 100)
            compare(ann.y, 100)
            compare(ann.width, 40)
            compare(ann.height, 40)
            o.width = 800 // the photo zoomed: the boxes follow
            compare(ann.x, 200)
            compare(ann.width, 80)
            compare(outline(o, 12).width, 400)
        }
        function test_theHoveredFaceStandsOut() {
            const o = createTemporaryObject(outlinesComponent, root)
            const ann = outline(o, 11), other = outline(o, 12)
            compare(ann.border.width, other.border.width)
            o.highlightedFaceId = 11
            verify(ann.lit)
            verify(ann.border.width > other.border.width)
            verify(!other.lit)
        }
    }
}
