/* check_mo.c - tests of the .mo reader

   The reader is held to gettext's own tools: msgfmt writes the files
   it reads, and msgunfmt, which reads them independently, must agree
   with it on every message.  Damaged files are written byte by byte.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "mo.h"
#include "test-util.h"

#define WHY_SIZE 160

/* A .mo header is seven words; the hand-built files put the table of
   original strings right after it.  */
#define HEADER_SIZE 28
#define MAGIC 0x950412deU

/* The English title of 455, a key in several fixtures.  */
static const char title_455[] = "Server unable to accommodate parameters";

/* The folder the tests of a test case work in.  It is made and
   removed outside the tests' processes, so that a failing test leaves
   nothing behind.  */
static char temp_dir[TEST_PATH_SIZE];

/* A gettext catalog in German, which has two plural forms, with every
   kind of entry the reader must tell apart.  */
static const char fixture_header[] =
  "Project-Id-Version: smtpexplain tests\n"
  "Language: de\n"
  "MIME-Version: 1.0\n"
  "Content-Type: text/plain; charset=UTF-8\n"
  "Content-Transfer-Encoding: 8bit\n"
  "Plural-Forms: nplurals=2; plural=(n != 1);\n";

static const char fixture_po[] =
  "msgid \"\"\n"
  "msgstr \"\"\n"
  "\"Project-Id-Version: smtpexplain tests\\n\"\n"
  "\"Language: de\\n\"\n"
  "\"MIME-Version: 1.0\\n\"\n"
  "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
  "\"Content-Transfer-Encoding: 8bit\\n\"\n"
  "\"Plural-Forms: nplurals=2; plural=(n != 1);\\n\"\n"
  "\n"
  "msgctxt \"455|title\"\n"
  "msgid \"Server unable to accommodate parameters\"\n"
  "msgstr \"Server kann die Parameter nicht annehmen\"\n"
  "\n"
  "msgid \"Server unable to accommodate parameters\"\n"
  "msgstr \"Parameter nicht annehmbar\"\n"
  "\n"
  "msgctxt \"455|fix\"\n"
  "msgid \"Retry later.\"\n"
  "msgstr \"Später erneut versuchen.\"\n"
  "\n"
  "msgid \"%d recipient\"\n"
  "msgid_plural \"%d recipients\"\n"
  "msgstr[0] \"ein Empfänger (%d)\"\n"
  "msgstr[1] \"%d Empfänger\"\n"
  "\n"
  "msgid \"Untranslated message\"\n"
  "msgstr \"\"\n"
  "\n"
  "msgid \"Two\\nlines\\n\"\n"
  "msgstr \"Zwei\\nZeilen\\n\"\n";

/* A message of a hand-built .mo file.  */
struct pair
{
  const char *key;
  const char *translation;
};

/* The hand-built file most damage is done to.  Its layout, from
   build_mo: header, originals at 28, translations at 44, then "apple"
   at 60, "pear" at 66, "Apfel" at 71 and "Birne" at 77; 83 bytes.  */
static const struct pair fruit[] =
{
  { "apple", "Apfel" },
  { "pear", "Birne" }
};

#define FRUIT_COUNT (sizeof fruit / sizeof fruit[0])
#define FRUIT_SIZE 83

/* The largest .mo file the reader reads: 16 MiB.  */
#define MAX_SIZE 16777216

static void
setup (void)
{
  test_temp_dir (temp_dir, "check_mo");
}

static void
teardown (void)
{
  test_remove_tree (temp_dir);
}

/* Store in PATH the name NAME inside the test's folder.  */
static void
temp_path (char *path, const char *name)
{
  test_path (path, "%s/%s", temp_dir, name);
}

/* Compile the fixture catalog into MO_NAME in the given byte order,
   "big" or "little", and store its path in PATH.  */
static void
compile_fixture (char *path, const char *mo_name, const char *endianness)
{
  char po[TEST_PATH_SIZE];
  char option[32];
  char *argv[] = { "msgfmt", option, "-o", path, po, NULL };

  temp_path (po, "fixture.po");
  test_write_file (po, fixture_po, sizeof fixture_po - 1);
  temp_path (path, mo_name);
  snprintf (option, sizeof option, "--endianness=%s", endianness);
  ck_assert_msg (test_run_command (argv, NULL, NULL) == 0, "%s failed",
                 argv[0]);
}

static void
put_word (unsigned char *p, uint32_t value, int big_endian)
{
  int i;

  for (i = 0; i < 4; i++)
    p[big_endian ? 3 - i : i] = (unsigned char) (value >> (8 * i));
}

/* Put string S at *AT in DATA and describe it in the table entry at
   ENTRY.  */
static void
put_string (unsigned char *data, size_t entry, size_t *at, const char *s,
            int big_endian)
{
  size_t length = strlen (s);

  put_word (data + entry, (uint32_t) length, big_endian);
  put_word (data + entry + 4, (uint32_t) *at, big_endian);
  memcpy (data + *at, s, length + 1);
  *at += length + 1;
}

/* A .mo file holding PAIRS in the order given, without a hash table:
   the header, the two tables, the original strings, the translations.
   The caller frees it.  */
