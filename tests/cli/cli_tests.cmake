tillsyn_add_test(cli_tests
    clirunner.cpp clirunner.h
    cli_test.cpp
    visit_cli_test.cpp
    report_cli_test.cpp
    sync_cli_test.cpp
    stats_cli_test.cpp
    opendata_cli_test.cpp
    merge_cli_test.cpp
    key_cli_test.cpp
    database_cli_test.cpp
    case_cli_test.cpp
    followup_cli_test.cpp
    officecopy_cli_test.cpp
    postgres_cli_test.cpp
    due_cli_test.cpp
    fees_postgres_cli_test.cpp
    pgpassword_cli_test.cpp
    pool_postgres_cli_test.cpp
)
target_link_libraries(cli_tests PRIVATE tillsyn_test_webdav tillsyn_test_postgres)
add_dependencies(cli_tests tillsyn-cli)
target_compile_definitions(cli_tests PRIVATE TILLSYN_CLI_PATH="$<TARGET_FILE:tillsyn-cli>")
# What tillsyn-cli says without a password depends on whether it was built with the keychain.
if(TARGET tillsyn_keychain)
    target_compile_definitions(cli_tests PRIVATE TILLSYN_WITH_KEYCHAIN)
endif()
