/* check_generator.c - tests of the catalog's template, table and
   generator

   The template is read back line by line against the catalog file it
   came from; the table is handed to the C compiler, and a program
   built from it must print the catalog's text unchanged; the
   generator program is run as the build runs it, on good and bad
   catalogs and on outputs it cannot write.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include <check.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "test-util.h"

#define BASIC_CODE_COUNT 45
#define REAL_NAME "catalog/basic.txt"

/* The folder the tests of a test case work in, each test in a
   subfolder of its own.  It is made and removed outside the tests'
   processes, so that a failing test leaves nothing behind.  */
static char temp_dir[TEST_PATH_SIZE];

static const char pot_header[] =
  "# Messages of the smtpexplain catalog, for xgettext.\n"
  "# Written by catalog-compile from catalog/*.txt: edit those, not "
  "this.\n"
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Content-Transfer-Encoding: 8bit\\n\"\n"
  "\n";

/* A catalog with every character the template must quote, in the
   title and in a section of two paragraphs.  */
static const char tricky_catalog[] =
  "-- 250\n"
  "Title: Say \"OK\" \\ done\n"
  "Class: 2xx\n"
  "Origin: standard\n"
  "Commands: any\n"
  "References: RFC 5321\n"
  "\n"
  "[description]\n"
  "A \"quoted\" word and a back\\slash.\n"
  "\n"
  "Second paragraph.\n"
  "\n"
  "[when]\nAlways.\n\n[fix]\nNothing.\n\n[use]\nOften.\n";

static void
make_temp_dir (void)
{
  test_temp_dir (temp_dir, "check_generator");
}

static void
remove_temp_dir (void)
{
  test_remove_tree (temp_dir);
}

/* A fresh folder for one test; returns its path in PATH.  */
static void
fresh_dir (char *path, const char *name)
{
  test_path (path, "%s/%s", temp_dir, name);
  ck_assert_int_eq (mkdir (path, 0755), 0);
}

static const char *
env_or_fail (const char *name)
{
  const char *value = getenv (name);

  ck_assert_msg (value != NULL, "%s is not set", name);
  return value;
}

static const char *
srcdir (void)
{
  const char *dir = getenv ("srcdir");

  return dir != NULL ? dir : ".";
}

/* The whole of a file, NUL-terminated; its size in *SIZE.  */
static char *
read_file (const char *path, size_t *size)
{
  FILE *in = fopen (path, "rb");
  char *data = NULL;
  size_t length = 0;
  FILE *copy;

  ck_assert_msg (in != NULL, "cannot open '%s'", path);
  copy = open_memstream (&data, &length);
  ck_assert_ptr_nonnull (copy);
  for (int c; (c = getc (in)) != EOF;)
    putc (c, copy);
  fclose (copy);
  fclose (in);
  if (size != NULL)
    *size = length;
  return data;
}

static void
write_text (const char *path, const char *text)
{
  test_write_file (path, text, strlen (text));
}

/* Parse and check IN as NAME, expecting no error.  */
static void
load_stream (struct catalog *cat, const char *name, FILE *in)
{
  char *diag;
  size_t diag_size;
  FILE *diag_stream = open_memstream (&diag, &diag_size);

  ck_assert_ptr_nonnull (diag_stream);
  memset (cat, 0, sizeof *cat);
  ck_assert_int_eq (catalog_parse (cat, name, in, diag_stream), 0);
  ck_assert_int_eq (catalog_check (cat, diag_stream), 0);
  fclose (diag_stream);
  ck_assert_str_eq (diag, "");
  free (diag);
}

static void
load_file (struct catalog *cat, const char *name, const char *path)
{
  FILE *in = fopen (path, "r");

  ck_assert_msg (in != NULL, "cannot open '%s'", path);
  load_stream (cat, name, in);
  fclose (in);
}

static void
load_real (struct catalog *cat)
{
  load_file (cat, REAL_NAME, env_or_fail ("CATALOG_FILE"));
}

static void
load_good (struct catalog *cat)
{
  char path[TEST_PATH_SIZE];

  test_path (path, "%s/catalogs/good.txt", srcdir ());
  load_file (cat, "catalogs/good.txt", path);
}

static void
load_tricky (struct catalog *cat)
{
  FILE *in = fmemopen ((void *) tricky_catalog, sizeof tricky_catalog - 1,
                       "r");

  ck_assert_ptr_nonnull (in);
  load_stream (cat, "catalog/tricky.txt", in);
  fclose (in);
}

/* What WRITE makes of CAT, in memory.  */
static char *
written (void (*write) (const struct catalog *, FILE *),
         const struct catalog *cat, size_t *size)
{
  char *data;
  FILE *out = open_memstream (&data, size);

  ck_assert_ptr_nonnull (out);
  write (cat, out);
  fclose (out);
  return data;
}

static char *
pot_of (const struct catalog *cat)
{
  size_t size;

  return written (catalog_write_pot, cat, &size);
}

static char *
table_of (const struct catalog *cat)
{
  size_t size;

  return written (catalog_write_table, cat, &size);
}

static void
assert_same_bytes (const char *a, size_t a_size, const char *b,
                   size_t b_size)
{
  ck_assert_uint_eq (a_size, b_size);
  ck_assert_msg (memcmp (a, b, a_size) == 0, "the outputs differ");
}

/* Determinism.  */

START_TEST (pot_written_twice_is_the_same)
{
  struct catalog cat;
  size_t size1, size2;
  char *first, *second;

  load_real (&cat);
  first = written (catalog_write_pot, &cat, &size1);
  second = written (catalog_write_pot, &cat, &size2);
  assert_same_bytes (first, size1, second, size2);
  free (first);
  free (second);
  catalog_free (&cat);
}
END_TEST

