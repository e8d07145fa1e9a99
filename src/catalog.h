/* catalog.h - the catalog as the generator sees it

   catalog-compile reads the English catalog (catalog/README describes
   the format) into these structures, checks it, and writes the gettext
   template and the library's table from them.  The library itself never
   sees this: it uses the compiled table.  */

#ifndef CATALOG_H
#define CATALOG_H

#include <stdio.h>

#include "catalog-fields.h"
#include "smtpexplain.h"

struct catalog_ref
{
  unsigned rfc;
  char *section;               /* "" for the whole RFC */
};

struct catalog_entry
{
  int code;
  char *file;                  /* as given on the command line */
  int line;                    /* of the "-- CODE" separator */

  enum smtpx_origin origin;
  char **commands;
  size_t command_count;
  struct catalog_ref *refs;
  size_t ref_count;
  int *related;
  size_t related_count;
  int related_line;

  char *text[SMTPX_FIELD_COUNT];
  int text_line[SMTPX_FIELD_COUNT];  /* 0 while not seen */
};

struct catalog
{
  struct catalog_entry *entries;
  size_t count;
  size_t allocated;
};

/* Read one catalog file from IN into CAT, reporting every problem on
   DIAG as "NAME:LINE: error: ..." where NAME is how the file is to be
   named.  Returns the number of errors; entries with errors are not
   kept.  Exits on running out of memory, like the rest of the
   generator.  */
int catalog_parse (struct catalog *cat, const char *name, FILE *in,
                   FILE *diag);

/* Check what only the whole catalog shows (that every related code has
   an entry), and sort the entries by code.  Returns the number of
   errors, reported on DIAG.  */
int catalog_check (struct catalog *cat, FILE *diag);

void catalog_free (struct catalog *cat);

/* Write the gettext template or the C table for CAT to OUT.  Both are
   deterministic: the same catalog gives the same bytes.  */
void catalog_write_pot (const struct catalog *cat, FILE *out);
void catalog_write_table (const struct catalog *cat, FILE *out);

#endif /* CATALOG_H */
