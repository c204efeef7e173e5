<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssetActions</name>
    <message>
        <location filename="../ui/AssetActions.cpp" line="221"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackgroundWork</name>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="114"/>
        <source>%1 files: %2 new, %3 changed, %4 could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="91"/>
        <source>offline</source>
        <translation>hors ligne</translation>
    </message>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="106"/>
        <source>No folders yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="117"/>
        <source>Choose a folder</source>
        <translation>Choisissez un dossier</translation>
    </message>
    <message>
        <location filename="../ui/qml/FoldersPage.qml" line="117"/>
        <source>No photos directly in this folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpSheet</name>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="16"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="17"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="18"/>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="18"/>
        <source>Open a photo; toggles it while selecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="19"/>
        <source>Ctrl+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="19"/>
        <source>Add to or remove from the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="20"/>
        <source>Shift+Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="20"/>
        <source>Select a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="21"/>
        <source>Ctrl+Wheel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="21"/>
        <source>Change density: days, months, years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="22"/>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="23"/>
        <source>Selected photos and the viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="24"/>
        <source>Favourite or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="25"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="26"/>
        <source>Rotate right / left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="27"/>
        <source>Move to the trash (asks first; can be undone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="28"/>
        <source>Undo the last move to the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="29"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="30"/>
        <source>Left / Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="30"/>
        <source>Previous / next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="31"/>
        <source>First / last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="32"/>
        <source>Space, Ctrl+1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="32"/>
        <source>100 % / fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="33"/>
        <source>Wheel, + / −</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="33"/>
        <source>Zoom; drag to move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="34"/>
        <source>Info panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="35"/>
        <source>Back to the photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="45"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location filename="../ui/qml/HelpSheet.qml" line="46"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>InfoPanel</name>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="45"/>
        <source>Info</source>
        <translation>Infos</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="49"/>
        <source>Add a description</source>
        <translation>Ajouter une description</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="56"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="58"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="67"/>
        <source>GPS latitude, longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="75"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../ui/qml/InfoPanel.qml" line="84"/>
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
        <location filename="../ui/qml/Main.qml" line="28"/>
        <source>Tintype</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="94"/>
        <source>Looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="94"/>
        <source>No photos yet</source>
        <translation>Pas encore de photos</translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="106"/>
        <source>Photos you mark with ☆ (F) appear here</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/Main.qml" line="152"/>
        <source>Move %n item(s) to the trash?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="157"/>
        <source>The files go to the system trash, with their RAW and sidecar files. You can undo this right after, or restore them from the trash later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Main.qml" line="167"/>
        <source>Copy the selected photos to…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="11"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="12"/>
        <source>Folders</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="13"/>
        <source>Favourites</source>
        <translation>Favoris</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="16"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/qml/NavigationRail.qml" line="96"/>
        <source>Shortcuts</source>
        <translation>Raccourcis</translation>
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
        <location filename="../ui/qml/SettingsPage.qml" line="88"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="93"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="94"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="95"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="105"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../ui/qml/SettingsPage.qml" line="112"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>ThumbnailProvider</name>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="142"/>
        <source>Not a thumbnail address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="150"/>
        <location filename="../ui/ThumbnailProvider.cpp" line="186"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="154"/>
        <source>The file is offline or missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="178"/>
        <source>The file is offline and has no thumbnail yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/ThumbnailProvider.cpp" line="191"/>
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
        <location filename="../ui/qml/TopBar.qml" line="31"/>
        <source>Clear the selection (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/TopBar.qml" line="35"/>
        <source>%n selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/qml/TopBar.qml" line="43"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="52"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="53"/>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="54"/>
        <source>Years</source>
        <translation>Années</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="59"/>
        <source>Favourite (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="63"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="64"/>
        <source>No stars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="67"/>
        <source>Rating (0–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="69"/>
        <source>Rotate (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="70"/>
        <source>Copy to a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/TopBar.qml" line="71"/>
        <source>Move to the trash (Del)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Viewer</name>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="155"/>
        <source>Play or pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="168"/>
        <source>This video cannot be played: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="185"/>
        <source>This photo cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="191"/>
        <source>Previous (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="197"/>
        <source>Next (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="213"/>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="221"/>
        <source>Fit (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="221"/>
        <source>100 % (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="225"/>
        <source>Rotate (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="227"/>
        <source>Favourite (F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="230"/>
        <source>Info (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/Viewer.qml" line="231"/>
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
        <location filename="../ui/qml/WelcomePage.qml" line="51"/>
        <source>Use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/qml/WelcomePage.qml" line="57"/>
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
        <location filename="../app/gui/AppSession.cpp" line="53"/>
        <source>The window could not be created.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Usage: tintype [--catalog PATH] [--no-scan] [FOLDER]
Opens Tintype on the library (adding FOLDER to it first).
  --screenshots DIR  save a tour of the views as PNG files and quit (tests)
  --benchmark        measure first paint, scrolling and the date scrubber, print, quit
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="52"/>
        <source>Unknown option %1; see tintype --help
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::AssetActions</name>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="80"/>
        <source>Added %n item(s) to favourites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="81"/>
        <source>Removed %n item(s) from favourites</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="83"/>
        <source>Could not change favourites: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="101"/>
        <source>Rated %n item(s) %1 of 5</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="102"/>
        <source>Could not save the rating: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="121"/>
        <source>Could not save the rotation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="154"/>
        <location filename="../ui/AssetActions.cpp" line="160"/>
        <source>Could not move to the trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="159"/>
        <source>Moved %n item(s) to the trash</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="194"/>
        <location filename="../ui/AssetActions.cpp" line="196"/>
        <source>Could not restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="195"/>
        <source>Restored from the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/AssetActions.cpp" line="234"/>
        <location filename="../ui/AssetActions.cpp" line="236"/>
        <source>Could not copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/AssetActions.cpp" line="235"/>
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
        <location filename="../ui/BackgroundWork.cpp" line="45"/>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="47"/>
        <source>Looking for photos</source>
        <translation>Recherche de photos</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="48"/>
        <source>Reading photos</source>
        <translation>Lecture des photos</translation>
    </message>
    <message>
        <location filename="../ui/BackgroundWork.cpp" line="49"/>
        <source>Thumbnails</source>
        <translation>Vignettes</translation>
    </message>
</context>
<context>
    <name>tintype::LibrarySettings</name>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="57"/>
        <source>The language changes the next time Tintype starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="95"/>
        <source>Added %1; looking for photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="116"/>
        <source>Folder removed from the library (no file was touched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="131"/>
        <source>%1 on disk · %2 thumbnails, %3 previews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/LibrarySettings.cpp" line="148"/>
        <source>Thumbnail cache cleared; thumbnails are made again as you browse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tintype::TimelineModel</name>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="39"/>
        <location filename="../ui/TimelineModel.cpp" line="307"/>
        <source>Date unknown</source>
        <translation>Date inconnue</translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="41"/>
        <source>ddd, d MMM</source>
        <comment>day header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/TimelineModel.cpp" line="44"/>
        <source>MMMM yyyy</source>
        <comment>month header</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/TimelineModel.cpp" line="59"/>
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
