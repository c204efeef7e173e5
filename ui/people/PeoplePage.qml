import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Tintype

// People: everyone the face scan found, named people first, then unnamed
// groups; a round cover face, the name (or "Add a name") and how many photos.
// Click opens the person; select two or more (Ctrl-click or the check) to
// merge; hidden people behind a toggle. Without the models it says how to
// install them.
Item {
    id: page
    required property AppServices services
    property bool active: true
    property alias people: people
    property var selected: []
    readonly property bool settled: !people.loading
    signal openPerson(var personId)
    onVisibleChanged: if (visible) services.faceSettings.refreshModels() // installed since?

    function toggle(id) {
        const i = selected.indexOf(id)
        const next = selected.slice()
        if (i >= 0) next.splice(i, 1); else next.push(id)
        selected = next
    }

    PeopleModel {
        id: people
        services: page.active ? page.services : null
        onRowsChanged: page.selected = page.selected.filter((id) => people.person(id).personId !== undefined)
        onFailed: (message) => error.text = message
    }
    PersonNameDialog { id: naming; people: people }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 12

        Label {
            id: error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Rectangle {
            visible: page.services.faceSettings.modelsChecked && !page.services.faceSettings.modelsPresent
            Layout.fillWidth: true
            implicitHeight: hint.implicitHeight + 32
            radius: Theme.radius
            color: Theme.surfaceHigh
            Label {
                id: hint
                anchors.fill: parent
                anchors.margins: 16
                wrapMode: Text.Wrap
                color: Theme.text
                text: page.services.faceSettings.installHint + "\n" + qsTr("Then restart Tintype, or press “Look for new photos now” in Settings.")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                visible: people.count > 0 || page.services.faceSettings.modelsPresent
                text: page.selected.length > 0 ? qsTr("%n selected", "", page.selected.length)
                                               : qsTr("%n people", "", people.count)
                color: Theme.subtext
                Layout.fillWidth: true
            }
            PrimaryButton {
                visible: page.selected.length >= 2
                text: qsTr("Merge")
                onClicked: mergeDialog.open()
            }
            Button {
                visible: page.selected.length > 0
                text: qsTr("Clear")
                flat: true
                onClicked: page.selected = []
            }
            Switch {
                visible: people.hiddenCount > 0 || people.showHidden
                text: qsTr("Show hidden (%1)").arg(people.hiddenCount)
                checked: people.showHidden
                onToggled: people.showHidden = checked
            }
        }
        Label {
            visible: people.count === 0 && !people.loading && page.services.faceSettings.modelsPresent
            text: page.services.work.running ? qsTr("No people yet: faces are looked for once the photos are read and their thumbnails made.")
                  : qsTr("No people found yet.")
            color: Theme.subtext
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        GridView {
            id: grid
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: people
            cellWidth: 148
            cellHeight: 184
            ScrollBar.vertical: ScrollBar {}
            delegate: Item {
                id: cell
                required property var personId
                required property string name
                required property var photoCount
                required property var coverFaceId
                required property bool hidden
                readonly property bool isSelected: page.selected.indexOf(personId) >= 0
                width: grid.cellWidth
                height: grid.cellHeight
                opacity: hidden ? 0.55 : 1

                FaceAvatar {
                    id: avatar
                    anchors.horizontalCenter: parent.horizontalCenter
                    y: 8
                    width: 116; height: 116
                    faceId: cell.coverFaceId
                    ring: cell.isSelected
                    MouseArea {
                        id: hover
                        anchors.fill: parent
                        hoverEnabled: true
                        acceptedButtons: Qt.LeftButton | Qt.RightButton
                        cursorShape: Qt.PointingHandCursor
                        onClicked: (mouse) => {
                            if (mouse.button === Qt.RightButton) { menu.popup(); return }
                            if ((mouse.modifiers & Qt.ControlModifier) || page.selected.length > 0) page.toggle(cell.personId)
                            else page.openPerson(cell.personId)
                        }
                    }
                    RoundButton {
                        visible: hover.containsMouse || cell.isSelected || hovered
                        anchors.top: parent.top; anchors.left: parent.left
                        width: 32; height: 32
                        icon.source: cell.isSelected ? Theme.whiteIcon("check") : Theme.icon("check")
                        icon.color: "transparent"
                        Material.background: cell.isSelected ? Theme.accent : Theme.surface
                        onClicked: page.toggle(cell.personId)
                        ToolTip.visible: hovered
                        ToolTip.text: qsTr("Select")
                    }
                }
                Label {
                    anchors.top: avatar.bottom; anchors.topMargin: 8
                    width: parent.width - 12
                    x: 6
                    horizontalAlignment: Text.AlignHCenter
                    elide: Text.ElideRight
                    text: cell.name.length > 0 ? cell.name : qsTr("Add a name")
                    color: cell.name.length > 0 ? Theme.text : Theme.accent
                    font.pixelSize: 14
                    font.weight: cell.name.length > 0 ? Font.Medium : Font.Normal
                    MouseArea {
                        anchors.fill: parent
                        cursorShape: Qt.PointingHandCursor
                        onClicked: naming.open(cell.personId, cell.name)
                    }
                }
                Label {
                    anchors.bottom: parent.bottom; anchors.bottomMargin: 4
                    width: parent.width
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("%n photo(s)", "", Number(cell.photoCount))
                    color: Theme.subtext
                    font.pixelSize: 12
                }
                Menu {
                    id: menu
                    MenuItem { text: cell.name.length > 0 ? qsTr("Rename…") : qsTr("Add a name…"); onTriggered: naming.open(cell.personId, cell.name) }
                    MenuItem { text: cell.hidden ? qsTr("Show again") : qsTr("Hide"); onTriggered: people.setHidden(cell.personId, !cell.hidden) }
                    MenuItem { text: qsTr("Select"); onTriggered: page.toggle(cell.personId) }
                }
            }
        }
    }

    SurfaceDialog {
        id: mergeDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Merge %n people?", "", page.selected.length)
        standardButtons: Dialog.Yes | Dialog.No
        Label {
            width: 380
            wrapMode: Text.Wrap
            text: qsTr("They become one person with all their faces. Named people keep their name.")
        }
        onAccepted: {
            // Into a named one when there is one, so the name stays.
            const ids = page.selected.slice()
            const named = ids.findIndex((id) => (people.person(id).name || "").length > 0)
            if (named > 0) ids.unshift(ids.splice(named, 1)[0])
            people.merge(ids)
            page.selected = []
        }
    }
}