static unsigned char *
build_mo (const struct pair *pairs, size_t count, int big_endian,
          size_t *size)
{
  size_t originals = HEADER_SIZE;
  size_t translations = originals + 8 * count;
  size_t at = translations + 8 * count;
  size_t i;
  unsigned char *data;

  *size = at;
  for (i = 0; i < count; i++)
    *size += strlen (pairs[i].key) + strlen (pairs[i].translation) + 2;
  data = calloc (1, *size);
  ck_assert_ptr_nonnull (data);

  put_word (data, MAGIC, big_endian);
  put_word (data + 8, (uint32_t) count, big_endian);
  put_word (data + 12, (uint32_t) originals, big_endian);
  put_word (data + 16, (uint32_t) translations, big_endian);
  put_word (data + 24, (uint32_t) at, big_endian);
  for (i = 0; i < count; i++)
    put_string (data, originals + 8 * i, &at, pairs[i].key, big_endian);
  for (i = 0; i < count; i++)
    put_string (data, translations + 8 * i, &at, pairs[i].translation,
                big_endian);
  return data;
}

/* Write DATA, SIZE bytes, as a .mo file and open it.  */
static int
open_bytes (const unsigned char *data, size_t size, struct mo_file **mo,
            char *why)
{
  char path[TEST_PATH_SIZE];

  temp_path (path, "bytes.mo");
  test_write_file (path, data, size);
  return smtpx__mo_open (path, mo, why, WHY_SIZE);
}

static struct mo_file *
open_or_fail (const char *path)
{
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  ck_assert_msg (smtpx__mo_open (path, &mo, why, sizeof why) == 0, "%s: %s",
                 path, why);
  return mo;
}

static struct mo_file *
open_fixture (const char *endianness)
{
  char path[TEST_PATH_SIZE];

  compile_fixture (path, "fixture.mo", endianness);
  return open_or_fail (path);
}

/* Check that DATA, SIZE bytes, is refused with errno EINVAL and the
   reason EXPECTED.  */
static void
assert_damaged (const unsigned char *data, size_t size, const char *expected)
{
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";
  int result = open_bytes (data, size, &mo, why);
  int err = errno;

  ck_assert_int_eq (result, -1);
  ck_assert_int_eq (err, EINVAL);
  ck_assert_str_eq (why, expected);
  ck_assert_ptr_null (mo);
}

/* Check that the fruit file, with the word at OFFSET set to VALUE, is
   refused for the reason EXPECTED.  */
static void
assert_fruit_word_damages (size_t offset, uint32_t value,
                           const char *expected)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);

  ck_assert_uint_eq (size, FRUIT_SIZE);
  put_word (data + offset, value, 0);
  assert_damaged (data, size, expected);
  free (data);
}

/* Check that the fruit file with byte OFFSET set to VALUE is refused
   for the reason EXPECTED.  */
static void
assert_fruit_byte_damages (size_t offset, unsigned char value,
                           const char *expected)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);

  data[offset] = value;
  assert_damaged (data, size, expected);
  free (data);
}

/* The comparison with msgunfmt: it writes the catalog out as a .po
   file, even one with only the header entry (--force-po), and msgexec
   prints four NUL-terminated fields per message and plural form: "-"
   or "+CONTEXT", the msgid, the plural form number or "", and the
   msgstr.  The paths travel in the environment so that no quoting can
   go wrong.  */
static const char msgunfmt_command[] =
  "msgunfmt --force-po -o \"$CHECK_MO_PO\" -- \"$CHECK_MO_FILE\""
  " && msgexec -i \"$CHECK_MO_PO\" sh -c '"
  "if [ -n \"${MSGEXEC_MSGCTXT+set}\" ];"
  " then printf \"+%s\\0\" \"$MSGEXEC_MSGCTXT\";"
  " else printf \"%s\\0\" -; fi;"
  " printf \"%s\\0%s\\0\" \"$MSGEXEC_MSGID\" \"${MSGEXEC_PLURAL_FORM-}\";"
  " cat; printf \"\\0\"'";

/* The whole output of COMMAND, which must succeed; *SIZE is its
   length.  The caller frees it.  */
static char *
read_command (const char *command, size_t *size)
{
  size_t allocated = 4096;
  char *output = malloc (allocated);
  FILE *pipe = popen (command, "r");
  size_t got;

  ck_assert_ptr_nonnull (output);
  ck_assert_msg (pipe != NULL, "popen: %s", strerror (errno));
  *size = 0;
  while ((got = fread (output + *size, 1, allocated - *size, pipe)) > 0)
    {
      *size += got;
      if (*size == allocated)
        {
          allocated *= 2;
          output = realloc (output, allocated);
          ck_assert_ptr_nonnull (output);
        }
    }
  ck_assert_msg (pclose (pipe) == 0, "%s failed", command);
  return output;
}

/* Check one record of msgunfmt's: MO must translate MSGID in CONTEXT
   to MSGSTR, and for plural form FORM of a plural message the
   translation's FORM-th part must be MSGSTR.  */
