# The independent OFD reader testarchive runs (ofd.js in Debian's headless Chromium): a node project installed
# into the build folder from its committed lock file by the ofdjs_install fixture.
set(DOSSIER_OFDJS_DIR ${CMAKE_BINARY_DIR}/ofdjs)
add_test(NAME ofdjs_install
  COMMAND ${PROJECT_SOURCE_DIR}/tests/ofdjs/install.sh ${PROJECT_SOURCE_DIR}/tests/ofdjs ${DOSSIER_OFDJS_DIR})
set_tests_properties(ofdjs_install PROPERTIES FIXTURES_SETUP ofdjs LABELS "integration;archive" TIMEOUT 600)

dossier_add_test(testarchive SOURCES ${CMAKE_CURRENT_LIST_DIR}/testarchive.cpp LIBS PkgConfig::LIBZIP
  LABELS integration archive TIMEOUT 1500 ENV DOSSIER_OFDJS=${DOSSIER_OFDJS_DIR}/render.mjs)
set_tests_properties(testarchive PROPERTIES FIXTURES_REQUIRED ofdjs)
add_dependencies(testarchive dossier-cli dossier_export_pdfa dossier_export_ofd dossier_ocr_tesseract)
dossier_add_test(testprintforms SOURCES ${CMAKE_CURRENT_LIST_DIR}/testprintforms.cpp LIBS PkgConfig::LEPTONICA
  LABELS integration TIMEOUT 300)
add_dependencies(testprintforms dossier-cli dossier_ocr_tesseract)
