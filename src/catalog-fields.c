/* catalog-fields.c - what the catalog's fields are called

   One table, so that the parser, the template and the contexts the
   library looks up ("455|fix") cannot drift apart.  */

#include <config.h>

#include "catalog-fields.h"

static const char *const field_names[SMTPX_FIELD_COUNT] = {
  "title", "description", "when", "fix", "use"
};

static const char *const field_notes[SMTPX_FIELD_COUNT] = {
  "the title: a short name, no final period",
  "the description: what the code means",
  "when you see this code",
  "how to fix it: who acts, and whether to retry",
  "when a server should send this code rather than a related one"
};

const char *
smtpx__field_name (enum smtpx_field field)
{
  return field_names[field];
}

const char *
smtpx__field_note (enum smtpx_field field)
{
  return field_notes[field];
}