static void
assert_record (const struct mo_file *mo, const char *path,
               const char *context, const char *msgid, const char *form,
               const char *msgstr)
{
  const char *found = smtpx__mo_lookup (mo, context, msgid);
  long n = *form != '\0' ? strtol (form, NULL, 10) : 0;

  if (*msgstr == '\0' && n == 0)
    {
      ck_assert_msg (found == NULL, "%s: \"%s\" in context \"%s\":"
                     " expected no translation, got \"%s\"", path, msgid,
                     context != NULL ? context : "(none)", found);
      return;
    }
  ck_assert_msg (found != NULL, "%s: \"%s\" in context \"%s\" not found",
                 path, msgid, context != NULL ? context : "(none)");
  for (; n > 0; n--)
    found += strlen (found) + 1;
  ck_assert_msg (strcmp (found, msgstr) == 0,
                 "%s: \"%s\" in context \"%s\", form \"%s\":"
                 " expected \"%s\", got \"%s\"", path, msgid,
                 context != NULL ? context : "(none)", form, msgstr, found);
}

/* Check every message msgunfmt finds in the .mo file PATH against the
   reader.  Returns the number of records checked.  */
static size_t
assert_matches_msgunfmt (const char *path)
{
  char po[TEST_PATH_SIZE];
  size_t size;
  size_t records = 0;
  struct mo_file *mo = open_or_fail (path);
  char *output;
  const char *p;

  temp_path (po, "msgunfmt.po");
  setenv ("CHECK_MO_FILE", path, 1);
  setenv ("CHECK_MO_PO", po, 1);
  output = read_command (msgunfmt_command, &size);
  ck_assert_msg (size > 0 && output[size - 1] == '\0',
                 "%s: msgexec printed no complete record", path);

  for (p = output; p < output + size; records++)
    {
      const char *fields[4];
      int i;

      for (i = 0; i < 4; i++)
        {
          ck_assert_msg (p < output + size, "%s: record %zu is cut short",
                         path, records);
          fields[i] = p;
          p += strlen (p) + 1;
        }
      assert_record (mo, path, fields[0][0] == '+' ? fields[0] + 1 : NULL,
                     fields[1], fields[2], fields[3]);
    }

  free (output);
  smtpx__mo_close (mo);
  return records;
}

START_TEST (reader_matches_msgunfmt_for_every_gmo_in_po_builddir)
{
  const char *dir_name = getenv ("PO_BUILDDIR");
  DIR *dir;
  struct dirent *entry;
  size_t files = 0;

  ck_assert_msg (dir_name != NULL && *dir_name != '\0',
                 "PO_BUILDDIR must name the folder of the .gmo files");
  dir = opendir (dir_name);
  ck_assert_msg (dir != NULL, "PO_BUILDDIR %s: %s", dir_name,
                 strerror (errno));

  while ((entry = readdir (dir)) != NULL)
    {
      size_t length = strlen (entry->d_name);
      char path[TEST_PATH_SIZE];

      if (length <= 4 || strcmp (entry->d_name + length - 4, ".gmo") != 0)
        continue;
      snprintf (path, sizeof path, "%s/%s", dir_name, entry->d_name);
      ck_assert_msg (assert_matches_msgunfmt (path) > 0,
                     "%s: msgunfmt found no message", path);
      files++;
    }
  closedir (dir);

  ck_assert_msg (files > 0, "PO_BUILDDIR %s holds no .gmo file", dir_name);
}
END_TEST

START_TEST (reader_matches_msgunfmt_on_little_endian_fixture)
{
  char path[TEST_PATH_SIZE];

  compile_fixture (path, "little.mo", "little");

  /* The header, two messages in context, one without, two plural
     forms and the two-line message; msgfmt drops the untranslated.  */
  ck_assert_uint_eq (assert_matches_msgunfmt (path), 7);
}
END_TEST

START_TEST (reader_matches_msgunfmt_on_big_endian_fixture)
{
  char path[TEST_PATH_SIZE];

  compile_fixture (path, "big.mo", "big");
  ck_assert_uint_eq (assert_matches_msgunfmt (path), 7);
}
END_TEST

