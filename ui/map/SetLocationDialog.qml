import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// "Set location…" for photos without GPS: type a place (offline search of
// the place names) or click the map; the position is kept in the catalog,
// shown like the camera's but marked as set in Tintype (the files are not
// changed).
SurfaceDialog {
    id: dialog
    property AppServices services
    property var assetIds: []
    property bool chosen: false
    property real latitude: 0
    property real longitude: 0
    property string chosenName: ""
    modal: true
    parent: Overlay.overlay
    // One width, the content's (the button box alone asked for far more).
    width: Math.min(560, parent ? parent.width - 96 : 560) + leftPadding + rightPadding
    anchors.centerIn: parent
    title: qsTr("Set location")
    signal finished(bool ok, string message)
    onAboutToShow: { field.text = ""; chosen = false; chosenName = ""; map.clearMarker(); map.centerOn(30, 10, 1.3) }
    onOpened: field.forceActiveFocus()
    function typePlace(text) { field.text = text }
    function pickMatch(row) {
        if (row < 0 || row >= search.count) return false
        const t = search.get(row)
        choose(t.latitude, t.longitude, t.name)
        field.text = t.name
        return true
    }
    function choose(lat, lon, name) {
        latitude = lat; longitude = lon; chosen = true; chosenName = name
        map.setMarker(lat, lon)
        map.centerOn(lat, lon, Math.max(map.zoom, 9))
    }
    function save() {
        if (!chosen) return
        actions.setLocation(dialog.assetIds, dialog.latitude, dialog.longitude)
        dialog.close()
    }
    LocationActions {
        id: actions
        services: dialog.services
        onDone: (ok, message) => dialog.finished(ok, message)
    }
    PlaceSearchModel { id: search; query: field.text }
    footer: DialogButtonBox {
        background: Item {}
        onApplied: dialog.save()
        onRejected: dialog.reject()
        Button {
            objectName: "setLocationButton"
            text: qsTr("Set location")
            flat: true
            enabled: dialog.chosen
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
        }
        Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
    }
    ColumnLayout {
        width: dialog.availableWidth
        spacing: 8
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.subtext
            text: qsTr("Where were %n photo(s) taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.", "", dialog.assetIds.length)
        }
        TextField {
            id: field
            objectName: "placeField"
            Layout.fillWidth: true
            placeholderText: qsTr("Town, e.g. Versailles or Paris, Texas")
            onAccepted: if (search.count > 0) { const t = search.get(0); dialog.choose(t.latitude, t.longitude, t.name) }
            Keys.onDownPressed: results.forceActiveFocus()
        }
        Label {
            visible: !search.available
            text: qsTr("The place names are not installed: click the map instead.")
            color: Theme.subtext; wrapMode: Text.Wrap; Layout.fillWidth: true
        }
        // The map, with the search's matches floating over its top: the
        // dialog keeps one size while a place is typed and picked, so its
        // buttons never move under the pointer.
        Item {
            Layout.fillWidth: true
            Layout.preferredHeight: 280
            ZoomableMap {
                id: map
                objectName: "locationMap"
                anchors.fill: parent
                dark: Theme.dark
                onClicked: (x, y) => {
                    const c = map.coordinateAt(x, y)
                    dialog.choose(c.latitude, c.longitude, "")
                }
            }
            Rectangle {
                visible: results.visible
                anchors.fill: results
                anchors.margins: -1
                color: Theme.surface
                border.color: Theme.divider
                radius: 4
            }
            ListView {
                id: results
                objectName: "placeResults"
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.margins: 1
                height: Math.min(count, 4) * 44
                visible: count > 0 && field.text.length > 0 && dialog.chosenName !== field.text
                clip: true
                model: search
                keyNavigationEnabled: true
                delegate: ItemDelegate {
                    required property int index
                    required property string name
                    required property string detail
                    required property real latitude
                    required property real longitude
                    width: ListView.view.width
                    height: 44
                    highlighted: ListView.isCurrentItem
                    contentItem: ColumnLayout {
                        spacing: 0
                        Label { text: name; color: Theme.text; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label { text: detail; color: Theme.subtext; font.pixelSize: 12; elide: Text.ElideRight; Layout.fillWidth: true }
                    }
                    onClicked: { dialog.choose(latitude, longitude, name); field.text = name }
                }
            }
        }
        Label {
            objectName: "chosenPlace"
            Layout.fillWidth: true
            color: Theme.subtext
            font.pixelSize: 12
            elide: Text.ElideRight
            text: dialog.chosen
                  ? (dialog.chosenName.length > 0 ? dialog.chosenName + " · " : "") + dialog.latitude.toFixed(5) + ", " + dialog.longitude.toFixed(5)
                  : qsTr("Drag to move the map, scroll or press + and − to zoom, click to place the pin.")
        }
    }
}
