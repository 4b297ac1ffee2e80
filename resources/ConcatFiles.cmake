# SPDX-License-Identifier: MIT
# cmake -DOUTPUT=FILE "-DINPUTS=A;B;..." -P ConcatFiles.cmake: writes the inputs one after the
# other into OUTPUT, each followed by a newline (so that a file ending in a line comment cannot
# swallow the next one's first line).
set(content "")
foreach(input IN LISTS INPUTS)
    file(READ ${input} text)
    string(APPEND content "${text}\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "${content}")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
