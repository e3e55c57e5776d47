# Sync against the real dossier-server on loopback, inside a D-Bus session with an unlocked keyring.
dossier_add_test(testsync SOURCES ${CMAKE_CURRENT_LIST_DIR}/testsync.cpp LABELS integration TIMEOUT 900
  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testsync dossier-server dossier-cli dossier_ocr_tesseract)
target_compile_definitions(testsync PRIVATE DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# A judge's private notes between desks (issue 13), the case members command, refused changes undone.
dossier_add_test(testnotesync SOURCES ${CMAKE_CURRENT_LIST_DIR}/testnotesync.cpp LABELS integration TIMEOUT 600
  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testnotesync dossier-server dossier-cli dossier_ocr_tesseract dossier_export_pdfa dossier_export_ofd)
# Templates as the court's data end to end (issue 15): 副卷 routing and packages, a version refused and one
# published, its migration on the clerk's desk, a party's desk without the 副卷, staged release and rollback.
dossier_add_test(testtemplatesync SOURCES ${CMAKE_CURRENT_LIST_DIR}/testtemplatesync.cpp LABELS integration
  TIMEOUT 600 WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testtemplatesync dossier-server dossier-cli dossier_ocr_tesseract dossier_export_pdfa dossier_export_ofd)
# Desk audit chains through the real server (issue 16): heads recorded, a rewritten or cut history refused (409),
# another user's desk refused, hostile bodies refused; dossier-server audit verify. On SQLite, and on PostgreSQL too
# when DOSSIER_TEST_POSTGRES is set (scripts/test.sh sets it).
dossier_add_test(testauditsync SOURCES ${CMAKE_CURRENT_LIST_DIR}/testauditsync.cpp LABELS integration TIMEOUT 600
  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testauditsync dossier-server dossier-cli)
