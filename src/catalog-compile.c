/* catalog-compile.c - compile the catalog into a template and a table

   Usage: catalog-compile [--srcdir=DIR] --pot=FILE --table=FILE CATALOG...

   Reads each CATALOG (named relative to DIR unless it is an absolute
   path, so that diagnostics and the template's references read
   "catalog/basic.txt:42"), checks the whole catalog, and only when it
   has no error writes the gettext template and the C table, each
   atomically.  Either output that exists must be a regular file; when
   one is not, neither is written.

   Exit status: 0 written; 1 the catalog has errors; 2 usage error, a
   file that could not be read or written, or no memory left.  */

#include <config.h>

#include <errno.h>
#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "atomic-file.h"
#include "catalog.h"
#include "xalloc.h"

#define PROGRAM "catalog-compile"

enum { EXIT_CATALOG_ERRORS = 1, EXIT_TROUBLE = 2 };

struct options
{
  const char *srcdir;
  const char *pot;
  const char *table;
};

static void
usage (FILE *out)
{
  fprintf (out, "Usage: %s [--srcdir=DIR] --pot=FILE --table=FILE "
           "CATALOG...\n"
           "Compile smtpexplain catalog files into a gettext template and "
           "a C table.\n\n"
           "  --srcdir=DIR   read each CATALOG relative to DIR\n"
           "  --pot=FILE     write the gettext template to FILE\n"
           "  --table=FILE   write the C table to FILE\n"
           "  --help         show this help and exit\n"
           "  --version      show the version and exit\n\n"
           "Exit status: 0 written; 1 the catalog has errors; "
           "2 usage or I/O error.\n", PROGRAM);
}

/* PATH with its folder resolved ("./x" and "x" alike), or a copy of
   PATH where the folder does not resolve.  */
static char *
resolved_path (const char *path)
{
  const char *slash = strrchr (path, '/');
  char *folder = xstrndup (path, slash ? (size_t) (slash - path) : 0);
  char *real = realpath (*folder ? folder : slash ? "/" : ".", NULL);
  char *result;

  free (folder);
  if (real == NULL)
    return xstrdup (path);
  result = xrealloc (NULL, strlen (real) + strlen (path) + 2);
  strcat (strcat (strcpy (result, real), "/"), slash ? slash + 1 : path);
  free (real);
  return result;
}

/* Whether two output names lead to one file.  */
static bool
same_place (const char *a, const char *b)
{
  char *real_a = resolved_path (a);
  char *real_b = resolved_path (b);
  bool same = strcmp (real_a, real_b) == 0;

  free (real_a);
  free (real_b);
  return same;
}

static void
parse_options (int argc, char **argv, struct options *opts)
{
  static const struct option longopts[] = {
    { "srcdir", required_argument, NULL, 's' },
    { "pot", required_argument, NULL, 'p' },
    { "table", required_argument, NULL, 't' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  int c;

  while ((c = getopt_long (argc, argv, "", longopts, NULL)) != -1)
    switch (c)
      {
      case 's': opts->srcdir = optarg; break;
      case 'p': opts->pot = optarg; break;
      case 't': opts->table = optarg; break;
      case 'h': usage (stdout); exit (EXIT_SUCCESS);
      case 'V': printf ("%s (%s) %s\n", PROGRAM, PACKAGE_NAME,
                        PACKAGE_VERSION);
                exit (EXIT_SUCCESS);
      default:
        fprintf (stderr, "Try '%s --help' for more information.\n",
                 PROGRAM);
        exit (EXIT_TROUBLE);
      }

  if (opts->pot == NULL || opts->table == NULL || optind == argc)
    {
      fprintf (stderr, "%s: --pot, --table and at least one catalog file "
               "are required\nTry '%s --help' for more information.\n",
               PROGRAM, PROGRAM);
      exit (EXIT_TROUBLE);
    }
  /* The second file written would replace the first.  */
  if (same_place (opts->pot, opts->table))
    {
      fprintf (stderr, "%s: --pot and --table name the same file '%s'\n",
               PROGRAM, opts->pot);
      exit (EXIT_TROUBLE);
    }
}

static void
cannot_read (const char *path, int error)
{
  fprintf (stderr, "%s: cannot read '%s': %s\n", PROGRAM, path,
           strerror (error));
  exit (EXIT_TROUBLE);
}

/* A folder opens like a file but gives a read error at the first
   line, which would read as a fault of the catalog.  */
static FILE *
open_catalog (const char *path)
{
  FILE *in = fopen (path, "r");
  struct stat st;

  if (in == NULL)
    cannot_read (path, errno);
  if (fstat (fileno (in), &st) != 0)
    cannot_read (path, errno);
  if (S_ISDIR (st.st_mode))
    cannot_read (path, EISDIR);
  return in;
}

static int
parse_file (struct catalog *cat, const char *srcdir, const char *name)
{
  char *path;
  FILE *in;
  int errors;

  if (name[0] == '/')
    path = xstrdup (name);
  else
    {
      path = xrealloc (NULL, strlen (srcdir) + strlen (name) + 2);
      strcat (strcat (strcpy (path, srcdir), "/"), name);
    }
  in = open_catalog (path);
  errors = catalog_parse (cat, name, in, stderr);

  /* catalog_parse has said what went wrong.  */
  if (ferror (in))
    exit (EXIT_TROUBLE);
  fclose (in);
  free (path);
  return errors;
}

static void
write_pot (const void *cat, FILE *out)
{
  catalog_write_pot (cat, out);
}

static void
write_table (const void *cat, FILE *out)
{
  catalog_write_table (cat, out);
}

int
main (int argc, char **argv)
{
  struct options opts = { .srcdir = "." };
  struct catalog cat = { 0 };
  int errors = 0;
  bool replaceable, written;

  parse_options (argc, argv, &opts);
  for (int i = optind; i < argc; i++)
    errors += parse_file (&cat, opts.srcdir, argv[i]);
  if (errors == 0)
    errors = catalog_check (&cat, stderr);
  if (errors > 0)
    {
      fprintf (stderr, "%s: %d error%s; nothing written\n", PROGRAM,
               errors, errors == 1 ? "" : "s");
      catalog_free (&cat);
      return EXIT_CATALOG_ERRORS;
    }

  /* Both checked before either is written, and both reported.  */
  replaceable = atomic_can_replace (PROGRAM, opts.pot);
  replaceable = atomic_can_replace (PROGRAM, opts.table) && replaceable;
  written = replaceable
            && atomic_write (PROGRAM, opts.pot, write_pot, &cat)
            && atomic_write (PROGRAM, opts.table, write_table, &cat);
  catalog_free (&cat);
  return written ? EXIT_SUCCESS : EXIT_TROUBLE;
}
