# The window's thread never runs SQL: a statement there stops the test (storage's checkNotGuiThread).
set(GUI_ENV DOSSIER_GUI_THREAD_SQL=fatal)
dossier_add_test(testmainwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/testmainwindow.cpp LIBS dossier_ui LABELS gui TIMEOUT 300 ENV ${GUI_ENV})
dossier_add_test(testscanstation SOURCES ${CMAKE_CURRENT_LIST_DIR}/testscanstation.cpp LIBS dossier_ui LABELS gui
  TIMEOUT 600 ENV ${GUI_ENV})
add_dependencies(testscanstation dossier_scan_sane dossier_ocr_tesseract)
dossier_add_test(teststationtools SOURCES ${CMAKE_CURRENT_LIST_DIR}/teststationtools.cpp LIBS dossier_ui LABELS gui
  TIMEOUT 900 ENV ${GUI_ENV})
add_dependencies(teststationtools dossier_scan_sane dossier_ocr_tesseract dossier_export_pdfa dossier_export_ofd)
# The window's F8 sync and conflict review against the real dossier-server, with a real keyring.
dossier_add_test(testsyncwindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/testsyncwindow.cpp LIBS dossier_ui LABELS gui
  TIMEOUT 600 ENV ${GUI_ENV} WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testsyncwindow dossier-server dossier-cli dossier_ocr_tesseract)
# The judge's reader on a case synced from the real dossier-server (an administrator's `case member add`, a keyring).
dossier_add_test(testreader SOURCES ${CMAKE_CURRENT_LIST_DIR}/testreader.cpp LIBS dossier_ui LABELS gui
  TIMEOUT 600 ENV ${GUI_ENV} WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
add_dependencies(testreader dossier-server dossier-cli dossier_ocr_tesseract)
# The 中间库 desk: scans from a hand-held reader, a loan, return mode, the overdue list and the statutory clocks.
dossier_add_test(testwarehousewindow SOURCES ${CMAKE_CURRENT_LIST_DIR}/testwarehousewindow.cpp LIBS dossier_ui LABELS gui
  TIMEOUT 300 ENV ${GUI_ENV})
