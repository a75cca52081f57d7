# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# EDFlib ships neither a CMake config nor a pkg-config file: find it by hand.
find_path(EDFlib_INCLUDE_DIR edflib.h)
find_library(EDFlib_LIBRARY NAMES edf)
include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(EDFlib REQUIRED_VARS EDFlib_LIBRARY EDFlib_INCLUDE_DIR)
if(EDFlib_FOUND AND NOT TARGET EDFlib::EDFlib)
    add_library(EDFlib::EDFlib UNKNOWN IMPORTED)
    set_target_properties(EDFlib::EDFlib PROPERTIES
        IMPORTED_LOCATION "${EDFlib_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${EDFlib_INCLUDE_DIR}"
        INTERFACE_COMPILE_DEFINITIONS "_LARGEFILE64_SOURCE;_LARGEFILE_SOURCE")
endif()
