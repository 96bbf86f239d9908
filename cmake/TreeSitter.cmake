# tree-sitter runtime and grammars from deps/node_modules (exact versions in deps/package-lock.json).
# Nothing third-party is copied into the repository; scripts/setup runs `npm ci --ignore-scripts`.
set(ATSCAN_NODE_MODULES ${CMAKE_SOURCE_DIR}/deps/node_modules)
set(TS_LIB ${ATSCAN_NODE_MODULES}/tree-sitter/vendor/tree-sitter/lib)
if(NOT EXISTS ${TS_LIB}/src/lib.c)
  message(FATAL_ERROR "tree-sitter sources missing: run scripts/setup (npm ci in deps/)")
endif()

add_library(ts_runtime STATIC ${TS_LIB}/src/lib.c)
target_include_directories(ts_runtime SYSTEM PUBLIC ${TS_LIB}/include PRIVATE ${TS_LIB}/src)
target_compile_options(ts_runtime PRIVATE -w -O2)
# The runtime calls scanners declared `void *f()` through `void *(*)(void)`: valid C, but UBSan's
# function check reports it on every parse. Keep the other sanitizers.
if(CMAKE_C_COMPILER_ID MATCHES "Clang")
  target_compile_options(ts_runtime PRIVATE -fno-sanitize=function)
endif()
set_target_properties(ts_runtime PROPERTIES C_STANDARD 11)

# Grammar registry: one line per language. name | package source dir | C symbol.
set(ATSCAN_GRAMMARS
  "python|tree-sitter-python/src|tree_sitter_python"
  "c|tree-sitter-c/src|tree_sitter_c"
  "cpp|tree-sitter-cpp/src|tree_sitter_cpp"
  "java|tree-sitter-java/src|tree_sitter_java"
  "kotlin|@tree-sitter-grammars/tree-sitter-kotlin/src|tree_sitter_kotlin"
  "go|tree-sitter-go/src|tree_sitter_go"
  "javascript|tree-sitter-javascript/src|tree_sitter_javascript"
  "typescript|tree-sitter-typescript/typescript/src|tree_sitter_typescript"
  "tsx|tree-sitter-typescript/tsx/src|tree_sitter_tsx"
  "csharp|tree-sitter-c-sharp/src|tree_sitter_c_sharp"
  "swift|tree-sitter-swift/src|tree_sitter_swift"
  "ruby|tree-sitter-ruby/src|tree_sitter_ruby"
  "bash|tree-sitter-bash/src|tree_sitter_bash"
)

# Known defects of pinned grammar versions, fixed in a build-tree copy (the npm sources stay as
# published). tree-sitter-swift 0.7.1 allocates its scanner state with calloc(0, …), so every read of
# the state overflows the heap (found by the asan preset on Swift raw strings).
function(atscan_grammar_scanner name path out)
  set(${out} ${path} PARENT_SCOPE)
  if(name STREQUAL "swift")
    file(READ ${path} _text)
    string(REPLACE "calloc(0, sizeof(struct ScannerState))" "calloc(1, sizeof(struct ScannerState))" _fixed "${_text}")
    # …and shifts an int by up to 63 (undefined; wrong for operators past the 31st token).
    string(REPLACE "suppressing_symbols & 1 << suppressor" "suppressing_symbols & (uint64_t)1 << suppressor" _fixed "${_fixed}")
    if(NOT _fixed STREQUAL _text)
      set(_copy ${CMAKE_BINARY_DIR}/generated/grammars/swift_scanner.c)
      file(WRITE ${_copy}.tmp "${_fixed}")
      configure_file(${_copy}.tmp ${_copy} COPYONLY)  # rewritten only when it changes
      set(${out} ${_copy} PARENT_SCOPE)
    endif()
  endif()
endfunction()

add_library(ts_grammars STATIC)
set(_ts_decls "")
set(_ts_entries "")
foreach(entry IN LISTS ATSCAN_GRAMMARS)
  string(REPLACE "|" ";" _parts "${entry}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _dir)
  list(GET _parts 2 _sym)
  set(_src ${ATSCAN_NODE_MODULES}/${_dir})
  set(_files ${_src}/parser.c)
  if(EXISTS ${_src}/scanner.c)
    atscan_grammar_scanner(${_name} ${_src}/scanner.c _scanner)
    list(APPEND _files ${_scanner})
  endif()
  # Each grammar gets its own include dir (tree_sitter/parser.h) via a per-file property.
  set_source_files_properties(${_files} PROPERTIES INCLUDE_DIRECTORIES ${_src})
  target_sources(ts_grammars PRIVATE ${_files})
  string(APPEND _ts_decls "extern \"C\" const TSLanguage* ${_sym}(void);\n")
  string(APPEND _ts_entries "    {\"${_name}\", ${_sym}},\n")
endforeach()
# Parse tables are data: -O1 keeps cold builds short without slowing parsing noticeably.
target_compile_options(ts_grammars PRIVATE -w -O1)
set_target_properties(ts_grammars PROPERTIES C_STANDARD 11)
target_link_libraries(ts_grammars PUBLIC ts_runtime)

configure_file(${CMAKE_SOURCE_DIR}/cmake/grammar_table.cpp.in ${CMAKE_BINARY_DIR}/generated/grammar_table.cpp @ONLY)
set(ATSCAN_GRAMMAR_TABLE ${CMAKE_BINARY_DIR}/generated/grammar_table.cpp)
