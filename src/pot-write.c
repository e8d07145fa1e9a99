/* pot-write.c - the gettext template of the catalog's messages

   One message per entry and field.  The context ("455|fix") keeps two
   entries with the same English text apart and tells the library what
   to look up; the note and the reference give the translator the code,
   its title, the field and the line to read in the English source.
   xgettext merges this file with the program's own messages into
   po/smtpexplain.pot.  */

#include <config.h>

#include <string.h>

#include "catalog.h"

static void
write_quoted (FILE *out, const char *text, size_t length)
{
  for (const char *end = text + length; text < end; text++)
    switch (*text)
      {
      case '"':
        fputs ("\\\"", out);
        break;
      case '\\':
        fputs ("\\\\", out);
        break;
      case '\n':
        fputs ("\\n", out);
        break;
      default:
        fputc (*text, out);
      }
}

/* Multi-paragraph text goes one paragraph to a string, as xgettext
   writes it, so that the template reads like the catalog.  */
static void
write_msgid (FILE *out, const char *text)
{
  if (strchr (text, '\n') == NULL)
    {
      fputs ("msgid \"", out);
      write_quoted (out, text, strlen (text));
      fputs ("\"\n", out);
      return;
    }

  fputs ("msgid \"\"\n", out);
  while (*text != '\0')
    {
      const char *end = strchr (text, '\n');
      size_t length = end ? (size_t) (end - text) + 1 : strlen (text);

      fputc ('"', out);
      write_quoted (out, text, length);
      fputs ("\"\n", out);
      text += length;
    }
}

static void
write_message (FILE *out, const struct catalog_entry *e,
               enum smtpx_field field)
{
  fputs ("#. TRANSLATORS: SMTP ", out);
  fprintf (out, "%d \"", e->code);
  write_quoted (out, e->text[SMTPX_TITLE], strlen (e->text[SMTPX_TITLE]));
  fprintf (out, "\": %s.\n", smtpx__field_note (field));
  fprintf (out, "#: %s:%d\n", e->file, e->text_line[field]);
  fprintf (out, "msgctxt \"%d|%s\"\n", e->code, smtpx__field_name (field));
  write_msgid (out, e->text[field]);
  fputs ("msgstr \"\"\n\n", out);
}

void
catalog_write_pot (const struct catalog *cat, FILE *out)
{
  fputs ("# Messages of the smtpexplain catalog, for xgettext.\n"
         "# Written by catalog-compile from catalog/*.txt: "
         "edit those, not this.\n"
         "msgid \"\"\n"
         "msgstr \"\"\n"
         "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
         "\"Content-Transfer-Encoding: 8bit\\n\"\n\n", out);

  for (size_t i = 0; i < cat->count; i++)
    for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
      write_message (out, &cat->entries[i], f);
}
