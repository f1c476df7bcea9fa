# Run after each test binary is linked (tests/CMakeLists.txt, tillsyn_add_test): writes the ctest
# entries of the binary, one per test source file — `core_tests:mergebytes_test` runs every test
# case of mergebytes_test.cpp in one process (Catch2's file-name tags, --filenames-as-tags).
#
# With a process per test case (476 of them), each one loaded the program and Qt's libraries
# again (dear on this kind of machine: page faults and TLB flushes), made its GUI application,
# read the font configuration and connected to the run's PostgreSQL server. A single test case is
# still run by hand: `core_tests "its name"`.
#
# Input: TEST_EXECUTABLE, TEST_PREFIX, TEST_LIST (the variable the written file sets to the
# entries' names), TEST_WORKING_DIR, CTEST_FILE (the file written).

# Hidden test cases ([.], e.g. the screenshots) are left out, as ctest always left them out.
execute_process(
    COMMAND "${TEST_EXECUTABLE}" --filenames-as-tags "~[.]" --list-tags
    OUTPUT_VARIABLE output
    RESULT_VARIABLE result
    WORKING_DIRECTORY "${TEST_WORKING_DIR}")
# Catch2 returns the number of tags listed; a crash gives a text instead of a number.
if(NOT result MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${TEST_EXECUTABLE} --list-tags failed: ${result}\n${output}")
endif()

string(REPLACE "\n" ";" lines "${output}")
set(script "")
set(names "")
set(total 0)
foreach(line IN LISTS lines)
    # "  20  [#mergebytes_test]": the number of test cases of the file, and its name.
    if(line MATCHES "^ *([0-9]+) +\\[#([A-Za-z0-9_.+-]+)\\]$")
        set(count ${CMAKE_MATCH_1})
        set(file ${CMAKE_MATCH_2})
        math(EXPR total "${total} + ${count}")
        set(test "${TEST_PREFIX}${file}")
        # --warn NoTests: an entry whose tag matches no test case fails instead of passing
        # having run nothing. COST: ctest starts the larger files first, so that two cores are
        # not left waiting on the last long one.
        string(APPEND script
            "add_test([==[${test}]==] [==[${TEST_EXECUTABLE}]==]"
            " --filenames-as-tags [==[[#${file}]~[.]]==] --warn NoTests)\n"
            "set_tests_properties([==[${test}]==] PROPERTIES"
            " WORKING_DIRECTORY [==[${TEST_WORKING_DIR}]==] COST ${count})\n")
        list(APPEND names "[==[${test}]==]")
    endif()
endforeach()
if(NOT names)
    message(FATAL_ERROR "${TEST_EXECUTABLE} listed no test files:\n${output}")
endif()
# Every test case in exactly one entry: a listing this script misread (a tag Catch2 wrapped onto
# two lines, say) must stop the build, not leave test cases out of ctest's run.
execute_process(
    COMMAND "${TEST_EXECUTABLE}" "~[.]" --list-test-names-only
    OUTPUT_VARIABLE names_output
    RESULT_VARIABLE result
    WORKING_DIRECTORY "${TEST_WORKING_DIR}")
if(NOT result MATCHES "^[0-9]+$")
    message(FATAL_ERROR "${TEST_EXECUTABLE} --list-test-names-only failed: ${result}")
endif()
string(REGEX MATCHALL "[^\n]+" case_names "${names_output}")
list(LENGTH case_names cases)
if(NOT cases EQUAL total)
    message(FATAL_ERROR "${TEST_EXECUTABLE}: ${cases} test cases, but the files' entries hold "
                        "${total}:\n${output}")
endif()
list(JOIN names " " names)
string(APPEND script "set(${TEST_LIST} ${names})\n")
file(WRITE "${CTEST_FILE}" "${script}")