START_TEST (table_written_twice_is_the_same)
{
  struct catalog cat;
  size_t size1, size2;
  char *first, *second;

  load_real (&cat);
  first = written (catalog_write_table, &cat, &size1);
  second = written (catalog_write_table, &cat, &size2);
  assert_same_bytes (first, size1, second, size2);
  free (first);
  free (second);
  catalog_free (&cat);
}
END_TEST

/* Two parses of the real catalog give the same bytes through WRITE.  */
static void
assert_two_parses_agree (void (*write) (const struct catalog *, FILE *))
{
  struct catalog cat1, cat2;
  size_t size1, size2;
  char *first, *second;

  load_real (&cat1);
  load_real (&cat2);
  first = written (write, &cat1, &size1);
  second = written (write, &cat2, &size2);
  assert_same_bytes (first, size1, second, size2);
  free (first);
  free (second);
  catalog_free (&cat1);
  catalog_free (&cat2);
}

START_TEST (two_parses_give_the_same_pot)
{
  assert_two_parses_agree (catalog_write_pot);
}
END_TEST

START_TEST (two_parses_give_the_same_table)
{
  assert_two_parses_agree (catalog_write_table);
}
END_TEST

/* The template of the real catalog, cut into its messages, and the
   catalog file cut into lines, so that each reference can be followed
   back to its source.  */

static struct catalog real;
static char *real_pot;
static char *pot_copy;          /* cut up into MESSAGES */
static char **messages;         /* the header first, then one a field */
static size_t message_count;
static char *source_text;       /* cut up into SOURCE_LINES */
static char **source_lines;     /* source_lines[1] is line 1 */
static size_t source_line_count;

/* Cut TEXT in place at each SEPARATOR; return the pieces (the array
   to be freed) and their number in *COUNT.  */
static char **
split (char *text, const char *separator, size_t *count)
{
  char **parts = NULL;
  size_t n = 0;

  for (char *part = text; part != NULL;)
    {
      char *end = strstr (part, separator);

      if (end != NULL)
        *end = '\0';
      parts = realloc (parts, (n + 1) * sizeof *parts);
      ck_assert_ptr_nonnull (parts);
      parts[n++] = part;
      part = end != NULL ? end + strlen (separator) : NULL;
    }
  *count = n;
  return parts;
}

static void
load_real_pot (void)
{
  char **lines;

  load_real (&real);
  real_pot = pot_of (&real);

  /* Every message ends with a blank line, the last one too.  */
  pot_copy = strdup (real_pot);
  messages = split (pot_copy, "\n\n", &message_count);
  ck_assert_str_eq (messages[message_count - 1], "");
  message_count--;

  source_text = read_file (env_or_fail ("CATALOG_FILE"), NULL);
  lines = split (source_text, "\n", &source_line_count);
  source_lines = malloc ((source_line_count + 1) * sizeof *source_lines);
  ck_assert_ptr_nonnull (source_lines);
  source_lines[0] = NULL;
  memcpy (source_lines + 1, lines, source_line_count * sizeof *lines);
  free (lines);
}

static void
free_real_pot (void)
{
  free (source_lines);
  free (source_text);
  free (messages);
  free (pot_copy);
  free (real_pot);
  catalog_free (&real);
}

/* The lines of message I (from 0) for entry I / 5, field I % 5.  */
static char **
message_lines (size_t i, size_t *count)
{
  char *copy = strdup (messages[i + 1]);

  ck_assert_ptr_nonnull (copy);
  return split (copy, "\n", count);
}

static void
free_lines (char **lines)
{
  free (lines[0]);
  free (lines);
}

/* The line the "#: FILE:LINE" reference of message I points at.  */
static int
reference_line (size_t i)
{
  size_t count;
  char **lines = message_lines (i, &count);
  int line = 0;
  char end;

  ck_assert_msg (sscanf (lines[1], "#: " REAL_NAME ":%d%c", &line, &end)
                 == 1, "message %zu has reference '%s'", i, lines[1]);
  free_lines (lines);
  ck_assert_int_gt (line, 0);
  ck_assert_int_le (line, (int) source_line_count);
  return line;
}

static size_t
message_index (int code, enum smtpx_field field)
{
  for (size_t i = 0; i < real.count; i++)
    if (real.entries[i].code == code)
      return i * SMTPX_FIELD_COUNT + field;
  ck_abort_msg ("no entry for %d", code);
  return 0;
}

/* PO quoting, written here independently of the generator's.  */
static char *
po_quoted (const char *text)
{
  char *quoted;
  size_t size;
  FILE *out = open_memstream (&quoted, &size);

  for (; *text != '\0'; text++)
    if (*text == '"' || *text == '\\')
      fprintf (out, "\\%c", *text);
    else if (*text == '\n')
      fputs ("\\n", out);
    else
      fputc (*text, out);
  fclose (out);
  return quoted;
}

/* The text of the msgid in LINES[FIRST] up to LINES[END], unquoted.  */
static char *
unquoted_msgid (char **lines, size_t first, size_t end)
{
  char *text;
  size_t size;
  FILE *out = open_memstream (&text, &size);

  ck_assert_msg (strncmp (lines[first], "msgid \"", 7) == 0,
                 "'%s' is no msgid", lines[first]);
  for (size_t l = first; l < end; l++)
    {
      const char *s = l == first ? lines[l] + 6 : lines[l];
      size_t length = strlen (s);

      ck_assert_msg (length >= 2 && s[0] == '"' && s[length - 1] == '"',
                     "'%s' is not a quoted string", s);
      for (size_t k = 1; k + 1 < length; k++)
        if (s[k] != '\\')
          fputc (s[k], out);
        else if (s[++k] == 'n')
          fputc ('\n', out);
        else
          fputc (s[k], out);
    }
  fclose (out);
  return text;
}

