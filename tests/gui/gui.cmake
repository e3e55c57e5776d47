dossier_add_test(testmainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/testmainwindow.cpp LIBS dossier_ui LABELS gui TIMEOUT 300)
dossier_add_test(testscanstation SOURCES ${CMAKE_CURRENT_LIST_DIR}/testscanstation.cpp LIBS dossier_ui LABELS gui
  TIMEOUT 600)
add_dependencies(testscanstation dossier_scan_sane dossier_ocr_tesseract)
