dossier_add_test(testsanescan SOURCES ${CMAKE_CURRENT_LIST_DIR}/testsanescan.cpp LABELS integration)
add_dependencies(testsanescan dossier_scan_sane)
# The same test against the SANE test backend's hand-scanner and three-pass simulations: page heights unknown until
# the end of a page, colour in three frames.
add_test(NAME testsanescan_handheld COMMAND testsanescan)
get_test_property(testsanescan ENVIRONMENT DOSSIER_SANE_TEST_ENV)
set_tests_properties(testsanescan_handheld PROPERTIES TIMEOUT 300 LABELS integration
  ENVIRONMENT "${DOSSIER_SANE_TEST_ENV};DOSSIER_SANE_VARIANT=handheld")
dossier_add_test(testcliscan SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcliscan.cpp LABELS integration)
add_dependencies(testcliscan dossier_scan_sane dossier-cli dossier_export_pdfa)
