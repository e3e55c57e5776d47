dossier_add_test(testmainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/testmainwindow.cpp LIBS dossier_ui LABELS gui TIMEOUT 300)
