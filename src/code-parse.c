/* code-parse.c - recognise a reply code of the RFC 5321 grammar

   Shared by the library and the generator, so that the catalog and the
   program agree on what a reply code is.  */

#include <config.h>

#include "smtpexplain.h"

/* RFC 5321 4.2: Reply-code = %x32-35 %x30-35 %x30-39.  */
int
smtpx_code_parse (const char *text, int *code)
{
  if (text == NULL
      || text[0] < '2' || text[0] > '5'
      || text[1] < '0' || text[1] > '5'
      || text[2] < '0' || text[2] > '9'
      || text[3] != '\0')
    return SMTPX_INVALID;

  *code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
  return SMTPX_OK;
}
