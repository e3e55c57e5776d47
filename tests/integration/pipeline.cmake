dossier_add_test(testpipelineaccuracy SOURCES ${CMAKE_CURRENT_LIST_DIR}/testpipelineaccuracy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/searchaccuracy.cpp ${CMAKE_CURRENT_LIST_DIR}/searchaccuracy.h
  LIBS dossier_test_pages LABELS integration accuracy TIMEOUT 900)
dossier_add_test(testrobustness SOURCES ${CMAKE_CURRENT_LIST_DIR}/testrobustness.cpp LABELS integration TIMEOUT 900)
dossier_add_test(testorientation SOURCES ${CMAKE_CURRENT_LIST_DIR}/testorientation.cpp LABELS integration TIMEOUT 600)
dossier_add_test(testinputs SOURCES ${CMAKE_CURRENT_LIST_DIR}/testinputs.cpp LABELS integration TIMEOUT 300)
# Held-out pages (not tuning material): rendered in other fonts and layouts, through the real pipeline; search
# recall and precision per class of word, and the hit boxes against where the characters were drawn.
dossier_add_test(testsearchheldout SOURCES ${CMAKE_CURRENT_LIST_DIR}/testsearchheldout.cpp
  ${CMAKE_CURRENT_LIST_DIR}/heldoutpages.cpp ${CMAKE_CURRENT_LIST_DIR}/heldoutpages.h
  ${CMAKE_CURRENT_LIST_DIR}/searchaccuracy.cpp ${CMAKE_CURRENT_LIST_DIR}/searchaccuracy.h
  LIBS dossier_test_pages LABELS integration accuracy TIMEOUT 300)
add_dependencies(testsearchheldout dossier-cli dossier_ocr_tesseract)
# Cataloguing on generated dossiers nobody tuned to (issue 15): a held-out subset through the real pipeline.
dossier_add_test(testcatalogueheldout SOURCES ${CMAKE_CURRENT_LIST_DIR}/testcatalogueheldout.cpp
  LIBS dossier_test_pages LABELS integration accuracy TIMEOUT 420)
add_dependencies(testcatalogueheldout dossier-cli dossier_ocr_tesseract)
