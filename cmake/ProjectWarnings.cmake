# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Strict warnings for the project's own targets; third-party headers come in as SYSTEM includes.
# ALFEE_WERROR=OFF for builds against another LibTorch (a CUDA one on a GPU machine), whose
# headers may deprecate what 1.13 offers.
option(ALFEE_WERROR "Treat warnings in the project's own code as errors" ON)
function(alfee_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local)
    if(ALFEE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
