# Runs lupdate over the sources into a scratch .ts and fails on anything it cannot file under a
# real context: a tr() in a class without Q_OBJECT or Q_DECLARE_TR_FUNCTIONS, a call it cannot
# read. Arguments: LUPDATE, SOURCE_DIR, WORK_DIR.
set(ts "${WORK_DIR}/lupdate_check.ts")
file(REMOVE "${ts}")
execute_process(
    COMMAND "${LUPDATE}" -recursive core ui app -ts "${ts}"
    WORKING_DIRECTORY "${SOURCE_DIR}"
    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
set(all "${out}${err}")
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${all}")
endif()
string(REGEX MATCHALL "[^\n]*(lacks Q_OBJECT|Cannot invoke|unknown namespace|Qualifying with|Discarding)[^\n]*"
    problems "${all}")
if(problems)
    string(REPLACE ";" "\n" problems "${problems}")
    message(FATAL_ERROR "lupdate cannot file these strings under a context:\n${problems}")
endif()
# The scan must have found the program's strings at all (well over a thousand today).
if(NOT all MATCHES "Found ([0-9]+) source text")
    message(FATAL_ERROR "lupdate reported no strings:\n${all}")
endif()
set(strings "${CMAKE_MATCH_1}")
if(strings LESS 1000)
    message(FATAL_ERROR "lupdate found only ${strings} strings:\n${all}")
endif()
file(READ "${ts}" text)
string(REGEX MATCHALL "<name>[^<]*</name>" contexts "${text}")
list(LENGTH contexts count)
message(STATUS "lupdate: ${strings} strings in ${count} contexts, none unfiled")
