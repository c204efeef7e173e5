<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AlbumGrid</name>
    <message numerus="yes">
        <location filename="../ui/qml/AlbumGrid.qml" line="73"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumGrid.qml" line="88"/>
        <source>No albums yet</source>
        <translation>Aucun album pour l'instant</translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumGrid.qml" line="94"/>
        <source>Select photos and choose “Add to album”, or import your albums from Google Takeout.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlbumNameDialog</name>
    <message>
        <location filename="../ui/qml/AlbumNameDialog.qml" line="12"/>
        <source>Rename album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumNameDialog.qml" line="20"/>
        <source>Album name</source>
        <translation>Nom de l'album</translation>
    </message>
</context>
<context>
    <name>AlbumPicker</name>
    <message numerus="yes">
        <location filename="../ui/qml/AlbumPicker.qml" line="17"/>
        <source>Add %n item(s) to an album</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumPicker.qml" line="30"/>
        <source>New album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumPicker.qml" line="37"/>
        <source>Album name</source>
        <translation>Nom de l'album</translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumPicker.qml" line="42"/>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumPicker.qml" line="49"/>
        <source>Or add to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/AlbumPicker.qml" line="88"/>
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
        <location filename="../ui/qml/AlbumsPage.qml" line="67"/>
        <source>All albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumsPage.qml" line="76"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumsPage.qml" line="81"/>
        <source>Delete album…</source>
        <translation>Supprimer l'album…</translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumsPage.qml" line="93"/>
        <source>This album is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumsPage.qml" line="108"/>
        <source>Delete the album “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/AlbumsPage.qml" line="113"/>
        <source>Only the album goes: its photos stay in your library and in their folders.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../ui/AssetActions.cpp" line="223"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="131"/>
        <source>%1 files: %2 new, %3 changed, %4 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateCopyCard</name>
    <message>
        <location filename="../ui/qml/DuplicateCopyCard.qml" line="30"/>
        <source>Copy %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateCopyCard.qml" line="83"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateCopyCard.qml" line="83"/>
        <source>To the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateCopyCard.qml" line="83"/>
        <source>Offline: stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateCopyCard.qml" line="104"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateGroupView</name>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="26"/>
        <source>Previous group (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="32"/>
        <source>Group %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="38"/>
        <source>Next group (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="45"/>
        <source>Identical files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="46"/>
        <source>Near copies · %1 % alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="62"/>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="63"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="64"/>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="94"/>
        <source>Not duplicates</source>
        <translation>Pas des doublons</translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="84"/>
        <source>Keep the marked copy, trash the others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="89"/>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicateGroupView.qml" line="128"/>
        <source>Applying this group will: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="72"/>
        <source>Apply all proposals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="77"/>
        <source>Undo</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="86"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="94"/>
        <source>Include near copies</source>
        <translation>Inclure les copies proches</translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="100"/>
        <source>Also resized, recompressed, turned, mirrored or slightly cropped copies, not only identical files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="103"/>
        <source>Also write merged metadata into the kept file&apos;s XMP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="125"/>
        <source>Photos changed since this search: “Look again” to update the groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="154"/>
        <source>Tintype compares small thumbnails; your files are only read. What is prepared is kept for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="161"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="182"/>
        <source>No duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="183"/>
        <source>Duplicates could not be looked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="184"/>
        <source>Find copies of the same photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="193"/>
        <source>Tintype proposes the best copy of each photo and keeps every album, rating and place of the others. Nothing is removed before you say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="194"/>
        <source>No identical files, and no resized, recompressed, turned or cropped copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="195"/>
        <source>No identical files. Near copies were not looked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="201"/>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="201"/>
        <source>Look for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="223"/>
        <source>Keys: ← → groups · 1–9 keep that copy · Enter apply this group · S skip · D not duplicates · Ctrl+Z undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/DuplicatesPage.qml" line="234"/>
        <source>Apply %n proposal(s)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/DuplicatesPage.qml" line="239"/>
        <source>In every group not yet applied or skipped, the copies not kept go to the system trash, and their albums, ratings, tags and places move to the kept photo. Skipped groups stay as they are. You can undo this right after.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditCropTools</name>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="20"/>
        <source>Free</source>
        <translation>Libre</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="20"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="34"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="40"/>
        <source>Shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="61"/>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="65"/>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="72"/>
        <source>Rotate left</source>
        <translation>Pivoter à gauche</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="73"/>
        <source>Rotate right</source>
        <translation>Pivoter à droite</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="74"/>
        <source>Flip horizontally</source>
        <translation>Retourner horizontalement</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="75"/>
        <source>Flip vertically</source>
        <translation>Retourner verticalement</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditCropTools.qml" line="81"/>
        <source>Straighten</source>
        <translation>Redresser</translation>
    </message>
</context>
<context>
    <name>EditLooksGrid</name>
    <message>
        <location filename="../ui/qml/EditLooksGrid.qml" line="17"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>EditMode</name>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="122"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="150"/>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="152"/>
        <source>Edit — unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="152"/>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="157"/>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="158"/>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="163"/>
        <source>Before / after (hold )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="168"/>
        <source>Revert to original</source>
        <translation>Revenir à l'original</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="174"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="193"/>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="197"/>
        <source>The changes made since you opened the editor are not kept. The photo stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="200"/>
        <source>Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditMode.qml" line="201"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditPreviewWorker</name>
    <message>
        <location filename="../ui/EditPreviewWorker.cpp" line="72"/>
        <source>the photo could not be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditSection</name>
    <message>
        <location filename="../ui/qml/EditSection.qml" line="22"/>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
</context>
<context>
    <name>EditToolsPanel</name>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="32"/>
        <source>Crop</source>
        <translation>Recadrer</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="33"/>
        <source>Adjust</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="34"/>
        <source>Looks</source>
        <translation>Styles</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="59"/>
        <source>Auto-enhance</source>
        <translation>Amélioration auto</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="68"/>
        <source>Light</source>
        <translation type="unfinished">Clair</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="71"/>
        <source>Exposure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="72"/>
        <source>Contrast</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="73"/>
        <source>Highlights</source>
        <translation>Hautes lumières</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="74"/>
        <source>Shadows</source>
        <translation>Ombres</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="75"/>
        <source>Whites</source>
        <translation>Blancs</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="76"/>
        <source>Blacks</source>
        <translation>Noirs</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="80"/>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="83"/>
        <source>Saturation</source>
        <translation>Saturation</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="84"/>
        <source>Vibrance</source>
        <translation>Vibrance</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="85"/>
        <source>Warmth</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="86"/>
        <source>Tint</source>
        <translation>Teinte</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="90"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="93"/>
        <source>Sharpen</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="94"/>
        <source>Noise reduction</source>
        <translation>Réduction du bruit</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="97"/>
        <source>Vignette</source>
        <translation>Vignettage</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="100"/>
        <source>Amount</source>
        <translation>Intensité</translation>
    </message>
    <message>
        <location filename="../ui/qml/EditToolsPanel.qml" line="102"/>
        <source>Midpoint</source>
        <translation>Point médian</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="25"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/ExportDialog.qml" line="25"/>
        <source>Export %n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="48"/>
        <source>Export to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="66"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="70"/>
        <source>JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="70"/>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="70"/>
        <source>TIFF (16-bit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="75"/>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="88"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="94"/>
        <source>Full size</source>
        <translation>Taille réelle</translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="94"/>
        <source>Long edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="106"/>
        <source>px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="109"/>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="111"/>
        <source>Remove location (GPS and place names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="116"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="127"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="132"/>
        <source>Save as a copy beside the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="141"/>
        <source>Copies go beside the originals with a new name; no original is ever replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="142"/>
        <source>A file of the same name is never replaced: the copy gets a new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="156"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/ExportDialog.qml" line="157"/>
        <source>Stopped: %n photo(s) exported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/ExportDialog.qml" line="158"/>
        <source>%n photo(s) exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/ExportDialog.qml" line="168"/>
        <source>%n photo(s) could not be exported:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="193"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="203"/>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="209"/>
        <source>Cancel</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qml/ExportDialog.qml" line="209"/>
        <source>Close</source>
        <translation type="unfinished">Fermer</translation>
    </message>
</context>
<context>
    <name>FaceScanStage</name>
    <message>
        <location filename="../ui/FaceScanStage.cpp" line="57"/>
        <source>Faces: %1 photos, %2 faces, %3 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FaceSettings</name>
    <message>
        <location filename="../ui/qml/FaceSettings.qml" line="14"/>
        <source>Faces</source>
        <translation>Visages</translation>
    </message>
    <message>
        <location filename="../ui/qml/FaceSettings.qml" line="19"/>
        <source>Face models installed in %1. Faces are found on this computer; nothing leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/FaceSettings.qml" line="25"/>
        <location filename="../ui/qml/FaceSettings.qml" line="34"/>
        <source>Smallest face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/FaceSettings.qml" line="36"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/FaceSettings.qml" line="37"/>
        <location filename="../ui/qml/FaceSettings.qml" line="45"/>
        <source>Minimum detector score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/FaceSettings.qml" line="50"/>
        <source>Sizes are measured on a 1024-pixel preview. Changes apply to photos scanned from now on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="93"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="108"/>
        <source>No folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="120"/>
        <source>Choose a folder</source>
        <translation>Choisissez un dossier</translation>
    </message>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="120"/>
        <source>No photos directly in this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="17"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="18"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="19"/>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="19"/>
        <source>Open a photo; toggles it while selecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="20"/>
        <source>Ctrl+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="20"/>
        <source>Add to or remove from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="21"/>
        <source>Shift+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="21"/>
        <source>Select a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="22"/>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="22"/>
        <source>Change density: days, months, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="23"/>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="24"/>
        <source>Selected photos and the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="25"/>
        <source>Favourite or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="26"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="27"/>
        <source>Rotate right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="28"/>
        <source>Move to the trash (asks first; can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="29"/>
        <source>Undo the last move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="30"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="31"/>
        <location filename="../ui/qml/HelpSheet.qml" line="40"/>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="31"/>
        <source>Previous / next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="32"/>
        <source>First / last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="33"/>
        <source>Space, Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="33"/>
        <source>100 % / fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="34"/>
        <source>Wheel, + / −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="34"/>
        <source>Zoom; drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="35"/>
        <source>Info panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="36"/>
        <source>Edit the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="37"/>
        <source>Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="38"/>
        <source>Back to the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="39"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="40"/>
        <source>Previous / next group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="41"/>
        <source>Keep that copy instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="42"/>
        <source>Apply this group: the other copies go to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="43"/>
        <source>Skip this group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="44"/>
        <source>Not duplicates: never shown together again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="45"/>
        <source>Undo the last apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="46"/>
        <source>Cancel the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="47"/>
        <source>Edit mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="48"/>
        <source>Undo</source>
        <translation type="unfinished">Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="49"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="50"/>
        <source>Hold </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="50"/>
        <source>Show the original (before / after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="51"/>
        <source>Double-click a slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="51"/>
        <source>Reset it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="52"/>
        <source>Cancel (asks when there are unsaved changes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="62"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="63"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="57"/>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="61"/>
        <source>Add a description</source>
        <translation>Ajouter une description</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="68"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="72"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="105"/>
        <source>Unnamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="105"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="121"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="130"/>
        <source>GPS latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="138"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="147"/>
        <source>The file is offline or missing: shown from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/qml/Main.qml" line="15"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="15"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="16"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="16"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="17"/>
        <source>Import from Google Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="18"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="19"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="19"/>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="35"/>
        <source>Tintype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="120"/>
        <source>Looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="120"/>
        <source>No photos yet</source>
        <translation>Pas encore de photos</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="135"/>
        <source>Photos you mark with ☆ (F) appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/Main.qml" line="224"/>
        <source>Move %n item(s) to the trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="229"/>
        <source>The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="243"/>
        <source>Copy the selected photos to…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="12"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="13"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="14"/>
        <source>Albums</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="15"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="16"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="17"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="20"/>
        <source>Import Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="21"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="101"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
    </message>
</context>
<context>
    <name>PeopleFilter</name>
    <message>
        <location filename="../ui/qml/PeopleFilter.qml" line="45"/>
        <source>Photos with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeopleFilter.qml" line="45"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../ui/qml/PeopleFilter.qml" line="50"/>
        <source>Filter by people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeopleFilter.qml" line="70"/>
        <source>Remove from the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeopleFilter.qml" line="78"/>
        <source>(all of them in the photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeopleFilter.qml" line="84"/>
        <source>All photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="61"/>
        <source>Then restart Tintype, or press “Look for new photos now” in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/PeoplePage.qml" line="69"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/PeoplePage.qml" line="70"/>
        <source>%n people</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="76"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="81"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="87"/>
        <source>Show hidden (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="94"/>
        <source>No people yet: faces are looked for once the photos are read and their thumbnails made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="95"/>
        <source>No people found yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="149"/>
        <location filename="../ui/qml/PeoplePage.qml" line="180"/>
        <source>Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="158"/>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/PeoplePage.qml" line="172"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="178"/>
        <source>Rename…</source>
        <translation>Renommer…</translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="178"/>
        <source>Add a name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="179"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="179"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/PeoplePage.qml" line="191"/>
        <source>Merge %n people?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/PeoplePage.qml" line="196"/>
        <source>They become one person with all their faces. Named people keep their name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonNameDialog</name>
    <message>
        <location filename="../ui/qml/PersonNameDialog.qml" line="37"/>
        <source>Name this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonNameDialog.qml" line="43"/>
        <location filename="../ui/qml/PersonNameDialog.qml" line="45"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonNameDialog.qml" line="55"/>
        <source>Merge with %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonNameDialog.qml" line="60"/>
        <source>Someone is already named %1. Are these the same person? Their faces will be put together.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="65"/>
        <source>All people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="74"/>
        <location filename="../ui/qml/PersonPage.qml" line="86"/>
        <source>Add a name</source>
        <translation>Ajouter un nom</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/PersonPage.qml" line="82"/>
        <source>%n photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="82"/>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="86"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="88"/>
        <source>Show again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="88"/>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="99"/>
        <source>Photos</source>
        <translation type="unfinished">Photos</translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="100"/>
        <source>Faces (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="102"/>
        <source>Is this %1? (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="102"/>
        <location filename="../ui/qml/PersonPage.qml" line="201"/>
        <source>them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="124"/>
        <source>No photos of this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/PersonPage.qml" line="133"/>
        <source>%n face(s) selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="134"/>
        <source>Select faces that are someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="140"/>
        <source>Move to new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="145"/>
        <source>Not this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="176"/>
        <source>Faces that may be %1. Yes puts them in; no keeps them out for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="176"/>
        <source>this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="177"/>
        <source>No suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="201"/>
        <source>Yes, this is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/PersonPage.qml" line="202"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="18"/>
        <source>Add a folder with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="26"/>
        <source>Remove this folder from the library?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="31"/>
        <source>Tintype forgets %1 and what it knew about its photos (favourites, descriptions). No file on disk is touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="50"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="67"/>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="67"/>
        <source>offline — photos kept, browsable from the cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="71"/>
        <source>Remove from the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="76"/>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="77"/>
        <source>Look for new photos now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="81"/>
        <source>Thumbnail cache</source>
        <translation>Cache des vignettes</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="84"/>
        <source>Measuring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="85"/>
        <source>Clear cache</source>
        <translation>Vider le cache</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="89"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="94"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="95"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="96"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="106"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="113"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>TakeoutReport</name>
    <message>
        <location filename="../ui/TakeoutImport.cpp" line="25"/>
        <source>Every file:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakeoutWizard</name>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="23"/>
        <source>Choose the Takeout files you downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="25"/>
        <source>Takeout archives (*.zip *.tgz *.tar.gz *.tar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="25"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="30"/>
        <source>Choose an unpacked Takeout folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="35"/>
        <source>Where should the photos go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="57"/>
        <source>Every photo comes back once, with its date, place, description and albums from Google&apos;s JSON files. The downloaded files are read as they are: no unpacking, and they are never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="74"/>
        <source>1. The Takeout files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="95"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="101"/>
        <source>No file chosen yet: add every part (takeout-…-001.zip, -002.zip, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="107"/>
        <source>Add Takeout files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="112"/>
        <source>Add an unpacked folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="117"/>
        <source>2. Where the photos go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="127"/>
        <source>No folder chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="132"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="139"/>
        <source>Folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="148"/>
        <source>Year / month (2019/06)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="149"/>
        <source>Year (2019)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="150"/>
        <source>One folder per album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="157"/>
        <source>Write the restored dates and places into XMP sidecars instead of into the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="163"/>
        <source>Check the Takeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="186"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="214"/>
        <source>3. Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="214"/>
        <source>3. What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/TakeoutWizard.qml" line="231"/>
        <source>Import %n photos</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="237"/>
        <source>Open the full report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TakeoutWizard.qml" line="243"/>
        <source>Import another Takeout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="155"/>
        <source>Not a thumbnail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="163"/>
        <location filename="../ui/ThumbnailProvider.cpp" line="223"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="165"/>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="170"/>
        <location filename="../ui/ThumbnailProvider.cpp" line="182"/>
        <source>The file is offline or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="212"/>
        <source>The file is offline and has no thumbnail yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="229"/>
        <source>The thumbnail could not be read back from the cache</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../ui/qml/TimelineView.qml" line="18"/>
        <source>No photos yet</source>
        <translation>Pas encore de photos</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../ui/qml/Toast.qml" line="29"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="35"/>
        <source>Clear the selection (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/TopBar.qml" line="39"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/TopBar.qml" line="47"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="56"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="57"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="58"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="63"/>
        <source>Favourite (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="67"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="68"/>
        <source>No stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="71"/>
        <source>Rating (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="73"/>
        <source>Rotate (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="74"/>
        <source>Add to album…</source>
        <translation>Ajouter à l'album…</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="75"/>
        <source>Remove from this album</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="76"/>
        <source>Copy to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="77"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="78"/>
        <source>Move to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="162"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="175"/>
        <source>This video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="192"/>
        <source>This photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="198"/>
        <source>Previous (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="204"/>
        <source>Next (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="220"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="228"/>
        <source>Fit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="228"/>
        <source>100 % (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="234"/>
        <source>Edit (E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="238"/>
        <source>Rotate (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="240"/>
        <source>Favourite (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="243"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="244"/>
        <source>Info (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="245"/>
        <source>Move to trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../ui/qml/WelcomePage.qml" line="16"/>
        <source>Choose a folder with photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/WelcomePage.qml" line="35"/>
        <source>Welcome to Tintype</source>
        <translation>Bienvenue dans Tintype</translation>
    </message>
    <message>
        <location filename="../ui/qml/WelcomePage.qml" line="43"/>
        <source>Tintype shows the photos in your folders as a timeline, without moving, renaming or writing into a single file. Which folders hold your photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/WelcomePage.qml" line="50"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/WelcomePage.qml" line="56"/>
        <source>Choose another folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
</context>
<context>
    <name>WorkStatus</name>
    <message>
        <location filename="../ui/qml/WorkStatus.qml" line="33"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/qml/WorkStatus.qml" line="33"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../ui/qml/WorkStatus.qml" line="39"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/qml/WorkStatus.qml" line="52"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/WorkStatus.qml" line="53"/>
        <source>%1 files found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/AppSession.cpp" line="50"/>
        <source>The window could not be created.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="45"/>
        <source>Usage: tintype [--catalog PATH] [--no-scan] [FOLDER]
Opens Tintype on the library (adding FOLDER to it first).
  --screenshots DIR  save a tour of the views as PNG files and quit (tests)
  --benchmark        measure first paint, scrolling and the date scrubber, print, quit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="56"/>
        <source>Unknown option %1; see tintype --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype</name>
    <message>
        <location filename="../ui/ExportJob.cpp" line="40"/>
        <source>no such photo in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportJob.cpp" line="53"/>
        <source>the file is missing or its folder is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ExportJob.cpp" line="56"/>
        <source>its edit cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::AlbumActions</name>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="37"/>
        <location filename="../ui/AlbumActions.cpp" line="99"/>
        <source>An album needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlbumActions.cpp" line="52"/>
        <source>Made the album “%1” with %n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="56"/>
        <source>Could not make the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlbumActions.cpp" line="84"/>
        <source>Added %n item(s) to “%1”</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="86"/>
        <location filename="../ui/AlbumActions.cpp" line="115"/>
        <location filename="../ui/AlbumActions.cpp" line="140"/>
        <source>That album no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="86"/>
        <source>Could not add to the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="114"/>
        <source>Renamed the album to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="116"/>
        <source>Could not rename the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="139"/>
        <source>Deleted the album “%1”; its photos are still in your library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="141"/>
        <source>Could not delete the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AlbumActions.cpp" line="161"/>
        <source>Removed %n item(s) from the album</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AlbumActions.cpp" line="162"/>
        <source>Could not remove from the album: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="84"/>
        <source>Added %n item(s) to favourites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="85"/>
        <source>Removed %n item(s) from favourites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="87"/>
        <source>Could not change favourites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="105"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="106"/>
        <source>Could not save the rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="125"/>
        <source>Could not save the rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="158"/>
        <location filename="../ui/AssetActions.cpp" line="164"/>
        <source>Could not move to the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="163"/>
        <source>Moved %n item(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="198"/>
        <location filename="../ui/AssetActions.cpp" line="200"/>
        <source>Could not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="199"/>
        <source>Restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="236"/>
        <location filename="../ui/AssetActions.cpp" line="238"/>
        <source>Could not copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="237"/>
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
        <location filename="../ui/AssetDetails.cpp" line="61"/>
        <source>time zone unknown (camera clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetDetails.cpp" line="64"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/AssetDetails.cpp" line="86"/>
        <source>%1 × %2 (%3 MP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetDetails.cpp" line="90"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetDetails.cpp" line="116"/>
        <source>This photo is no longer in the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetDetails.cpp" line="150"/>
        <source>The description could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::BackgroundWork</name>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="58"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="60"/>
        <source>Looking for photos</source>
        <translation>Recherche de photos</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="61"/>
        <source>Reading photos</source>
        <translation>Lecture des photos</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="62"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="63"/>
        <source>Finding faces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateCopies</name>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="28"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="29"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="30"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="31"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="32"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="33"/>
        <source>GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="33"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="33"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="34"/>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="35"/>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="36"/>
        <source>Albums</source>
        <translation>Albums</translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="76"/>
        <source>RAW + JPEG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="78"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="80"/>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="82"/>
        <source>Messenger copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateCopies.cpp" line="84"/>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::DuplicateReview</name>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="77"/>
        <source>Preparing photos for comparison: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="80"/>
        <source>Preparing photos for comparison…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="81"/>
        <source>Looking for copies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="83"/>
        <source>Removing copies: %1 of %2 groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="84"/>
        <source>Putting the copies back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="203"/>
        <source>Could not look for duplicates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="206"/>
        <source>Stopped. What was prepared is kept: looking again goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DuplicateReview.cpp" line="220"/>
        <source>%n file(s) are not fully read yet: their exact copies show up after the scan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DuplicateReview.cpp" line="223"/>
        <source>%n photo(s) could not be read for comparison.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="311"/>
        <source>XMP not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/DuplicateReview.cpp" line="314"/>
        <source>%n copy(ies) moved to the trash; their albums, ratings and places moved to the kept photo.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="343"/>
        <source>These photos will not be shown as duplicates again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/DuplicateReview.cpp" line="375"/>
        <source>Undone: the copies are back where they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::EditSession</name>
    <message>
        <location filename="../ui/EditSession.cpp" line="126"/>
        <source>This photo is no longer in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditSession.cpp" line="128"/>
        <source>Videos cannot be edited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditSession.cpp" line="132"/>
        <source>The photo&apos;s file is offline or missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditSession.cpp" line="137"/>
        <source>This photo&apos;s edit cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditSession.cpp" line="158"/>
        <source>The photo cannot be opened for editing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/EditSession.cpp" line="481"/>
        <source>The edit could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::ExportJob</name>
    <message>
        <location filename="../ui/ExportJob.cpp" line="181"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::LibrarySettings</name>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="118"/>
        <source>Added %1; looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="139"/>
        <source>Folder removed from the library (no file was touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="154"/>
        <source>%1 on disk · %2 thumbnails, %3 previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="171"/>
        <source>Thumbnail cache cleared; thumbnails are made again as you browse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TakeoutImport</name>
    <message>
        <location filename="../ui/TakeoutImport.cpp" line="81"/>
        <source>Reading names and JSON files… %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TakeoutImport.cpp" line="83"/>
        <source>Checking %1 photos… %2 of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TakeoutImport.cpp" line="83"/>
        <source>Copying %1 photos… %2 of %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TakeoutImport.cpp" line="86"/>
        <source>Adding the photos and albums to the library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TakeoutImport.cpp" line="189"/>
        <source>Stopped. Start the import again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="45"/>
        <location filename="../ui/TimelineModel.cpp" line="362"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="47"/>
        <source>ddd, d MMM</source>
        <comment>day header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="50"/>
        <source>MMMM yyyy</source>
        <comment>month header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimelineModel.cpp" line="65"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
