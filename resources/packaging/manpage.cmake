# Writes the tillsyn-cli man page from the program's own --help texts, so the page can never
# disagree with the program: help2man for the top-level page, plus a COMMANDS section with every
# command's --help. Run as: cmake -DCLI=... -DOUT=... -DWORK=... -P manpage.cmake
set(ENV{QT_QPA_PLATFORM} offscreen)
set(ENV{LC_ALL} C.UTF-8)
execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE top RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${CLI} --help failed")
endif()

# Command names are the indented first column of the top-level help ("  visit start   ...").
string(REPLACE "\n" ";" lines "${top}")
set(include "[COMMANDS]\n")
foreach(line IN LISTS lines)
    if(line MATCHES "^  ([a-z-]+( [a-z-]+)?)  ")
        set(command "${CMAKE_MATCH_1}")
        separate_arguments(words UNIX_COMMAND "${command}")
        execute_process(COMMAND ${CLI} ${words} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "${CLI} ${command} --help failed")
        endif()
        # The usage line names the build path of the program: name it as installed. Roff treats
        # a leading dot or quote as a request and a backslash as an escape.
        string(REGEX REPLACE "Usage: [^ ]*tillsyn-cli" "Usage: tillsyn-cli" help "${help}")
        string(REPLACE "\\" "\\e" help "${help}")
        string(REGEX REPLACE "\n([.'])" "\n\\\\&\\1" help "${help}")
        string(APPEND include ".SS ${command}\n.nf\n${help}.fi\n")
    endif()
endforeach()
file(WRITE ${WORK}/tillsyn-cli.h2m "${include}")

execute_process(
    COMMAND help2man --no-info --no-discard-stderr --section 1
            --name "scriptable inspections, sync and office merge for Tillsyn"
            --include ${WORK}/tillsyn-cli.h2m --output ${WORK}/tillsyn-cli.1 ${CLI}
    RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed for ${CLI}")
endif()
# The usage line in help2man's own part also carries the build path.
file(READ ${WORK}/tillsyn-cli.1 page)
string(REGEX REPLACE "[^ \n]*/tillsyn-cli" "tillsyn-cli" page "${page}")
file(WRITE ${WORK}/tillsyn-cli.1 "${page}")
execute_process(COMMAND gzip -9nf ${WORK}/tillsyn-cli.1 RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "gzip failed")
endif()
file(RENAME ${WORK}/tillsyn-cli.1.gz ${OUT})
