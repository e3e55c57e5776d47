# bench_warehouse: the 中间库 desk (issue 14) on 100,000 cases and 1,000,000 movements: look-up by label, 50 scans a
# second into the window, the dashboard of 10,000 running clocks.
add_executable(bench_warehouse ${CMAKE_CURRENT_LIST_DIR}/bench_warehouse.cpp)
target_link_libraries(bench_warehouse PRIVATE dossier_ui dossier_test_support)