START_TEST (lookup_finds_message_in_its_context)
{
  struct mo_file *mo = open_fixture ("little");

  ck_assert_str_eq (smtpx__mo_lookup (mo, "455|title", title_455),
                    "Server kann die Parameter nicht annehmen");
  ck_assert_str_eq (smtpx__mo_lookup (mo, "455|fix", "Retry later."),
                    "Später erneut versuchen.");
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_without_context_finds_message_without_context)
{
  struct mo_file *mo = open_fixture ("little");

  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, title_455),
                    "Parameter nicht annehmbar");
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "Two\nlines\n"),
                    "Zwei\nZeilen\n");
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_keeps_contexts_apart)
{
  struct mo_file *mo = open_fixture ("little");

  ck_assert_ptr_null (smtpx__mo_lookup (mo, "455|fix", title_455));
  ck_assert_ptr_null (smtpx__mo_lookup (mo, "455", "Retry later."));
  ck_assert_ptr_null (smtpx__mo_lookup (mo, "455|fixes", "Retry later."));
  ck_assert_ptr_null (smtpx__mo_lookup (mo, "", "Retry later."));
  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "Retry later."));
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_matches_plural_message_on_its_singular)
{
  struct mo_file *mo = open_fixture ("little");
  const char *found = smtpx__mo_lookup (mo, NULL, "%d recipient");

  ck_assert_str_eq (found, "ein Empfänger (%d)");
  ck_assert_str_eq (found + strlen (found) + 1, "%d Empfänger");
  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "%d recipients"));
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_returns_null_for_untranslated_message)
{
  struct mo_file *mo = open_fixture ("little");

  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "Untranslated message"));
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_returns_null_for_unknown_message)
{
  struct mo_file *mo = open_fixture ("little");

  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "No such message"));
  ck_assert_ptr_null (smtpx__mo_lookup (mo, "455|title", "No such message"));
  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "Server unable"));
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_returns_header_for_empty_msgid)
{
  struct mo_file *mo = open_fixture ("little");

  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, ""), fixture_header);
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_returns_null_for_empty_translation_in_file)
{
  static const struct pair pairs[] = { { "plum", "" }, { "pear", "Birne" } };
  size_t size;
  unsigned char *data = build_mo (pairs, 2, 0, &size);
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  ck_assert_int_eq (open_bytes (data, size, &mo, why), 0);
  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "plum"));
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "pear"), "Birne");
  smtpx__mo_close (mo);
  free (data);
}
END_TEST

START_TEST (lookup_does_not_trust_the_order_in_the_file)
{
  static const struct pair pairs[] =
  {
    { "pear", "Birne" },
    { "ctx\004cherry", "Kirsche" },
    { "apple", "Apfel" },
    { "", "Language: de\n" },
    { "quince", "Quitte" }
  };
  size_t size;
  unsigned char *data = build_mo (pairs, 5, 0, &size);
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  ck_assert_int_eq (open_bytes (data, size, &mo, why), 0);
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "apple"), "Apfel");
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "pear"), "Birne");
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "quince"), "Quitte");
  ck_assert_str_eq (smtpx__mo_lookup (mo, "ctx", "cherry"), "Kirsche");
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, ""), "Language: de\n");
  smtpx__mo_close (mo);
  free (data);
}
END_TEST

START_TEST (open_ignores_the_hash_table)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  put_word (data + 20, 0xffffffffU, 0);
  put_word (data + 24, 0xfffffff0U, 0);
  ck_assert_int_eq (open_bytes (data, size, &mo, why), 0);
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "pear"), "Birne");
  smtpx__mo_close (mo);
  free (data);
}
END_TEST

START_TEST (open_accepts_minor_revision_1)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  put_word (data + 4, 1, 0);
  ck_assert_int_eq (open_bytes (data, size, &mo, why), 0);
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "apple"), "Apfel");
  smtpx__mo_close (mo);
  free (data);
}
END_TEST

START_TEST (big_endian_file_from_msgfmt_reads_like_little_endian)
{
  char little_path[TEST_PATH_SIZE];
  char big_path[TEST_PATH_SIZE];
  struct mo_file *little;
  struct mo_file *big;

  compile_fixture (little_path, "little.mo", "little");
  compile_fixture (big_path, "big.mo", "big");
  little = open_or_fail (little_path);
  big = open_or_fail (big_path);

  ck_assert_str_eq (smtpx__mo_lookup (big, "455|title", title_455),
                    "Server kann die Parameter nicht annehmen");
  ck_assert_str_eq (smtpx__mo_lookup (big, NULL, "%d recipient"),
                    smtpx__mo_lookup (little, NULL, "%d recipient"));
  ck_assert_str_eq (smtpx__mo_lookup (big, NULL, ""), fixture_header);
  smtpx__mo_close (little);
  smtpx__mo_close (big);
}
END_TEST

START_TEST (hand_built_big_endian_file_is_read)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 1, &size);
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  ck_assert_uint_eq (data[0], 0x95);
  ck_assert_int_eq (open_bytes (data, size, &mo, why), 0);
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "apple"), "Apfel");
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "pear"), "Birne");
  smtpx__mo_close (mo);
  free (data);
}
END_TEST

START_TEST (open_reports_missing_file_as_enoent)
{
  char path[TEST_PATH_SIZE];
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";
  int result;

  temp_path (path, "no-such-folder/smtpexplain.mo");
  result = smtpx__mo_open (path, &mo, why, sizeof why);
  ck_assert_int_eq (result, -1);
  ck_assert_int_eq (errno, ENOENT);
  ck_assert_ptr_null (mo);
}
END_TEST

START_TEST (open_rejects_a_folder)
{
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";
  int result = smtpx__mo_open (temp_dir, &mo, why, sizeof why);

  ck_assert_int_eq (result, -1);
  ck_assert_int_eq (errno, EINVAL);
  ck_assert_str_eq (why, "not a regular file");
}
END_TEST

START_TEST (open_rejects_empty_file)
{
  assert_damaged ((const unsigned char *) "", 0, "empty file");
}
END_TEST

START_TEST (open_rejects_bad_magic_number)
{
  assert_fruit_byte_damages (0, 0xdf, "not a .mo file (bad magic number)");
}
END_TEST

