/* check_lang.c - tests of how the library chooses languages

   Each test reads catalogs from a locale tree the test case builds
   with msgfmt, so that no locale needs to be installed: the machines
   that run these tests often have only C and POSIX.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include <check.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "format-check.h"
#include "smtpexplain.h"
#include "test-util.h"

/* The messages the catalogs translate, in the contexts the library
   gives its fields.  USE_ID is in no catalog.  */
#define TITLE_CONTEXT "455|title"
#define FIX_CONTEXT "455|fix"
#define USE_CONTEXT "455|use"
static const char title_id[] = "Server unable to accommodate parameters";
static const char fix_id[] = "Retry later with fewer parameters.";
static const char use_id[] = "Send it when a parameter cannot be honoured"
                             " for now.";

/* A catalog of the tree: its folder name and its translations of the
   title and the fix, NULL where it lacks one.  */
struct catalog
{
  const char *name;
  const char *title;
  const char *fix;
};

static const struct catalog catalogs[] =
{
  { "ja", "パラメータを受け付けられません", NULL },
  { "de", "Parameter können nicht berücksichtigt werden",
    "Später mit weniger Parametern erneut versuchen." },
  { "pt_BR", "Parâmetros não suportados pelo servidor", NULL },
  { "pt", "Parâmetros não suportados",
    "Tente mais tarde com menos parâmetros." },
  { "sr@latin", "Server ne može da prihvati parametre", NULL }
};

#define CATALOG_COUNT (sizeof catalogs / sizeof catalogs[0])
#define JA_TITLE (catalogs[0].title)
#define DE_TITLE (catalogs[1].title)
#define DE_FIX (catalogs[1].fix)
#define PT_BR_TITLE (catalogs[2].title)
#define PT_FIX (catalogs[3].fix)
#define SR_LATIN_TITLE (catalogs[4].title)

/* A message of a hand-written catalog.  MSGSTR, NULL for none, goes
   into the .po file as it is, so that it may hold escapes such as
   \033.  */
struct message
{
  const char *context;
  const char *msgid;
  const char *msgstr;
};

/* The formats the library builds an unknown code's explanation with
   (src/explain.c), and one of the program's.  */
#define JOINER_ID "%1$s %2$s %3$s"
#define ORIGIN_ID "%1$s is not defined by any RFC or in the IANA " \
  "registry, so this explanation comes from its digits alone."
#define WHEN_ID "A server that sends %1$s follows a private convention " \
  "or makes an error. The reply text is the only account of what " \
  "happened: read it closely."
#define USE_ID "No standard lets a server send %1$s. Use the defined " \
  "code closest to what you mean: the same first digit, and a second " \
  "digit for the right category."
#define SECTION_ID "RFC %1$u, section %2$s"

/* "eo" holds translations a tester wrote to crash the program or
   take over the terminal, and one good one; "vo" good ones.  */
static const struct message eo_messages[] =
{
  { "unknown", JOINER_ID, "%1$s %2$s … %10$s" },
  { "unknown", ORIGIN_ID, "%n%n%n%n" },
  { "unknown", WHEN_ID, "%1$s、%3$s" },
  { "unknown", USE_ID, "Neniu normo permesas %1$s." },
  { "check", SECTION_ID, "%2$s %1$u %3$s" },
  { TITLE_CONTEXT, title_id, "\\033[2J\\033]0;pwned\\a\\033[31mFALSA" }
};

static const struct message vo_messages[] =
{
  { "check", SECTION_ID, "RFC-o %1$u, sekcio %2$s" },
  { TITLE_CONTEXT, title_id, "Servil no kanon dasumön parametis" }
};

#define EO_USE "Neniu normo permesas 299."
#define VO_SECTION (vo_messages[0].msgstr)
#define VO_TITLE (vo_messages[1].msgstr)

/* Damaged catalogs: "fr" is no .mo file, "it" has only the start of a
   header.  */
static const char fr_bytes[] = "not a catalog\n";
static const unsigned char it_bytes[] =
  { 0xde, 0x12, 0x04, 0x95, 0, 0, 0, 0, 1, 0, 0, 0 };

/* The tree: ROOT holds the locale folder and, beside it, a catalog
   that only a name with a slash could reach.  */
static char root[TEST_PATH_SIZE];
static char locale_dir[TEST_PATH_SIZE];

