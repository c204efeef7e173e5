import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// One person: their photos (the People timeline), their faces — select some to
// move them to a new person or say "not this person" — and "Is this X?"
// suggestions to confirm or reject. Rename, hide from the header.
Item {
    id: page
    required property AppServices services
    required property PeopleModel people
    property var personId: 0
    property alias timeline: photos
    property int tab: 0
    property var selectedFaces: []
    property bool followRename: false // a rename may merge this person into another: show that one
    readonly property bool settled: tab === 0 ? photos.settled : !faces.loading && !suggestions.loading
    signal back()
    signal openAsset(var view, int index)

    onPersonIdChanged: { selectedFaces = []; tab = 0 }

    function toggleFace(id) {
        const i = selectedFaces.indexOf(id)
        const next = selectedFaces.slice()
        if (i >= 0) next.splice(i, 1); else next.push(id)
        selectedFaces = next
    }

    PersonFacesModel {
        id: faces
        services: page.services
        personId: page.personId
        onRowsChanged: page.selectedFaces = []
        onActionDone: (id) => error.text = ""
        onFailed: (message) => error.text = message
    }
    PersonFacesModel {
        id: suggestions
        services: page.services
        personId: page.personId
        suggestions: true
        onFailed: (message) => error.text = message
    }
    PersonNameDialog { id: naming; people: page.people; onNamed: page.followRename = true }
    Connections {
        target: page.people
        function onActionDone(id) { if (page.followRename && id > 0) page.personId = id; page.followRename = false }
    }
    Binding { target: photos.model; property: "personIds"; value: page.personId > 0 ? [page.personId] : [] }
    Connections {
        // Faces moved (split, not this person, a scan): the person's photos change.
        target: page.services
        function onPeopleChanged() { photos.model.reload() }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 12
            spacing: 12
            IconButton { iconName: "back"; tip: qsTr("All people"); onClicked: page.back() }
            FaceAvatar {
                Layout.preferredWidth: 56; Layout.preferredHeight: 56
                faceId: page.people.person(page.personId).coverFaceId || (faces.count > 0 ? faces.row(0).faceId : 0)
            }
            ColumnLayout {
                spacing: 2
                Layout.fillWidth: true
                Label {
                    text: faces.name.length > 0 ? faces.name : qsTr("Add a name")
                    color: faces.name.length > 0 ? Theme.text : Theme.accent
                    font.pixelSize: 22
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    MouseArea { anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: naming.open(page.personId, faces.name) }
                }
                Label {
                    text: qsTr("%n photo(s)", "", photos.model.photoCount) + (faces.hidden ? " · " + qsTr("hidden") : "")
                    color: Theme.subtext
                }
            }
            Button { text: faces.name.length > 0 ? qsTr("Rename") : qsTr("Add a name"); flat: true; onClicked: naming.open(page.personId, faces.name) }
            Button {
                text: faces.hidden ? qsTr("Show again") : qsTr("Hide")
                flat: true
                onClicked: page.people.setHidden(page.personId, !faces.hidden)
            }
        }
        TabBar {
            id: tabs
            Layout.leftMargin: 12
            currentIndex: page.tab
            onCurrentIndexChanged: page.tab = currentIndex
            background: Rectangle { color: "transparent" }
            TabButton { text: qsTr("Photos"); width: implicitWidth + 24 }
            TabButton { text: qsTr("Faces (%1)").arg(faces.count); width: implicitWidth + 24 }
            TabButton {
                text: qsTr("Is this %1? (%2)").arg(faces.name.length > 0 ? faces.name : qsTr("them")).arg(suggestions.count)
                width: implicitWidth + 24
            }
        }
        Rectangle { Layout.fillWidth: true; height: 1; color: Theme.divider }
        Label {
            id: error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
            Layout.margins: 12
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: page.tab
            TimelineView {
                id: photos
                services: page.services
                active: page.personId > 0
                scope: TimelineModel.People
                emptyText: qsTr("No photos of this person")
                onOpenAsset: (index) => page.openAsset(photos, index)
            }
            ColumnLayout {
                spacing: 8
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 16; Layout.rightMargin: 16; Layout.topMargin: 8
                    Label {
                        text: page.selectedFaces.length > 0 ? qsTr("%n face(s) selected", "", page.selectedFaces.length)
                                                            : qsTr("Select faces that are someone else")
                        color: Theme.subtext
                        Layout.fillWidth: true
                    }
                    Button {
                        enabled: page.selectedFaces.length > 0
                        text: qsTr("Move to new person")
                        onClicked: faces.moveToNewPerson(page.selectedFaces, "")
                    }
                    Button {
                        enabled: page.selectedFaces.length > 0
                        text: qsTr("Not this person")
                        onClicked: faces.notThisPerson(page.selectedFaces)
                    }
                    Button {
                        enabled: page.selectedFaces.length > 0
                        text: qsTr("Not a face")
                        onClicked: faces.notAFace(page.selectedFaces)
                        ToolTip.visible: hovered
                        ToolTip.delay: 600
                        ToolTip.text: qsTr("Removes these from People for good (the photos are not changed)")
                    }
                }
                GridView {
                    id: faceGrid
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.leftMargin: 12
                    clip: true
                    model: faces
                    cellWidth: 104; cellHeight: 104
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Item {
                        required property var faceId
                        required property bool confirmed
                        width: faceGrid.cellWidth; height: faceGrid.cellHeight
                        FaceAvatar {
                            anchors.centerIn: parent
                            width: 88; height: 88
                            faceId: parent.faceId
                            ring: page.selectedFaces.indexOf(parent.faceId) >= 0
                            opacity: parent.confirmed ? 1 : 0.8
                            MouseArea { anchors.fill: parent; cursorShape: Qt.PointingHandCursor; onClicked: page.toggleFace(parent.parent.faceId) }
                        }
                    }
                }
            }
            ColumnLayout {
                spacing: 8
                Label {
                    text: suggestions.count > 0 ? qsTr("Faces that may be %1. Yes puts them in; no keeps them out for good.").arg(faces.name || qsTr("this person"))
                                                : qsTr("No suggestions")
                    color: Theme.subtext
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.margins: 16
                }
                GridView {
                    id: suggestionGrid
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.leftMargin: 12
                    clip: true
                    model: suggestions
                    cellWidth: 128; cellHeight: 150
                    ScrollBar.vertical: ScrollBar {}
                    delegate: Item {
                        id: suggestion
                        required property var faceId
                        width: suggestionGrid.cellWidth; height: suggestionGrid.cellHeight
                        FaceAvatar { anchors.horizontalCenter: parent.horizontalCenter; y: 4; width: 96; height: 96; faceId: suggestion.faceId }
                        Row {
                            anchors.horizontalCenter: parent.horizontalCenter
                            anchors.bottom: parent.bottom
                            spacing: 4
                            IconButton { iconName: "check"; tip: qsTr("Yes, this is %1").arg(faces.name || qsTr("them")); onClicked: suggestions.confirm(suggestion.faceId) }
                            IconButton { iconName: "close"; tip: qsTr("No"); onClicked: suggestions.reject(suggestion.faceId) }
                        }
                    }
                }
            }
        }
    }
}
