# SPDX-FileCopyrightText: 2026 ALFEE Workbench developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Debian's hardening flags (dpkg-buildflags with hardening=+all) for everything the project
# builds: stack protector and stack-clash protection, _FORTIFY_SOURCE=2 (it needs optimisation,
# so not in Debug), format-string errors, position-independent executables, full RELRO with
# immediate binding. `hardening-check` checks the packaged programs (packaging/build-deb.sh).
# The fuzz build leaves them out: ASan replaces the checks and rejects some of them.
option(ALFEE_HARDENING "Build with Debian's hardening flags" ON)
if(ALFEE_HARDENING AND NOT ALFEE_FUZZ)
    # -fPIE for every object, the static libraries' too: executables reuse a library's
    # precompiled header, which must have been built with the same code model. (No shared
    # libraries are built; CMAKE_POSITION_INDEPENDENT_CODE would give them -fPIC.)
    add_compile_options(-fPIE -fstack-protector-strong -fstack-clash-protection -Wformat
                        -Werror=format-security)
    if(CMAKE_SYSTEM_PROCESSOR MATCHES "x86_64|AMD64")
        add_compile_options(-fcf-protection)
    endif()
    # -U first: some compilers define it already, and a second definition is a warning.
    add_compile_options("$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
    add_link_options(-Wl,-z,relro -Wl,-z,now)
    string(APPEND CMAKE_EXE_LINKER_FLAGS " -pie")
endif()
