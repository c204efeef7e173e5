# Third-party libraries, all from the system (Debian 12 packages, Homebrew or vcpkg).
find_package(Qt6 6.4 REQUIRED COMPONENTS Core Gui Concurrent Test)
# The desktop app (ui/, app/gui): Qt Quick, Controls 2, Multimedia for videos, Quick Test, translations.
find_package(Qt6 6.4 REQUIRED COMPONENTS Qml Quick QuickControls2 Multimedia QuickTest LinguistTools Widgets Network)
# "Show in folder" on Linux asks the file manager over D-Bus (ui/FileManagerReveal); part of qt6-base.
if(UNIX AND NOT APPLE)
  find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)
endif()

# exiv2's CMake config accepts only its exact version, so ask without one.
find_package(exiv2 REQUIRED CONFIG)
if(NOT TARGET exiv2lib AND TARGET Exiv2::exiv2lib) # exiv2 0.28 (Homebrew, vcpkg) names its target so
  add_library(exiv2lib INTERFACE IMPORTED)
  target_link_libraries(exiv2lib INTERFACE Exiv2::exiv2lib)
endif()

# The C libraries below come through pkg-config (Debian, Homebrew), one
# imported target PkgConfig::TT_<NAME> each. Under vcpkg's toolchain (Windows)
# the same targets are made from the ports' CMake packages instead:
# cmake/VcpkgDependencies.cmake.
if(VCPKG_TOOLCHAIN)
  include(${CMAKE_CURRENT_LIST_DIR}/VcpkgDependencies.cmake)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(TT_PKG REQUIRED IMPORTED_TARGET
    libavformat libavcodec libavutil sqlite3 libxxhash libarchive)
  # The same, one imported target per library, so each core module links only what it calls.
  pkg_check_modules(TT_FFMPEG REQUIRED IMPORTED_TARGET libavformat libavcodec libavutil libswscale)
  pkg_check_modules(TT_SQLITE REQUIRED IMPORTED_TARGET sqlite3)
  pkg_check_modules(TT_XXHASH REQUIRED IMPORTED_TARGET libxxhash)
  pkg_check_modules(TT_ARCHIVE REQUIRED IMPORTED_TARGET libarchive)
  pkg_check_modules(TT_LIBRAW REQUIRED IMPORTED_TARGET libraw_r)
  pkg_check_modules(TT_TURBOJPEG REQUIRED IMPORTED_TARGET libturbojpeg)
  pkg_check_modules(TT_PNG REQUIRED IMPORTED_TARGET libpng)

  # Decoders for thumbnails (core/imaging): LibRaw (thread-safe build), TurboJPEG,
  # libswscale for video frames; libheif's CMake config gives the target `heif`.
  pkg_check_modules(TT_IMAGING REQUIRED IMPORTED_TARGET libraw_r libturbojpeg libswscale)
endif()
find_package(libheif REQUIRED CONFIG)
# CRC-32 of Takeout archives (core/takeout); zlib is there with libarchive anyway.
find_package(ZLIB REQUIRED)

# Vision (core/similarity: perceptual hashes, SSIM, ECC alignment in video; core/faces: the face networks on
# dnn, k-NN search with flann; later editing).
find_package(OpenCV 4.6 REQUIRED COMPONENTS core imgproc dnn flann video)
