<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlbumGrid</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumGrid.qml" line="73"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlbumPicker</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="17"/>
        <source>Add %n item(s) to an album</source>
        <translation>
            <numerusform>Add %n item to an album</numerusform>
            <numerusform>Add %n items to an album</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="88"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumsPage.qml" line="99"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>%n album</numerusform>
            <numerusform>%n albums</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/ArchivePage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BestCopyChooser</name>
    <message numerus="yes">
        <location filename="../core/similarity/BestCopyChooser.cpp" line="188"/>
        <source>Trashes %n alike copies: %1</source>
        <translation>
            <numerusform>Trashes %n alike copy: %1</numerusform>
            <numerusform>Trashes %n alike copies: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurstStrip</name>
    <message numerus="yes">
        <location filename="../ui/viewer/BurstStrip.qml" line="37"/>
        <source>Burst: %n photo(s)</source>
        <translation>
            <numerusform>Burst: %n photo</numerusform>
            <numerusform>Burst: %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="237"/>
        <source>Apply %n proposal(s)?</source>
        <translation>
            <numerusform>Apply %n proposal?</numerusform>
            <numerusform>Apply %n proposals?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>Export %n photo</numerusform>
            <numerusform>Export %n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="156"/>
        <source>Stopped: %n photo(s) exported.</source>
        <translation>
            <numerusform>Stopped: %n photo exported.</numerusform>
            <numerusform>Stopped: %n photos exported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="157"/>
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n photo exported to %1.</numerusform>
            <numerusform>%n photos exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="167"/>
        <source>%n photo(s) could not be exported:</source>
        <translation>
            <numerusform>%n photo could not be exported:</numerusform>
            <numerusform>%n photos could not be exported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message numerus="yes">
        <location filename="../ui/settings/HomeSection.qml" line="90"/>
        <source>%1 (%n night(s))</source>
        <translation>
            <numerusform>%1 (%n night)</numerusform>
            <numerusform>%1 (%n nights)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message numerus="yes">
        <source>Move %n item(s) to the trash?</source>
        <translation type="vanished">
            <numerusform>Move %n item to the trash?</numerusform>
            <numerusform>Move %n items to the trash?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="36"/>
        <source>%n photo(s) here</source>
        <translation>
            <numerusform>%n photo here</numerusform>
            <numerusform>%n photos here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="69"/>
        <source>%n photo(s) with a location</source>
        <translation>
            <numerusform>%n photo with a location</numerusform>
            <numerusform>%n photos with a location</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemoryFinder</name>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="82"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="102"/>
        <source>%1 — %n year(s) ago</source>
        <extracomment>A trip&apos;s anniversary: &quot;Italy: Rome, Florence — 2 years ago&quot;</extracomment>
        <translation>
            <numerusform>%1 — %n year ago</numerusform>
            <numerusform>%1 — %n years ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="69"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="70"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="172"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="191"/>
        <source>Merge %n people?</source>
        <translation>
            <numerusform>Merge %n people?</numerusform>
            <numerusform>Merge %n people?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="133"/>
        <source>%n face(s) selected</source>
        <translation>
            <numerusform>%n face selected</numerusform>
            <numerusform>%n faces selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message numerus="yes">
        <location filename="../ui/albums/PhotoChooser.qml" line="27"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message numerus="yes">
        <location filename="../ui/places/PlaceGrid.qml" line="66"/>
        <location filename="../ui/places/PlaceGrid.qml" line="67"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n town</numerusform>
            <numerusform>%n towns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n country</numerusform>
            <numerusform>%n countries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetLocationDialog</name>
    <message numerus="yes">
        <location filename="../ui/map/SetLocationDialog.qml" line="71"/>
        <source>Where were %n photo(s) taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</source>
        <translation>
            <numerusform>Where were %n photo taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</numerusform>
            <numerusform>Where were %n photos taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TakeoutWizard</name>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutWizard.qml" line="234"/>
        <source>Import %n photos</source>
        <translation>
            <numerusform>Import %n photo</numerusform>
            <numerusform>Import %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThingsPage</name>
    <message numerus="yes">
        <location filename="../ui/things/ThingsPage.qml" line="47"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n thing</numerusform>
            <numerusform>%n things</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="42"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="67"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="70"/>
        <source>Delete %n item(s) forever?</source>
        <translation>
            <numerusform>Delete %n item forever?</numerusform>
            <numerusform>Delete %n items forever?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripStrip</name>
    <message numerus="yes">
        <location filename="../ui/stories/TripStrip.qml" line="113"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TripView</name>
    <message numerus="yes">
        <location filename="../ui/stories/TripView.qml" line="45"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::AlbumActions</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="44"/>
        <source>Made the album “%1” with %n item(s)</source>
        <translation>
            <numerusform>Made the album “%1” with %n item</numerusform>
            <numerusform>Made the album “%1” with %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="76"/>
        <source>Added %n item(s) to “%1”</source>
        <translation>
            <numerusform>Added %n item to “%1”</numerusform>
            <numerusform>Added %n items to “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="164"/>
        <source>Removed %n item(s) from the album</source>
        <translation>
            <numerusform>Removed %n item from the album</numerusform>
            <numerusform>Removed %n items from the album</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="185"/>
        <source>Put %n item(s) back in the album</source>
        <translation>
            <numerusform>Put %n item back in the album</numerusform>
            <numerusform>Put %n items back in the album</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="107"/>
        <source>Added %n item(s) to favourites</source>
        <translation>
            <numerusform>Added %n item to favourites</numerusform>
            <numerusform>Added %n items to favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="108"/>
        <source>Removed %n item(s) from favourites</source>
        <translation>
            <numerusform>Removed %n item from favourites</numerusform>
            <numerusform>Removed %n items from favourites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="147"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation>
            <numerusform>Rated %n item %1 of 5</numerusform>
            <numerusform>Rated %n items %1 of 5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="188"/>
        <source>Archived %n item(s)</source>
        <translation>
            <numerusform>Archived %n item</numerusform>
            <numerusform>Archived %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="189"/>
        <source>Unarchived %n item(s)</source>
        <translation>
            <numerusform>Unarchived %n item</numerusform>
            <numerusform>Unarchived %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="221"/>
        <source>Moved %n item(s) to the trash</source>
        <translation>
            <numerusform>Moved %n item to the trash</numerusform>
            <numerusform>Moved %n items to the trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="240"/>
        <source>Restored %n item(s)</source>
        <translation>
            <numerusform>Restored %n item</numerusform>
            <numerusform>Restored %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="256"/>
        <source>Deleted %n item(s) forever</source>
        <translation>
            <numerusform>Deleted %n item forever</numerusform>
            <numerusform>Deleted %n items forever</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="294"/>
        <source>Copied %n item(s) to %1</source>
        <translation>
            <numerusform>Copied %n item to %1</numerusform>
            <numerusform>Copied %n items to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateReview</name>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="222"/>
        <source>%n file(s) are not fully read yet: their exact copies show up after the scan.</source>
        <translation>
            <numerusform>%n file is not fully read yet: its exact copies show up after the scan.</numerusform>
            <numerusform>%n files are not fully read yet: their exact copies show up after the scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="225"/>
        <source>%n photo(s) could not be read for comparison.</source>
        <translation>
            <numerusform>%n photo could not be read for comparison.</numerusform>
            <numerusform>%n photos could not be read for comparison.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="316"/>
        <source>%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.</source>
        <translation>
            <numerusform>%n copy moved to the trash; their albums, ratings and places moved to the kept photo.</numerusform>
            <numerusform>%n copies moved to the trash; their albums, ratings and places moved to the kept photo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::LocationActions</name>
    <message numerus="yes">
        <location filename="../ui/map/LocationActions.cpp" line="50"/>
        <source>Location set for %n photo(s)</source>
        <translation>
            <numerusform>Location set for %n photo</numerusform>
            <numerusform>Location set for %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::PlaceListModel</name>
    <message numerus="yes">
        <location filename="../ui/places/PlaceListModel.cpp" line="110"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n town</numerusform>
            <numerusform>%n towns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutImport</name>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="111"/>
        <source>Checking %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>Checking %n photo… %1 of %2</numerusform>
            <numerusform>Checking %n photos… %1 of %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="112"/>
        <source>Copying %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>Copying %n photo… %1 of %2</numerusform>
            <numerusform>Copying %n photos… %1 of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::TimelineModel</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineModel.cpp" line="74"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
</context>
</TS>
