# `cmake --install build/<preset> --prefix PREFIX`: PREFIX/bin/atscan finds its catalog in
# PREFIX/share/atscan/rules (default_rules_dir: <exe>/../share/atscan/rules) and the Clang engine in
# PREFIX/lib/atscan (clang_source.cpp), so an installed atscan needs no --rules.
include(GNUInstallDirs)

install(TARGETS atscan RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The catalog: rule YAML, tree-sitter queries, profiles (with their certificates).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/atscan/rules)
# `atscan explain` and SARIF help read docs/rules/<id>.md beside the catalog (<rules>/../docs/rules).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/rules/ DESTINATION ${CMAKE_INSTALL_DATADIR}/atscan/docs/rules)
install(FILES ${PROJECT_SOURCE_DIR}/docs/atscan-config.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/atscan/docs)
install(FILES ${PROJECT_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR} FILES_MATCHING PATTERN "*.md" PATTERN "*.json")

if(ATSCAN_WITH_CLANG)
  # Linked with the LLVM runpath from the start: lld leaves no room for CMake to rewrite it at install.
  set_target_properties(atscan-clang atscan-clang-scan atscan-tidy-19 atscan-clang-plugin-19 PROPERTIES
    BUILD_WITH_INSTALL_RPATH ON INSTALL_RPATH "${LLVM_LIBRARY_DIR}")
  install(TARGETS atscan-clang RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  # lib/atscan, not the multiarch libdir: the CLI looks for <exe>/../lib/atscan/atscan-clang-scan.so.
  install(TARGETS atscan-clang-scan atscan-tidy-19 atscan-clang-plugin-19 LIBRARY DESTINATION lib/atscan)
endif()

# atscan.1 from the CLI's own --help (every subcommand), so the page cannot drift from the options.
set(ATSCAN_MAN_PAGE ${PROJECT_BINARY_DIR}/man/atscan.1)
add_custom_command(OUTPUT ${ATSCAN_MAN_PAGE}
  COMMAND ${CMAKE_COMMAND} -DATSCAN=$<TARGET_FILE:atscan> -DOUT=${ATSCAN_MAN_PAGE} -DVERSION=${PROJECT_VERSION}
          -P ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
  DEPENDS atscan ${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake
  COMMENT "Generating man/atscan.1 from atscan --help")
add_custom_target(atscan-man ALL DEPENDS ${ATSCAN_MAN_PAGE})
install(FILES ${ATSCAN_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
