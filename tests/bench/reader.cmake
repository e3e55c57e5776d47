# bench_reader: the judge's reader (issue 13): search over a profile of 100,000 pages and the reader window on a 1,000-page dossier, against QtPdf.
add_executable(bench_reader ${CMAKE_CURRENT_LIST_DIR}/bench_reader.cpp ${CMAKE_CURRENT_LIST_DIR}/bench_reader_view.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bench_reader.h)
target_link_libraries(bench_reader PRIVATE dossier_ui dossier_test_support Qt6::Pdf)
add_dependencies(bench_reader dossier-cli dossier_ocr_tesseract dossier_export_pdfa)
