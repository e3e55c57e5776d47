# Benchmarks print figures; they are not tests.
add_executable(bench_pipeline ${CMAKE_CURRENT_LIST_DIR}/bench_pipeline.cpp)
target_link_libraries(bench_pipeline PRIVATE dossier_core Qt6::Concurrent PkgConfig::LEPTONICA)
