import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Duplicates: opening the page prepares the photos for comparison (progress,
// Cancel) and finds the groups; then one group at a time, keyboard first.
// Keys (also in HelpSheet.qml): Left/Right previous/next group, 1–9 keep that
// copy, Enter apply this group, S skip, D not duplicates, Ctrl+Z undo the
// last apply, Esc cancel the search.
FocusScope {
    id: page
    required property AppServices services
    property bool started: false
    readonly property bool busy: review.state === DuplicateReview.Hashing || review.state === DuplicateReview.Grouping
                                 || review.state === DuplicateReview.Applying
    // For scripted runs: nothing left to wait for.
    readonly property bool settled: started && !busy
    property alias review: review

    function start() {
        if (started) return
        started = true
        review.find()
    }
    onVisibleChanged: if (visible) { start(); forceActiveFocus() }
    Component.onCompleted: if (visible) start()

    DuplicateReview {
        id: review
        services: page.services
    }

    // What each key does; null when the page does not take it (so window shortcuts still work).
    function actionFor(event) {
        const plain = (event.modifiers & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier)) === 0
        if (event.key === Qt.Key_Z && (event.modifiers & Qt.ControlModifier)) return () => review.undo()
        if (event.key === Qt.Key_Escape && page.busy) return () => review.cancel()
        if (!plain || review.state !== DuplicateReview.Ready || review.groupCount === 0) return null
        if (event.key >= Qt.Key_1 && event.key <= Qt.Key_9) return () => review.keep(event.key - Qt.Key_0)
        switch (event.key) {
        case Qt.Key_Left: return () => review.previous()
        case Qt.Key_Right: return () => review.next()
        case Qt.Key_Return: case Qt.Key_Enter: return () => review.accept()
        case Qt.Key_S: return () => review.skip()
        case Qt.Key_D: return () => review.dismiss()
        }
        return null
    }
    Keys.onShortcutOverride: (event) => event.accepted = actionFor(event) !== null
    Keys.onPressed: (event) => {
        const action = actionFor(event)
        if (action) { action(); event.accepted = true }
    }

    Rectangle { anchors.fill: parent; color: Theme.background }

    ColumnLayout {
        anchors.fill: parent
        anchors.leftMargin: 32
        anchors.rightMargin: 32
        anchors.topMargin: 8
        anchors.bottomMargin: 16
        spacing: 12

        Flow {
            // Wraps on narrow windows (150 % scaling).
            Layout.fillWidth: true
            spacing: 8
            Button {
                text: qsTr("Undo")
                icon.source: Theme.icon("undo")
                icon.color: "transparent"
                flat: true
                focusPolicy: Qt.NoFocus
                visible: review.canUndo
                onClicked: review.undo()
            }
            Button {
                text: qsTr("Look again")
                flat: true
                focusPolicy: Qt.NoFocus
                enabled: !page.busy
                visible: review.state === DuplicateReview.Ready
                onClicked: review.find()
            }
            Switch {
                text: qsTr("Include near copies")
                focusPolicy: Qt.NoFocus
                checked: review.includeNear
                enabled: !page.busy
                onToggled: { review.includeNear = checked; review.find() }
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Also resized, recompressed, turned, mirrored or slightly cropped copies, not only identical files")
            }
            CheckBox {
                text: qsTr("Also write merged metadata into the kept file's XMP")
                focusPolicy: Qt.NoFocus
                checked: review.writeXmp
                onToggled: review.writeXmp = checked
            }
            Button {
                // Every group at once: last and plain, behind a confirmation.
                objectName: "applyAll"
                flat: true
                focusPolicy: Qt.NoFocus // the page keeps the keys
                text: qsTr("Apply all (%1)…").arg(review.pendingCount)
                visible: review.state === DuplicateReview.Ready && review.pendingCount > 0
                onClicked: confirmAll.open()
            }
        }

        Rectangle {
            // What the last action did, and notes about the search.
            Layout.fillWidth: true
            visible: banner.text.length > 0
            implicitHeight: banner.implicitHeight + 20
            radius: 8
            color: review.stale ? Theme.accentSoft : Theme.surfaceHigh
            Label {
                id: banner
                x: 12
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width - 24
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: 13
                text: [review.stale ? qsTr("Photos changed since this search: “Look again” to update the groups.") : "",
                       review.message, review.note].filter((t) => t.length > 0).join("\n")
            }
        }

        // Busy: preparing, grouping or applying.
        ColumnLayout {
            visible: page.busy
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 80
            Layout.preferredWidth: Math.min(480, page.width - 64)
            spacing: 12
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: review.progressText
                color: Theme.text
                font.pixelSize: 16
                wrapMode: Text.Wrap
            }
            ProgressBar {
                Layout.fillWidth: true
                indeterminate: review.progress < 0
                value: Math.max(0, review.progress)
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                visible: review.state === DuplicateReview.Hashing
                text: qsTr("Tintype compares small thumbnails; your files are only read. What is prepared is kept for next time.")
                color: Theme.subtext
                wrapMode: Text.Wrap
            }
            Button {
                Layout.alignment: Qt.AlignHCenter
                visible: review.state !== DuplicateReview.Applying
                text: qsTr("Cancel")
                focusPolicy: Qt.NoFocus
                onClicked: review.cancel()
            }
        }

        // Nothing shown: not looked yet, stopped, failed, or no duplicates.
        ColumnLayout {
            visible: !page.busy && (review.state !== DuplicateReview.Ready || review.groupCount === 0)
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 80
            Layout.preferredWidth: Math.min(520, page.width - 64)
            spacing: 12
            Image {
                Layout.alignment: Qt.AlignHCenter
                source: Theme.icon(review.state === DuplicateReview.Ready ? "check" : "duplicates")
                sourceSize: Qt.size(48, 48)
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: review.state === DuplicateReview.Ready ? qsTr("No duplicates")
                      : review.state === DuplicateReview.Failed ? qsTr("Duplicates could not be looked for")
                      : qsTr("Find copies of the same photo")
                color: Theme.text
                font.pixelSize: 20
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                color: Theme.subtext
                text: review.state !== DuplicateReview.Ready ? qsTr("Tintype proposes the best copy of each photo and keeps every album, rating and place of the others. Nothing is removed before you say so.")
                      : review.includeNear ? qsTr("No identical files, and no resized, recompressed, turned or cropped copies.")
                      : qsTr("No identical files. Near copies were not looked for.")
            }
            PrimaryButton {
                focusPolicy: Qt.NoFocus // the page keeps the keys
                Layout.alignment: Qt.AlignHCenter
                visible: review.state !== DuplicateReview.Ready
                text: review.state === DuplicateReview.Failed ? qsTr("Try again") : qsTr("Look for duplicates")
                onClicked: review.find()
            }
        }

        ScrollView {
            id: groupScroll
            visible: !page.busy && review.state === DuplicateReview.Ready && review.groupCount > 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            contentWidth: availableWidth
            clip: true
            DuplicateGroupView {
                width: groupScroll.availableWidth
                review: review
            }
        }
        Item { Layout.fillHeight: true; visible: !groupScroll.visible }

        Label {
            Layout.fillWidth: true
            visible: groupScroll.visible
            text: qsTr("Keys: ← → groups · 1–9 keep that copy · Enter apply this group · S skip · D not duplicates · Ctrl+Z undo")
            color: Theme.subtext
            font.pixelSize: 12
            elide: Text.ElideRight
        }
    }

    SurfaceDialog {
        id: confirmAll
        anchors.centerIn: parent
        modal: true
        title: qsTr("Apply %n proposal(s)?", "", review.pendingCount)
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: 420
            wrapMode: Text.Wrap
            text: qsTr("In every group not yet applied or skipped, the copies not kept go to the system trash, and their albums, ratings, tags and places move to the kept photo. Skipped groups stay as they are. You can undo this right after.")
        }
        onAccepted: review.applyAll()
        onClosed: page.forceActiveFocus()
    }
}
