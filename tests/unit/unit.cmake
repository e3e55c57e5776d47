# Unit tests: one QtTest executable per core unit. Included by tests/unit/CMakeLists.txt.
dossier_add_test(testcasenumber SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcasenumber.cpp LABELS unit)
dossier_add_test(testtextutil SOURCES ${CMAKE_CURRENT_LIST_DIR}/testtextutil.cpp LABELS unit)
dossier_add_test(testhitboxes SOURCES ${CMAKE_CURRENT_LIST_DIR}/testhitboxes.cpp LABELS unit)
dossier_add_test(testocrjson SOURCES ${CMAKE_CURRENT_LIST_DIR}/testocrjson.cpp LABELS unit)
dossier_add_test(testcataloguetemplate SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcataloguetemplate.cpp LABELS unit)
dossier_add_test(testcataloguer SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcataloguer.cpp LABELS unit)
dossier_add_test(testdeskew SOURCES ${CMAKE_CURRENT_LIST_DIR}/testdeskew.cpp LIBS dossier_test_pages LABELS unit)
dossier_add_test(testtemplateversions SOURCES ${CMAKE_CURRENT_LIST_DIR}/testtemplateversions.cpp LABELS unit)
dossier_add_test(testtemplatedraft SOURCES ${CMAKE_CURRENT_LIST_DIR}/testtemplatedraft.cpp LABELS unit)
dossier_add_test(testmasterstore SOURCES ${CMAKE_CURRENT_LIST_DIR}/testmasterstore.cpp LABELS unit)
dossier_add_test(testdatabase SOURCES ${CMAKE_CURRENT_LIST_DIR}/testdatabase.cpp LABELS unit)

# Broken plugin fixtures for the contract test, built apart from the real plugins so that nothing else finds them.
set(DOSSIER_TEST_PLUGIN_DIR ${CMAKE_BINARY_DIR}/test-plugins)
set(DOSSIER_TEST_PLUGIN_SRC ${CMAKE_CURRENT_LIST_DIR}/../data/plugins)
foreach(fixture apiv2 otheriid)
  add_library(dossier_fixture_${fixture} MODULE ${DOSSIER_TEST_PLUGIN_SRC}/${fixture}plugin.cpp
    ${DOSSIER_TEST_PLUGIN_SRC}/${fixture}.json)
  target_link_libraries(dossier_fixture_${fixture} PRIVATE dossier_plugin_api)
  set_target_properties(dossier_fixture_${fixture} PROPERTIES
    PREFIX "" LIBRARY_OUTPUT_DIRECTORY ${DOSSIER_TEST_PLUGIN_DIR})
endforeach()

dossier_add_test(testplugins SOURCES ${CMAKE_CURRENT_LIST_DIR}/testplugins.cpp LABELS unit
  ENV "DOSSIER_TEST_PLUGIN_DIR=${DOSSIER_TEST_PLUGIN_DIR}")
add_dependencies(testplugins dossier_fixture_apiv2 dossier_fixture_otheriid dossier_ocr_tesseract dossier_export_pdfa
  dossier_export_ofd)
dossier_add_test(testarchiveparts SOURCES ${CMAKE_CURRENT_LIST_DIR}/testarchiveparts.cpp LABELS unit)
dossier_add_test(testcatalogueeditor SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcatalogueeditor.cpp LABELS unit)
dossier_add_test(testqualitycheck SOURCES ${CMAKE_CURRENT_LIST_DIR}/testqualitycheck.cpp LABELS unit)
dossier_add_test(testnotes SOURCES ${CMAKE_CURRENT_LIST_DIR}/testnotes.cpp LABELS unit)
# The schema: the migration runner, schema.sql of the desk and the server, past desk versions upgraded with data.
dossier_add_test(testschema SOURCES ${CMAKE_CURRENT_LIST_DIR}/testschema.cpp LIBS dossier_server_lib LABELS unit)
target_compile_definitions(testschema PRIVATE DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
# The audit log's hash chain (issue 16): chaining, every kind of tampering named, an old desk chained, the CLI's exit.
dossier_add_test(testauditchain SOURCES ${CMAKE_CURRENT_LIST_DIR}/testauditchain.cpp LABELS unit)
target_compile_definitions(testauditchain PRIVATE DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(testauditchain dossier-cli)
# The sync protocol against an in-process stand-in for dossier-server (tests/support/fakeqnam.h): no sockets.
dossier_add_test(testsyncprotocol SOURCES ${CMAKE_CURRENT_LIST_DIR}/testsyncprotocol.cpp LABELS unit)
# Statutory periods (民事诉讼法 §85) over the shipped holiday calendars, and the warehouse's clocks: no database.
dossier_add_test(testdeadlines SOURCES ${CMAKE_CURRENT_LIST_DIR}/testdeadlines.cpp LABELS unit)
# The 中间库's paper: shelf places, hostile movements, the paper's state folded (conflicts), the warehouse on a profile.
dossier_add_test(testpaper SOURCES ${CMAKE_CURRENT_LIST_DIR}/testpaper.cpp LABELS unit)
