/* format-api.c - the format check, offered to callers

   The library checks every translated format it uses itself; a program
   that translates formats of its own through libintl can check them
   the same way.  */

#include <config.h>

#include "format-check.h"
#include "smtpexplain.h"

int
smtpx_format_matches (const char *format, const char *translation)
{
  if (format == NULL || translation == NULL)
    return 0;
  return smtpx__format_check (format, translation);
}
