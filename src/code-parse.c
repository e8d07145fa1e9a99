/* code-parse.c - recognise a reply code of the RFC 5321 grammar

   Shared by the library and the generator, so that the catalog and the
   program agree on what a reply code is.  */

#include <config.h>

#include "smtpexplain.h"

/* RFC 5321 4.2 allows 0 to 5 as the second digit, but servers do send
   codes such as 299 or 571; they are still replies whose first digit
   says what happened, so only the first digit is held to the RFC.  */
int
smtpx_code_parse (const char *text, int *code)
{
  if (text == NULL
      || text[0] < '2' || text[0] > '5'
      || text[1] < '0' || text[1] > '9'
      || text[2] < '0' || text[2] > '9'
      || text[3] != '\0')
    return SMTPX_INVALID;

  if (code != NULL)
    *code = (text[0] - '0') * 100 + (text[1] - '0') * 10 + (text[2] - '0');
  return SMTPX_OK;
}