START_TEST (pot_starts_with_its_header)
{
  ck_assert_msg (strncmp (real_pot, pot_header, strlen (pot_header)) == 0,
                 "the template starts with '%.200s'", real_pot);
}
END_TEST

START_TEST (pot_has_five_messages_per_entry)
{
  ck_assert_uint_eq (real.count, BASIC_CODE_COUNT);
  ck_assert_uint_eq (message_count, 1 + BASIC_CODE_COUNT * 5);
}
END_TEST

START_TEST (pot_messages_have_code_and_field_as_context)
{
  for (size_t i = 0; i + 1 < message_count; i++)
    {
      const struct catalog_entry *e = &real.entries[i / SMTPX_FIELD_COUNT];
      int field = i % SMTPX_FIELD_COUNT;
      char expected[64];
      size_t count;
      char **lines = message_lines (i, &count);

      snprintf (expected, sizeof expected, "msgctxt \"%d|%s\"", e->code,
                smtpx__field_name (field));
      ck_assert_str_eq (lines[2], expected);
      free_lines (lines);
    }
}
END_TEST

START_TEST (pot_notes_name_the_code_and_title)
{
  for (size_t i = 0; i + 1 < message_count; i++)
    {
      const struct catalog_entry *e = &real.entries[i / SMTPX_FIELD_COUNT];
      int field = i % SMTPX_FIELD_COUNT;
      char *title = po_quoted (e->text[SMTPX_TITLE]);
      char expected[256];
      size_t count;
      char **lines = message_lines (i, &count);

      snprintf (expected, sizeof expected,
                "#. TRANSLATORS: SMTP %d \"%s\": %s.", e->code, title,
                smtpx__field_note (field));
      ck_assert_str_eq (lines[0], expected);
      free_lines (lines);
      free (title);
    }
}
END_TEST

START_TEST (pot_note_for_455_fix_reads_in_full)
{
  size_t count;
  char **lines = message_lines (message_index (455, SMTPX_FIX), &count);

  ck_assert_str_eq (lines[0], "#. TRANSLATORS: SMTP 455 \"Server unable "
                    "to accommodate parameters\": how to fix it: who "
                    "acts, and whether to retry.");
  free_lines (lines);
}
END_TEST

START_TEST (pot_title_reference_is_the_title_line_of_its_entry)
{
  int line = reference_line (message_index (455, SMTPX_TITLE));

  ck_assert_str_eq (source_lines[line],
                    "Title: Server unable to accommodate parameters");
}
END_TEST

START_TEST (pot_section_reference_is_the_section_line_of_its_entry)
{
  int fix = reference_line (message_index (455, SMTPX_FIX));
  int description = reference_line (message_index (211,
                                                   SMTPX_DESCRIPTION));

  ck_assert_str_eq (source_lines[fix], "[fix]");
  ck_assert_str_eq (source_lines[description], "[description]");
}
END_TEST

/* Every reference, followed back: the line starts the field, and the
   nearest separator above it is its entry's.  */
START_TEST (pot_references_all_point_at_the_start_of_their_field)
{
  for (size_t i = 0; i + 1 < message_count; i++)
    {
      const struct catalog_entry *e = &real.entries[i / SMTPX_FIELD_COUNT];
      int field = i % SMTPX_FIELD_COUNT;
      int line = reference_line (i);
      char expected[64];
      int above = line;

      if (field == SMTPX_TITLE)
        ck_assert_msg (strncmp (source_lines[line], "Title: ", 7) == 0,
                       "%d title: line %d is '%s'", e->code, line,
                       source_lines[line]);
      else
        {
          snprintf (expected, sizeof expected, "[%s]",
                    smtpx__field_name (field));
          ck_assert_str_eq (source_lines[line], expected);
        }

      while (above > 1 && strncmp (source_lines[above], "-- ", 3) != 0)
        above--;
      snprintf (expected, sizeof expected, "-- %d", e->code);
      ck_assert_str_eq (source_lines[above], expected);
    }
}
END_TEST

START_TEST (pot_msgids_unquote_to_the_catalog_text)
{
  for (size_t i = 0; i + 1 < message_count; i++)
    {
      const struct catalog_entry *e = &real.entries[i / SMTPX_FIELD_COUNT];
      size_t count;
      char **lines = message_lines (i, &count);
      char *text = unquoted_msgid (lines, 3, count - 1);

      ck_assert_str_eq (lines[count - 1], "msgstr \"\"");
      ck_assert_str_eq (text, e->text[i % SMTPX_FIELD_COUNT]);
      free (text);
      free_lines (lines);
    }
}
END_TEST

/* Quoting, on a catalog made for it.  */

START_TEST (pot_quotes_quote_and_backslash_in_title)
{
  struct catalog cat;
  char *pot;

  load_tricky (&cat);
  pot = pot_of (&cat);
  ck_assert_msg (strstr (pot,
                         "\n\n#. TRANSLATORS: SMTP 250 \"Say \\\"OK\\\" "
                         "\\\\ done\": the title: a short name, no final "
                         "period.\n"
                         "#: catalog/tricky.txt:2\n"
                         "msgctxt \"250|title\"\n"
                         "msgid \"Say \\\"OK\\\" \\\\ done\"\n"
                         "msgstr \"\"\n\n") != NULL,
                 "the title message is not as expected:\n%s", pot);
  free (pot);
  catalog_free (&cat);
}
END_TEST

