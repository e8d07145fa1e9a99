/* xalloc.c - allocation that exits on failure, for the generator.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

static void *
check_allocation (void *ptr)
{
  if (ptr == NULL)
    {
      fputs ("catalog-compile: out of memory\n", stderr);
      exit (2);  /* catalog-compile's status for trouble */
    }
  return ptr;
}

void *
xrealloc (void *ptr, size_t size)
{
  return check_allocation (realloc (ptr, size ? size : 1));
}

void *
xcalloc (size_t count, size_t size)
{
  return check_allocation (calloc (count ? count : 1, size ? size : 1));
}

char *
xstrdup (const char *text)
{
  return check_allocation (strdup (text));
}

char *
xstrndup (const char *text, size_t length)
{
  return check_allocation (strndup (text, length));
}
