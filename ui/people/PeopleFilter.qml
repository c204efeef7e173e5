import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// The Photos page's filter "photos with X (and Y)": chips of the chosen people
// and a popup to choose them; the timeline switches to the People scope, and
// clearing the filter returns to all photos. Named people first, then the
// unnamed ones (shown by their face, "Unnamed person"); hidden while there is nobody.
Rectangle {
    id: filter
    required property AppServices services
    required property TimelineModel timeline
    property var chosen: [] // person ids
    property bool active: true
    readonly property bool available: people.count > 0 || chosen.length > 0
    implicitHeight: available ? 52 : 0
    // Collapsed rather than invisible: a layout that started with it invisible did
    // not make room when people arrived, and the timeline stayed under the filter.
    clip: true
    enabled: available
    color: Theme.background

    function apply(ids) {
        chosen = ids
        timeline.personIds = ids
        timeline.scope = ids.length > 0 ? TimelineModel.People : TimelineModel.All
    }
    function toggle(id) {
        const next = chosen.slice()
        const i = next.indexOf(id)
        if (i >= 0) next.splice(i, 1); else next.push(id)
        apply(next)
    }

    PeopleModel {
        id: people
        objectName: "filterPeople"
        services: filter.active ? filter.services : null
        namedOnly: false
    }
    function label(name) { return name && name.length > 0 ? name : qsTr("Unnamed person") }

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 16
        spacing: 8
        Button {
            id: choose
            text: filter.chosen.length > 0 ? qsTr("Photos with") : qsTr("People")
            icon.source: Theme.icon("people")
            icon.color: "transparent"
            flat: true
            onClicked: popup.opened ? popup.close() : popup.open()
            Accessible.name: qsTr("Filter by people")
        }
        Repeater {
            model: filter.chosen
            delegate: Rectangle {
                required property var modelData
                required property int index
                readonly property var person: people.person(modelData)
                implicitHeight: 34
                implicitWidth: chipRow.implicitWidth + 16
                radius: 17
                color: Theme.accentSoft
                RowLayout {
                    id: chipRow
                    anchors.centerIn: parent
                    spacing: 6
                    FaceAvatar { Layout.preferredWidth: 26; Layout.preferredHeight: 26; faceId: parent.parent.person.coverFaceId || 0 }
                    Label { text: filter.label(parent.parent.person.name); color: Theme.text }
                    IconButton {
                        implicitWidth: 26; implicitHeight: 26; icon.width: 16; icon.height: 16
                        iconName: "close"; tip: qsTr("Remove from the filter")
                        onClicked: filter.toggle(parent.parent.modelData)
                    }
                }
            }
        }
        Label {
            visible: filter.chosen.length > 1
            text: qsTr("(all of them in the photo)")
            color: Theme.subtext
        }
        Item { Layout.fillWidth: true }
        Button {
            visible: filter.chosen.length > 0
            text: qsTr("All photos")
            flat: true
            onClicked: filter.apply([])
        }
    }

    Popup {
        id: popup
        y: choose.y + choose.height
        x: 16
        width: 280
        height: Math.min(360, list.contentHeight + 16)
        padding: 8
        ListView {
            id: list
            anchors.fill: parent
            clip: true
            model: people
            delegate: CheckDelegate {
                required property var personId
                required property string name
                required property var coverFaceId
                width: list.width
                text: filter.label(name)
                font.italic: name.length === 0
                checked: filter.chosen.indexOf(personId) >= 0
                onClicked: filter.toggle(personId)
                indicator.x: width - indicator.width - rightPadding
                leftPadding: 52
                FaceAvatar { x: 8; anchors.verticalCenter: parent.verticalCenter; width: 32; height: 32; faceId: parent.coverFaceId }
            }
        }
    }
}