START_TEST (open_rejects_file_shorter_than_magic_number)
{
  static const unsigned char data[] = { 0xde, 0x12, 0x04 };

  assert_damaged (data, sizeof data, "not a .mo file (bad magic number)");
}
END_TEST

START_TEST (open_rejects_truncated_header)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);

  assert_damaged (data, 20,
                  "truncated header (20 bytes; a .mo header has 28)");
  free (data);
}
END_TEST

START_TEST (open_rejects_unknown_major_revision)
{
  assert_fruit_word_damages (4, 0x00010002U,
                             "unsupported format revision 1.2"
                             " (this reader knows revision 0)");
}
END_TEST

START_TEST (open_rejects_huge_string_count)
{
  assert_fruit_word_damages (8, 0xffffffffU,
                             "table of original strings runs past the end"
                             " of the file");
}
END_TEST

START_TEST (open_rejects_translation_table_past_the_end)
{
  assert_fruit_word_damages (16, FRUIT_SIZE - 8,
                             "table of translations runs past the end"
                             " of the file");
}
END_TEST

START_TEST (open_rejects_original_string_past_the_end)
{
  assert_fruit_word_damages (28 + 8 + 4, FRUIT_SIZE,
                             "original string 1 runs past the end"
                             " of the file");
}
END_TEST

START_TEST (open_rejects_string_length_that_wraps_around)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);

  put_word (data + 28, 0xffffffffU, 0);
  put_word (data + 32, 0x00000001U, 0);
  assert_damaged (data, size,
                  "original string 0 runs past the end of the file");
  free (data);
}
END_TEST

START_TEST (open_rejects_translation_past_the_end)
{
  assert_fruit_word_damages (44 + 8, 80,
                             "translation 1 runs past the end of the file");
}
END_TEST

START_TEST (open_rejects_original_string_without_nul)
{
  /* The NUL after "apple" at 60.  */
  assert_fruit_byte_damages (65, '!', "original string 0 is not"
                             " NUL-terminated");
}
END_TEST

START_TEST (open_rejects_translation_without_nul)
{
  assert_fruit_byte_damages (FRUIT_SIZE - 1, '!', "translation 1 is not"
                             " NUL-terminated");
}
END_TEST

/* The reason a file gives whose strings FIRST and SECOND overlap.  */
#define OVERLAP(first, second) \
  first " and " second " overlap (each string of a .mo file has bytes" \
  " of its own)"

START_TEST (open_rejects_translation_inside_an_original_string)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);

  /* Translation 1 becomes "ple", the end of "apple" at 60.  */
  put_word (data + 44 + 8, 3, 0);
  put_word (data + 44 + 8 + 4, 62, 0);
  assert_damaged (data, size, OVERLAP ("original string 0",
                                       "translation 1"));
  free (data);
}
END_TEST

START_TEST (open_rejects_two_translations_in_one_place)
{
  /* Translation 1 becomes "Apfel" at 71, translation 0.  */
  assert_fruit_word_damages (44 + 8 + 4, 71,
                             OVERLAP ("translation 0", "translation 1"));
}
END_TEST

START_TEST (open_rejects_strings_that_share_only_a_nul)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);

  /* Translation 1 becomes "", the NUL that ends "apple" at 65.  */
  put_word (data + 44 + 8, 0, 0);
  put_word (data + 44 + 8 + 4, 65, 0);
  assert_damaged (data, size, OVERLAP ("original string 0",
                                       "translation 1"));
  free (data);
}
END_TEST

/* The hostile file a tester wrote: SHARED_KEYS keys, key I being the
   run of SHARED_RUN letters 'a' from its I-th letter on, so that every
   two keys but the last letters are alike; the translations are all
   empty, each with a NUL of its own.  Sorted with strcmp, the keys
   took more than a minute.  */
#define SHARED_KEYS 30000
#define SHARED_RUN 15000000

START_TEST (open_rejects_keys_that_share_one_long_run)
{
  size_t originals = HEADER_SIZE;
  size_t translations = originals + 8 * SHARED_KEYS;
  size_t run = translations + 8 * SHARED_KEYS;
  size_t empty = run + SHARED_RUN + 1;
  size_t size = empty + SHARED_KEYS;
  unsigned char *data = calloc (1, size);
  size_t i;

  ck_assert_uint_le (size, MAX_SIZE);
  ck_assert_ptr_nonnull (data);
  put_word (data, MAGIC, 0);
  put_word (data + 8, SHARED_KEYS, 0);
  put_word (data + 12, (uint32_t) originals, 0);
  put_word (data + 16, (uint32_t) translations, 0);
  memset (data + run, 'a', SHARED_RUN);
  for (i = 0; i < SHARED_KEYS; i++)
    {
      put_word (data + originals + 8 * i, (uint32_t) (SHARED_RUN - i), 0);
      put_word (data + originals + 8 * i + 4, (uint32_t) (run + i), 0);
      put_word (data + translations + 8 * i + 4, (uint32_t) (empty + i),
                0);
    }

  /* Refused for the overlap, found before any key is compared.  */
  assert_damaged (data, size, OVERLAP ("original string 0",
                                       "original string 1"));
  free (data);
}
END_TEST

