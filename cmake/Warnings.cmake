# Warnings are applied per target, never globally, so third-party C (tree-sitter) stays quiet.
function(atscan_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
    -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough -Wno-unused-parameter)
  if(ATSCAN_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
