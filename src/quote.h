/* quote.h - show a user's argument safely in a message  */

#ifndef QUOTE_H
#define QUOTE_H

#include <stddef.h>

/* TEXT made fit for a one-line message in BUFFER of SIZE bytes, at
   least 4 for the "..." and its NUL: control characters become '?',
   and text that does not fit is cut at a character boundary and ends
   in "...".  Returns BUFFER.  */
const char *quote (const char *text, char *buffer, size_t size);

#endif /* QUOTE_H */
