import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Places: the countries of your photos (named offline from their GPS at scan
// time), then a country's towns, then a town's photos as a timeline. Back
// goes up one level.
Item {
    id: page
    required property AppServices services
    property bool active: true
    property string country: ""     // ISO code of the open country
    property string countryName: ""
    property string city: ""        // the open town ("" with townOpen: outside towns)
    property string cityName: ""
    property bool townOpen: false
    property bool mapOpen: false
    property alias mapPage: mapPage
    property MapTileSource tileSource: null
    readonly property bool settled: mapOpen ? mapPage.settled : !places.loading && (!townOpen || photos.settled)
    // The timeline the top bar acts on: a town's, or the map's chosen photos.
    readonly property TimelineView timeline: mapOpen ? (mapPage.photosOpen ? mapPage.timeline : null)
                                                     : townOpen ? photos : null
    property alias places: places
    signal openAsset(var view, int index)

    function openCountry(code, name) { country = code; countryName = name }
    function openTown(town, name) { photos.selection.clear(); city = town; cityName = name; townOpen = true }
    function openMap() { mapOpen = true }
    function back() {
        if (mapOpen) { mapPage.back(); return }
        photos.selection.clear()
        if (townOpen) { townOpen = false; city = ""; cityName = "" }
        else { country = ""; countryName = "" }
    }
    function openRow(row) {
        if (row < 0 || row >= places.count) return false
        const i = places.index(row, 0)
        const name = places.data(i, PlaceListModel.NameRole)
        if (country.length === 0) openCountry(places.data(i, PlaceListModel.CodeRole), name)
        else openTown(places.data(i, PlaceListModel.CityRole), name)
        return true
    }

    PlaceListModel {
        id: places
        services: page.active ? page.services : null
        country: page.country
    }

    ColumnLayout {
        anchors.fill: parent
        visible: !page.townOpen && !page.mapOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 48
            Layout.leftMargin: page.country.length > 0 ? 8 : 24
            Layout.rightMargin: 24
            spacing: 8
            IconButton {
                visible: page.country.length > 0
                iconName: "back"
                tip: qsTr("All countries")
                onClicked: page.back()
            }
            Label {
                visible: page.country.length > 0
                text: page.countryName
                color: Theme.text
                font.pixelSize: 22
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: places.count > 0
                text: page.country.length > 0 ? qsTr("%n town(s)", "", places.count) : qsTr("%n country(s)", "", places.count)
                color: Theme.subtext
                horizontalAlignment: page.country.length > 0 ? Text.AlignRight : Text.AlignLeft
            }
            Button {
                objectName: "openMap"
                visible: page.country.length === 0
                text: qsTr("Map")
                flat: true
                icon.source: Theme.icon("place")
                icon.color: "transparent"
                onClicked: page.openMap()
            }
        }
        PlaceGrid {
            Layout.fillWidth: true
            Layout.fillHeight: true
            model: places
            onOpenTile: (code, city, name) => {
                if (page.country.length === 0) page.openCountry(code, name)
                else page.openTown(city, name)
            }
        }
    }

    ColumnLayout {
        anchors.centerIn: parent
        visible: !page.townOpen && !page.mapOpen && !places.loading && places.count === 0
        spacing: 8
        Image { source: Theme.icon("place"); sourceSize: Qt.size(48, 48); Layout.alignment: Qt.AlignHCenter }
        Label {
            objectName: "emptyText"
            text: qsTr("No places yet")
            color: Theme.text
            font.pixelSize: 18
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: places.indexInstalled
                  ? qsTr("Photos with a GPS position are named by country and town when Tintype reads them, offline.")
                  : qsTr("The place names are not installed: run 'bash packaging/fetch-models.sh', then scan again.")
            color: Theme.subtext
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.maximumWidth: 420
            Layout.alignment: Qt.AlignHCenter
        }
    }

    MapPage {
        id: mapPage
        anchors.fill: parent
        visible: page.mapOpen
        services: page.services
        active: page.active && page.mapOpen
        tileSource: page.tileSource
        onBackRequested: page.mapOpen = false
        onOpenAsset: (view, index) => page.openAsset(view, index)
    }

    ColumnLayout {
        anchors.fill: parent
        visible: page.townOpen && !page.mapOpen
        spacing: 0
        RowLayout {
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.leftMargin: 8
            Layout.rightMargin: 16
            spacing: 8
            IconButton { iconName: "back"; tip: qsTr("Towns of %1").arg(page.countryName); onClicked: page.back() }
            Label {
                text: page.cityName + " · " + page.countryName
                color: Theme.text
                font.pixelSize: 22
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
        }
        TimelineView {
            id: photos
            Layout.fillWidth: true
            Layout.fillHeight: true
            services: page.services
            active: page.active && page.townOpen
            scope: TimelineModel.Place
            emptyText: qsTr("No photos here")
            onOpenAsset: (index) => page.openAsset(photos, index)
        }
    }
    Binding { target: photos.model; property: "placeCountry"; value: page.townOpen ? page.country : "" }
    Binding { target: photos.model; property: "placeCity"; value: page.city }
}
