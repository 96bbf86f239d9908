# A C++ source a build-time tool writes from rules/ (`TOOL RULES_DIR OUT.cpp`), written again whenever
# the tool or one of the rule files given after COMMENT changes: what rules/ yields once per build
# instead of once per run (the Clang modules' parsed catalog, the vectorscan databases).
#   atscan_rules_source(OUT TOOL COMMENT file…)
function(atscan_rules_source out tool comment)
  get_filename_component(dir ${out} DIRECTORY)
  add_custom_command(OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${tool} ${PROJECT_SOURCE_DIR}/rules ${out}
    DEPENDS ${tool} ${ARGN}
    COMMENT ${comment} VERBATIM)
endfunction()
