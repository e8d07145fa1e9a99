/* entry.c - find catalog entries and their translated text, and say
   which version of the library holds them.  */

#include <config.h>

#include <stdio.h>
#include <stdlib.h>

#include "catalog-fields.h"
#include "catalog-data.h"

static int
compare_code (const void *key, const void *element)
{
  int code = *(const int *) key;
  const struct smtpx_entry *entry = element;

  return (code > entry->code) - (code < entry->code);
}

const struct smtpx_entry *
smtpx_entry_find (int code)
{
  return bsearch (&code, smtpx__entries, smtpx__entry_count,
                  sizeof *smtpx__entries, compare_code);
}

const struct smtpx_entry *
smtpx_entry_at (size_t index)
{
  return index < smtpx__entry_count ? &smtpx__entries[index] : NULL;
}

size_t
smtpx_entry_count (void)
{
  return smtpx__entry_count;
}

const char *
smtpx_text (const smtpx_lang *lang, const struct smtpx_entry *entry,
            enum smtpx_field field, const char **used)
{
  /* The context the template gave the message: "455|fix".  */
  char context[32];

  /* The public functions take any value, and a field outside the
     tables would read past them.  */
  if (entry == NULL || (unsigned) field >= SMTPX_FIELD_COUNT)
    {
      if (used != NULL)
        *used = NULL;
      return NULL;
    }

  snprintf (context, sizeof context, "%d|%s", entry->code,
            smtpx__field_name (field));
  return smtpx_lang_gettext (lang, context, entry->text[field], used);
}

const char *
smtpx_version (void)
{
  return PACKAGE_VERSION;
}
