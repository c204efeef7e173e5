import QtQuick
import QtQuick.Controls
import QtTest
import Tintype

// The Albums components on their own: the grid opens the album clicked and
// says how albums are made when there are none; the "Add to album" chooser
// makes a new album (only with a name) or picks an existing one.
Item {
    id: root
    width: 900
    height: 700

    ListModel {
        id: twoAlbums
        ListElement { albumId: 11; name: "Trip"; itemCount: 12; cover: "" }
        ListElement { albumId: 12; name: "Family"; itemCount: 3; cover: "" }
    }
    ListModel { id: noAlbums }
    Component { id: gridComponent; AlbumGrid { width: 900; height: 700 } }
    Component { id: pickerComponent; AlbumPicker { photoCount: 3 } }

    function findChild(item, objectName) {
        if (!item) return null
        if (item.objectName === objectName) return item
        const kids = item.children || []
        for (let i = 0; i < kids.length; ++i) {
            const found = findChild(kids[i], objectName)
            if (found) return found
        }
        if (item.contentItem && item.contentItem !== item) return findChild(item.contentItem, objectName)
        return null
    }

    TestCase {
        name: "AlbumGrid"
        when: windowShown

        function test_clickOpensTheAlbum() {
            const g = createTemporaryObject(gridComponent, root, { model: twoAlbums })
            let opened = null
            g.openAlbum.connect((id, name) => opened = [id, name])
            waitForRendering(g)
            // Second card of the first row.
            mouseClick(g, 24 + g.width / g.columns * 1.5, 120)
            compare(opened, [12, "Family"])
            verify(!findChild(g, "emptyText").visible)
        }
        function test_emptyStateWhenNoAlbums() {
            const g = createTemporaryObject(gridComponent, root, { model: noAlbums })
            verify(findChild(g, "emptyText").visible)
            g.loading = true
            verify(!findChild(g, "emptyText").visible)
        }
    }

    TestCase {
        name: "AlbumPicker"
        when: windowShown

        function test_newAlbumNeedsAName() {
            const p = createTemporaryObject(pickerComponent, root, { albums: twoAlbums })
            let created = []
            p.createRequested.connect((n) => created.push(n))
            p.open()
            tryCompare(p, "opened", true)
            const field = findChild(p.contentItem, "newName")
            const button = findChild(p.contentItem, "createButton")
            verify(!button.enabled)
            field.text = "   "
            verify(!button.enabled)
            field.text = "  Beach  "
            verify(button.enabled)
            mouseClick(button)
            compare(created, ["Beach"])
            tryCompare(p, "visible", false)
        }
        function test_pickAnExistingAlbum() {
            const p = createTemporaryObject(pickerComponent, root, { albums: twoAlbums })
            let added = null
            p.addRequested.connect((id, name) => added = [id, name])
            p.open()
            tryCompare(p, "opened", true)
            const list = findChild(p.contentItem, "existingAlbums")
            compare(list.count, 2)
            tryVerify(() => list.itemAtIndex(0) !== null)
            mouseClick(list.itemAtIndex(0))
            compare(added, [11, "Trip"])
            tryCompare(p, "visible", false)
        }
    }
}
