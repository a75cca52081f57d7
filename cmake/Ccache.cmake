# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Use ccache when it is installed; precompiled headers need its sloppiness settings.
find_program(ALFEE_CCACHE ccache)
if(ALFEE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime
        ${ALFEE_CCACHE})
    message(STATUS "ccache: ${ALFEE_CCACHE}")
endif()
