import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Tintype

// The viewer's edit mode for one photo: the preview rendered off the GUI
// thread (EditSession), the tools panel, undo/redo (Ctrl+Z, Ctrl+Shift+Z),
// before/after (hold \ or the button), revert to the original, Done (a new
// revision in the catalog; the file is never touched) and Cancel (asks when
// there are unsaved changes).
Rectangle {
    id: editMode
    required property AppServices services
    required property int assetId
    property alias session: session
    property alias tools: panel
    property alias cropOverlay: overlay
    readonly property bool showingOriginal: session.showOriginal
    readonly property bool settled: session.state === EditSession.Failed
                                    || (session.state === EditSession.Ready && session.previewCount > 0 && !dragTimer.running)
    property string dragReport
    signal closed()

    color: Theme.viewerBackground
    Material.theme: Material.Dark
    Material.accent: "#a8c7fa"
    Material.foreground: "#e3e3e3"
    focus: true

    function cancel() {
        if (session.dirty) discard.open()
        else closed()
    }
    function done() { session.save() }

    // Measures the preview while an exposure slider is dragged for `ms`
    // (scripted runs): new previews rendered and shown per second.
    function measureDrag(ms) {
        dragTimer.duration = ms
        dragTimer.startedAt = Date.now()
        dragTimer.previews = session.previewCount
        dragTimer.shown = canvas.presentedCount
        dragTimer.moves = 0
        dragTimer.start()
    }
    Timer {
        id: dragTimer
        property int duration
        property real startedAt
        property int previews
        property int shown
        property int moves
        interval: 8 // a pointer moving at 125 positions/s
        repeat: true
        onTriggered: {
            const t = (Date.now() - startedAt) / 1000
            session.setValue("exposure", 2 * Math.sin(t * 3))
            ++moves
            if (t * 1000 < duration) return
            stop()
            session.commit()
            const size = session.pictureSize.width + " × " + session.pictureSize.height
            editMode.dragReport = "edit preview while dragging exposure (" + size + " px, " + moves + " slider positions in "
                    + t.toFixed(2) + " s): " + (session.previewCount - previews) + " previews rendered, "
                    + ((canvas.presentedCount - shown) / t).toFixed(1) + " updates/s shown (target >= 30), last render "
                    + session.renderMilliseconds.toFixed(1) + " ms"
        }
    }

    EditSession {
        id: session
        services: editMode.services
        assetId: editMode.assetId
        cropping: panel.tab === 0
        showOriginal: compare.checked || holdingBackslash
        property bool holdingBackslash: false
        onSaved: editMode.closed()
    }

    Keys.onPressed: (event) => {
        if (event.key === Qt.Key_Backslash) {
            if (!event.isAutoRepeat) session.holdingBackslash = true
        } else if (event.key === Qt.Key_Escape) {
            editMode.cancel()
        }
        // Everything stays in the edit mode (no photo change with the arrows).
        event.accepted = true
    }
    Keys.onReleased: (event) => {
        if (event.key === Qt.Key_Backslash && !event.isAutoRepeat) session.holdingBackslash = false
        event.accepted = true
    }
    Shortcut { sequences: [StandardKey.Undo]; enabled: editMode.visible; onActivated: session.undo() }
    Shortcut { sequences: [StandardKey.Redo, "Ctrl+Shift+Z"]; enabled: editMode.visible; onActivated: session.redo() }

    Item {
        id: stage
        anchors.left: parent.left
        anchors.right: panel.left
        anchors.top: topBar.bottom
        anchors.bottom: parent.bottom

        EditCanvas {
            id: canvas
            objectName: "editCanvas"
            anchors.fill: parent
            anchors.margins: 24
            image: editMode.showingOriginal || session.previewCount === 0 ? session.original : session.preview
        }
        EditCropOverlay {
            id: overlay
            anchors.fill: canvas
            visible: session.cropping && !editMode.showingOriginal && session.state === EditSession.Ready
            session: session
            area: canvas.paintedRect
            showGuides: panel.straightening
        }
        Label {
            anchors.top: parent.top; anchors.horizontalCenter: parent.horizontalCenter; anchors.topMargin: 8
            visible: editMode.showingOriginal && session.state === EditSession.Ready
            text: qsTr("Original")
            color: "white"
            padding: 6; leftPadding: 12; rightPadding: 12
            background: Rectangle { radius: height / 2; color: "#a0000000" }
        }
        BusyIndicator {
            anchors.centerIn: parent
            running: session.state === EditSession.Loading || session.state === EditSession.Saving
        }
        Label {
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 520)
            visible: session.error.length > 0
            text: session.error
            color: "#f2b8b5"
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
        }
    }

    RowLayout {
        id: topBar
        anchors.left: parent.left
        anchors.right: panel.left
        anchors.top: parent.top
        anchors.leftMargin: 12; anchors.rightMargin: 12
        height: 64
        spacing: 4
        IconButton { white: true; iconName: "close"; tip: qsTr("Cancel (Esc)"); onClicked: editMode.cancel() }
        Label {
            text: session.dirty ? qsTr("Edit — unsaved changes") : qsTr("Edit")
            color: "white"; font.pixelSize: 15
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        IconButton { white: true; iconName: "undo"; tip: qsTr("Undo (Ctrl+Z)"); enabled: session.canUndo; opacity: enabled ? 1 : 0.4; onClicked: session.undo() }
        IconButton { white: true; iconName: "redo"; tip: qsTr("Redo (Ctrl+Shift+Z)"); enabled: session.canRedo; opacity: enabled ? 1 : 0.4; onClicked: session.redo() }
        IconButton {
            id: compare
            objectName: "compare"
            white: true; iconName: "compare"; checkable: true
            // The key as an argument: lupdate drops a backslash inside qsTr's text.
            tip: qsTr("Before / after (hold %1)").arg("\\")
        }
        EditButton {
            objectName: "revert"
            flat: true
            text: qsTr("Revert to original")
            enabled: session.edited && session.state === EditSession.Ready
            onClicked: session.revertToOriginal()
        }
        EditButton {
            objectName: "done"
            text: qsTr("Done")
            primary: true
            enabled: session.state === EditSession.Ready
            onClicked: editMode.done()
        }
    }

    EditToolsPanel {
        id: panel
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        session: session
    }

    Dialog {
        id: discard
        anchors.centerIn: parent
        modal: true
        title: qsTr("Discard your changes?")
        Label {
            width: 360
            wrapMode: Text.Wrap
            text: qsTr("The changes made since you opened the editor are not kept. The photo stays as it was.")
        }
        footer: DialogButtonBox {
            Button { text: qsTr("Keep editing"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
            Button { text: qsTr("Discard"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole; objectName: "discard" }
        }
        onAccepted: editMode.closed()
        onClosed: editMode.forceActiveFocus()
    }
}