/* Create the folder PATH and its parents.  */
static void
make_dirs (const char *path)
{
  char copy[TEST_PATH_SIZE];
  char *slash;

  snprintf (copy, sizeof copy, "%s", path);
  for (slash = strchr (copy + 1, '/'); ; slash = strchr (slash + 1, '/'))
    {
      if (slash != NULL)
        *slash = '\0';
      ck_assert_msg (mkdir (copy, 0777) == 0 || errno == EEXIST,
                     "mkdir %s: %s", copy, strerror (errno));
      if (slash == NULL)
        break;
      *slash = '/';
    }
}

/* Store in PATH the .mo file of language NAME under DIR, making its
   folder.  */
static void
catalog_path (char *path, const char *dir, const char *name)
{
  ck_assert_int_lt (snprintf (path, TEST_PATH_SIZE, "%s/%s/LC_MESSAGES",
                              dir, name),
                    TEST_PATH_SIZE - sizeof "/smtpexplain.mo");
  make_dirs (path);
  strcat (path, "/smtpexplain.mo");
}

static void
msgfmt (const char *po, const char *mo)
{
  char *argv[] = { "msgfmt", "-o", (char *) mo, (char *) po, NULL };

  ck_assert_msg (test_run_command (argv, NULL, NULL) == 0,
                 "msgfmt %s failed", po);
}

static void
append_message (FILE *po, const char *context, const char *msgid,
                const char *msgstr)
{
  if (msgstr != NULL)
    fprintf (po, "\nmsgctxt \"%s\"\nmsgid \"%s\"\nmsgstr \"%s\"\n",
             context, msgid, msgstr);
}

/* Compile the COUNT MESSAGES into
   DIR/NAME/LC_MESSAGES/smtpexplain.mo.  */
static void
make_message_catalog (const char *dir, const char *name,
                      const struct message *messages, size_t count)
{
  char po_path[TEST_PATH_SIZE];
  char mo_path[TEST_PATH_SIZE];
  FILE *po;
  size_t i;

  test_path (po_path, "%s/catalog.po", root);
  po = fopen (po_path, "w");
  ck_assert_msg (po != NULL, "%s: %s", po_path, strerror (errno));
  fprintf (po, "msgid \"\"\nmsgstr \"Content-Type: text/plain;"
           " charset=UTF-8\\n\"\n");
  for (i = 0; i < count; i++)
    append_message (po, messages[i].context, messages[i].msgid,
                    messages[i].msgstr);
  ck_assert_int_eq (fclose (po), 0);

  catalog_path (mo_path, dir, name);
  msgfmt (po_path, mo_path);
}

/* Compile CATALOG into DIR/NAME/LC_MESSAGES/smtpexplain.mo.  */
static void
make_catalog (const char *dir, const struct catalog *catalog)
{
  const struct message messages[] =
  {
    { TITLE_CONTEXT, title_id, catalog->title },
    { FIX_CONTEXT, fix_id, catalog->fix }
  };

  make_message_catalog (dir, catalog->name, messages, 2);
}

static void
make_tree (void)
{
  static const struct catalog outside = { "outside", "outside", NULL };
  char path[TEST_PATH_SIZE];
  size_t i;

  test_temp_dir (root, "check_lang");
  test_path (locale_dir, "%s/locale", root);

  for (i = 0; i < CATALOG_COUNT; i++)
    make_catalog (locale_dir, &catalogs[i]);
  make_catalog (root, &outside);
  make_message_catalog (locale_dir, "eo", eo_messages,
                        sizeof eo_messages / sizeof eo_messages[0]);
  make_message_catalog (locale_dir, "vo", vo_messages,
                        sizeof vo_messages / sizeof vo_messages[0]);
  catalog_path (path, locale_dir, "fr");
  test_write_file (path, fr_bytes, sizeof fr_bytes - 1);
  catalog_path (path, locale_dir, "it");
  test_write_file (path, it_bytes, sizeof it_bytes);
}

static void
remove_tree (void)
{
  test_remove_tree (root);
}

/* Start each test from an environment that names no language.  */
static void
clear_environment (void)
{
  unsetenv ("LANGUAGE");
  unsetenv ("LC_ALL");
  unsetenv ("LC_MESSAGES");
  unsetenv ("LANG");
}

static smtpx_lang *
lang_new (const char *languages)
{
  smtpx_lang *lang = smtpx_lang_new (languages, locale_dir);

  ck_assert_ptr_nonnull (lang);
  return lang;
}

/* Check that LANG translates the title to EXPECTED in language
   EXPECTED_USED.  */
