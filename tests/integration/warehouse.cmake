# The 中间库's command line (dossier-cli warehouse) on a real profile, with a fixed today.
dossier_add_test(testcliwarehouse SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcliwarehouse.cpp LABELS integration)
add_dependencies(testcliwarehouse dossier-cli)