START_TEST (open_cuts_reason_to_why_size)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);
  char path[TEST_PATH_SIZE];
  struct mo_file *mo = NULL;
  char why[10];

  data[0] = 0;
  temp_path (path, "bad.mo");
  test_write_file (path, data, size);
  ck_assert_int_eq (smtpx__mo_open (path, &mo, why, sizeof why), -1);
  ck_assert_str_eq (why, "not a .mo");
  free (data);
}
END_TEST

START_TEST (open_rejects_every_truncation_of_a_file)
{
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);
  size_t length;

  for (length = 0; length < size; length++)
    {
      struct mo_file *mo = NULL;
      char why[WHY_SIZE] = "";

      ck_assert_msg (open_bytes (data, length, &mo, why) == -1,
                     "a file cut to %zu bytes was accepted", length);
    }
  free (data);
}
END_TEST

/* Look MSGID up and read the whole answer, as a caller would.  */
static void
read_translation (const struct mo_file *mo, const char *context,
                  const char *msgid)
{
  const char *found = smtpx__mo_lookup (mo, context, msgid);

  if (found != NULL)
    ck_assert_uint_gt (strlen (found), 0);
}

/* Set each byte of the fruit file in turn to each of a few values;
   whatever opens must answer lookups, which the sanitizers and
   valgrind watch for reads outside the file.  */
START_TEST (corrupted_bytes_never_lead_outside_the_file)
{
  static const unsigned char values[] = { 0x00, 0x01, 0x7f, 0x80, 0xff };
  size_t size;
  unsigned char *data = build_mo (fruit, FRUIT_COUNT, 0, &size);
  size_t offset;
  size_t v;

  for (offset = 0; offset < size; offset++)
    for (v = 0; v < sizeof values; v++)
      {
        unsigned char saved = data[offset];
        struct mo_file *mo = NULL;
        char why[WHY_SIZE] = "";

        data[offset] = values[v];
        if (open_bytes (data, size, &mo, why) == 0)
          {
            read_translation (mo, NULL, "apple");
            read_translation (mo, NULL, "pear");
            read_translation (mo, "ctx", "pear");
            smtpx__mo_close (mo);
          }
        else
          ck_assert_msg (why[0] != '\0', "byte %zu = %u: no reason given",
                         offset, values[v]);
        data[offset] = saved;
      }
  free (data);
}
END_TEST

/* Check that opening PATH fails with errno ERR and the reason
   EXPECTED.  */
static void
assert_open_fails (const char *path, int err, const char *expected)
{
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";
  int result = smtpx__mo_open (path, &mo, why, sizeof why);
  int open_err = errno;

  ck_assert_int_eq (result, -1);
  ck_assert_int_eq (open_err, err);
  ck_assert_str_eq (why, expected);
  ck_assert_ptr_null (mo);
}

/* Make PATH a file of SIZE bytes that holds no data, so that even a
   huge one costs no disk space.  */
static void
make_sparse_file (const char *path, off_t size)
{
  int fd = open (path, O_WRONLY | O_CREAT | O_TRUNC, 0644);

  ck_assert_msg (fd >= 0, "%s: %s", path, strerror (errno));
  ck_assert_msg (ftruncate (fd, size) == 0, "ftruncate %s: %s", path,
                 strerror (errno));
  ck_assert_int_eq (close (fd), 0);
}

/* Without a writer, opening a FIFO for reading waits forever unless
   the reader asks not to wait.  The test case's timeout catches a
   reader that waits.  With CK_FORK=no, as under valgrind, Check has
   no timeout, and its SIGALRM handler would kill the whole process
   group; a plain alarm ends the test program alone.  */
START_TEST (open_rejects_a_fifo_without_waiting)
{
  char path[TEST_PATH_SIZE];
  struct sigaction plain;
  struct sigaction saved;
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";
  int result;
  int err;

  temp_path (path, "fifo.mo");
  ck_assert_msg (mkfifo (path, 0600) == 0, "mkfifo %s: %s", path,
                 strerror (errno));

  memset (&plain, 0, sizeof plain);
  plain.sa_handler = SIG_DFL;
  sigemptyset (&plain.sa_mask);
  ck_assert_int_eq (sigaction (SIGALRM, &plain, &saved), 0);
  alarm (10);
  result = smtpx__mo_open (path, &mo, why, sizeof why);
  err = errno;
  alarm (0);
  ck_assert_int_eq (sigaction (SIGALRM, &saved, NULL), 0);

  ck_assert_int_eq (result, -1);
  ck_assert_int_eq (err, EINVAL);
  ck_assert_str_eq (why, "not a regular file");
}
END_TEST

START_TEST (open_reads_a_file_of_exactly_16_mib)
{
  char path[TEST_PATH_SIZE];

  /* Read, and found to hold zeros where the magic number goes.  */
  temp_path (path, "16mib.mo");
  make_sparse_file (path, MAX_SIZE);
  assert_open_fails (path, EINVAL, "not a .mo file (bad magic number)");
}
END_TEST