START_TEST (pot_writes_each_paragraph_as_a_string_ending_in_newline)
{
  struct catalog cat;
  char *pot;

  load_tricky (&cat);
  pot = pot_of (&cat);
  ck_assert_msg (strstr (pot,
                         "\n\n#. TRANSLATORS: SMTP 250 \"Say \\\"OK\\\" "
                         "\\\\ done\": the description: what the code "
                         "means.\n"
                         "#: catalog/tricky.txt:8\n"
                         "msgctxt \"250|description\"\n"
                         "msgid \"\"\n"
                         "\"A \\\"quoted\\\" word and a back\\\\slash."
                         "\\n\"\n"
                         "\"\\n\"\n"
                         "\"Second paragraph.\"\n"
                         "msgstr \"\"\n\n") != NULL,
                 "the description message is not as expected:\n%s", pot);
  free (pot);
  catalog_free (&cat);
}
END_TEST

/* gettext's own tools must read the quoting as meant.  */
START_TEST (pot_with_quotes_is_accepted_by_msgfmt)
{
  struct catalog cat;
  char dir[TEST_PATH_SIZE], pot_path[TEST_PATH_SIZE];
  char out[TEST_PATH_SIZE], err[TEST_PATH_SIZE];
  char *pot;
  char *argv[] = { "msgfmt", "--check-format", "-o", "/dev/null",
                   pot_path, NULL };

  fresh_dir (dir, "msgfmt");
  test_path (pot_path, "%s/tricky.pot", dir);
  test_path (out, "%s/stdout", dir);
  test_path (err, "%s/stderr", dir);
  load_tricky (&cat);
  pot = pot_of (&cat);
  write_text (pot_path, pot);
  ck_assert_int_eq (test_run_command (argv, out, err), 0);
  free (pot);
  catalog_free (&cat);
}
END_TEST

START_TEST (pot_of_good_fixture_keeps_non_ascii_and_quotes)
{
  struct catalog cat;
  char *pot;

  load_good (&cat);
  pot = pot_of (&cat);
  ck_assert_msg (strstr (pot,
                         "#: catalogs/good.txt:18\n"
                         "msgctxt \"455|when\"\n"
                         "msgid \"It answers a MAIL or RCPT command that "
                         "carries ESMTP parameters \342\200\224 SIZE, for "
                         "example. The text often says \\\"try again "
                         "later\\\".\"\n"
                         "msgstr \"\"\n") != NULL,
                 "the 455|when message is not as expected");
  free (pot);
  catalog_free (&cat);
}
END_TEST

/* The table, compiled.  */

/* Compile SOURCES in DIR with the compiler of the build (CC, which
   may hold options of its own); OPTIONS go before the file names,
   OUTPUT is what -o names.  Returns the compiler's exit status.  */
static int
compile (const char *dir, const char *options, const char *output,
         const char *sources)
{
  char relative[TEST_PATH_SIZE], include[TEST_PATH_SIZE];
  char out[TEST_PATH_SIZE], err[TEST_PATH_SIZE], command[TEST_PATH_SIZE];
  char *argv[] = { "sh", "-c", command, "sh", (char *) dir, include,
                   (char *) output, NULL };
  int status;

  test_path (relative, "%s/../src", srcdir ());
  ck_assert_ptr_nonnull (realpath (relative, include));
  test_path (out, "%s/cc.out", dir);
  test_path (err, "%s/cc.err", dir);
  test_path (command, "cd \"$1\" && ${CC:-cc} %s -I\"$2\" -o \"$3\" %s",
             options, sources);
  status = test_run_command (argv, out, err);
  if (status != 0)
    {
      char *errors = read_file (err, NULL);

      fprintf (stderr, "%s\n", errors);
      free (errors);
    }
  return status;
}

static void
write_table (const struct catalog *cat, const char *dir)
{
  char path[TEST_PATH_SIZE];
  char *table = table_of (cat);

  test_path (path, "%s/catalog-data.c", dir);
  write_text (path, table);
  free (table);
}

START_TEST (table_of_good_fixture_compiles)
{
  struct catalog cat;
  char dir[TEST_PATH_SIZE];

  fresh_dir (dir, "compile");
  load_good (&cat);
  write_table (&cat, dir);
  ck_assert_int_eq (compile (dir, "-c", "catalog-data.o",
                             "catalog-data.c"), 0);
  catalog_free (&cat);
}
END_TEST

START_TEST (table_writes_non_ascii_bytes_in_octal)
{
  struct catalog cat;
  char *table;

  load_good (&cat);
  table = table_of (&cat);
  ck_assert_msg (strstr (table, "\\342\\200\\224 SIZE") != NULL,
                 "the em dash is not escaped in octal");
  for (const char *c = table; *c != '\0'; c++)
    ck_assert_msg ((unsigned char) *c < 0x80, "byte 0x%02x at offset %td",
                   (unsigned char) *c, c - table);
  free (table);
  catalog_free (&cat);
}
END_TEST

/* A program built from the table prints its text fields, each ended
   by a NUL byte: the compiler must read back what the catalog says.  */
static const char table_printer[] =
  "#include <stdio.h>\n"
  "#include \"catalog-data.h\"\n"
  "int\n"
  "main (void)\n"
  "{\n"
  "  for (size_t i = 0; i < smtpx__entry_count; i++)\n"
  "    for (int f = 0; f < SMTPX_FIELD_COUNT; f++)\n"
  "      {\n"
  "        fputs (smtpx__entries[i].text[f], stdout);\n"
  "        putchar ('\\0');\n"
  "      }\n"
  "  return 0;\n"
  "}\n";

/* Build the printer and the table of CAT in DIR with the compiler
   OPTIONS, run it, and hold what it prints to the text of CAT's only
   entry.  */
