# A court's servers (issue 16): two dossier-servers over one PostgreSQL database and blob store, desks alternating,
# writing at once, failing over when one is killed mid-batch, and a new desk on a restored backup. PostgreSQL only.
dossier_add_test(testcluster SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcluster.cpp LIBS Qt6::Sql Qt6::Network LABELS integration
  TIMEOUT 900 WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testcluster dossier-server dossier-cli dossier_ocr_tesseract)
