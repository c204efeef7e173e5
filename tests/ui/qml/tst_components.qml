import QtQuick
import QtTest
import Tintype

// The QML components on their own: the scrubber maps clicks to rows and
// fractions, a tile reports clicks with modifiers and shows its state, the
// theme switches colours and icons.
Item {
    id: root
    width: 800
    height: 600

    Component {
        id: scrubberComponent
        DateScrubber {
            width: 56
            height: 420
            years: [{ year: 2024, row: 0, fraction: 0 }, { year: 2019, row: 40, fraction: 0.5 }, { year: 2010, row: 90, fraction: 0.9 }]
        }
    }
    Component {
        id: tileComponent
        ThumbnailTile {
            width: 200
            height: 150
            item: ({ index: 7, assetId: 70, source: "", favorite: true, video: true, available: false })
        }
    }

    Component {
        id: trackerComponent
        Item { property int pendingThumbnails: 0 }
    }

    TestCase {
        name: "DateScrubber"
        when: windowShown

        function test_clickOnAYearJumpsToItsRow() {
            const s = createTemporaryObject(scrubberComponent, root)
            const rows = []
            const fractions = []
            s.jumpToRow.connect((r) => rows.push(r))
            s.jumpToFraction.connect((f) => fractions.push(f))
            mouseClick(s, 28, 0.5 * (s.height - 20) + 2)
            compare(rows, [40])
            mouseClick(s, 28, 0.25 * (s.height - 20))
            compare(fractions.length, 1)
            fuzzyCompare(fractions[0], 0.25, 0.02)
        }
        function test_markerStandsOnTheYearJumpedTo() {
            // A short library: the view is a fifth of the content, so the
            // scroll range is 0.8 of it. After a jump to 2019 (half-way down
            // the content) the list's scroll position is 0.5 / 0.8 = 0.625;
            // the marker must stand on 2019's label, not below it.
            const s = createTemporaryObject(scrubberComponent, root, { contentScale: 1.25 })
            const rows = []
            s.jumpToRow.connect((r) => rows.push(r))
            const label = findChild(s, "year2019")
            verify(label && label.visible)
            mouseClick(s, 28, label.y + 4)
            compare(rows, [40])
            s.position = 0.5 * 1.25
            const marker = findChild(s, "marker")
            verify(Math.abs(marker.y - (label.y + label.height / 2)) < 10,
                   "marker at " + marker.y + ", 2019 at " + label.y)
            // A year whose start cannot scroll to the top sits at the bottom, with the marker at the end.
            const late = findChild(s, "year2010")
            fuzzyCompare(late.y, s.height - 20, 1)
        }
        function test_dragScrubs() {
            const s = createTemporaryObject(scrubberComponent, root)
            let jumps = 0
            s.jumpToFraction.connect(() => jumps++)
            s.jumpToRow.connect(() => jumps++)
            mousePress(s, 28, 60)
            mouseMove(s, 28, 120)
            mouseMove(s, 28, 300)
            mouseRelease(s, 28, 300)
            verify(jumps >= 3)
        }
    }

    TestCase {
        name: "ThumbnailTile"
        when: windowShown

        function test_clickCarriesIndexAndModifiers() {
            const t = createTemporaryObject(tileComponent, root)
            let got = null
            t.clicked.connect((index, modifiers) => got = [index, modifiers])
            mouseClick(t, 100, 100, Qt.LeftButton, Qt.ControlModifier)
            compare(got[0], 7)
            verify(got[1] & Qt.ControlModifier)
        }
        function test_checkToggles() {
            const t = createTemporaryObject(tileComponent, root)
            let checked = -1
            t.checkClicked.connect((index) => checked = index)
            t.selecting = true
            mouseClick(t, 17, 17)
            compare(checked, 7)
        }
        function test_selectedShrinks() {
            const t = createTemporaryObject(tileComponent, root)
            t.selected = true
            tryVerify(() => t.shownInset > 0)
        }
        function test_damagedPhotoHasItsMark() {
            const t = createTemporaryObject(tileComponent, root)
            const before = t.badgeCount
            t.item = { index: 9, assetId: 90, source: "", favorite: true, video: true, available: false, damaged: true }
            compare(t.badgeCount, before + 1)
            verify(findChild(t, "damagedBadge").item !== null)
        }
        function test_recycledTileJumpsToItsSelection() {
            // A recycled row gives its tiles other photos with animated off:
            // the inset of a selected photo is there at once, not animated in.
            const t = createTemporaryObject(tileComponent, root)
            t.animated = false
            t.item = { index: 8, assetId: 80, source: "", favorite: false, video: false, available: true }
            t.selected = true
            compare(t.shownInset, t.inset)
            verify(t.inset > 0)
        }
        function test_badgesOnlyWhenShown() {
            // Badges, veil and check are created only for the photos that show them.
            const t = createTemporaryObject(tileComponent, root)
            compare(t.badgeCount, 3) // favourite, video, offline veil
            t.item = { index: 8, assetId: 80, source: "", favorite: false, video: false, available: true }
            compare(t.badgeCount, 0)
            t.item = { index: 9, assetId: 90, source: "", favorite: true, video: false, available: true }
            compare(t.badgeCount, 1)
            t.selecting = true
            compare(t.badgeCount, 2) // and the check
        }
        function test_loadingIsCountedUntilLoadedOrDestroyed() {
            const tracker = createTemporaryObject(trackerComponent, root)
            const t = createTemporaryObject(tileComponent, root, { loadTracker: tracker })
            t.item = { index: 1, assetId: 10, source: "qrc:/icons/play-white.svg", favorite: false, video: false, available: true }
            compare(tracker.pendingThumbnails, 1)
            tryCompare(tracker, "pendingThumbnails", 0) // loaded
            t.item = { index: 2, assetId: 20, source: "qrc:/icons/check-white.svg", favorite: false, video: false, available: true }
            compare(tracker.pendingThumbnails, 1)
            t.destroy() // a recycled row going away with a tile still loading
            tryCompare(tracker, "pendingThumbnails", 0)
        }
        function test_spareTileShowsNothing() {
            const t = createTemporaryObject(tileComponent, root)
            t.item = null
            compare(t.badgeCount, 0)
            compare(t.loading, false)
        }
    }

    TestCase {
        name: "Theme"
        // Like the others: a case that runs before the window is shown ends the
        // run before the window-shown cases start (they never ran).
        when: windowShown
        function test_darkSwitchesColoursAndIcons() {
            Theme.dark = false
            const light = String(Theme.background)
            verify(Theme.icon("star").indexOf("-dark") < 0)
            Theme.dark = true
            verify(String(Theme.background) !== light)
            verify(Theme.icon("star").endsWith("star-dark.svg"))
            compare(Theme.whiteIcon("play"), "qrc:/icons/play-white.svg")
            Theme.dark = false
        }
    }
}
