# Benchmarks print figures; they are not tests.
add_executable(bench_pipeline ${CMAKE_CURRENT_LIST_DIR}/bench_pipeline.cpp)
target_link_libraries(bench_pipeline PRIVATE dossier_core Qt6::Concurrent PkgConfig::LEPTONICA)
add_executable(bench_archive ${CMAKE_CURRENT_LIST_DIR}/bench_archive.cpp)
target_link_libraries(bench_archive PRIVATE dossier_core)
add_dependencies(bench_archive dossier-cli dossier_export_pdfa dossier_export_ofd)
add_executable(bench_sync ${CMAKE_CURRENT_LIST_DIR}/bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE dossier_core)
add_dependencies(bench_sync dossier-server)
