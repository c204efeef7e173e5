import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The bar above a page: its title and density switch, or — while photos are
// selected — how many, and what can be done to them.
Rectangle {
    id: bar
    property string title
    property bool demo: false // a chip says the library is the generated demo
    property SelectionModel selection
    property TimelineModel timeline
    property bool showDensity: true
    property bool inAlbum: false // the selection is in an open album: it can be taken out
    signal favorite()
    signal rate(int stars)
    signal rotate()
    signal copyTo()
    signal exportSelection()
    signal setLocation()
    signal trash()
    signal archive()
    signal addToAlbum()
    signal removeFromAlbum()
    readonly property bool selecting: selection && selection.count > 0
    color: selecting ? Theme.accentSoft : Theme.background
    implicitHeight: Theme.topBarHeight

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 4
        IconButton {
            visible: bar.selecting
            iconName: "close"
            tip: qsTr("Clear the selection (Esc)")
            onClicked: bar.selection.clear()
        }
        Label {
            text: bar.selecting ? qsTr("%n selected", "", bar.selection.count) : bar.title
            font.pixelSize: 20
            color: Theme.text
            Layout.fillWidth: !bar.demo || bar.selecting
            elide: Text.ElideRight
        }
        Rectangle {
            objectName: "demoChip"
            visible: bar.demo && !bar.selecting
            Layout.leftMargin: 12
            implicitWidth: demoText.implicitWidth + 20
            implicitHeight: 26
            radius: 13
            color: Theme.accentSoft
            Label {
                id: demoText
                anchors.centerIn: parent
                text: qsTr("Demo library — generated photos")
                color: Theme.text
                font.pixelSize: 12
            }
        }
        Item { Layout.fillWidth: bar.demo && !bar.selecting }
        Label {
            visible: !bar.selecting && bar.timeline !== null && bar.timeline.photoCount > 0
            text: bar.timeline ? qsTr("%n item(s)", "", bar.timeline.photoCount) : ""
            color: Theme.subtext
            Layout.rightMargin: 12
        }
        TabBar {
            visible: !bar.selecting && bar.showDensity && bar.timeline !== null
            currentIndex: bar.timeline ? bar.timeline.density : 0
            Layout.preferredWidth: 330
            background: Rectangle { color: "transparent" }
            TabButton { text: qsTr("Days"); onClicked: bar.timeline.density = TimelineModel.Day }
            TabButton { text: qsTr("Months"); onClicked: bar.timeline.density = TimelineModel.Month }
            TabButton { text: qsTr("Years"); onClicked: bar.timeline.density = TimelineModel.Year }
        }
        RowLayout {
            visible: bar.selecting
            spacing: 2
            IconButton { iconName: "star"; tip: qsTr("Favourite (F)"); onClicked: bar.favorite() }
            ComboBox {
                id: rating
                Layout.preferredWidth: 130
                displayText: qsTr("Rating")
                model: [qsTr("No stars"), "★", "★★", "★★★", "★★★★", "★★★★★"]
                onActivated: (i) => bar.rate(i)
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Rating (0–5)")
            }
            IconButton { iconName: "rotate"; tip: qsTr("Rotate (R)"); onClicked: bar.rotate() }
            IconButton { iconName: "album-add"; tip: qsTr("Add to album…"); onClicked: bar.addToAlbum() }
            IconButton { visible: bar.inAlbum; iconName: "album-remove"; tip: qsTr("Remove from this album"); onClicked: bar.removeFromAlbum() }
            IconButton { iconName: "place"; tip: qsTr("Set location…"); onClicked: bar.setLocation() }
            IconButton { iconName: "copy"; tip: qsTr("Copy to a folder…"); onClicked: bar.copyTo() }
            IconButton { iconName: "export"; tip: qsTr("Export…"); onClicked: bar.exportSelection() }
            IconButton { iconName: "archive"; tip: qsTr("Archive (Shift+A)"); onClicked: bar.archive() }
            IconButton { iconName: "delete"; tip: qsTr("Move to the trash (Del)"); onClicked: bar.trash() }
        }
    }
    Rectangle { anchors.bottom: parent.bottom; width: parent.width; height: 1; color: Theme.divider; visible: !bar.selecting }
}
