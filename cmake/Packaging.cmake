# What `cmake --install` and the .deb (CPack, packaging/make-deb.sh) put where,
# beyond the executables and the video plugin (their own CMakeLists):
#   share/applications, share/metainfo, share/icons/hicolor   desktop integration (resources/linux)
#   share/man/man1, share/bash-completion, share/zsh          tintype(1), tintype-cli(1), completions
#   share/tintype/models                                      face and object models, place data
#   share/doc/tintype                                         copyright (licences, attributions), changelog
#   lib/systemd/user                                          tintype-watch.service (off until enabled)
# The programs find the worker, the plugin and the data relative to themselves
# or through $XDG_DATA_DIRS (core/common/WorkerProcess, PluginLibrary, DataFiles).
include(GNUInstallDirs)

set(TT_APP_ID org.tintype.Tintype)
set(TT_LINUX ${PROJECT_SOURCE_DIR}/resources/linux)

if(UNIX AND NOT APPLE)
  install(FILES ${TT_LINUX}/${TT_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${TT_LINUX}/${TT_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${TT_LINUX}/${TT_APP_ID}.svg DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)

  # The PNG sizes, rendered from the SVG at build time (rsvg-convert, librsvg2-bin).
  find_program(RSVG_CONVERT rsvg-convert)
  if(RSVG_CONVERT)
    set(icon_pngs "")
    foreach(size IN ITEMS 16 24 32 48 64 128 256 512)
      set(png ${CMAKE_BINARY_DIR}/icons/${size}x${size}/${TT_APP_ID}.png)
      add_custom_command(OUTPUT ${png}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/icons/${size}x${size}
        COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${TT_LINUX}/${TT_APP_ID}.svg
        DEPENDS ${TT_LINUX}/${TT_APP_ID}.svg VERBATIM)
      list(APPEND icon_pngs ${png})
      install(FILES ${png} DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    add_custom_target(tintype-app-icons ALL DEPENDS ${icon_pngs})
  else()
    message(STATUS "rsvg-convert not found (librsvg2-bin): the app icon is installed as SVG only")
  endif()

  # Manual pages and Debian's changelog, compressed as Debian wants them (gzip -9n: no name, no time).
  set(docs_out ${CMAKE_BINARY_DIR}/installed-docs)
  set(gzipped "")
  foreach(page IN ITEMS ${PROJECT_SOURCE_DIR}/app/cli/tintype-cli.1 ${TT_LINUX}/tintype.1
                        ${PROJECT_SOURCE_DIR}/packaging/deb/changelog)
    get_filename_component(name ${page} NAME)
    add_custom_command(OUTPUT ${docs_out}/${name}.gz
      COMMAND ${CMAKE_COMMAND} -E make_directory ${docs_out}
      COMMAND sh -c "gzip -9n -c \"$0\" > \"$1\"" ${page} ${docs_out}/${name}.gz
      DEPENDS ${page} VERBATIM)
    list(APPEND gzipped ${docs_out}/${name}.gz)
  endforeach()
  add_custom_target(tintype-installed-docs ALL DEPENDS ${gzipped})
  install(FILES ${docs_out}/tintype-cli.1.gz ${docs_out}/tintype.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  install(FILES ${docs_out}/changelog.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tintype) # a native package: changelog.gz
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/deb/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tintype)

  install(FILES ${PROJECT_SOURCE_DIR}/app/cli/completions/tintype-cli.bash
    DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME tintype-cli)
  install(FILES ${PROJECT_SOURCE_DIR}/app/cli/completions/_tintype-cli
    DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
  install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/tintype-watch.service
    DESTINATION lib/systemd/user)
endif()

# The models and place data packaging/fetch-models.sh put in build/models: the
# files the code reads (FaceModels, ThingModels, ReverseGeocoder, WorldMap).
set(TINTYPE_MODELS_DIR ${PROJECT_SOURCE_DIR}/build/models CACHE PATH
  "Where packaging/fetch-models.sh put the models installed into share/tintype/models")
set(model_files
  face-api/ssd_mobilenetv1_model-weights_manifest.json face-api/ssd_mobilenetv1_model.bin
  face-api/face_landmark_68_model-weights_manifest.json face-api/face_landmark_68_model.bin
  face-api/face_recognition_model-weights_manifest.json face-api/face_recognition_model.bin
  things/centernet.json things/centernet.bin things/labels.ts
  places/places.bin places/map.bin)
set(models_missing "")
foreach(file IN LISTS model_files)
  if(NOT EXISTS ${TINTYPE_MODELS_DIR}/${file})
    list(APPEND models_missing ${file})
  endif()
endforeach()
if(models_missing)
  message(STATUS "Models not installed (run packaging/fetch-models.sh, then configure again): ${models_missing}")
else()
  foreach(file IN LISTS model_files)
    get_filename_component(folder ${file} DIRECTORY)
    install(FILES ${TINTYPE_MODELS_DIR}/${file} DESTINATION ${CMAKE_INSTALL_DATADIR}/tintype/models/${folder})
  endforeach()
endif()

# --- the .deb (cpack -G DEB; packaging/make-deb.sh adds the runtime-loaded Depends)
# Installing builds nothing more than what is installed (make-deb.sh builds the
# packaged targets first), not `all` with every test: packing the programs
# needs no test built.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME tintype)
set(CPACK_PACKAGE_VENDOR "The Tintype authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "photo library for the folders you already have")
set(CPACK_PACKAGE_DESCRIPTION "\
Tintype indexes the photo folders you already have (a home disk, a NAS share,
a Syncthing folder, a Google Takeout download) in place, without moving or
writing into them, and shows them by day, place, person and thing. It finds
duplicates, makes albums, trips, memories and highlight reels, edits
non-destructively and imports Google Takeout.
.
Everything runs offline: the face and object models and the place data are
in the package. tintype-cli does the same without a window.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "The Tintype authors <maintainers@tintype.org>")
set(CPACK_DEBIAN_PACKAGE_SECTION graphics)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://tintype.org/")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
include(CPack)
