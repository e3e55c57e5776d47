# Benchmarks print figures; they are not tests.
add_executable(bench_pipeline ${CMAKE_CURRENT_LIST_DIR}/bench_pipeline.cpp)
target_link_libraries(bench_pipeline PRIVATE dossier_core Qt6::Concurrent PkgConfig::LEPTONICA)
add_executable(bench_archive ${CMAKE_CURRENT_LIST_DIR}/bench_archive.cpp)
target_link_libraries(bench_archive PRIVATE dossier_core dossier_test_support)
add_dependencies(bench_archive dossier-cli dossier_export_pdfa dossier_export_ofd)
add_executable(bench_sync ${CMAKE_CURRENT_LIST_DIR}/bench_sync.cpp)
target_link_libraries(bench_sync PRIVATE dossier_core dossier_test_support)
add_dependencies(bench_sync dossier-server)
add_executable(bench_latency ${CMAKE_CURRENT_LIST_DIR}/bench_latency.cpp)
target_link_libraries(bench_latency PRIVATE dossier_core)
add_dependencies(bench_latency dossier-server)
# Cataloguing on generated dossiers, tuning and held-out sets (issue 15).
add_executable(bench_cataloguing ${CMAKE_CURRENT_LIST_DIR}/bench_cataloguing.cpp)
target_link_libraries(bench_cataloguing PRIVATE dossier_test_pages)
add_dependencies(bench_cataloguing dossier-cli dossier_ocr_tesseract)
# A court's two servers over one PostgreSQL database (issue 16): convergence, both at once, a server lost.
add_executable(bench_cluster ${CMAKE_CURRENT_LIST_DIR}/bench_cluster.cpp)
target_link_libraries(bench_cluster PRIVATE dossier_core dossier_test_support Qt6::Concurrent)
target_compile_definitions(bench_cluster PRIVATE DOSSIER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
add_dependencies(bench_cluster dossier-server)
# The audit chain (issue 16): append rate and the verification of 100,000 entries.
add_executable(bench_audit ${CMAKE_CURRENT_LIST_DIR}/bench_audit.cpp)
target_link_libraries(bench_audit PRIVATE dossier_core dossier_test_support)
