import QtQuick
import Tintype
import QtQuick.Controls
import QtQuick.Layouts

// The keyboard shortcuts, as a sheet (? or F1), with the way to the About box.
Popup {
    id: sheet
    modal: true
    anchors.centerIn: parent
    width: Math.min(640, parent.width - 64)
    height: Math.min(560, parent.height - 64)
    padding: 24
    background: Rectangle { radius: 20; color: Theme.surface; border.color: Theme.divider }
    signal aboutRequested()

    readonly property var groups: [
        { title: qsTr("Timeline"), keys: [
            ["Ctrl+F, /", qsTr("Search: people, places, dates, cameras, words")],
            ["Ctrl+A", qsTr("Select all")],
            [qsTr("Click"), qsTr("Open a photo; toggles it while selecting")],
            [qsTr("Ctrl+Click"), qsTr("Add to or remove from the selection")],
            [qsTr("Shift+Click"), qsTr("Select a range")],
            [qsTr("Ctrl+Wheel"), qsTr("Change density: days, months, years")],
            ["Esc", qsTr("Clear the selection")] ] },
        { title: qsTr("Selected photos and the viewer"), keys: [
            ["F", qsTr("Favourite or not")],
            ["0 – 5", qsTr("Rating")],
            ["R / Shift+R", qsTr("Rotate right / left")],
            ["Del", qsTr("Move to the trash (asks first; can be undone)")],
            ["Shift+A", qsTr("Archive: keep out of Photos")],
            ["Ctrl+Z", qsTr("Undo (trash, archive, remove from album)")] ] },
        { title: qsTr("Viewer"), keys: [
            [qsTr("Left / Right"), qsTr("Previous / next")],
            ["Home / End", qsTr("First / last")],
            [qsTr("Space, Ctrl+1"), qsTr("100 % / fit")],
            [qsTr("Wheel, + / −"), qsTr("Zoom; drag to move")],
            ["I", qsTr("Info panel")],
            ["M", qsTr("Play a motion photo's clip")],
            ["E", qsTr("Edit the photo")],
            ["F11", qsTr("Full screen")],
            ["Esc", qsTr("Back to the photos")] ] },
        { title: qsTr("Duplicates"), keys: [
            [qsTr("Left / Right"), qsTr("Previous / next group")],
            ["1 – 9", qsTr("Keep that copy instead")],
            ["Enter", qsTr("Apply this group: the other copies go to the trash")],
            ["S", qsTr("Skip this group")],
            ["D", qsTr("Not duplicates: never shown together again")],
            ["Ctrl+Z", qsTr("Undo the last apply")],
            ["Esc", qsTr("Cancel the search")] ] },
        { title: qsTr("Map (click it first)"), keys: [
            [qsTr("Drag, arrows"), qsTr("Move the map")],
            [qsTr("Wheel, Ctrl+Wheel, pinch"), qsTr("Zoom about the pointer or the fingers")],
            ["+ / −", qsTr("Zoom in / out")],
            ["Home", qsTr("Back to the first view")],
            [qsTr("Double-click / Shift+Double-click"), qsTr("Zoom in / out there")],
            [qsTr("Shift+Drag"), qsTr("Open the photos in an area")] ] },
        { title: qsTr("Edit mode"), keys: [
            ["Ctrl+Z", qsTr("Undo")],
            ["Ctrl+Shift+Z", qsTr("Redo")],
            [qsTr("Hold %1").arg("\\"), qsTr("Show the original (before / after)")],
            [qsTr("Double-click a slider"), qsTr("Reset it")],
            ["Esc", qsTr("Cancel (asks when there are unsaved changes)")] ] }
    ]

    contentItem: ScrollView {
        clip: true
        ColumnLayout {
            width: sheet.availableWidth
            spacing: 8
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Keyboard shortcuts"); font.pixelSize: 22; color: Theme.text; Layout.fillWidth: true }
                Button { text: qsTr("About Tintype"); flat: true; onClicked: { sheet.close(); sheet.aboutRequested() } }
                IconButton { iconName: "close"; tip: qsTr("Close"); onClicked: sheet.close() }
            }
            Repeater {
                model: sheet.groups
                delegate: Column {
                    id: group
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 6
                    topPadding: 12
                    Label { text: group.modelData.title; color: Theme.accent; font.pixelSize: 13; font.weight: Font.Medium }
                    Repeater {
                        model: group.modelData.keys
                        delegate: Row {
                            required property var modelData
                            spacing: 16
                            Rectangle {
                                width: 150
                                height: 26
                                radius: 6
                                color: Theme.surfaceHigh
                                Label { anchors.centerIn: parent; text: modelData[0]; color: Theme.text; font.pixelSize: 12 }
                            }
                            Label {
                                anchors.verticalCenter: parent.verticalCenter
                                width: group.width - 166
                                text: modelData[1]
                                color: Theme.text
                                font.pixelSize: 13
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
        }
    }
}