static void
assert_title (const smtpx_lang *lang, const char *expected,
              const char *expected_used)
{
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_gettext (lang, TITLE_CONTEXT, title_id,
                                        &used), expected);
  ck_assert_str_eq (used, expected_used);
}

/* Check that the languages chosen from the environment, as it is now,
   are NAME, and that NAME's title comes back.  */
static void
assert_environment_chooses (const char *name, const char *title)
{
  smtpx_lang *lang = lang_new (NULL);

  ck_assert_str_eq (smtpx_lang_name (lang), name);
  assert_title (lang, title, name);
  smtpx_lang_free (lang);
}

START_TEST (language_list_falls_back_entry_by_entry)
{
  smtpx_lang *lang;
  const char *used = NULL;

  setenv ("LANGUAGE", "ja:de", 1);
  setenv ("LANG", "ja_JP.UTF-8", 1);
  lang = lang_new (NULL);

  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  assert_title (lang, JA_TITLE, "ja");
  ck_assert_str_eq (smtpx_lang_gettext (lang, FIX_CONTEXT, fix_id, &used),
                    DE_FIX);
  ck_assert_str_eq (used, "de");
  ck_assert_ptr_eq (smtpx_lang_gettext (lang, USE_CONTEXT, use_id, &used),
                    use_id);
  ck_assert_str_eq (used, "en");
  ck_assert_ptr_null (smtpx_lang_problem (lang));
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (lc_all_beats_lc_messages_and_lang)
{
  setenv ("LC_ALL", "de_DE.UTF-8", 1);
  setenv ("LC_MESSAGES", "ja_JP.UTF-8", 1);
  setenv ("LANG", "pt_BR.UTF-8", 1);
  assert_environment_chooses ("de", DE_TITLE);
}
END_TEST

START_TEST (lc_messages_beats_lang)
{
  setenv ("LC_MESSAGES", "ja_JP.UTF-8", 1);
  setenv ("LANG", "de_DE.UTF-8", 1);
  assert_environment_chooses ("ja", JA_TITLE);
}
END_TEST

START_TEST (lang_counts_when_lc_all_and_lc_messages_are_empty)
{
  setenv ("LC_ALL", "", 1);
  setenv ("LC_MESSAGES", "", 1);
  setenv ("LANG", "pt_BR.UTF-8", 1);
  assert_environment_chooses ("pt_BR", PT_BR_TITLE);
}
END_TEST

START_TEST (language_beats_the_locale)
{
  setenv ("LANGUAGE", "ja", 1);
  setenv ("LANG", "de_DE.UTF-8", 1);
  assert_environment_chooses ("ja", JA_TITLE);
}
END_TEST

START_TEST (empty_language_leaves_the_choice_to_the_locale)
{
  setenv ("LANGUAGE", "", 1);
  setenv ("LANG", "de_DE.UTF-8", 1);
  assert_environment_chooses ("de", DE_TITLE);
}
END_TEST

static const char *const c_locales[] = { "C", "POSIX" };

START_TEST (language_is_ignored_in_the_c_locales)
{
  setenv ("LANGUAGE", "ja:de", 1);
  setenv ("LC_ALL", c_locales[_i], 1);
  setenv ("LANG", "de_DE.UTF-8", 1);
  assert_environment_chooses ("en", title_id);
}
END_TEST

START_TEST (language_is_honoured_under_c_utf8)
{
  setenv ("LANGUAGE", "ja:de", 1);
  setenv ("LC_ALL", "C.UTF-8", 1);
  assert_environment_chooses ("ja", JA_TITLE);
}
END_TEST

START_TEST (language_is_ignored_when_no_locale_is_set)
{
  setenv ("LANGUAGE", "ja:de", 1);
  assert_environment_chooses ("en", title_id);
}
END_TEST

START_TEST (explicit_languages_beat_the_environment)
{
  smtpx_lang *lang;

  setenv ("LANGUAGE", "ja", 1);
  setenv ("LC_ALL", "ja_JP.UTF-8", 1);
  lang = lang_new ("de");
  ck_assert_str_eq (smtpx_lang_name (lang), "de");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (explicit_languages_beat_the_c_locale)
{
  smtpx_lang *lang;

  setenv ("LC_ALL", "C", 1);
  lang = lang_new ("ja");
  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (empty_explicit_languages_follow_the_environment)
{
  smtpx_lang *lang;

  setenv ("LANG", "ja_JP.UTF-8", 1);
  lang = lang_new ("");
  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (codeset_is_left_out_of_the_folder_name)
{
  smtpx_lang *lang = lang_new ("ja_JP.UTF-8");

  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  assert_title (lang, JA_TITLE, "ja");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (territory_falls_back_to_the_language)
{
  smtpx_lang *lang = lang_new ("de_AT");

  ck_assert_str_eq (smtpx_lang_name (lang), "de");
  assert_title (lang, DE_TITLE, "de");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (territory_catalog_comes_before_the_language_catalog)
{
  smtpx_lang *lang = lang_new ("pt_BR.UTF-8");
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_name (lang), "pt_BR");
  assert_title (lang, PT_BR_TITLE, "pt_BR");
  ck_assert_str_eq (smtpx_lang_gettext (lang, FIX_CONTEXT, fix_id, &used),
                    PT_FIX);
  ck_assert_str_eq (used, "pt");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (modifier_is_kept_when_the_territory_is_dropped)
{
  smtpx_lang *lang = lang_new ("sr_RS.UTF-8@latin");

  ck_assert_str_eq (smtpx_lang_name (lang), "sr@latin");
  assert_title (lang, SR_LATIN_TITLE, "sr@latin");
  smtpx_lang_free (lang);
}
END_TEST

static const char *const english_first[] =
  { "en:ja", "en_US.UTF-8:ja", "C:ja", "C.UTF-8:ja", "POSIX:ja" };

START_TEST (english_ends_the_list)
{
  smtpx_lang *lang = lang_new (english_first[_i]);

  ck_assert_str_eq (smtpx_lang_name (lang), "en");
  assert_title (lang, title_id, "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (languages_without_catalogs_give_english)
{
  smtpx_lang *lang = lang_new ("xx:yy_ZZ:");

  ck_assert_str_eq (smtpx_lang_name (lang), "en");
  assert_title (lang, title_id, "en");
  ck_assert_ptr_null (smtpx_lang_problem (lang));
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (empty_entries_of_the_list_are_skipped)
{
  smtpx_lang *lang = lang_new ("::de");

  ck_assert_str_eq (smtpx_lang_name (lang), "de");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (name_with_a_slash_cannot_leave_the_locale_folder)
{
  smtpx_lang *lang = lang_new ("de/../../outside:../outside");

  ck_assert_str_eq (smtpx_lang_name (lang), "en");
  assert_title (lang, title_id, "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (damaged_file_is_named_and_skipped)
{
  smtpx_lang *lang = lang_new ("fr:de");
  char expected[TEST_PATH_SIZE];

  test_path (expected, "%s/fr/LC_MESSAGES/smtpexplain.mo:"
             " not a .mo file (bad magic number)", locale_dir);
  ck_assert_str_eq (smtpx_lang_problem (lang), expected);
  ck_assert_str_eq (smtpx_lang_name (lang), "de");
  assert_title (lang, DE_TITLE, "de");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (first_problem_is_kept)
{
  smtpx_lang *lang = lang_new ("it:fr:ja");
  char expected[TEST_PATH_SIZE];

  test_path (expected, "%s/it/LC_MESSAGES/smtpexplain.mo:"
             " truncated header (12 bytes; a .mo header has 28)",
             locale_dir);
  ck_assert_str_eq (smtpx_lang_problem (lang), expected);
  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (missing_catalogs_are_no_problem)
{
  smtpx_lang *lang = lang_new ("xx_YY:ja");

  ck_assert_ptr_null (smtpx_lang_problem (lang));
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (gettext_accepts_null_for_used)
{
  smtpx_lang *lang = lang_new ("ja");

  ck_assert_str_eq (smtpx_lang_gettext (lang, TITLE_CONTEXT, title_id, NULL),
                    JA_TITLE);
  ck_assert_ptr_eq (smtpx_lang_gettext (lang, USE_CONTEXT, use_id, NULL),
                    use_id);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (gettext_tells_contexts_apart)
{
  smtpx_lang *lang = lang_new ("de");

  ck_assert_ptr_eq (smtpx_lang_gettext (lang, NULL, title_id, NULL),
                    title_id);
  ck_assert_ptr_eq (smtpx_lang_gettext (lang, FIX_CONTEXT, title_id, NULL),
                    title_id);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (trailing_slash_on_localedir_makes_no_double_slash)
{
  char dir[TEST_PATH_SIZE];
  char expected[TEST_PATH_SIZE];
  smtpx_lang *lang;

  test_path (dir, "%s//", locale_dir);
  lang = smtpx_lang_new ("fr:de", dir);
  ck_assert_ptr_nonnull (lang);
  test_path (expected, "%s/fr/LC_MESSAGES/smtpexplain.mo:"
             " not a .mo file (bad magic number)", locale_dir);
  ck_assert_str_eq (smtpx_lang_problem (lang), expected);
  assert_title (lang, DE_TITLE, "de");
  smtpx_lang_free (lang);
}
END_TEST

/* Put a damaged catalog in the folder NAME of the tree.  */
static void
make_damaged_catalog (const char *name)
{
  char path[TEST_PATH_SIZE];

  catalog_path (path, locale_dir, name);
  test_write_file (path, fr_bytes, sizeof fr_bytes - 1);
}

/* The problem the damaged catalog of NAME, shown as SHOWN, gives.  */
static void
damaged_problem (char *problem, const char *shown)
{
  test_path (problem, "%s/%s/LC_MESSAGES/smtpexplain.mo:"
             " not a .mo file (bad magic number)", locale_dir, shown);
}

START_TEST (long_language_name_is_cut_in_the_problem)
{
  char name[255 + 1];
  char shown[64 + sizeof "..."];
  char expected[TEST_PATH_SIZE];
  smtpx_lang *lang;

  memset (name, 'a', sizeof name - 1);
  name[sizeof name - 1] = '\0';
  make_damaged_catalog (name);
  lang = lang_new (name);
  snprintf (shown, sizeof shown, "%.64s...", name);
  damaged_problem (expected, shown);
  ck_assert_str_eq (smtpx_lang_problem (lang), expected);
  ck_assert_str_eq (smtpx_lang_name (lang), "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (cut_language_name_keeps_its_characters_whole)
{
  char name[1 + 127 * 2 + 1] = "a";
  char shown[64 + sizeof "..."];
  char expected[TEST_PATH_SIZE];
  smtpx_lang *lang;
  size_t i;

  /* "aéé...", 255 bytes: the 64th byte starts an "é", which is left
     out.  */
  for (i = 0; i < 127; i++)
    memcpy (name + 1 + 2 * i, "é", 2);
  make_damaged_catalog (name);
  lang = lang_new (name);
  snprintf (shown, sizeof shown, "%.63s...", name);
  damaged_problem (expected, shown);
  ck_assert_str_eq (smtpx_lang_problem (lang), expected);
  smtpx_lang_free (lang);
}
END_TEST

/* Names in German whose territory or codeset holds a control
   character (C0, DEL, C1) or bytes that are not UTF-8: "de" was once
   found through each of them.  */
static const char *const unusable_names[] =
{
  "de_\033[2J",
  "de_\t",
  "de_AT\n",
  "de_AT\177",
  "de_\302\233",
  "de_AT.\377"
};

/* Skipped whole, "de" with it, and without a problem.  */
START_TEST (name_with_a_control_character_is_skipped)
{
  char list[TEST_PATH_SIZE];
  smtpx_lang *lang;

  test_path (list, "%s:ja", unusable_names[_i]);
  lang = lang_new (list);
  ck_assert_ptr_null (smtpx_lang_problem (lang));
  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  assert_title (lang, JA_TITLE, "ja");
  smtpx_lang_free (lang);
}
END_TEST

/* "de_" and 253 more letters, one byte too many for a file name, once
   gave "cannot be read (File name too long)" and then "de".  */
START_TEST (name_over_255_bytes_is_skipped_without_a_problem)
{
  char list[256 + sizeof ":ja"] = "de_";
  smtpx_lang *lang;

  memset (list + 3, 'A', 253);
  strcpy (list + 256, ":ja");
  lang = lang_new (list);
  ck_assert_ptr_null (smtpx_lang_problem (lang));
  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  smtpx_lang_free (lang);
}
END_TEST

/* A catalog under a name with an escape sequence is never opened, so
   the name never reaches a problem report.  */
START_TEST (catalog_under_a_name_with_an_escape_is_not_tried)
{
  static const char name[] = "zz\033]0;pwned\a";
  smtpx_lang *lang;

  make_damaged_catalog (name);
  lang = lang_new ("zz\033]0;pwned\a:de");
  ck_assert_ptr_null (smtpx_lang_problem (lang));
  ck_assert_str_eq (smtpx_lang_name (lang), "de");
  smtpx_lang_free (lang);
}
END_TEST

/* "" is the configured folder, as NULL is, not the root folder.  No
   catalog is installed under either on a test machine, so the two can
   only be shown to agree here; that "/" is not searched shows in
   strace.  */
START_TEST (empty_localedir_means_the_configured_folder)
{
  smtpx_lang *empty = smtpx_lang_new ("ja:de", "");
  smtpx_lang *configured = smtpx_lang_new ("ja:de", NULL);

  ck_assert_ptr_nonnull (empty);
  ck_assert_ptr_nonnull (configured);
  ck_assert_str_eq (smtpx_lang_name (empty), smtpx_lang_name (configured));
  ck_assert_pstr_eq (smtpx_lang_problem (empty),
                     smtpx_lang_problem (configured));
  smtpx_lang_free (empty);
  smtpx_lang_free (configured);
}
END_TEST

START_TEST (translation_with_escape_sequences_gives_english)
{
  smtpx_lang *lang = lang_new ("eo");

  assert_title (lang, title_id, "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (translation_with_escape_sequences_gives_the_next_language)
{
  smtpx_lang *lang = lang_new ("eo:vo");

  assert_title (lang, VO_TITLE, "vo");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (format_translation_with_the_same_arguments_is_used)
{
  smtpx_lang *lang = lang_new ("vo");
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_format (lang, "check", SECTION_ID, &used),
                    VO_SECTION);
  ck_assert_str_eq (used, "vo");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (mismatched_format_translation_gives_english)
{
  static const char msgid[] = SECTION_ID;
  smtpx_lang *lang = lang_new ("eo");
  const char *used = NULL;

  ck_assert_ptr_eq (smtpx_lang_format (lang, "check", msgid, &used), msgid);
  ck_assert_str_eq (used, "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (mismatched_format_translation_gives_the_next_language)
{
  smtpx_lang *lang = lang_new ("eo:vo");
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_format (lang, "check", SECTION_ID, &used),
                    VO_SECTION);
  ck_assert_str_eq (used, "vo");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (format_accepts_null_for_used)
{
  smtpx_lang *lang = lang_new ("vo");

  ck_assert_str_eq (smtpx_lang_format (lang, "check", SECTION_ID, NULL),
                    VO_SECTION);
  smtpx_lang_free (lang);
}
END_TEST

/* The translations of "eo" would make printf read arguments that are
   not there or write through %n; the explanation is English instead,
   but for the one template whose translation is sound.  */
START_TEST (explanation_ignores_format_translations_that_do_not_match)
{
  smtpx_lang *lang = lang_new ("eo");
  struct smtpx_explanation x;

  ck_assert_int_eq (smtpx_explain (lang, 299, &x), SMTPX_UNKNOWN);
  ck_assert_str_eq (x.text[SMTPX_DESCRIPTION],
                    "299 is not defined by any RFC or in the IANA registry, "
                    "so this explanation comes from its digits alone. The "
                    "first digit, 2, means that the server completed the "
                    "requested action. The second digit, 9, is outside the "
                    "range 0 to 5 that RFC 5321 allows, so it says "
                    "nothing.");
  ck_assert_str_eq (x.text_lang[SMTPX_DESCRIPTION], "en");
  ck_assert_str_eq (x.text[SMTPX_WHEN],
                    "A server that sends 299 follows a private convention "
                    "or makes an error. The reply text is the only account "
                    "of what happened: read it closely.");
  ck_assert_str_eq (x.text_lang[SMTPX_WHEN], "en");
  ck_assert_str_eq (x.text[SMTPX_USE], EO_USE);
  ck_assert_str_eq (x.text_lang[SMTPX_USE], "eo");
  smtpx_explanation_free (&x);
  smtpx_lang_free (lang);
}
END_TEST

/* The directive matcher itself.  */

START_TEST (format_check_accepts_the_same_directives)
{
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s",
                                         "Klasse: %1$s, %2$s"), 1);
  ck_assert_int_eq (smtpx__format_check ("%1$lu bytes", "%1$lu Bytes"), 1);
  ck_assert_int_eq (smtpx__format_check ("Done.", "Fertig."), 1);
}
END_TEST

START_TEST (format_check_accepts_reordered_arguments)
{
  ck_assert_int_eq (smtpx__format_check ("RFC %1$u, section %2$s",
                                         "%2$s節（RFC %1$u）"), 1);
}
END_TEST

START_TEST (format_check_accepts_a_repeated_argument)
{
  ck_assert_int_eq (smtpx__format_check ("Code %1$s", "%1$s (%1$s)"), 1);
}
END_TEST

START_TEST (format_check_accepts_other_flags_width_and_precision)
{
  ck_assert_int_eq (smtpx__format_check ("%1$s: %2$d", "%1$-12s: %2$+05d"), 1);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$.999s"), 1);
}
END_TEST

START_TEST (format_check_accepts_percent_signs)
{
  ck_assert_int_eq (smtpx__format_check ("%1$u%% done", "%% %1$u %%"), 1);
}
END_TEST

START_TEST (format_check_refuses_a_missing_argument)
{
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s",
                                         "Klasse: %1$s"), 0);
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s", "Klasse"), 0);
}
END_TEST

START_TEST (format_check_refuses_an_extra_argument)
{
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s",
                                         "%1$s %2$s … %10$s"), 0);
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s",
                                         "%1$s、%3$s"), 0);
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s",
                                         "%1$s %2$s %9999999999"
                                         "9999999999$s"), 0);
}
END_TEST

START_TEST (format_check_refuses_another_conversion)
{
  ck_assert_int_eq (smtpx__format_check ("RFC %1$u", "RFC %1$s"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$d codes", "%1$ld codes"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$d codes", "%1$d %1$s"), 0);
}
END_TEST

START_TEST (format_check_refuses_percent_n)
{
  ck_assert_int_eq (smtpx__format_check ("Class: %1$s, %2$s", "%n%n%n%n"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$s%1$n"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$s%1$hhn"), 0);
}
END_TEST

START_TEST (format_check_refuses_a_star)
{
  ck_assert_int_eq (smtpx__format_check ("%1$d", "%1$*1$d"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$.*1$s"), 0);
}
END_TEST

START_TEST (format_check_refuses_unnumbered_directives)
{
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%s"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s, %2$s", "%1$s, %s"), 0);
  ck_assert_int_eq (smtpx__format_check ("%s", "%s"), 0);
}
END_TEST

START_TEST (format_check_refuses_other_directives)
{
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$s %m"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$s 100%"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$s %0$s"), 0);
  ck_assert_int_eq (smtpx__format_check ("%1$s", "%1$1000s"), 0);
}
END_TEST

/* One thread's share of the concurrency test: make a handle for
   LANGUAGES again and again and count the answers that are not
   EXPECTED in language LANGUAGES.  */
struct worker
{
  const char *languages;
  const char *expected;
  int wrong;
};

static void *
work (void *data)
{
  struct worker *worker = data;
  int round;

  for (round = 0; round < 200; round++)
    {
      smtpx_lang *lang = smtpx_lang_new (worker->languages, locale_dir);
      const char *used = NULL;
      const char *title;

      if (lang == NULL)
        {
          worker->wrong++;
          continue;
        }
      title = smtpx_lang_gettext (lang, TITLE_CONTEXT, title_id, &used);
      if (strcmp (title, worker->expected) != 0
          || strcmp (used, worker->languages) != 0
          || strcmp (smtpx_lang_name (lang), worker->languages) != 0)
        worker->wrong++;
      smtpx_lang_free (lang);
    }
  return NULL;
}

START_TEST (two_threads_keep_their_own_languages)
{
  struct worker workers[2] =
  {
    { "ja", NULL, 0 },
    { "de", NULL, 0 }
  };
  pthread_t threads[2];
  int i;

  workers[0].expected = JA_TITLE;
  workers[1].expected = DE_TITLE;
  for (i = 0; i < 2; i++)
    ck_assert_int_eq (pthread_create (&threads[i], NULL, work, &workers[i]),
                      0);
  for (i = 0; i < 2; i++)
    ck_assert_int_eq (pthread_join (threads[i], NULL), 0);

  ck_assert_int_eq (workers[0].wrong, 0);
  ck_assert_int_eq (workers[1].wrong, 0);
}
END_TEST

static Suite *
lang_suite (void)
{
  Suite *suite = suite_create ("lang");
  TCase *environment = tcase_create ("environment");
  TCase *names = tcase_create ("language names");
  TCase *problems = tcase_create ("problems");
  TCase *lookup = tcase_create ("lookup");
  TCase *threads = tcase_create ("threads");
  TCase *formats = tcase_create ("formats");
  TCase *all[] = { environment, names, problems, lookup, threads, formats };
  size_t i;

  for (i = 0; i < sizeof all / sizeof all[0]; i++)
    {
      tcase_add_unchecked_fixture (all[i], make_tree, remove_tree);
      tcase_add_checked_fixture (all[i], clear_environment, NULL);
      tcase_set_timeout (all[i], 60);
      suite_add_tcase (suite, all[i]);
    }

  tcase_add_test (environment, language_list_falls_back_entry_by_entry);
  tcase_add_test (environment, lc_all_beats_lc_messages_and_lang);
  tcase_add_test (environment, lc_messages_beats_lang);
  tcase_add_test (environment,
                  lang_counts_when_lc_all_and_lc_messages_are_empty);
  tcase_add_test (environment, language_beats_the_locale);
  tcase_add_test (environment,
                  empty_language_leaves_the_choice_to_the_locale);
  tcase_add_loop_test (environment, language_is_ignored_in_the_c_locales,
                       0, sizeof c_locales / sizeof c_locales[0]);
  tcase_add_test (environment, language_is_ignored_when_no_locale_is_set);
  tcase_add_test (environment, explicit_languages_beat_the_environment);
  tcase_add_test (environment, explicit_languages_beat_the_c_locale);
  tcase_add_test (environment, language_is_honoured_under_c_utf8);
  tcase_add_test (environment,
                  empty_explicit_languages_follow_the_environment);

  tcase_add_test (names, codeset_is_left_out_of_the_folder_name);
  tcase_add_test (names, territory_falls_back_to_the_language);
  tcase_add_test (names,
                  territory_catalog_comes_before_the_language_catalog);
  tcase_add_test (names, modifier_is_kept_when_the_territory_is_dropped);
  tcase_add_loop_test (names, english_ends_the_list,
                       0, sizeof english_first / sizeof english_first[0]);
  tcase_add_test (names, languages_without_catalogs_give_english);
  tcase_add_test (names, empty_entries_of_the_list_are_skipped);
  tcase_add_test (names, name_with_a_slash_cannot_leave_the_locale_folder);

  tcase_add_test (problems,
                  damaged_file_is_named_and_skipped);
  tcase_add_test (problems, first_problem_is_kept);
  tcase_add_test (problems, missing_catalogs_are_no_problem);
  tcase_add_test (problems, trailing_slash_on_localedir_makes_no_double_slash);
  tcase_add_test (problems, empty_localedir_means_the_configured_folder);
  tcase_add_test (problems, long_language_name_is_cut_in_the_problem);
  tcase_add_test (problems, cut_language_name_keeps_its_characters_whole);
  tcase_add_loop_test (problems, name_with_a_control_character_is_skipped,
                       0, sizeof unusable_names / sizeof unusable_names[0]);
  tcase_add_test (problems, name_over_255_bytes_is_skipped_without_a_problem);
  tcase_add_test (problems, catalog_under_a_name_with_an_escape_is_not_tried);

  tcase_add_test (lookup, gettext_accepts_null_for_used);
  tcase_add_test (lookup, gettext_tells_contexts_apart);
  tcase_add_test (lookup, translation_with_escape_sequences_gives_english);
  tcase_add_test (lookup,
                  translation_with_escape_sequences_gives_the_next_language);

  tcase_add_test (formats, format_translation_with_the_same_arguments_is_used);
  tcase_add_test (formats, mismatched_format_translation_gives_english);
  tcase_add_test (formats,
                  mismatched_format_translation_gives_the_next_language);
  tcase_add_test (formats, format_accepts_null_for_used);
  tcase_add_test (formats,
                  explanation_ignores_format_translations_that_do_not_match);
  tcase_add_test (formats, format_check_accepts_the_same_directives);
  tcase_add_test (formats, format_check_accepts_reordered_arguments);
  tcase_add_test (formats, format_check_accepts_a_repeated_argument);
  tcase_add_test (formats,
                  format_check_accepts_other_flags_width_and_precision);
  tcase_add_test (formats, format_check_accepts_percent_signs);
  tcase_add_test (formats, format_check_refuses_a_missing_argument);
  tcase_add_test (formats, format_check_refuses_an_extra_argument);
  tcase_add_test (formats, format_check_refuses_another_conversion);
  tcase_add_test (formats, format_check_refuses_percent_n);
  tcase_add_test (formats, format_check_refuses_a_star);
  tcase_add_test (formats, format_check_refuses_unnumbered_directives);
  tcase_add_test (formats, format_check_refuses_other_directives);

  tcase_add_test (threads, two_threads_keep_their_own_languages);

  return suite;
}

int
main (void)
{
  return test_run_suite (lang_suite ());
}
