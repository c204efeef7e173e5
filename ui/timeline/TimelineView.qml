import QtQuick
import QtQuick.Controls
import Tintype

// A timeline (all photos, favourites or a folder): header rows and justified
// photo rows from a TimelineModel, recycled by a ListView; Ctrl+wheel or a
// pinch changes the density; the scrubber on the right jumps through years.
Item {
    id: view
    property alias model: timeline
    property alias scope: timeline.scope
    property alias folderRootId: timeline.folderRootId
    property alias folderKey: timeline.folderKey
    property alias list: list
    required property AppServices services
    property SelectionModel selection: SelectionModel { timeline: timeline }
    property int pendingThumbnails: 0
    property string emptyText: qsTr("No photos yet")
    signal openAsset(int index)

    // The photo the keyboard is on (-1: none yet): arrows, Home/End and
    // PageUp/PageDown move it, Enter opens it, Space selects it.
    property int currentIndex: -1
    function moveTo(i) {
        if (timeline.photoCount === 0) return
        currentIndex = Math.max(0, Math.min(timeline.photoCount - 1, i))
        list.positionViewAtIndex(timeline.rowOfIndex(currentIndex), ListView.Contain)
    }
    function handleKey(event) {
        const n = timeline.photoCount
        if (n === 0 || (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier))) return false
        const at = currentIndex >= 0 && currentIndex < n ? currentIndex : -1
        const start = at < 0 ? 0 : at
        switch (event.key) {
        case Qt.Key_Right: moveTo(at < 0 ? 0 : at + 1); break
        case Qt.Key_Left: moveTo(at < 0 ? 0 : at - 1); break
        case Qt.Key_Down: moveTo(at < 0 ? 0 : timeline.verticalNeighbour(at, 1)); break
        case Qt.Key_Up: moveTo(at < 0 ? 0 : timeline.verticalNeighbour(at, -1)); break
        case Qt.Key_PageDown: moveTo(timeline.pageNeighbour(start, list.height)); break
        case Qt.Key_PageUp: moveTo(timeline.pageNeighbour(start, -list.height)); break
        case Qt.Key_Home: moveTo(0); break
        case Qt.Key_End: moveTo(n - 1); break
        case Qt.Key_Return: case Qt.Key_Enter: if (at < 0) return false; view.openAsset(at); break
        case Qt.Key_Space:
            if (at < 0) return false
            view.selection.click(at, Qt.ControlModifier | (event.modifiers & Qt.ShiftModifier))
            break
        default: return false
        }
        return true
    }
    Connections {
        target: timeline
        function onRowsLaidOut() { if (view.currentIndex >= timeline.photoCount) view.currentIndex = timeline.photoCount - 1 }
    }

    readonly property bool settled: !timeline.loading && pendingThumbnails <= 0 && !list.moving

    // Main.qml activates a page the first time it is shown, so the first
    // screen's query is not queued behind pages nobody looks at yet.
    property bool active: true

    TimelineModel {
        id: timeline
        services: view.active ? view.services : null
        viewWidth: list.width - 16
    }

    function scrollBy(dy) {
        list.contentY = Math.min(list.contentY + dy, list.originY + list.contentHeight - list.height)
        return list.atYEnd
    }
    function jumpToYear(year) { list.positionViewAtIndex(timeline.rowOfYear(year), ListView.Beginning) }

    ListView {
        id: list
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: scrubber.width
        model: timeline
        clip: true // scrolled rows stay below the page header (and its clicks)
        reuseItems: true
        cacheBuffer: 200
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
        focus: true
        activeFocusOnTab: true
        Keys.onPressed: (event) => { if (view.handleKey(event)) event.accepted = true }
        // Enter opens the photo the keyboard is on, before the window's "open the selection".
        Keys.onShortcutOverride: (event) => event.accepted = (event.key === Qt.Key_Return || event.key === Qt.Key_Enter)
                                                             && view.currentIndex >= 0 && event.modifiers === Qt.NoModifier

        delegate: Item {
            id: row
            required property int index
            required property string rowKind
            required property string title
            required property string subtitle
            required property real rowHeight
            required property var items
            required property int firstIndex
            required property int itemCount
            width: ListView.view.width
            height: rowHeight

            Label {
                visible: row.rowKind !== "photos"
                anchors.left: parent.left
                anchors.leftMargin: 4
                anchors.bottom: parent.bottom
                anchors.bottomMargin: row.rowKind === "major" ? 14 : 10
                text: row.title
                font.pixelSize: row.rowKind === "major" ? 22 : 14
                font.weight: row.rowKind === "major" ? Font.Normal : Font.Medium
                color: Theme.text
            }
            Label {
                visible: row.rowKind === "minor"
                anchors.right: parent.right
                anchors.rightMargin: 8
                anchors.bottom: parent.bottom
                anchors.bottomMargin: 10
                text: row.subtitle
                font.pixelSize: 12
                color: Theme.subtext
            }
            // Tiles are pooled with the row: a recycled row keeps its tiles and
            // gives them the new row's photos (rebinding, no item creation while
            // scrolling); the pool only grows when a row has more photos than any
            // before it, and spare tiles are hidden.
            property int tileSlots: 0
            property bool recycling: false
            ListView.onPooled: recycling = true
            ListView.onReused: recycling = false
            onItemsChanged: if (items.length > tileSlots) tileSlots = items.length
            Component.onCompleted: tileSlots = items.length
            Repeater {
                model: row.tileSlots
                delegate: ThumbnailTile {
                    required property int index
                    item: row.items[index] || null // header rows have no items
                    visible: item !== null
                    animated: !row.recycling
                    x: item ? item.x : 0
                    width: item ? item.w : 0
                    height: row.rowHeight - 4
                    selected: item !== null && view.selection.revision >= 0 && view.selection.isSelected(item.assetId)
                    selecting: view.selection.count > 0
                    current: item !== null && list.activeFocus && item.index === view.currentIndex
                    loadTracker: view
                    onClicked: (index, modifiers) => {
                        list.forceActiveFocus()
                        view.currentIndex = index
                        if (modifiers & (Qt.ControlModifier | Qt.ShiftModifier) || view.selection.count > 0)
                            view.selection.click(index, modifiers & (Qt.ShiftModifier) ? modifiers : Qt.ControlModifier)
                        else
                            view.openAsset(index)
                    }
                    onCheckClicked: (index) => view.selection.toggle(index)
                }
            }
        }
    }

    WheelHandler {
        // Ctrl+wheel: denser or roomier, like zooming the timeline.
        target: null
        acceptedModifiers: Qt.ControlModifier
        onWheel: (event) => {
            const d = timeline.density + (event.angleDelta.y < 0 ? 1 : -1)
            timeline.density = Math.max(0, Math.min(2, d))
        }
    }
    PinchHandler {
        target: null
        onActiveChanged: if (!active) {
            if (activeScale < 0.8) timeline.density = Math.min(2, timeline.density + 1)
            else if (activeScale > 1.25) timeline.density = Math.max(0, timeline.density - 1)
        }
    }

    DateScrubber {
        id: scrubber
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.topMargin: 16
        anchors.bottomMargin: 16
        years: timeline.years
        visible: timeline.scope !== TimelineModel.Folder
        width: visible ? implicitWidth : 8
        contentScale: list.contentHeight > list.height ? list.contentHeight / (list.contentHeight - list.height) : 1
        position: list.contentHeight > list.height
                  ? Math.max(0, Math.min(1, (list.contentY - list.originY) / (list.contentHeight - list.height))) : 0
        onJumpToRow: (row) => list.positionViewAtIndex(row, ListView.Beginning)
        onJumpToFraction: (f) => list.positionViewAtIndex(timeline.rowAtY(f * timeline.contentHeight), ListView.Beginning)
    }

    Column {
        anchors.centerIn: parent
        spacing: 12
        visible: !timeline.loading && timeline.photoCount === 0
        Image { anchors.horizontalCenter: parent.horizontalCenter; source: Theme.icon("photos"); sourceSize: Qt.size(64, 64); opacity: 0.5 }
        Label { anchors.horizontalCenter: parent.horizontalCenter; text: timeline.error || view.emptyText; color: Theme.subtext; font.pixelSize: 16 }
    }
}
