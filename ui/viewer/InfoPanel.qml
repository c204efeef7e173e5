import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Tintype

// The viewer's info panel: description (editable, kept in the catalog), the
// people in the photo (their faces; hovering one lights its outline over the
// photo, a click on the name opens the person), date with its UTC offset,
// camera, lens, exposure, size, file path with "show in folder", GPS and keywords.
Rectangle {
    id: panel
    property AssetDetails details
    property AppServices services
    // The faces of the photo, for the outlines the viewer draws over it.
    property alias faces: facesInPhoto
    property var hoveredFaceId: 0
    signal showInFolder(string path)
    signal personRequested(var personId)
    color: "#1e1f20"
    Material.theme: Material.Dark
    Material.foreground: "#e3e3e3" // the window's foreground is for its light theme
    Material.accent: "#a8c7fa"
    implicitWidth: 360

    component InfoRow: RowLayout {
        property string iconName
        property string text
        property string detail
        visible: text.length > 0
        spacing: 16
        Layout.fillWidth: true
        Image { source: Theme.whiteIcon(iconName); sourceSize: Qt.size(20, 20); opacity: 0.8; Layout.alignment: Qt.AlignTop }
        ColumnLayout {
            spacing: 2
            Layout.fillWidth: true
            Label { text: parent.parent.text; color: "#e3e3e3"; font.pixelSize: 14; wrapMode: Text.Wrap; Layout.fillWidth: true }
            Label {
                text: parent.parent.detail
                visible: text.length > 0
                color: "#a8abb0"; font.pixelSize: 12; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true
            }
        }
    }

    SetDateDialog { id: setDate; details: panel.details }
    SetLocationDialog {
        id: setLocation
        services: panel.services
        assetIds: panel.details ? [panel.details.assetId] : []
    }

    ThingsInPhotoModel {
        id: thingsInPhoto
        services: panel.visible ? panel.services : null
        assetId: panel.details ? panel.details.assetId : 0
    }

    FacesInPhotoModel {
        id: facesInPhoto
        services: panel.visible ? panel.services : null
        assetId: panel.details ? panel.details.assetId : 0
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            width: panel.width - 48
            x: 24
            spacing: 20
            Label { text: qsTr("Info"); color: "#e3e3e3"; font.pixelSize: 20; Layout.topMargin: 20 }
            TextArea {
                id: description
                Layout.fillWidth: true
                placeholderText: qsTr("Add a description")
                text: panel.details ? panel.details.description : ""
                wrapMode: TextEdit.Wrap
                color: "#e3e3e3"
                placeholderTextColor: "#8e918f"
                onEditingFinished: if (panel.details) panel.details.setDescription(text)
                Keys.onEscapePressed: focus = false
                Accessible.name: qsTr("Description")
            }
            Label {
                visible: facesInPhoto.count > 0
                text: qsTr("People")
                color: "#a8abb0"; font.pixelSize: 12; font.capitalization: Font.AllUppercase
            }
            Flow {
                visible: facesInPhoto.count > 0
                Layout.fillWidth: true
                spacing: 12
                Repeater {
                    model: facesInPhoto
                    delegate: Column {
                        id: face
                        required property var faceId
                        required property var personId
                        required property string name
                        width: 72
                        spacing: 4
                        HoverHandler { id: faceHover }
                        FaceAvatar {
                            anchors.horizontalCenter: parent.horizontalCenter
                            width: 56; height: 56
                            faceId: face.faceId
                            ring: panel.hoveredFaceId === face.faceId
                            IconButton {
                                z: 1
                                anchors.right: parent.right
                                anchors.top: parent.top
                                anchors.margins: -8
                                implicitWidth: 26; implicitHeight: 26; icon.width: 14; icon.height: 14
                                iconName: "close"; white: true
                                tip: qsTr("Not a face")
                                visible: faceHover.hovered || activeFocus
                                background: Rectangle { radius: width / 2; color: "#3c4043" }
                                onClicked: facesInPhoto.notAFace([face.faceId])
                            }
                            MouseArea {
                                anchors.fill: parent
                                hoverEnabled: true
                                cursorShape: face.personId > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                                onContainsMouseChanged: panel.hoveredFaceId = containsMouse ? face.faceId : 0
                                onClicked: if (face.personId > 0) panel.personRequested(face.personId)
                            }
                        }
                        Label {
                            width: parent.width
                            horizontalAlignment: Text.AlignHCenter
                            elide: Text.ElideRight
                            text: face.name.length > 0 ? face.name : (face.personId > 0 ? qsTr("Unnamed") : qsTr("Unknown"))
                            color: face.name.length > 0 ? "#a8c7fa" : "#a8abb0"
                            font.pixelSize: 12
                            font.underline: nameArea.containsMouse && face.personId > 0
                            MouseArea {
                                id: nameArea
                                anchors.fill: parent
                                hoverEnabled: true
                                cursorShape: face.personId > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor
                                onContainsMouseChanged: panel.hoveredFaceId = containsMouse ? face.faceId : 0
                                onClicked: if (face.personId > 0) panel.personRequested(face.personId)
                            }
                        }
                    }
                }
            }
            Label {
                visible: thingsInPhoto.count > 0
                text: qsTr("Things")
                color: "#a8abb0"; font.pixelSize: 12; font.capitalization: Font.AllUppercase
            }
            Flow {
                objectName: "thingsInPhoto"
                visible: thingsInPhoto.count > 0
                Layout.fillWidth: true
                spacing: 8
                Repeater {
                    model: thingsInPhoto
                    delegate: Rectangle {
                        id: chip
                        required property string label
                        required property string name
                        radius: height / 2
                        color: "#3c4043"
                        implicitHeight: 30
                        implicitWidth: chipRow.implicitWidth + 20
                        HoverHandler { id: chipHover }
                        Row {
                            id: chipRow
                            anchors.centerIn: parent
                            spacing: 2
                            Label { text: chip.name; color: "#e3e3e3"; font.pixelSize: 13; anchors.verticalCenter: parent.verticalCenter }
                            IconButton {
                                anchors.verticalCenter: parent.verticalCenter
                                implicitWidth: 22; implicitHeight: 22; icon.width: 12; icon.height: 12
                                iconName: "close"; white: true
                                tip: qsTr("Not in this photo")
                                opacity: chipHover.hovered || activeFocus ? 1 : 0.4
                                onClicked: thingsInPhoto.remove(chip.label)
                            }
                        }
                    }
                }
            }
            Label { text: qsTr("Details"); color: "#a8abb0"; font.pixelSize: 12; font.capitalization: Font.AllUppercase }
            InfoRow { iconName: "calendar"; text: panel.details ? panel.details.dateText : ""; detail: panel.details ? panel.details.offsetText : "" }
            Button {
                objectName: "setDate"
                text: qsTr("Set date…")
                flat: true
                visible: panel.details !== null && panel.details.dateSettable
                Layout.leftMargin: 28
                onClicked: setDate.open()
            }
            InfoRow { iconName: "camera"; text: panel.details ? panel.details.camera : ""; detail: panel.details ? panel.details.exposure : "" }
            InfoRow { iconName: "lens"; text: panel.details ? panel.details.lens : "" }
            InfoRow { iconName: "fit"; text: panel.details ? panel.details.sizeText : "" }
            InfoRow {
                objectName: "damageRow"
                iconName: "damaged"
                text: panel.details ? panel.details.damage : ""
                detail: panel.details ? panel.details.damageDetail : ""
            }
            InfoRow { iconName: "tag"; text: panel.details && panel.details.keywords ? panel.details.keywords : "" }
            InfoRow {
                iconName: "place"
                // The place's name, its GPS numbers under it; the numbers alone where it has none.
                text: !panel.details ? "" : panel.details.place || panel.details.gps || ""
                detail: !panel.details || !panel.details.gps ? ""
                        : [panel.details.place ? panel.details.gps : qsTr("GPS latitude, longitude"), panel.details.locationSource].filter(s => s.length > 0).join(" · ")
            }
            // A small map of where the photo was taken.
            MapView {
                id: infoMap
                objectName: "infoMap"
                visible: panel.details !== null && panel.details.hasPosition && available
                Layout.fillWidth: true
                Layout.preferredHeight: 160
                Layout.leftMargin: 36
                interactive: false
                dark: true
                Component.onCompleted: showPhoto()
                function showPhoto() {
                    if (!panel.details || !panel.details.hasPosition) return
                    centerOn(panel.details.latitude, panel.details.longitude, 9)
                    setMarker(panel.details.latitude, panel.details.longitude)
                }
                Connections { target: panel.details; function onChanged() { infoMap.showPhoto() } }
            }
            Button {
                objectName: "setLocation"
                text: panel.details && panel.details.locationSource.length > 0 ? qsTr("Change location…") : qsTr("Set location…")
                flat: true
                visible: panel.details !== null && panel.details.ready && (!panel.details.hasPosition || panel.details.locationSource.length > 0)
                Layout.leftMargin: 28
                onClicked: setLocation.open()
            }
            InfoRow {
                iconName: "folder"
                text: panel.details ? panel.details.fileName : ""
                detail: panel.details ? panel.details.path : ""
            }
            Button {
                text: qsTr("Show in folder")
                flat: true
                visible: panel.details && panel.details.available
                icon.source: Theme.whiteIcon("show-folder")
                icon.color: "transparent"
                onClicked: panel.showInFolder(panel.details.path)
            }
            Label {
                visible: panel.details && panel.details.ready && !panel.details.available
                text: qsTr("The file is offline or missing: shown from the cache")
                color: "#f2b8b5"; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Label {
                visible: panel.details && panel.details.error.length > 0
                text: panel.details ? panel.details.error : ""
                color: "#f2b8b5"; wrapMode: Text.Wrap; Layout.fillWidth: true
            }
            Item { Layout.fillHeight: true; height: 20 }
        }
    }
}
