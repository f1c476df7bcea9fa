set(DESKTOP_TEST_SOURCES
    case_test.cpp
    checklisteditor_test.cpp
    followup_test.cpp
    mainwindow_test.cpp
    models_test.cpp
    office_test.cpp
    officedatabase_test.cpp
    reportpreview_test.cpp
    sharesettings_test.cpp
    statistics_test.cpp
    translations_test.cpp
    visitrunner_test.cpp
    laptop_test.cpp
    screenshots_test.cpp
    planning_test.cpp
    handbook_test.cpp
)
list(TRANSFORM DESKTOP_TEST_SOURCES PREPEND ${CMAKE_CURRENT_LIST_DIR}/)
tillsyn_add_test(desktop_tests ${DESKTOP_TEST_SOURCES})
target_link_libraries(desktop_tests PRIVATE tillsyn_desktop tillsyn_test_postgres)
