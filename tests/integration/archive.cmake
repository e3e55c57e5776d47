dossier_add_test(testarchive SOURCES ${CMAKE_CURRENT_LIST_DIR}/testarchive.cpp LIBS PkgConfig::LIBZIP
  LABELS integration archive TIMEOUT 1500)
add_dependencies(testarchive dossier-cli dossier_export_pdfa dossier_export_ofd dossier_ocr_tesseract)
dossier_add_test(testprintforms SOURCES ${CMAKE_CURRENT_LIST_DIR}/testprintforms.cpp LIBS PkgConfig::LEPTONICA
  LABELS integration TIMEOUT 300)
add_dependencies(testprintforms dossier-cli dossier_ocr_tesseract)
