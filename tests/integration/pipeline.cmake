dossier_add_test(testpipelineaccuracy SOURCES ${CMAKE_CURRENT_LIST_DIR}/testpipelineaccuracy.cpp
  ${CMAKE_CURRENT_LIST_DIR}/searchaccuracy.cpp ${CMAKE_CURRENT_LIST_DIR}/searchaccuracy.h
  LABELS integration accuracy TIMEOUT 900)
dossier_add_test(testrobustness SOURCES ${CMAKE_CURRENT_LIST_DIR}/testrobustness.cpp LABELS integration TIMEOUT 900)
dossier_add_test(testorientation SOURCES ${CMAKE_CURRENT_LIST_DIR}/testorientation.cpp LABELS integration TIMEOUT 600)
dossier_add_test(testinputs SOURCES ${CMAKE_CURRENT_LIST_DIR}/testinputs.cpp LABELS integration TIMEOUT 300)
