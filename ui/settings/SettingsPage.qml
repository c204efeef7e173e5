import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Tintype

// Settings: the library's folders (online/offline, add, remove), the
// thumbnail cache, damaged files, home (trips are measured from it), search
// history, theme, language and the About box.
Item {
    id: page
    required property LibrarySettings settings
    required property BackgroundWork work
    property MapTileSource mapTiles: null
    property SearchHistory searchHistory: null
    property AppServices services: null
    signal aboutRequested()
    Component.onCompleted: { settings.refreshCacheSize(); settings.refreshDamagedFiles() }
    onVisibleChanged: if (visible) { settings.refreshRoots(); settings.refreshCacheSize(); settings.refreshDamagedFiles() }

    FilePicker {
        id: chooser
        title: qsTr("Add a folder with photos")
        onAccepted: page.settings.addFolder(selectedFolder)
    }
    SurfaceDialog {
        id: confirmRemove
        property var root
        anchors.centerIn: parent
        modal: true
        title: qsTr("Remove this folder from the library?")
        standardButtons: Dialog.Ok | Dialog.Cancel
        Label {
            width: 420
            wrapMode: Text.Wrap
            text: qsTr("Tintype forgets %1 and what it knew about its photos (favourites, descriptions). No file on disk is touched.").arg(confirmRemove.root ? confirmRemove.root.path : "")
        }
        onAccepted: page.settings.removeRoot(root.id)
    }

    component Section: Label {
        font.pixelSize: 16
        font.weight: Font.Medium
        color: Theme.text
        Layout.topMargin: 16
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        ColumnLayout {
            x: 32
            width: Math.min(720, page.width - 64)
            spacing: 10
            Section { text: qsTr("Folders") }
            Repeater {
                model: page.settings.roots
                delegate: Rectangle {
                    id: rootRow
                    required property var modelData
                    // Live folders: watched for new photos, or rescanned now and then (and why).
                    readonly property var live: {
                        const states = page.work.liveFolders
                        for (let i = 0; i < states.length; ++i)
                            if (states[i].rootId === modelData.id)
                                return states[i]
                        return null
                    }
                    Layout.fillWidth: true
                    height: live && live.polled ? 76 : 56
                    radius: Theme.radius
                    color: Theme.surface
                    border.color: Theme.divider
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 16; anchors.rightMargin: 8
                        spacing: 12
                        Image { source: Theme.icon(modelData.online ? "folder" : "offline"); sourceSize: Qt.size(20, 20) }
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            Label { text: rootRow.modelData.path; color: Theme.text; elide: Text.ElideMiddle; Layout.fillWidth: true }
                            Label {
                                objectName: "liveFolderState"
                                visible: rootRow.modelData.online && rootRow.live !== null
                                text: !rootRow.live ? "" : rootRow.live.polled
                                      ? qsTr("Checked for new photos every minute: %1").arg(rootRow.live.reason)
                                      : qsTr("New photos appear as they arrive")
                                color: Theme.subtext
                                font.pixelSize: 12
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                        }
                        Label {
                            text: modelData.online ? qsTr("online") : qsTr("offline — photos kept, browsable from the cache")
                            color: modelData.online ? Theme.subtext : Theme.danger
                            font.pixelSize: 12
                        }
                        CheckBox {
                            objectName: "phoneInbox"
                            text: qsTr("Phone inbox")
                            checked: !!rootRow.modelData.inbox
                            ToolTip.visible: hovered
                            ToolTip.text: qsTr("Photos that arrive here (from the phone's sync app) are marked New until you open them")
                            onClicked: page.settings.setInbox(rootRow.modelData.id, checked)
                        }
                        IconButton { iconName: "delete"; tip: qsTr("Remove from the library"); onClicked: { confirmRemove.root = modelData; confirmRemove.open() } }
                    }
                }
            }
            RowLayout {
                Button { text: qsTr("Add folder…"); icon.source: Theme.icon("add"); icon.color: "transparent"; onClicked: chooser.open() }
                Button { text: qsTr("Look for new photos now"); flat: true; enabled: !page.work.running; onClicked: page.work.start() }
            }
            Label { text: page.settings.message; color: Theme.subtext; visible: text.length > 0; wrapMode: Text.Wrap; Layout.fillWidth: true }

            Section { text: qsTr("Thumbnail cache") }
            Label { text: page.settings.cacheLocation; color: Theme.subtext; font.pixelSize: 12; wrapMode: Text.WrapAnywhere; Layout.fillWidth: true }
            RowLayout {
                Label { text: page.settings.cacheSize || qsTr("Measuring…"); color: Theme.text; Layout.fillWidth: true }
                Button { text: qsTr("Clear cache"); flat: true; onClicked: page.settings.clearCache() }
            }

            DamagedFilesSection { files: page.settings.damagedFiles }

            HomeSection { services: page.visible ? page.services : null }

            FaceSettings { faces: page.work.faceSettings }
            Section { text: qsTr("Search") }
            Switch {
                objectName: "keepSearchHistory"
                enabled: page.searchHistory !== null
                text: qsTr("Keep a history of my searches")
                checked: page.searchHistory ? page.searchHistory.enabled : false
                onToggled: page.searchHistory.enabled = checked
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtext
                font.pixelSize: 12
                text: qsTr("Your recent searches are offered when you click the search box with nothing typed. They are kept in Tintype's settings on this computer, never with your photos; turning this off forgets them.")
            }
            Button {
                objectName: "clearSearchHistory"
                flat: true
                text: qsTr("Clear history")
                enabled: page.searchHistory !== null && page.searchHistory.entries.length > 0
                onClicked: page.searchHistory.clear()
            }
            Section { text: qsTr("Appearance") }
            RowLayout {
                spacing: 8
                Repeater {
                    model: [
                        { value: "system", label: qsTr("System") },
                        { value: "light", label: qsTr("Light") },
                        { value: "dark", label: qsTr("Dark") }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        text: modelData.label
                        checked: page.settings.theme === modelData.value
                        onClicked: page.settings.theme = modelData.value
                    }
                }
            }
            Section { text: qsTr("Map") }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: Theme.subtext
                text: qsTr("The map is drawn on this computer from Natural Earth data, down to towns. For streets, give an OSM-style tile server (its address with {z}, {x} and {y}). Turning this on sends that server a request for every map tile you look at, with where it is; the tiles are kept in Tintype's cache folder. Leave it empty to stay offline.")
            }
            TextField {
                id: tileUrl
                objectName: "tileUrl"
                Layout.fillWidth: true
                enabled: page.mapTiles !== null
                placeholderText: qsTr("Off — e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png")
                text: page.mapTiles ? page.mapTiles.urlTemplate : ""
                onEditingFinished: if (page.mapTiles) { page.mapTiles.urlTemplate = text; page.mapTiles.saveSettings() }
            }
            TextField {
                Layout.fillWidth: true
                visible: tileUrl.text.trim().length > 0
                placeholderText: qsTr("Attribution the server asks for, e.g. © OpenStreetMap contributors")
                text: page.mapTiles ? page.mapTiles.attribution : ""
                onEditingFinished: if (page.mapTiles) { page.mapTiles.attribution = text; page.mapTiles.saveSettings() }
            }
            Section { text: qsTr("Language") }
            ComboBox {
                id: language
                Layout.preferredWidth: 260
                textRole: "label"
                valueRole: "value"
                model: [
                    { value: "", label: qsTr("System language") },
                    { value: "de", label: "Deutsch" },
                    { value: "en", label: "English" },
                    { value: "es", label: "Español" },
                    { value: "fr", label: "Français" }
                ]
                function showCurrent() { currentIndex = Math.max(0, indexOfValue(page.settings.language)) }
                Component.onCompleted: showCurrent()
                // The labels are retranslated when the language changes (at once, no restart).
                onModelChanged: Qt.callLater(showCurrent)
                onActivated: page.settings.language = currentValue
            }
            Section { text: qsTr("About") }
            Button {
                objectName: "aboutButton"
                text: qsTr("About Tintype and its licences…")
                flat: true
                onClicked: page.aboutRequested()
            }
            Item { height: 32 }
        }
    }
}
