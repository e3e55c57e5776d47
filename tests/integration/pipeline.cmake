dossier_add_test(testpipelineaccuracy SOURCES ${CMAKE_CURRENT_LIST_DIR}/testpipelineaccuracy.cpp
  LABELS integration accuracy TIMEOUT 900)
