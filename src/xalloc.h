/* xalloc.h - allocation for the generator, which stops when memory
   runs out: a build tool has nothing better to do then.  */

#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>

void *xrealloc (void *ptr, size_t size);
void *xcalloc (size_t count, size_t size);
char *xstrdup (const char *text);
char *xstrndup (const char *text, size_t length);

#endif /* XALLOC_H */
