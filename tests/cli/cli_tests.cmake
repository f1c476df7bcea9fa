tillsyn_add_test(cli_tests
    ${CMAKE_CURRENT_LIST_DIR}/clirunner.cpp ${CMAKE_CURRENT_LIST_DIR}/clirunner.h
    ${CMAKE_CURRENT_LIST_DIR}/cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/visit_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/report_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sync_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/stats_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/opendata_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/merge_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/key_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/database_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/case_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/followup_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/officecopy_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/postgres_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/due_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/fees_postgres_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pgpassword_cli_test.cpp
    ${CMAKE_CURRENT_LIST_DIR}/pool_postgres_cli_test.cpp
)
target_link_libraries(cli_tests PRIVATE tillsyn_test_webdav tillsyn_test_postgres)
add_dependencies(cli_tests tillsyn-cli)
target_compile_definitions(cli_tests PRIVATE TILLSYN_CLI_PATH="$<TARGET_FILE:tillsyn-cli>")
# What tillsyn-cli says without a password depends on whether it was built with the keychain.
if(TARGET tillsyn_keychain)
    target_compile_definitions(cli_tests PRIVATE TILLSYN_WITH_KEYCHAIN)
endif()
