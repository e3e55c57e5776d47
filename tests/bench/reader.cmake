# bench_reader: the judge's reader (issue 13): search over a profile of 100,000 pages (and, later, the reader).
add_executable(bench_reader ${CMAKE_CURRENT_LIST_DIR}/bench_reader.cpp)
target_link_libraries(bench_reader PRIVATE dossier_core dossier_test_support)
