# Sync against the real dossier-server on loopback, inside a D-Bus session with an unlocked keyring.
dossier_add_test(testsync SOURCES ${CMAKE_CURRENT_LIST_DIR}/testsync.cpp LABELS integration TIMEOUT 900
  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testsync dossier-server dossier-cli dossier_ocr_tesseract)
target_compile_definitions(testsync PRIVATE DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