START_TEST (open_rejects_a_file_one_byte_over_16_mib)
{
  char path[TEST_PATH_SIZE];

  temp_path (path, "over.mo");
  make_sparse_file (path, MAX_SIZE + 1);
  assert_open_fails (path, EFBIG,
                     "too large (16777217 bytes; at most 16777216)");
}
END_TEST

START_TEST (open_rejects_a_2_gib_file_without_reading_it)
{
  char path[TEST_PATH_SIZE];

  temp_path (path, "huge.mo");
  make_sparse_file (path, (off_t) 2048 * 1024 * 1024);
  assert_open_fails (path, EFBIG,
                     "too large (2147483648 bytes; at most 16777216)");
}
END_TEST

/* The reason for errno ERR: "cannot be read (File name too long)" in
   the C locale of glibc.  */
static void
io_reason (char *reason, int err)
{
  snprintf (reason, WHY_SIZE, "cannot be read (%s)", strerror (err));
}

START_TEST (open_describes_an_over_long_name)
{
  char path[TEST_PATH_SIZE];
  char name[300];
  char expected[WHY_SIZE];

  memset (name, 'a', sizeof name - 1);
  name[sizeof name - 1] = '\0';
  temp_path (path, name);
  io_reason (expected, ENAMETOOLONG);
  assert_open_fails (path, ENAMETOOLONG, expected);
}
END_TEST

START_TEST (open_describes_a_symbolic_link_loop)
{
  char path[TEST_PATH_SIZE];
  char expected[WHY_SIZE];

  temp_path (path, "loop.mo");
  ck_assert_msg (symlink ("loop.mo", path) == 0, "symlink %s: %s", path,
                 strerror (errno));
  io_reason (expected, ELOOP);
  assert_open_fails (path, ELOOP, expected);
}
END_TEST

/* Translations that reach a caller as they are: tabs, newlines and
   characters of every UTF-8 length.  */
static const struct pair fit[] =
{
  { "tab", "Zwei\nZeilen\tund ein Tab\n" },
  { "japanese", "パラメータ" },
  { "emoji", "😀 © ü" },
  { "last of unicode", "\364\217\277\277" }
};

/* Translations that must not reach a terminal: control characters
   of C0 and C1, and byte sequences that are not UTF-8.  */
static const struct pair unfit[] =
{
  { "escape", "\033[2J\033[31mrot" },
  { "bell", "Klingel\a" },
  { "return", "alt\rneu" },
  { "backspace", "ab\bc" },
  { "delete", "ab\177" },
  { "csi", "\302\2332J" },
  { "next line", "eins\302\205zwei" },
  { "latin-1", "gr\374n" },
  { "overlong slash", "\300\257" },
  { "overlong in three bytes", "\340\200\257" },
  { "surrogate", "\355\240\200" },
  { "past U+10FFFF", "\364\220\200\200" },
  { "cut short", "abc\343\203" },
  { "lone continuation", "\200" }
};

/* A file holding MESSAGE and the pear of the fruit file, opened.  */
static struct mo_file *
open_with_pear (const struct pair *message)
{
  struct pair pairs[2];
  size_t size;
  unsigned char *data;
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";

  pairs[0] = *message;
  pairs[1] = fruit[1];
  data = build_mo (pairs, 2, 0, &size);
  ck_assert_msg (open_bytes (data, size, &mo, why) == 0, "%s", why);
  free (data);
  return mo;
}

START_TEST (lookup_keeps_utf8_tabs_and_newlines)
{
  struct mo_file *mo = open_with_pear (&fit[_i]);

  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, fit[_i].key),
                    fit[_i].translation);
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_drops_translation_unfit_for_a_terminal)
{
  struct mo_file *mo = open_with_pear (&unfit[_i]);

  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, unfit[_i].key));
  ck_assert_str_eq (smtpx__mo_lookup (mo, NULL, "pear"), "Birne");
  smtpx__mo_close (mo);
}
END_TEST

START_TEST (lookup_drops_plural_message_with_an_unfit_later_form)
{
  /* '|' becomes the NUL between the two forms.  */
  static const struct pair pairs[] =
  {
    { "%d apple", "ein Apfel|\033[31m%d Äpfel" },
    { "%d pear", "eine Birne|%d Birnen" }
  };
  size_t size;
  unsigned char *data = build_mo (pairs, 2, 0, &size);
  struct mo_file *mo = NULL;
  char why[WHY_SIZE] = "";
  const char *pear;

  for (size_t i = 0; i < size; i++)
    if (data[i] == '|')
      data[i] = '\0';
  ck_assert_int_eq (open_bytes (data, size, &mo, why), 0);
  ck_assert_ptr_null (smtpx__mo_lookup (mo, NULL, "%d apple"));
  pear = smtpx__mo_lookup (mo, NULL, "%d pear");
  ck_assert_str_eq (pear, "eine Birne");
  ck_assert_str_eq (pear + strlen (pear) + 1, "%d Birnen");
  smtpx__mo_close (mo);
  free (data);
}
END_TEST

