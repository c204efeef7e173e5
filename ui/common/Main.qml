import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Tintype

// The window: navigation rail, the current page with its top bar, the viewer
// over everything, first-run welcome, shortcuts. Functions at the end let the
// app's scripted runs (screenshots, benchmark) drive it.
ApplicationWindow {
    id: window
    required property AppServices services
    property string page: "photos"
    readonly property var pageTitles: ({ photos: qsTr("Photos"), folders: qsTr("Folders"),
                                         favorites: qsTr("Favourites"), settings: qsTr("Settings"),
                                         takeout: qsTr("Import from Google Takeout"),
                                         people: qsTr("People"), person: qsTr("People"),
                                         duplicates: qsTr("Duplicates"), albums: qsTr("Albums"),
                                         archive: qsTr("Archive"), trash: qsTr("Trash"), places: qsTr("Places"),
                                         things: qsTr("Things"),
                                         recent: qsTr("Recently added") })
    // The timeline and selection the top bar and shortcuts act on.
    readonly property TimelineView currentView: page === "photos" ? photosView
                                               : page === "favorites" ? favoritesView
                                               : page === "recent" ? recentView
                                               : page === "folders" ? foldersPage.timeline
                                               : page === "albums" && albumsPage.albumOpen ? albumsPage.timeline
                                               : page === "albums" && albumsPage.tripOpen ? albumsPage.tripView.photos
                                               : page === "person" && personPage.tab === 0 ? personPage.timeline
                                               : page === "places" ? placesPage.timeline
                                               : page === "things" && thingsPage.labelOpen ? thingsPage.timeline : null
    // Pages with their own selection actions (Unarchive, Restore).
    readonly property TimelineView binView: page === "archive" ? archivePage.timeline : page === "trash" ? trashPage.timeline : null
    property bool forceWelcome: false
    property bool demoLibrary: false // set by the app for the generated demo library
    property var openPaths: [] // the files `tintype FILE...` was started on (OpenWith)
    property var visited: ({ photos: true })
    onPageChanged: { visited[page] = true; visitedChanged() }

    // 1280×800, or the whole screen when that does not fit (a 1366×768 laptop).
    // Headless runs (tests, the screenshot tour) have no real screen: 1280×800.
    readonly property bool realScreen: Qt.platform.pluginName !== "offscreen" && Qt.platform.pluginName !== "minimal"
    width: realScreen ? Math.min(1280, Screen.desktopAvailableWidth) : 1280
    height: realScreen ? Math.min(800, Screen.desktopAvailableHeight) : 800
    Component.onCompleted: if (realScreen && (Screen.desktopAvailableWidth < 1280 || Screen.desktopAvailableHeight < 840)) showMaximized()
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: qsTr("Tintype")
    color: Theme.background

    Binding { target: Theme; property: "dark"; value: window.services.settings.darkTheme } // "system" follows the desktop
    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent
    Material.foreground: Theme.text

    function selectedIds() { return currentView ? currentView.selection.selectedIds() : [] }
    function actOnSelectionOrViewer(action) {
        if (viewer.editing) return // the edit mode has its own keys
        const ids = viewer.visible ? [viewer.entry.assetId] : selectedIds()
        if (ids.length > 0) action(ids)
    }
    function favoriteToggle(ids) {
        // All favourites already: unfavourite; else make them all favourites.
        const view = viewer.visible ? viewer.timeline : currentView.model
        let all = true
        for (const id of ids) {
            const e = view.entry(view.indexOfAsset(id))
            if (!e.favorite) { all = false; break }
        }
        services.actions.setFavorite(ids, !all)
    }
    function openPerson(personId) { personPage.personId = personId; page = "person" }
    function askTrash(ids) { confirmTrash.ids = ids; confirmTrash.open() }
    function archive(ids) {
        services.actions.setArchived(ids, true)
        if (currentView) currentView.selection.clear()
        if (viewer.visible) viewer.closed()
    }
    function askAlbum(ids) { if (ids.length > 0) { albumPicker.ids = ids; albumPicker.open() } }
    function openViewerOn(view, index) {
        const shown = view.model.entry(index)
        if (shown && shown.fresh) // the phone inbox's "New": seen now
            services.actions.markSeen([shown.assetId])
        viewer.timeline = view.model
        viewer.open(index)
        viewer.visible = true
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0
        NavigationRail {
            Layout.fillHeight: true
            current: window.page
            onActivated: (name) => window.page = name
            onHelpRequested: help.open()
            WorkStatus { width: parent.width; work: window.services.work }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0
            TopBar {
                Layout.fillWidth: true
                title: window.pageTitles[window.page] || ""
                demo: window.demoLibrary
                selection: window.currentView ? window.currentView.selection : null
                timeline: window.currentView ? window.currentView.model : window.binView ? window.binView.model : null
                showDensity: window.page !== "folders"
                onFavorite: window.favoriteToggle(window.selectedIds())
                onRate: (stars) => window.services.actions.setRating(window.selectedIds(), stars)
                onRotate: window.services.actions.rotate(window.selectedIds(), 1)
                onCopyTo: copyDialog.open()
                onExportSelection: exportDialog.openFor(window.selectedIds())
                onSetLocation: { setLocationDialog.assetIds = window.selectedIds(); setLocationDialog.open() }
                onTrash: window.askTrash(window.selectedIds())
                onArchive: window.archive(window.selectedIds())
                inAlbum: window.page === "albums" && albumsPage.albumOpen
                onAddToAlbum: window.askAlbum(window.selectedIds())
                onRemoveFromAlbum: {
                    albumActions.removeFromAlbum(albumsPage.openAlbumId, window.selectedIds())
                    window.currentView.selection.clear()
                }
            }
            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: ["photos", "folders", "favorites", "settings", "takeout", "people", "person", "duplicates", "albums", "archive", "trash", "places", "things", "recent"].indexOf(window.page)
                ColumnLayout {
                    spacing: 0
                    SearchBar {
                        id: searchBar
                        Layout.fillWidth: true
                        services: window.services
                        timeline: photosView.model
                    }
                    Connections { // other photos now: what was selected is not on screen
                        target: searchBar.search
                        function onResultsChanged() { photosView.selection.clear() }
                    }
                    MemoryStrip {
                        id: memoryStrip
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight
                        visible: !searchBar.active
                        services: window.services
                        onOpenMemory: (slides, title, assetIds) => slideshow.play(slides, title, assetIds)
                    }
                    PeopleFilter {
                        id: peopleFilter
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight
                        services: window.services
                        timeline: photosView.model
                    }
                    TimelineView {
                        id: photosView
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        services: window.services
                        scope: TimelineModel.All
                        emptyText: searchBar.active ? qsTr("No photos match “%1”").arg(searchBar.search.query)
                                   : window.services.work.running ? qsTr("Looking for photos…") : qsTr("No photos yet")
                        onOpenAsset: (index) => window.openViewerOn(photosView, index)
                    }
                }
                FoldersPage {
                    id: foldersPage
                    services: window.services
                    active: window.visited.folders === true
                    onOpenAsset: (view, index) => window.openViewerOn(view, index)
                }
                TimelineView {
                    id: favoritesView
                    services: window.services
                    active: window.visited.favorites === true
                    scope: TimelineModel.Favorites
                    emptyText: qsTr("Photos you mark with ☆ (F) appear here")
                    onOpenAsset: (index) => window.openViewerOn(favoritesView, index)
                }
                SettingsPage {
                    id: settingsPage
                    settings: window.services.settings
                    work: window.services.work
                    mapTiles: mapTiles
                    searchHistory: window.services.searchHistory
                    services: window.services
                    onAboutRequested: about.open()
                }
                TakeoutWizard {
                    services: window.services
                }
                PeoplePage {
                    id: peoplePage
                    services: window.services
                    active: window.visited.people === true || window.visited.person === true
                    onOpenPerson: (personId) => window.openPerson(personId)
                }
                PersonPage {
                    id: personPage
                    services: window.services
                    people: peoplePage.people
                    onBack: window.page = "people"
                    onOpenAsset: (view, index) => window.openViewerOn(view, index)
                }
                DuplicatesPage {
                    id: duplicatesPage
                    services: window.services
                }
                AlbumsPage {
                    id: albumsPage
                    services: window.services
                    albumActions: albumActions
                    active: window.visited.albums === true
                    onOpenAsset: (view, index) => window.openViewerOn(view, index)
                    onPlaySlideshow: (slides, title, assetIds) => slideshow.play(slides, title, assetIds)
                }
                ArchivePage {
                    id: archivePage
                    services: window.services
                    active: window.visited.archive === true
                    onOpenAsset: (view, index) => window.openViewerOn(view, index)
                }
                TrashPage {
                    id: trashPage
                    services: window.services
                    active: window.visited.trash === true
                }
                PlacesPage {
                    id: placesPage
                    services: window.services
                    tileSource: mapTiles
                    active: window.visited.places === true
                    onOpenAsset: (view, index) => window.openViewerOn(view, index)
                }
                ThingsPage {
                    id: thingsPage
                    services: window.services
                    active: window.visited.things === true
                    onOpenAsset: (view, index) => window.openViewerOn(view, index)
                }
                TimelineView {
                    // Newest imports first, grouped by the day they arrived; the phone
                    // inbox's arrivals carry a "New" badge until opened.
                    id: recentView
                    services: window.services
                    active: window.visited.recent === true
                    scope: TimelineModel.Recent
                    emptyText: qsTr("Photos added in the last 30 days appear here, newest first")
                    onOpenAsset: (index) => window.openViewerOn(recentView, index)
                }
            }
        }
    }

    Slideshow {
        id: slideshow
        anchors.fill: parent
        services: window.services
        z: 10
    }
    Viewer {
        id: viewer
        objectName: "viewer"
        anchors.fill: parent
        visible: false
        services: window.services
        onClosed: {
            visible = false
            if (window.currentView && window.currentView.model === timeline)
                window.currentView.list.positionViewAtIndex(timeline.rowOfIndex(index), ListView.Contain)
            if (window.currentView) window.currentView.list.forceActiveFocus()
        }
        onDeleteRequested: (ids) => window.askTrash(ids)
        onArchiveRequested: (ids) => window.archive(ids)
        onExportRequested: (ids) => exportDialog.openFor(ids)
        onPersonRequested: (personId) => { viewer.closed(); window.openPerson(personId) }
    }

    WelcomePage {
        anchors.fill: parent
        settings: window.services.settings
        visible: window.forceWelcome || (window.services.settings.rootsLoaded && window.services.settings.roots.length === 0)
    }

    // `tintype FILE`: an asset in the library opens in the viewer over Photos
    // (once the timeline has it; else its folder in the folder viewer).
    property real openedAsset: 0
    function openAssetInTimeline() {
        if (!openedAsset || photosView.model.loading) return
        const i = photosView.model.indexOfAsset(openedAsset)
        if (i < 0) openWith.request.showFolderInstead() // archived, in the trash, a burst's hidden frame
        else { page = "photos"; openViewerOn(photosView, i) }
        openedAsset = 0
    }
    Connections { target: photosView.model; function onLoaded() { window.openAssetInTimeline() } }
    OpenWith {
        id: openWith
        anchors.fill: parent
        services: window.services
        paths: window.openPaths
        onOpenAsset: (assetId) => { window.openedAsset = assetId; window.openAssetInTimeline() }
    }

    Toast {
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.bottom: parent.bottom
        anchors.bottomMargin: 24
        actions: window.services.actions
    }

    HelpSheet { id: help; onAboutRequested: about.open() }
    AboutSheet { id: about }

    AlbumActions {
        id: albumActions
        services: window.services
    }
    AlbumPicker {
        id: albumPicker
        property var ids: []
        anchors.centerIn: parent
        photoCount: ids.length
        albums: AlbumListModel { services: albumPicker.visible ? window.services : null }
        onCreateRequested: (name) => albumActions.createAlbum(name, ids)
        onAddRequested: (albumId) => albumActions.addToAlbum(albumId, ids)
    }

    SurfaceDialog {
        id: confirmTrash
        objectName: "confirmTrash"
        property var ids: []
        anchors.centerIn: parent
        title: ids.length === 1 ? qsTr("Move this item to the trash?") : qsTr("Move %1 items to the trash?").arg(ids.length)
        footer: DialogButtonBox {
            background: Item {}
            Button { text: qsTr("Move to trash"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole }
            Button { text: qsTr("Cancel"); flat: true; DialogButtonBox.buttonRole: DialogButtonBox.RejectRole }
        }
        onOpened: footer.contentChildren[0].forceActiveFocus() // Enter confirms, Esc cancels
        Label {
            width: Math.min(400, window.width - 96)
            color: Theme.text
            wrapMode: Text.Wrap
            text: qsTr("The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.")
        }
        onAccepted: {
            window.services.actions.moveToTrash(ids)
            if (window.currentView) window.currentView.selection.clear()
            if (viewer.visible && viewer.timeline && viewer.index >= viewer.timeline.photoCount - 1) viewer.step(-1)
        }
    }
    MapTileSource {
        id: mapTiles
        Component.onCompleted: loadSettings()
    }
    SetLocationDialog {
        id: setLocationDialog
        services: window.services
    }
    ExportDialog {
        id: exportDialog
        services: window.services
    }
    FilePicker {
        id: copyDialog
        title: qsTr("Copy the selected photos to…")
        onAccepted: window.services.actions.copyTo(window.selectedIds(), selectedFolder)
    }

    // Shortcuts (listed in HelpSheet.qml).
    Shortcut { sequences: [StandardKey.SelectAll]; enabled: !viewer.visible && window.currentView !== null; onActivated: window.currentView.selection.selectAll() }
    Shortcut { sequence: "Esc"; enabled: !viewer.visible && window.currentView !== null && window.currentView.selection.count > 0; onActivated: window.currentView.selection.clear() }
    Shortcut { sequence: "F"; onActivated: window.actOnSelectionOrViewer(window.favoriteToggle) }
    Shortcut { sequence: "R"; onActivated: window.actOnSelectionOrViewer((ids) => window.services.actions.rotate(ids, 1)) }
    Shortcut { sequence: "Shift+R"; onActivated: window.actOnSelectionOrViewer((ids) => window.services.actions.rotate(ids, -1)) }
    Shortcut { sequences: [StandardKey.Delete]; onActivated: window.actOnSelectionOrViewer(window.askTrash) }
    Shortcut { sequences: [StandardKey.Undo]; enabled: window.services.actions.canUndo && !viewer.editing; onActivated: window.services.actions.undo() }
    Shortcut { sequence: "Shift+A"; onActivated: window.actOnSelectionOrViewer(window.archive) }
    Shortcut { sequences: ["?", "F1"]; onActivated: help.open() }
    Shortcut { sequences: [StandardKey.Find, "/"]; enabled: !viewer.visible; onActivated: { window.page = "photos"; searchBar.focusField() } }
    Shortcut { sequences: [StandardKey.FullScreen, "F11"]; onActivated: window.visibility = window.visibility === Window.FullScreen ? Window.Windowed : Window.FullScreen }
    Shortcut { sequence: "Return"; enabled: !viewer.visible && window.currentView !== null && window.currentView.selection.count > 0
        onActivated: window.openViewerOn(window.currentView, window.currentView.model.indexOfAsset(window.currentView.selection.selectedIds()[0])) }
    Repeater {
        model: 6
        delegate: Item {
            required property int index
            Shortcut { sequence: String(index); onActivated: window.actOnSelectionOrViewer((ids) => window.services.actions.setRating(ids, index)) }
        }
    }

    // --- For scripted runs (tests/screenshots, benchmark) ---
    function isSettled() {
        if (viewer.visible) return viewer.settled
        if (page === "people") return peoplePage.settled
        if (page === "duplicates") return duplicatesPage.settled
        if (page === "albums" && !albumsPage.albumOpen) return albumsPage.settled
        if (page === "places") return placesPage.settled
        if (window.binView) return window.binView.settled
        if (page === "person" && personPage.tab !== 0) return personPage.settled
        if (window.currentView) return window.currentView.settled
        return true
    }
    function showPage(name) { viewer.visible = false; page = name; return true }
    function showAbout(on) { if (on) about.open(); else about.close(); return true }
    function setDensity(d) { if (currentView) currentView.model.density = d; return true }
    function selectSome(n) {
        currentView.selection.clear()
        for (let i = 0; i < n; ++i) currentView.selection.click(i * 2, Qt.ControlModifier)
        return true
    }
    function openViewer(i) { openViewerOn(currentView || photosView, i); viewer.infoOpen = true; return true }
    function closeViewer() { viewer.closed(); return true }
    function showExport(on) { if (on) exportDialog.openFor(selectedIds()); else exportDialog.close(); return true }
    function showHelp(on) { if (on) help.open(); else help.close(); return true }
    function setTheme(t) { services.settings.theme = t; return true }
    // A small screen (the tour's "1024x700"): the window as a 1024×700 laptop shows it.
    function setWindowSize(size) { const wh = size.split("x"); width = Number(wh[0]); height = Number(wh[1]); return true }
    function showWelcome(on) { forceWelcome = on; return true }
    function firstScreenPainted() { return photosView.model.photoCount > 0 && photosView.pendingThumbnails <= 0 }
    function timelineContentHeight() { return photosView.list.contentHeight }
    function scrollTimelineBy(dy) { return photosView.scrollBy(dy) }
    function jumpToYear(y) { photosView.jumpToYear(y); return true }
    function oldestYear() { const ys = photosView.model.years; return ys.length ? ys[ys.length - 1].year : 0 }
    function timelinePhotoCount() { return photosView.model.photoCount }
    function openAlbum(row) { viewer.visible = false; page = "albums"; albumsPage.closeTrip(); albumsPage.back(); albumsPage.openRow(row); return true }
    // New album → name → the album opens on the photo chooser → Add.
    function showNewAlbum() { page = "albums"; albumsPage.closeTrip(); albumsPage.back(); albumsPage.newAlbum(); return true }
    function nameNewAlbum(name) { albumsPage.nameDialog.name = name; albumsPage.nameDialog.accept(); return true }
    function chooseInAlbumChooser(n) {
        const sel = albumsPage.chooser.timeline.selection
        for (let i = 0; i < n; ++i) sel.click(i * 2, Qt.ControlModifier)
        return true
    }
    function addChosenToAlbum() {
        albumsPage.chooser.chosen(albumsPage.chooser.timeline.selection.selectedIds())
        albumsPage.chooser.close()
        return true
    }
    function openPlace(row) { viewer.visible = false; page = "places"; return placesPage.openRow(row) }
    function placesBack() { placesPage.back(); return true }
    function openMap() { viewer.visible = false; page = "places"; placesPage.openMap(); return true }
    // The map on "latitude,longitude,zoom" (the tour's world view: the country names).
    function mapCenterOn(at) { const v = at.split(",").map(Number); placesPage.mapPage.map.centerOn(v[0], v[1], v[2]); return true }
    // "Set location…" for the two newest photos with `text` typed ("" closes it); pickLocation(row) picks a match.
    function showSetLocation(text) {
        if (text === "") { setLocationDialog.close(); return true }
        setLocationDialog.assetIds = [photosView.model.assetIdAt(0), photosView.model.assetIdAt(1)]
        setLocationDialog.open()
        setLocationDialog.typePlace(text)
        return true
    }
    function pickLocation(row) { return setLocationDialog.pickMatch(row) }
    function archiveSelection() { archive(selectedIds()); return true }
    function trashSelectionNow() { services.actions.moveToTrash(selectedIds()); currentView.selection.clear(); return true }
    function selectInPage(n) {
        const view = currentView || binView
        view.selection.clear()
        for (let i = 0; i < n; ++i) view.selection.click(i, Qt.ControlModifier)
        return true
    }
    function showAlbumPicker(on) { if (on) askAlbum(selectedIds()); else albumPicker.close(); return true }
    function peopleCount() { return peoplePage.people.count }
    function openFirstPerson() {
        for (let i = 0; i < peoplePage.people.count; ++i) {
            const p = peoplePage.people.row(i)
            if (p.name) { openPerson(p.personId); return true }
        }
        if (peoplePage.people.count > 0) openPerson(peoplePage.people.row(0).personId)
        return true
    }
    function showPersonTab(t) { personPage.tab = t; return true }
    // Opens the viewer on the first photo of the person's timeline, info panel open (faces outlined).
    function openPersonPhotoWithFaces() {
        const view = page === "person" && personPage.timeline.model.photoCount > 0 ? personPage.timeline : photosView
        openViewerOn(view, 0)
        viewer.infoOpen = true
        return true
    }
    function filterPhotosByFirstPerson() {
        const p = peoplePage.people.count > 0 ? peoplePage.people.row(0) : null
        if (p && p.name) { page = "photos"; photosView.selection.clear(); peopleFilter.apply([p.personId]) }
        return true
    }
    function clearPhotoFilter() { peopleFilter.apply([]); return true }
    // The search field: typed (suggestions open), submitted (results and chips), cleared.
    function typeSearch(text) {
        viewer.visible = false; page = "photos"; photosView.selection.clear(); searchBar.focusField()
        searchBar.field.text = text; searchBar.search.text = text
        return true
    }
    function runSearch(query) { page = "photos"; searchBar.search.submit(query); return true }
    function clearSearch() { searchBar.clear(); return true }
    // The viewer's edit mode (open the viewer first).
    function openEditor() { viewer.infoOpen = false; viewer.startEditing(); return viewer.editing }
    function editorTool(tab) { viewer.editMode.tools.tab = tab; return true }
    function editorSet(keyValue) {
        const [key, value] = keyValue.split("=")
        viewer.editMode.session.setValue(key, Number(value))
        return viewer.editMode.session.commit()
    }
    function editorCrop(aspect) { viewer.editMode.session.setCropAspect(aspect); viewer.editMode.cropOverlay.showGuides = true; return true }
    function editorStartDrag(ms) { viewer.editMode.measureDrag(ms); return true }
    function editorDragReport() { return viewer.editMode.dragReport }
    function closeEditor() { viewer.editing = false; return true }
}
