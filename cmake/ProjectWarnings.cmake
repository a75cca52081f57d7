# Strict warnings for the project's own targets; third-party headers come in as SYSTEM includes.
function(alfee_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Werror)
endfunction()