static void
assert_table_prints_its_text (const struct catalog *cat, const char *dir,
                              const char *options)
{
  char path[TEST_PATH_SIZE], out[TEST_PATH_SIZE], err[TEST_PATH_SIZE];
  char *argv[] = { path, NULL };
  char *printed;
  size_t size, offset = 0;

  write_table (cat, dir);
  test_path (path, "%s/printer.c", dir);
  write_text (path, table_printer);
  ck_assert_int_eq (compile (dir, options, "printer",
                             "printer.c catalog-data.c"), 0);

  test_path (path, "%s/printer", dir);
  test_path (out, "%s/printed", dir);
  test_path (err, "%s/printer.err", dir);
  ck_assert_int_eq (test_run_command (argv, out, err), 0);
  printed = read_file (out, &size);
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    {
      ck_assert_uint_lt (offset, size);
      ck_assert_str_eq (printed + offset, cat->entries[0].text[f]);
      offset += strlen (printed + offset) + 1;
    }
  ck_assert_uint_eq (offset, size);
  free (printed);
}

START_TEST (table_strings_compile_back_to_the_catalog_text)
{
  struct catalog cat;
  char dir[TEST_PATH_SIZE];

  fresh_dir (dir, "printer");
  load_tricky (&cat);
  assert_table_prints_its_text (&cat, dir, "");
  catalog_free (&cat);
}
END_TEST

static void
load_trigraphs (struct catalog *cat)
{
  char path[TEST_PATH_SIZE];

  test_path (path, "%s/catalogs/good-trigraph.txt", srcdir ());
  load_file (cat, "catalogs/good-trigraph.txt", path);
}

START_TEST (table_writes_question_marks_escaped)
{
  struct catalog cat;
  char *table;

  load_trigraphs (&cat);
  table = table_of (&cat);
  ck_assert_msg (strstr (table, "by \\?\\?/\"") != NULL,
                 "the trigraph is not escaped:\n%s", table);
  for (const char *q = strchr (table, '?'); q; q = strchr (q + 1, '?'))
    ck_assert_msg (q[-1] == '\\', "a '?' without a backslash at offset "
                   "%td:\n%s", q - table, table);
  free (table);
  catalog_free (&cat);
}
END_TEST

/* In strict ISO C11 a compiler reads trigraphs: "??/" is a backslash,
   and at the end of a string it would take the closing quote.  */
START_TEST (table_with_trigraphs_prints_its_text_under_c11)
{
  struct catalog cat;
  char dir[TEST_PATH_SIZE];

  fresh_dir (dir, "trigraphs");
  load_trigraphs (&cat);
  assert_table_prints_its_text (&cat, dir, "-std=c11 -Wall -Werror");
  catalog_free (&cat);
}
END_TEST

/* The name of the file goes into the table as the command line gave
   it, and an absolute path can hold anything.  */
START_TEST (table_quotes_the_catalog_file_name)
{
  static const char name[] = "/a \"b\"\\c?\?/d.txt";
  struct catalog cat;
  char dir[TEST_PATH_SIZE];
  char *table;
  FILE *in = fmemopen ((void *) tricky_catalog, sizeof tricky_catalog - 1,
                       "r");

  ck_assert_ptr_nonnull (in);
  load_stream (&cat, name, in);
  fclose (in);
  fresh_dir (dir, "file-name");
  write_table (&cat, dir);
  table = table_of (&cat);
  ck_assert_msg (strstr (table, "\"/a \\\"b\\\"\\\\c\\?\\?/d.txt:1\"")
                 != NULL, "the file name is not quoted:\n%s", table);
  ck_assert_int_eq (compile (dir, "-std=c11 -Wall -Werror -c",
                             "catalog-data.o", "catalog-data.c"), 0);
  free (table);
  catalog_free (&cat);
}
END_TEST

/* The generator program.  */

struct result
{
  int status;
  char *out;
  char *err;
};

/* Run the generator in DIR with the options and catalogs in ARGS (at
   most 8, NULL-terminated), reading catalogs from the test folder.
   When SHELL is not NULL, it is run by sh first, to set up what the
   generator inherits: "umask 027", for example.  */
static struct result
run_generator_after (const char *dir, const char *shell,
                     const char *const *args)
{
  char srcdir_option[TEST_PATH_SIZE], out[TEST_PATH_SIZE];
  char err[TEST_PATH_SIZE], script[TEST_PATH_SIZE];
  char *argv[14];
  size_t n = 0;
  struct result result;

  if (shell != NULL)
    {
      test_path (script, "%s && exec \"$@\"", shell);
      argv[n++] = "sh";
      argv[n++] = "-c";
      argv[n++] = script;
      argv[n++] = "sh";
    }
  test_path (srcdir_option, "--srcdir=%s", srcdir ());
  argv[n++] = (char *) env_or_fail ("CATALOG_COMPILE");
  argv[n++] = srcdir_option;
  for (; *args != NULL && n < 13; args++)
    argv[n++] = (char *) *args;
  argv[n] = NULL;

  test_path (out, "%s/generator.out", dir);
  test_path (err, "%s/generator.err", dir);
  result.status = test_run_command (argv, out, err);
  result.out = read_file (out, NULL);
  result.err = read_file (err, NULL);
  return result;
}

static struct result
run_generator (const char *dir, const char *const *args)
{
  return run_generator_after (dir, NULL, args);
}

static void
free_result (struct result *result)
{
  free (result->out);
  free (result->err);
}

/* Whether DIR holds a file whose name has the temporary suffix.  */
static bool
has_temporary_file (const char *dir)
{
  DIR *d = opendir (dir);
  struct dirent *entry;
  bool found = false;

  ck_assert_ptr_nonnull (d);
  while ((entry = readdir (d)) != NULL)
    if (strstr (entry->d_name, ".tmp") != NULL)
      found = true;
  closedir (d);
  return found;
}

/* The generator on the duplicate fixture, with output files from an
   earlier run in place.  */
static struct result
run_on_bad_catalog (const char *name, char *dir, char *pot, char *table)
{
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option,
                         "catalogs/bad-duplicate.txt", NULL };

  fresh_dir (dir, name);
  test_path (pot, "%s/catalog.pot", dir);
  test_path (table, "%s/catalog-data.c", dir);
  write_text (pot, "an earlier template\n");
  write_text (table, "an earlier table\n");
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s", table);
  return run_generator (dir, args);
}

