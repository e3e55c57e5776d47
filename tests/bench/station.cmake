# bench_station: the main window's event-loop stalls during a batch import, and the cold start to a shown window.
add_executable(bench_station ${CMAKE_CURRENT_LIST_DIR}/bench_station.cpp)
target_link_libraries(bench_station PRIVATE dossier_ui dossier_test_support)
# Run-time needs of the window: OCR for the batch, the scanner plugin it looks for devices with at start.
add_dependencies(bench_station dossier_ocr_tesseract dossier_scan_sane)