static Suite *
mo_suite (void)
{
  Suite *suite = suite_create ("mo");
  TCase *msgunfmt = tcase_create ("msgunfmt");
  TCase *lookup = tcase_create ("lookup");
  TCase *order = tcase_create ("byte order");
  TCase *damage = tcase_create ("damaged files");
  TCase *special = tcase_create ("special files");
  TCase *unfit_text = tcase_create ("unfit translations");

  /* msgexec runs a shell for every message of every catalog.  */
  tcase_set_timeout (msgunfmt, 300);
  tcase_add_unchecked_fixture (msgunfmt, setup, teardown);
  tcase_add_test (msgunfmt,
                  reader_matches_msgunfmt_for_every_gmo_in_po_builddir);
  tcase_add_test (msgunfmt, reader_matches_msgunfmt_on_little_endian_fixture);
  tcase_add_test (msgunfmt, reader_matches_msgunfmt_on_big_endian_fixture);
  suite_add_tcase (suite, msgunfmt);

  tcase_add_unchecked_fixture (lookup, setup, teardown);
  tcase_add_test (lookup, lookup_finds_message_in_its_context);
  tcase_add_test (lookup,
                  lookup_without_context_finds_message_without_context);
  tcase_add_test (lookup, lookup_keeps_contexts_apart);
  tcase_add_test (lookup, lookup_matches_plural_message_on_its_singular);
  tcase_add_test (lookup, lookup_returns_null_for_untranslated_message);
  tcase_add_test (lookup, lookup_returns_null_for_unknown_message);
  tcase_add_test (lookup, lookup_returns_header_for_empty_msgid);
  tcase_add_test (lookup, lookup_returns_null_for_empty_translation_in_file);
  tcase_add_test (lookup, lookup_does_not_trust_the_order_in_the_file);
  tcase_add_test (lookup, open_ignores_the_hash_table);
  tcase_add_test (lookup, open_accepts_minor_revision_1);
  suite_add_tcase (suite, lookup);

  tcase_add_unchecked_fixture (order, setup, teardown);
  tcase_add_test (order, big_endian_file_from_msgfmt_reads_like_little_endian);
  tcase_add_test (order, hand_built_big_endian_file_is_read);
  suite_add_tcase (suite, order);

  tcase_set_timeout (damage, 60);
  tcase_add_unchecked_fixture (damage, setup, teardown);
  tcase_add_test (damage, open_reports_missing_file_as_enoent);
  tcase_add_test (damage, open_rejects_a_folder);
  tcase_add_test (damage, open_rejects_empty_file);
  tcase_add_test (damage, open_rejects_bad_magic_number);
  tcase_add_test (damage, open_rejects_file_shorter_than_magic_number);
  tcase_add_test (damage, open_rejects_truncated_header);
  tcase_add_test (damage, open_rejects_unknown_major_revision);
  tcase_add_test (damage, open_rejects_huge_string_count);
  tcase_add_test (damage, open_rejects_translation_table_past_the_end);
  tcase_add_test (damage, open_rejects_original_string_past_the_end);
  tcase_add_test (damage, open_rejects_string_length_that_wraps_around);
  tcase_add_test (damage, open_rejects_translation_past_the_end);
  tcase_add_test (damage, open_rejects_original_string_without_nul);
  tcase_add_test (damage, open_rejects_translation_without_nul);
  tcase_add_test (damage, open_rejects_translation_inside_an_original_string);
  tcase_add_test (damage, open_rejects_two_translations_in_one_place);
  tcase_add_test (damage, open_rejects_strings_that_share_only_a_nul);
  tcase_add_test (damage, open_rejects_keys_that_share_one_long_run);
  tcase_add_test (damage, open_cuts_reason_to_why_size);
  tcase_add_test (damage, open_rejects_every_truncation_of_a_file);
  tcase_add_test (damage, corrupted_bytes_never_lead_outside_the_file);
  suite_add_tcase (suite, damage);

  /* Long enough to read 16 MiB under valgrind, short enough that a
     reader waiting on the FIFO fails soon.  */
  tcase_set_timeout (special, 20);
  tcase_add_unchecked_fixture (special, setup, teardown);
  tcase_add_test (special, open_rejects_a_fifo_without_waiting);
  tcase_add_test (special, open_reads_a_file_of_exactly_16_mib);
  tcase_add_test (special, open_rejects_a_file_one_byte_over_16_mib);
  tcase_add_test (special, open_rejects_a_2_gib_file_without_reading_it);
  tcase_add_test (special, open_describes_an_over_long_name);
  tcase_add_test (special, open_describes_a_symbolic_link_loop);
  suite_add_tcase (suite, special);

  tcase_add_unchecked_fixture (unfit_text, setup, teardown);
  tcase_add_loop_test (unfit_text, lookup_keeps_utf8_tabs_and_newlines,
                       0, sizeof fit / sizeof fit[0]);
  tcase_add_loop_test (unfit_text,
                       lookup_drops_translation_unfit_for_a_terminal,
                       0, sizeof unfit / sizeof unfit[0]);
  tcase_add_test (unfit_text,
                  lookup_drops_plural_message_with_an_unfit_later_form);
  suite_add_tcase (suite, unfit_text);

  return suite;
}

int
main (void)
{
  return test_run_suite (mo_suite ());
}