START_TEST (generator_exits_1_on_a_catalog_with_errors)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], table[TEST_PATH_SIZE];
  struct result result = run_on_bad_catalog ("bad-exit", dir, pot,
                                            table);

  ck_assert_int_eq (result.status, 1);
  free_result (&result);
}
END_TEST

START_TEST (generator_reports_the_error_and_that_nothing_was_written)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], table[TEST_PATH_SIZE];
  struct result result = run_on_bad_catalog ("bad-report", dir, pot,
                                            table);

  ck_assert_str_eq (result.err, "catalogs/bad-duplicate.txt:23: error: "
                    "duplicate entry for 455 (first at line 3)\n"
                    "catalog-compile: 1 error; nothing written\n");
  ck_assert_str_eq (result.out, "");
  free_result (&result);
}
END_TEST

START_TEST (generator_leaves_earlier_outputs_alone_on_errors)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], table[TEST_PATH_SIZE];
  struct result result = run_on_bad_catalog ("bad-alone", dir, pot,
                                            table);
  char *pot_text = read_file (pot, NULL);
  char *table_text = read_file (table, NULL);

  ck_assert_str_eq (pot_text, "an earlier template\n");
  ck_assert_str_eq (table_text, "an earlier table\n");
  ck_assert (!has_temporary_file (dir));
  free (pot_text);
  free (table_text);
  free_result (&result);
}
END_TEST

START_TEST (generator_writes_what_the_library_functions_write)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], table[TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;
  struct catalog cat;
  char *expected_pot, *expected_table, *pot_text, *table_text;

  fresh_dir (dir, "good");
  test_path (pot, "%s/catalog.pot", dir);
  test_path (table, "%s/catalog-data.c", dir);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s", table);
  result = run_generator (dir, args);
  ck_assert_int_eq (result.status, 0);
  ck_assert_str_eq (result.err, "");

  load_good (&cat);
  expected_pot = pot_of (&cat);
  expected_table = table_of (&cat);
  pot_text = read_file (pot, NULL);
  table_text = read_file (table, NULL);
  ck_assert_str_eq (pot_text, expected_pot);
  ck_assert_str_eq (table_text, expected_table);
  ck_assert (!has_temporary_file (dir));

  free (expected_pot);
  free (expected_table);
  free (pot_text);
  free (table_text);
  catalog_free (&cat);
  free_result (&result);
}
END_TEST

START_TEST (generator_exits_2_when_the_output_folder_is_missing)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;

  fresh_dir (dir, "missing");
  test_path (pot, "%s/no-such-folder/catalog.pot", dir);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator (dir, args);

  snprintf (expected, sizeof expected, "catalog-compile: cannot write "
            "'%s': No such file or directory\n", pot);
  ck_assert_int_eq (result.status, 2);
  ck_assert_str_eq (result.err, expected);
  ck_assert (!has_temporary_file (dir));
  free_result (&result);
}
END_TEST

static bool
exists (const char *path)
{
  struct stat st;

  return lstat (path, &st) == 0;
}

/* A rename would replace the link by a file, and the file it points
   at would stay as it was.  Neither output is written.  */
START_TEST (generator_refuses_a_symbolic_link_as_output)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], target[TEST_PATH_SIZE];
  char table[TEST_PATH_SIZE], expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;
  struct stat st;
  char *target_text;

  fresh_dir (dir, "symlink");
  test_path (target, "%s/elsewhere.pot", dir);
  test_path (pot, "%s/catalog.pot", dir);
  test_path (table, "%s/catalog-data.c", dir);
  write_text (target, "an earlier template\n");
  ck_assert_int_eq (symlink ("elsewhere.pot", pot), 0);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s", table);
  result = run_generator (dir, args);

  snprintf (expected, sizeof expected, "catalog-compile: cannot write "
            "'%s': not a regular file (a symbolic link)\n", pot);
  ck_assert_str_eq (result.err, expected);
  ck_assert_int_eq (result.status, 2);
  ck_assert_int_eq (lstat (pot, &st), 0);
  ck_assert (S_ISLNK (st.st_mode));
  target_text = read_file (target, NULL);
  ck_assert_str_eq (target_text, "an earlier template\n");
  ck_assert (!exists (table));
  ck_assert (!has_temporary_file (dir));
  free (target_text);
  free_result (&result);
}
END_TEST

/* As a device would be, a FIFO would be replaced by a file; and
   reading it to compare would wait for a writer for ever.  Refused
   though it is the second output, so that the first is not written
   either.  */
START_TEST (generator_refuses_a_fifo_as_output_and_writes_nothing)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], table[TEST_PATH_SIZE];
  char expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;
  struct stat st;

  fresh_dir (dir, "fifo");
  test_path (pot, "%s/catalog.pot", dir);
  test_path (table, "%s/catalog-data.c", dir);
  ck_assert_int_eq (mkfifo (table, 0644), 0);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s", table);
  result = run_generator (dir, args);

  snprintf (expected, sizeof expected, "catalog-compile: cannot write "
            "'%s': not a regular file (a FIFO)\n", table);
  ck_assert_str_eq (result.err, expected);
  ck_assert_int_eq (result.status, 2);
  ck_assert_int_eq (lstat (table, &st), 0);
  ck_assert (S_ISFIFO (st.st_mode));
  ck_assert (!exists (pot));
  ck_assert (!has_temporary_file (dir));
  free_result (&result);
}
END_TEST

