#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace tintype {

// What Google Takeout's file and folder names mean. Pure name knowledge: no
// file access, no content sniffing (a JPEG named .heic is the importer's
// business). Names are compared NFC-normalised and case-folded, so a name read
// from a macOS-made zip (NFD) means the same as the NFC one.

// A photo, RAW or video by extension, case-insensitive, including Takeout's
// odd ones (a Pixel motion clip named "PXL_….MP").
bool isMediaFileName(QStringView name);
// A video (or motion clip) by extension: the moving part of a Live/Motion photo.
bool isVideoFileName(QStringView name);

// The album metadata file in any of Takeout's languages ("metadata.json",
// "métadonnées.json", "Metadaten.json", "метаданные.json", "メタデータ.json", …),
// also numbered ("metadata(1).json").
bool isAlbumMetadataFileName(QStringView name);

// Takeout files that are JSON but describe no photo and no album: print orders,
// shared album comments, memory titles.
bool isOtherTakeoutJsonFileName(QStringView name);

// The year of a "Photos from 2023" folder in any of Takeout's languages
// ("Photos de 2023", "Fotos von 2023", "Foto's uit 2023", "2023 年の写真", …).
std::optional<int> yearFolder(QStringView folderName);

// An album Google named for an album the user never titled: "Untitled",
// "Untitled(2)", "Sans titre(9)", "Unbenannt", "Senza titolo", "Sin título", ….
bool isUntitledAlbum(QStringView folderName);

// The key names are compared by: NFC, case-folded.
QString nameKey(QStringView name);

// The suffixes Google Photos gives the edited copy of a photo ("-edited",
// "-bearbeitet", "-modifié", "-編集済み", …), as name keys without the dash.
const QStringList &editedSuffixKeys();

} // namespace tintype
