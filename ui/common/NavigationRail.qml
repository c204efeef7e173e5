import QtQuick
import Tintype
import QtQuick.Controls
import QtQuick.Layouts

// The left navigation: one entry per view that exists. To add a view (Albums,
// Takeout import) append to `entries` and give Main.qml a page of that name.
// Entries of one `section` stand together: where a section starts the rail
// shows its title from `sectionTitles` (People, Places and Things under
// "Explore", as Google Photos groups them), or a divider when it has none.
Rectangle {
    id: rail
    property string current: "photos"
    property var entries: [
        { name: "photos", label: qsTr("Photos"), icon: "photos", section: "" },
        { name: "folders", label: qsTr("Folders"), icon: "folder", section: "" },
        { name: "albums", label: qsTr("Albums"), icon: "album", section: "" },
        { name: "favorites", label: qsTr("Favourites"), icon: "star", section: "" },
        { name: "recent", label: qsTr("Recently added"), icon: "calendar", section: "" },
        { name: "people", label: qsTr("People"), icon: "people", section: "explore" },
        { name: "places", label: qsTr("Places"), icon: "place", section: "explore" },
        { name: "things", label: qsTr("Things"), icon: "tag", section: "explore" },
        { name: "duplicates", label: qsTr("Duplicates"), icon: "duplicates", section: "tidy" },
        { name: "archive", label: qsTr("Archive"), icon: "archive", section: "tidy" },
        { name: "trash", label: qsTr("Trash"), icon: "delete", section: "tidy" }
    ]
    property var sectionTitles: ({ explore: qsTr("Explore") })
    property var footerEntries: [
        { name: "takeout", label: qsTr("Import Takeout"), icon: "add" },
        { name: "settings", label: qsTr("Settings"), icon: "settings" }
    ]
    signal activated(string name)
    signal helpRequested()
    default property alias footer: footerSlot.data

    color: Theme.background
    implicitWidth: Theme.railWidth

    component Entry: ItemDelegate {
        required property var modelData
        Layout.fillWidth: true
        Layout.preferredHeight: 40
        highlighted: rail.current === modelData.name
        onClicked: rail.activated(modelData.name)
        // Reached by Tab (ItemDelegate takes no focus by default); Enter or Space opens the page.
        focusPolicy: Qt.StrongFocus
        Keys.onReturnPressed: rail.activated(modelData.name)
        Keys.onEnterPressed: rail.activated(modelData.name)
        contentItem: RowLayout {
            spacing: 16
            Image {
                source: Theme.icon(modelData.icon)
                sourceSize: Qt.size(22, 22)
                Layout.leftMargin: 8
            }
            Label {
                text: modelData.label
                color: Theme.text
                font.pixelSize: 14
                font.weight: highlighted ? Font.DemiBold : Font.Normal
                Layout.fillWidth: true
            }
        }
        background: Rectangle {
            radius: height / 2
            color: highlighted ? Theme.accentSoft : (parent.hovered ? Theme.surfaceHigh : "transparent")
            border.width: parent.visualFocus ? 2 : 0
            border.color: Theme.accent
        }
        Accessible.name: modelData.label
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 2
        RowLayout {
            Layout.preferredHeight: Theme.topBarHeight - 12
            Layout.leftMargin: 12
            spacing: 10
            Rectangle {
                width: 28; height: 28; radius: 8
                gradient: Gradient {
                    GradientStop { position: 0; color: "#f6b93b" }
                    GradientStop { position: 1; color: "#e55039" }
                }
                Rectangle { anchors.centerIn: parent; width: 12; height: 12; radius: 6; color: "white"; opacity: 0.9 }
            }
            Label {
                text: "Tintype"
                font.pixelSize: 20
                color: Theme.text
            }
        }
        Repeater {
            model: rail.entries
            delegate: ColumnLayout {
                id: slot
                required property var modelData
                required property int index
                readonly property string section: modelData.section || ""
                readonly property bool startsSection: index > 0 && section !== (rail.entries[index - 1].section || "")
                Layout.fillWidth: true
                spacing: 2
                Rectangle { // a section without a title
                    visible: slot.startsSection && !rail.sectionTitles[slot.section]
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Layout.topMargin: 3
                    Layout.bottomMargin: 3
                    implicitHeight: 1
                    color: Theme.divider
                }
                Label {
                    objectName: "railHeading_" + slot.section
                    visible: slot.startsSection && !!rail.sectionTitles[slot.section]
                    text: rail.sectionTitles[slot.section] || ""
                    color: Theme.subtext
                    font.pixelSize: 12
                    font.weight: Font.DemiBold
                    Layout.leftMargin: 20
                    Layout.topMargin: 6
                    Accessible.role: Accessible.Heading
                }
                Entry {
                    objectName: "railEntry_" + slot.modelData.name
                    modelData: slot.modelData
                }
            }
        }
        Item { Layout.fillHeight: true }
        Item {
            id: footerSlot
            Layout.fillWidth: true
            implicitHeight: childrenRect.height
        }
        Repeater {
            model: rail.footerEntries
            delegate: Entry {}
        }
        ItemDelegate {
            Layout.fillWidth: true
            Layout.preferredHeight: 40
            onClicked: rail.helpRequested()
            contentItem: RowLayout {
                spacing: 16
                Image { source: Theme.icon("keyboard"); sourceSize: Qt.size(22, 22); Layout.leftMargin: 8 }
                Label { text: qsTr("Shortcuts"); color: Theme.text; font.pixelSize: 14; Layout.fillWidth: true }
            }
            background: Rectangle { radius: height / 2; color: parent.hovered ? Theme.surfaceHigh : "transparent" }
        }
    }
}
