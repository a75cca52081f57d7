# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# The Debian package (packaging/build-deb.sh): what it installs besides the programs, and CPack's
# DEB settings. Dependencies come from the binaries (dpkg-shlibdeps) plus the Qt plugins they
# load at run time, which no linker sees.
include(GNUInstallDirs)
set(linux ${CMAKE_SOURCE_DIR}/packaging/linux)
install(FILES ${linux}/org.alfee.Workbench.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${linux}/org.alfee.Workbench.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${linux}/org.alfee.Workbench.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${linux}/alfee-workbench-mime.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME alfee-workbench.xml)

# Man pages and the changelog gzipped as Debian wants them (-n: no time stamp inside).
set(compressed ${CMAKE_BINARY_DIR}/packaging)
file(MAKE_DIRECTORY ${compressed})
set(gzipped)
foreach(page alfee alfee-workbench alfee-model)
    add_custom_command(OUTPUT ${compressed}/${page}.1.gz
        COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/packaging/man/${page}.1 > ${compressed}/${page}.1.gz
        DEPENDS ${CMAKE_SOURCE_DIR}/packaging/man/${page}.1)
    list(APPEND gzipped ${compressed}/${page}.1.gz)
    install(FILES ${compressed}/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_command(OUTPUT ${compressed}/changelog.gz
    COMMAND gzip -9nc ${CMAKE_SOURCE_DIR}/packaging/changelog > ${compressed}/changelog.gz
    DEPENDS ${CMAKE_SOURCE_DIR}/packaging/changelog)
list(APPEND gzipped ${compressed}/changelog.gz)
add_custom_target(alfee_package_docs ALL DEPENDS ${gzipped})
set(doc ${CMAKE_INSTALL_DATADIR}/doc/alfee-workbench)
install(FILES ${compressed}/changelog.gz ${CMAKE_SOURCE_DIR}/packaging/copyright DESTINATION ${doc})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME alfee-workbench)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_CONTACT
    "ALFEE Workbench maintainers <maintainers@users.noreply.r-seed-0b0120a3.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "EEG foundation model workbench (ALFEE)")
# The synopsis is the summary above; CPack indents these lines of the long description.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "ALFEE Workbench brings ALFEE, an adaptive large foundation model for EEG
representation, to EEG laboratories: a desktop application and the alfee
command line that read EDF, BDF, GDF, BrainVision and EEG-BIDS recordings,
keep them with their montages and datasets in a workspace, fine-tune the
pretrained model on a lab's data and record every run.")
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/dist)
include(CPack)
