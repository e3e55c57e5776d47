# bench_templates: a desk of 10,000 dossiers carried to a new template version; a version checked against 50.
add_executable(bench_templates ${CMAKE_CURRENT_LIST_DIR}/bench_templates.cpp)
target_link_libraries(bench_templates PRIVATE dossier_core)