START_TEST (generator_refuses_a_folder_as_output)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;

  fresh_dir (dir, "folder");
  test_path (pot, "%s/a-folder", dir);
  ck_assert_int_eq (mkdir (pot, 0755), 0);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator (dir, args);

  snprintf (expected, sizeof expected, "catalog-compile: cannot write "
            "'%s': not a regular file (a directory)\n", pot);
  ck_assert_int_eq (result.status, 2);
  ck_assert_str_eq (result.err, expected);
  ck_assert (!has_temporary_file (dir));
  free_result (&result);
}
END_TEST

/* Here the temporary file is made, and writing it fails: a limit of
   512 bytes on the size of files (ulimit -f 1) makes the write of the
   template fail with EFBIG rather than kill the generator, since sh
   ignores SIGXFSZ first.  The temporary file must go, and the earlier
   template stay.  */
START_TEST (generator_removes_its_temporary_file_when_writing_fails)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;
  char *pot_text;

  fresh_dir (dir, "too-large");
  test_path (pot, "%s/catalog.pot", dir);
  write_text (pot, "an earlier template\n");
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator_after (dir, "trap '' XFSZ && ulimit -f 1", args);

  snprintf (expected, sizeof expected, "catalog-compile: cannot write "
            "'%s': File too large\n", pot);
  ck_assert_str_eq (result.err, expected);
  ck_assert_int_eq (result.status, 2);
  pot_text = read_file (pot, NULL);
  ck_assert_str_eq (pot_text, "an earlier template\n");
  ck_assert (!has_temporary_file (dir));
  free (pot_text);
  free_result (&result);
}
END_TEST

/* As fopen would make them: 0666 less the umask, not a fixed mode.  */
START_TEST (generator_gives_new_files_the_mode_the_umask_allows)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], table[TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;
  struct stat st;

  fresh_dir (dir, "umask");
  test_path (pot, "%s/catalog.pot", dir);
  test_path (table, "%s/catalog-data.c", dir);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s", table);
  result = run_generator_after (dir, "umask 027", args);

  ck_assert_str_eq (result.err, "");
  ck_assert_int_eq (result.status, 0);
  ck_assert_int_eq (stat (pot, &st), 0);
  ck_assert_uint_eq (st.st_mode & 07777, 0640);
  ck_assert_int_eq (stat (table, &st), 0);
  ck_assert_uint_eq (st.st_mode & 07777, 0640);
  free_result (&result);
}
END_TEST

/* Not read as "SRCDIR//PATH", and named as given.  */
START_TEST (generator_reads_a_catalog_given_by_its_absolute_path)
{
  char dir[TEST_PATH_SIZE], pot[TEST_PATH_SIZE], relative[TEST_PATH_SIZE];
  char catalog[TEST_PATH_SIZE], reference[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, catalog, NULL };
  struct result result;
  char *pot_text;

  fresh_dir (dir, "absolute");
  test_path (relative, "%s/catalogs/good.txt", srcdir ());
  ck_assert_ptr_nonnull (realpath (relative, catalog));
  test_path (pot, "%s/catalog.pot", dir);
  test_path (pot_option, "--pot=%s", pot);
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator (dir, args);

  ck_assert_str_eq (result.err, "");
  ck_assert_int_eq (result.status, 0);
  snprintf (reference, sizeof reference, "\n#: %s:5\n", catalog);
  pot_text = read_file (pot, NULL);
  ck_assert_msg (strstr (pot_text, reference) != NULL,
                 "no '%s' in the template", reference);
  free (pot_text);
  free_result (&result);
}
END_TEST

/* A folder opens like a file, and reading it fails: that is no error
   in the catalog.  */
START_TEST (generator_refuses_a_folder_as_catalog)
{
  char dir[TEST_PATH_SIZE], expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs", NULL };
  struct result result;

  fresh_dir (dir, "folder-catalog");
  test_path (pot_option, "--pot=%s/catalog.pot", dir);
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator (dir, args);

  snprintf (expected, sizeof expected, "catalog-compile: cannot read "
            "'%s/catalogs': Is a directory\n", srcdir ());
  ck_assert_str_eq (result.err, expected);
  ck_assert_int_eq (result.status, 2);
  free_result (&result);
}
END_TEST

START_TEST (generator_names_the_catalog_file_without_entries)
{
  char dir[TEST_PATH_SIZE], catalog[TEST_PATH_SIZE];
  char expected[2 * TEST_PATH_SIZE];
  char pot_option[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         catalog, NULL };
  struct result result;

  fresh_dir (dir, "empty");
  test_path (catalog, "%s/empty.txt", dir);
  write_text (catalog, "");
  test_path (pot_option, "--pot=%s/catalog.pot", dir);
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator (dir, args);

  snprintf (expected, sizeof expected, "%s: error: no entries (an entry "
            "starts with a line such as '-- 455')\n"
            "catalog-compile: 1 error; nothing written\n", catalog);
  ck_assert_str_eq (result.err, expected);
  ck_assert_int_eq (result.status, 1);
  free_result (&result);
}
END_TEST

START_TEST (generator_help_exits_0_with_usage_on_stdout)
{
  char dir[TEST_PATH_SIZE];
  const char *args[] = { "--help", NULL };
  struct result result;
  static const char usage[] =
    "Usage: catalog-compile [--srcdir=DIR] --pot=FILE --table=FILE "
    "CATALOG...\n";

  fresh_dir (dir, "help");
  result = run_generator (dir, args);
  ck_assert_int_eq (result.status, 0);
  ck_assert_msg (strncmp (result.out, usage, strlen (usage)) == 0,
                 "--help printed '%s'", result.out);
  ck_assert_str_eq (result.err, "");
  free_result (&result);
}
END_TEST

