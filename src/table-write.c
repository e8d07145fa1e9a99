/* table-write.c - the compiled catalog, as C source for the library

   The library links this table instead of parsing the catalog at run
   time.  Non-ASCII bytes are written as octal escapes, so the file
   compiles the same whatever the compiler's source character set, and
   '?' as "\?", so that it compiles the same in any language mode.  */

#include <config.h>

#include <string.h>

#include "catalog.h"

/* Break string literals after a space once they are this wide, so the
   generated file stays readable; break anywhere at the hard limit.  */
#define LITERAL_WIDTH 60
#define LITERAL_LIMIT 72

/* Write byte C as it goes in a C string literal; return the columns
   it took.  A '?' is escaped so that no "??/" or "??=" in the text is
   read as a trigraph, which a compiler in strict ISO mode does.  */
static size_t
write_char (FILE *out, unsigned char c)
{
  if (c == '"' || c == '\\' || c == '?')
    return (size_t) fprintf (out, "\\%c", c);
  if (c == '\n')
    return (size_t) fprintf (out, "\\n");
  if (c < 0x20 || c >= 0x7f)
    return (size_t) fprintf (out, "\\%03o", c);
  return (size_t) fprintf (out, "%c", c);
}

static void
write_literal (FILE *out, const char *text, const char *indent)
{
  size_t column = 0;

  fputc ('"', out);
  for (const unsigned char *c = (const unsigned char *) text; *c; c++)
    {
      if (column >= LITERAL_LIMIT
          || (column >= LITERAL_WIDTH && c[-1] == ' '))
        {
          fprintf (out, "\"\n%s\"", indent);
          column = 0;
        }
      column += write_char (out, *c);
    }
  fputc ('"', out);
}

/* A file name, as the command line gave it, in one literal.  */
static void
write_location (FILE *out, const char *file, int line)
{
  fputc ('"', out);
  for (const unsigned char *c = (const unsigned char *) file; *c; c++)
    write_char (out, *c);
  fprintf (out, ":%d\"", line);
}

static void
write_arrays (FILE *out, const struct catalog_entry *e)
{
  fprintf (out, "static const char *const commands_%d[] = {", e->code);
  for (size_t i = 0; i < e->command_count; i++)
    fprintf (out, " \"%s\",", e->commands[i]);
  fputs (" NULL };\n", out);

  fprintf (out, "static const struct smtpx_ref refs_%d[] = {\n", e->code);
  for (size_t i = 0; i < e->ref_count; i++)
    fprintf (out, "  { %u, \"%s\" },\n", e->refs[i].rfc,
             e->refs[i].section);
  fputs ("};\n", out);

  if (e->related_count == 0)
    return;
  fprintf (out, "static const int related_%d[] = {", e->code);
  for (size_t i = 0; i < e->related_count; i++)
    fprintf (out, " %d,", e->related[i]);
  fputs (" };\n", out);
}

static const char *
origin_name (enum smtpx_origin origin)
{
  switch (origin)
    {
    case SMTPX_ORIGIN_STANDARD:
      return "SMTPX_ORIGIN_STANDARD";
    case SMTPX_ORIGIN_EXPERIMENTAL:
      return "SMTPX_ORIGIN_EXPERIMENTAL";
    case SMTPX_ORIGIN_REGISTRY:
      return "SMTPX_ORIGIN_REGISTRY";
    case SMTPX_ORIGIN_NONE:
      break;
    }
  return "SMTPX_ORIGIN_NONE";
}

static void
write_entry (FILE *out, const struct catalog_entry *e)
{
  fprintf (out, "  {\n    %d, %s,\n", e->code, origin_name (e->origin));
  fprintf (out, "    commands_%d, refs_%d, %zu,\n", e->code, e->code,
           e->ref_count);
  if (e->related_count > 0)
    fprintf (out, "    related_%d, %zu,\n", e->code, e->related_count);
  else
    fputs ("    NULL, 0,\n", out);

  fputs ("    {\n", out);
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    {
      fputs ("      ", out);
      write_literal (out, e->text[f], "      ");
      fputs (",\n", out);
    }
  fputs ("    },\n    ", out);
  write_location (out, e->file, e->line);
  fputs ("\n  },\n", out);
}

void
catalog_write_table (const struct catalog *cat, FILE *out)
{
  fputs ("/* The compiled catalog.  Written by catalog-compile from "
         "the catalog\n   files: edit those, not this.  */\n\n"
         "#include <stddef.h>\n\n#include \"catalog-data.h\"\n\n", out);

  for (size_t i = 0; i < cat->count; i++)
    write_arrays (out, &cat->entries[i]);

  fputs ("\nconst struct smtpx_entry smtpx__entries[] = {\n", out);
  for (size_t i = 0; i < cat->count; i++)
    write_entry (out, &cat->entries[i]);
  fputs ("};\n\n", out);
  fprintf (out, "const size_t smtpx__entry_count = %zu;\n", cat->count);
}
