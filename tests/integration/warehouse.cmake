# The 中间库's command line (dossier-cli warehouse) on a real profile, with a fixed today.
dossier_add_test(testcliwarehouse SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcliwarehouse.cpp LABELS integration)
add_dependencies(testcliwarehouse dossier-cli)
# Warehouse records between desks through the real dossier-server (issue 14), inside a D-Bus session with an
# unlocked keyring (the administrator's `dossier-cli login` and `calendar push`).
dossier_add_test(testwarehousesync SOURCES ${CMAKE_CURRENT_LIST_DIR}/testwarehousesync.cpp LABELS integration
  TIMEOUT 600 WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testwarehousesync dossier-server dossier-cli)