START_TEST (generator_without_pot_is_a_usage_error)
{
  char dir[TEST_PATH_SIZE], table_option[TEST_PATH_SIZE];
  const char *args[] = { table_option, "catalogs/good.txt", NULL };
  struct result result;

  fresh_dir (dir, "usage");
  test_path (table_option, "--table=%s/catalog-data.c", dir);
  result = run_generator (dir, args);
  ck_assert_int_eq (result.status, 2);
  ck_assert_str_eq (result.err, "catalog-compile: --pot, --table and at "
                    "least one catalog file are required\n"
                    "Try 'catalog-compile --help' for more "
                    "information.\n");
  ck_assert_str_eq (result.out, "");
  free_result (&result);
}
END_TEST

START_TEST (generator_refuses_one_file_for_both_outputs)
{
  char dir[TEST_PATH_SIZE], pot_option[TEST_PATH_SIZE];
  char table_option[TEST_PATH_SIZE], path[TEST_PATH_SIZE];
  char expected[TEST_PATH_SIZE];
  const char *args[] = { pot_option, table_option, "catalogs/good.txt",
                         NULL };
  struct result result;

  fresh_dir (dir, "same");
  test_path (path, "%s/out", dir);
  test_path (pot_option, "--pot=%s", path);
  /* The same file by another name.  */
  test_path (table_option, "--table=%s/./out", dir);
  result = run_generator (dir, args);
  ck_assert_int_eq (result.status, 2);
  test_path (expected, "catalog-compile: --pot and --table name the same "
             "file '%s'\n", path);
  ck_assert_str_eq (result.err, expected);
  ck_assert_int_eq (access (path, F_OK), -1);
  free_result (&result);
}
END_TEST

static Suite *
generator_suite (void)
{
  Suite *suite = suite_create ("generator");
  TCase *determinism = tcase_create ("determinism");
  TCase *pot = tcase_create ("template");
  TCase *quoting = tcase_create ("quoting");
  TCase *table = tcase_create ("table");
  TCase *program = tcase_create ("program");

  tcase_add_test (determinism, pot_written_twice_is_the_same);
  tcase_add_test (determinism, table_written_twice_is_the_same);
  tcase_add_test (determinism, two_parses_give_the_same_pot);
  tcase_add_test (determinism, two_parses_give_the_same_table);
  suite_add_tcase (suite, determinism);

  tcase_add_checked_fixture (pot, load_real_pot, free_real_pot);
  tcase_add_test (pot, pot_starts_with_its_header);
  tcase_add_test (pot, pot_has_five_messages_per_entry);
  tcase_add_test (pot, pot_messages_have_code_and_field_as_context);
  tcase_add_test (pot, pot_notes_name_the_code_and_title);
  tcase_add_test (pot, pot_note_for_455_fix_reads_in_full);
  tcase_add_test (pot, pot_title_reference_is_the_title_line_of_its_entry);
  tcase_add_test (pot,
                  pot_section_reference_is_the_section_line_of_its_entry);
  tcase_add_test (pot, pot_references_all_point_at_the_start_of_their_field);
  tcase_add_test (pot, pot_msgids_unquote_to_the_catalog_text);
  suite_add_tcase (suite, pot);

  tcase_add_unchecked_fixture (quoting, make_temp_dir, remove_temp_dir);
  tcase_add_test (quoting, pot_quotes_quote_and_backslash_in_title);
  tcase_add_test (quoting,
                  pot_writes_each_paragraph_as_a_string_ending_in_newline);
  tcase_add_test (quoting, pot_with_quotes_is_accepted_by_msgfmt);
  tcase_add_test (quoting, pot_of_good_fixture_keeps_non_ascii_and_quotes);
  suite_add_tcase (suite, quoting);

  tcase_set_timeout (table, 60);
  tcase_add_unchecked_fixture (table, make_temp_dir, remove_temp_dir);
  tcase_add_test (table, table_of_good_fixture_compiles);
  tcase_add_test (table, table_writes_non_ascii_bytes_in_octal);
  tcase_add_test (table, table_strings_compile_back_to_the_catalog_text);
  tcase_add_test (table, table_writes_question_marks_escaped);
  tcase_add_test (table, table_with_trigraphs_prints_its_text_under_c11);
  tcase_add_test (table, table_quotes_the_catalog_file_name);
  suite_add_tcase (suite, table);

  tcase_set_timeout (program, 60);
  tcase_add_unchecked_fixture (program, make_temp_dir, remove_temp_dir);
  tcase_add_test (program, generator_exits_1_on_a_catalog_with_errors);
  tcase_add_test (program,
                  generator_reports_the_error_and_that_nothing_was_written);
  tcase_add_test (program, generator_leaves_earlier_outputs_alone_on_errors);
  tcase_add_test (program, generator_writes_what_the_library_functions_write);
  tcase_add_test (program,
                  generator_exits_2_when_the_output_folder_is_missing);
  tcase_add_test (program, generator_refuses_a_symbolic_link_as_output);
  tcase_add_test (program,
                  generator_refuses_a_fifo_as_output_and_writes_nothing);
  tcase_add_test (program, generator_refuses_a_folder_as_output);
  tcase_add_test (program,
                  generator_removes_its_temporary_file_when_writing_fails);
  tcase_add_test (program,
                  generator_gives_new_files_the_mode_the_umask_allows);
  tcase_add_test (program,
                  generator_reads_a_catalog_given_by_its_absolute_path);
  tcase_add_test (program, generator_refuses_a_folder_as_catalog);
  tcase_add_test (program, generator_names_the_catalog_file_without_entries);
  tcase_add_test (program, generator_help_exits_0_with_usage_on_stdout);
  tcase_add_test (program, generator_without_pot_is_a_usage_error);
  tcase_add_test (program, generator_refuses_one_file_for_both_outputs);
  suite_add_tcase (suite, program);

  return suite;
}

int
main (void)
{
  return test_run_suite (generator_suite ());
}
