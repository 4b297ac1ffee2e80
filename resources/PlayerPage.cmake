# SPDX-License-Identifier: MIT
# cmake -DINPUT=index.html -DOUTPUT=FILE -P PlayerPage.cmake: the player's page as it ships,
# loading the one joined player.js instead of the sources between the player-scripts markers.
file(READ ${INPUT} page)
string(REGEX REPLACE "<!-- player-scripts[^>]*-->.*<!-- /player-scripts -->\n"
                     "<script src=\"player.js\"></script>\n" shipped "${page}")
if(shipped STREQUAL page)
    message(FATAL_ERROR "${INPUT}: no <!-- player-scripts --> ... <!-- /player-scripts --> block")
endif()
file(WRITE ${OUTPUT}.tmp "${shipped}")
file(RENAME ${OUTPUT}.tmp ${OUTPUT})
