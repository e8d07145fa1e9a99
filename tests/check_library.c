/* check_library.c - the library as a caller sees it

   Runs against the compiled catalog and the translations built from
   po/, read from the locale tree that tests/Makefile.am lays out
   (SMTPEXPLAIN_LOCALEDIR).  */

#include <config.h>

#include <check.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "smtpexplain.h"
#include "test-util.h"

/* The 45 basic codes of RFC 5321 and its extensions
   (shared/reference/smtp-codes.md, section 1a).  */
static const int basic_codes[] = {
  211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 355, 421, 422,
  430, 432, 450, 451, 452, 453, 454, 455, 458, 459, 500, 501, 502, 503,
  504, 521, 523, 524, 525, 530, 533, 534, 535, 538, 550, 551, 552, 553,
  554, 555, 556
};
#define BASIC_COUNT (sizeof basic_codes / sizeof *basic_codes)

static smtpx_lang *
open_lang (const char *languages)
{
  smtpx_lang *lang = smtpx_lang_new (languages,
                                     getenv ("SMTPEXPLAIN_LOCALEDIR"));

  ck_assert_ptr_nonnull (lang);
  return lang;
}

START_TEST (test_code_parse_accepts_three_digits_with_class_2_to_5)
{
  int code = 0;

  ck_assert_int_eq (smtpx_code_parse ("455", &code), SMTPX_OK);
  ck_assert_int_eq (code, 455);
  ck_assert_int_eq (smtpx_code_parse ("299", &code), SMTPX_OK);
  ck_assert_int_eq (code, 299);
  ck_assert_int_eq (smtpx_code_parse ("519", &code), SMTPX_OK);
  ck_assert_int_eq (code, 519);
}
END_TEST

START_TEST (test_code_parse_rejects_text_outside_the_grammar)
{
  static const char *const invalid[] = {
    "600", "199", "4x5", "1234", "45", "", " 455", "455 ", "-55", "4.5"
  };
  int code = 7;

  for (size_t i = 0; i < sizeof invalid / sizeof *invalid; i++)
    ck_assert_msg (smtpx_code_parse (invalid[i], &code) == SMTPX_INVALID,
                   "'%s' was accepted", invalid[i]);
  ck_assert_int_eq (code, 7);
  ck_assert_int_eq (smtpx_code_parse (NULL, &code), SMTPX_INVALID);
  ck_assert_int_eq (smtpx_code_parse ("455", NULL), SMTPX_OK);
  ck_assert_int_eq (smtpx_format_matches (NULL, "%1$s"), 0);
  ck_assert_int_eq (smtpx_format_matches ("%1$s", NULL), 0);
  ck_assert_int_eq (smtpx_format_matches ("RFC %1$u", "RFC %1$u"), 1);
  ck_assert_int_eq (smtpx_code_parse ("4x5", NULL), SMTPX_INVALID);
}
END_TEST

START_TEST (test_catalog_holds_exactly_the_45_basic_codes)
{
  ck_assert_uint_eq (smtpx_entry_count (), BASIC_COUNT);
  for (size_t i = 0; i < BASIC_COUNT; i++)
    {
      const struct smtpx_entry *e = smtpx_entry_at (i);

      ck_assert_int_eq (e->code, basic_codes[i]);
      ck_assert_ptr_eq (smtpx_entry_find (basic_codes[i]), e);
    }
  ck_assert_ptr_null (smtpx_entry_at (BASIC_COUNT));
  ck_assert_ptr_null (smtpx_entry_find (299));
}
END_TEST

START_TEST (test_entry_455_has_its_catalog_data)
{
  const struct smtpx_entry *e = smtpx_entry_find (455);

  ck_assert_int_eq (e->origin, SMTPX_ORIGIN_STANDARD);
  ck_assert_str_eq (e->commands[0], "MAIL");
  ck_assert_str_eq (e->commands[1], "RCPT");
  ck_assert_ptr_null (e->commands[2]);
  ck_assert_uint_eq (e->refs[0].rfc, 5321);
  ck_assert_str_eq (e->refs[0].section, "4.1.1.11");
  ck_assert_str_eq (e->text[SMTPX_TITLE],
                    "Server unable to accommodate parameters");
  ck_assert_int_eq (strncmp (e->source, "catalog/basic.txt:", 18), 0);
  ck_assert_uint_eq (strspn (e->source + 18, "0123456789"),
                     strlen (e->source + 18));
}
END_TEST

START_TEST (test_every_related_code_has_an_entry)
{
  for (size_t i = 0; i < smtpx_entry_count (); i++)
    {
      const struct smtpx_entry *e = smtpx_entry_at (i);

      for (size_t r = 0; r < e->related_count; r++)
        ck_assert_msg (smtpx_entry_find (e->related[r]) != NULL,
                       "%d lists %d", e->code, e->related[r]);
    }
}
END_TEST

START_TEST (test_every_entry_in_english_is_the_catalog_text)
{
  smtpx_lang *lang = open_lang ("en");

  for (size_t i = 0; i < smtpx_entry_count (); i++)
    {
      const struct smtpx_entry *e = smtpx_entry_at (i);
      struct smtpx_explanation x;

      ck_assert_int_eq (smtpx_explain (lang, e->code, &x), SMTPX_OK);
      ck_assert_ptr_eq (x.entry, e);
      for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
        {
          ck_assert_str_eq (x.text[f], e->text[f]);
          ck_assert_str_eq (x.text_lang[f], "en");
        }
      smtpx_explanation_free (&x);
    }
  ck_assert_str_eq (smtpx_lang_name (lang), "en");
  smtpx_lang_free (lang);
}
END_TEST

static bool
has_non_ascii (const char *text)
{
  for (; *text != '\0'; text++)
    if ((unsigned char) *text >= 0x80)
      return true;
  return false;
}

/* Japanese is complete: every field of every entry comes back in
   Japanese, which always holds characters outside ASCII.  */
START_TEST (test_every_entry_in_japanese_is_translated)
{
  smtpx_lang *lang = open_lang ("ja");

  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  for (size_t i = 0; i < smtpx_entry_count (); i++)
    {
      const struct smtpx_entry *e = smtpx_entry_at (i);

      for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
        {
          const char *used = NULL;
          const char *text = smtpx_text (lang, e, f, &used);

          ck_assert_msg (strcmp (used, "ja") == 0,
                         "%d field %d is not in Japanese", e->code, f);
          ck_assert_str_ne (text, e->text[f]);
          ck_assert_msg (has_non_ascii (text), "%d field %d has no "
                         "Japanese", e->code, f);
        }
    }
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_headings_and_class_names_in_japanese)
{
  smtpx_lang *lang = open_lang ("ja_JP.UTF-8");

  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading", "Description",
                                        NULL), "説明");
  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading",
                                        "When you see this code", NULL),
                    "このコードが表示される場合");
  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading", "How to fix it",
                                        NULL), "解決方法");
  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading", "Learn more",
                                        NULL), "詳しく見る");
  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading", "Key differences",
                                        NULL), "主な違い");
  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading",
                                        "When to use which", NULL),
                    "どちらをいつ使うか");
  ck_assert_str_eq (smtpx_class_name (lang, 455), "一時的否定完了");
  ck_assert_str_eq (smtpx_class_name (lang, 250), "肯定完了");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_class_and_category_names_in_english)
{
  smtpx_lang *lang = open_lang ("en");

  ck_assert_str_eq (smtpx_class_name (lang, 211), "positive completion");
  ck_assert_str_eq (smtpx_class_name (lang, 354), "positive intermediate");
  ck_assert_str_eq (smtpx_class_name (lang, 455),
                    "transient negative completion");
  ck_assert_str_eq (smtpx_class_name (lang, 550),
                    "permanent negative completion");
  ck_assert_str_eq (smtpx_category_name (lang, 501), "syntax");
  ck_assert_str_eq (smtpx_category_name (lang, 211), "information");
  ck_assert_str_eq (smtpx_category_name (lang, 421), "connections");
  ck_assert_str_eq (smtpx_category_name (lang, 235), "unspecified");
  ck_assert_str_eq (smtpx_category_name (lang, 550), "mail system");
  ck_assert_str_eq (smtpx_category_name (lang, 299), "unspecified");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_unknown_code_is_explained_from_its_digits)
{
  smtpx_lang *lang = open_lang ("en");
  struct smtpx_explanation x;

  ck_assert_int_eq (smtpx_explain (lang, 519, &x), SMTPX_UNKNOWN);
  ck_assert_int_eq (x.entry->code, 519);
  ck_assert_int_eq (x.entry->origin, SMTPX_ORIGIN_NONE);
  ck_assert_ptr_null (x.entry->commands[0]);
  ck_assert_uint_eq (x.entry->related_count, 0);
  ck_assert_uint_eq (x.entry->refs[0].rfc, 5321);
  ck_assert_str_eq (x.entry->refs[0].section, "4.2.1");
  ck_assert_str_eq (x.text[SMTPX_TITLE], "Not defined by any standard");
  ck_assert_str_eq (x.text[SMTPX_DESCRIPTION],
                    "519 is not defined by any RFC or in the IANA registry, "
                    "so this explanation comes from its digits alone. The "
                    "first digit, 5, means that the action failed and that "
                    "repeating it unchanged will fail again. The second "
                    "digit, 1, marks a reply to a request for information, "
                    "such as status or help.");
  smtpx_explanation_free (&x);
  ck_assert_ptr_null (x.owned);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_japanese_digit_sentences_have_no_spaces)
{
  smtpx_lang *lang = open_lang ("ja");
  struct smtpx_explanation x;

  ck_assert_int_eq (smtpx_explain (lang, 299, &x), SMTPX_UNKNOWN);
  ck_assert_str_eq (x.text_lang[SMTPX_DESCRIPTION], "ja");
  ck_assert_ptr_null (strstr (x.text[SMTPX_DESCRIPTION], "。 "));
  ck_assert_ptr_nonnull (strstr (x.text[SMTPX_DESCRIPTION], "299"));
  smtpx_explanation_free (&x);
  smtpx_lang_free (lang);
}
END_TEST

/* The templates for a code without an entry are printf formats, used
   only when their translation asks for the same arguments: the
   Japanese ones all do.  */
START_TEST (test_japanese_templates_pass_the_format_check)
{
  smtpx_lang *lang = open_lang ("ja");
  struct smtpx_explanation x;

  ck_assert_int_eq (smtpx_explain (lang, 519, &x), SMTPX_UNKNOWN);
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    ck_assert_msg (strcmp (x.text_lang[f], "ja") == 0,
                   "field %d is in %s", f, x.text_lang[f]);
  ck_assert_ptr_nonnull (strstr (x.text[SMTPX_WHEN], "519"));
  ck_assert_ptr_nonnull (strstr (x.text[SMTPX_USE], "519"));
  smtpx_explanation_free (&x);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_explain_rejects_codes_outside_the_grammar)
{
  smtpx_lang *lang = open_lang ("en");
  struct smtpx_explanation x;

  ck_assert_int_eq (smtpx_explain (lang, 600, &x), SMTPX_INVALID);
  ck_assert_int_eq (smtpx_explain (lang, 1234, &x), SMTPX_INVALID);
  ck_assert_int_eq (smtpx_explain (lang, 99, &x), SMTPX_INVALID);
  ck_assert_int_eq (smtpx_explain (lang, -455, &x), SMTPX_INVALID);
  ck_assert_ptr_null (x.entry);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_language_list_falls_back_to_the_next_language)
{
  smtpx_lang *lang = open_lang ("xx:ja:de");
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_name (lang), "ja");
  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading", "Description",
                                        &used), "説明");
  ck_assert_str_eq (used, "ja");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_missing_translation_falls_back_to_english)
{
  smtpx_lang *lang = open_lang ("ja");
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_gettext (lang, "heading",
                                        "No such heading", &used),
                    "No such heading");
  ck_assert_str_eq (used, "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_language_without_translation_is_english)
{
  smtpx_lang *lang = open_lang ("xx_YY");
  struct smtpx_explanation x;

  ck_assert_str_eq (smtpx_lang_name (lang), "en");
  ck_assert_ptr_null (smtpx_lang_problem (lang));
  ck_assert_int_eq (smtpx_explain (lang, 455, &x), SMTPX_OK);
  ck_assert_str_eq (x.text[SMTPX_TITLE],
                    "Server unable to accommodate parameters");
  ck_assert_str_eq (x.text_lang[SMTPX_TITLE], "en");
  smtpx_explanation_free (&x);
  smtpx_lang_free (lang);
}
END_TEST

/* Misuse the header defines: NULL for a language is English.  */
START_TEST (test_null_lang_is_english)
{
  const struct smtpx_entry *e = smtpx_entry_find (455);
  static const char msgid[] = "Description";
  static const char format[] = "RFC %1$u";
  struct smtpx_explanation x;
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_name (NULL), "en");
  ck_assert_ptr_null (smtpx_lang_problem (NULL));
  ck_assert_ptr_eq (smtpx_lang_gettext (NULL, "heading", msgid, &used),
                    msgid);
  ck_assert_str_eq (used, "en");
  ck_assert_ptr_eq (smtpx_lang_format (NULL, "check", format, &used),
                    format);
  ck_assert_str_eq (used, "en");
  ck_assert_ptr_eq (smtpx_text (NULL, e, SMTPX_FIX, &used),
                    e->text[SMTPX_FIX]);
  ck_assert_str_eq (used, "en");
  ck_assert_str_eq (smtpx_class_name (NULL, 455),
                    "transient negative completion");
  ck_assert_str_eq (smtpx_category_name (NULL, 550), "mail system");

  ck_assert_int_eq (smtpx_explain (NULL, 455, &x), SMTPX_OK);
  ck_assert_ptr_eq (x.text[SMTPX_TITLE], e->text[SMTPX_TITLE]);
  ck_assert_str_eq (x.text_lang[SMTPX_TITLE], "en");
  smtpx_explanation_free (&x);

  ck_assert_int_eq (smtpx_explain (NULL, 519, &x), SMTPX_UNKNOWN);
  ck_assert_str_eq (x.text[SMTPX_TITLE], "Not defined by any standard");
  ck_assert_str_eq (x.text_lang[SMTPX_USE], "en");
  smtpx_explanation_free (&x);
}
END_TEST

START_TEST (test_explain_into_null_is_invalid)
{
  smtpx_lang *lang = open_lang ("ja");

  ck_assert_int_eq (smtpx_explain (lang, 455, NULL), SMTPX_INVALID);
  ck_assert_int_eq (smtpx_explain (lang, 519, NULL), SMTPX_INVALID);
  ck_assert_int_eq (smtpx_explain (lang, 600, NULL), SMTPX_INVALID);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_freeing_null_does_nothing)
{
  smtpx_explanation_free (NULL);
  smtpx_lang_free (NULL);
}
END_TEST

/* Freed, an explanation holds nothing, so a second free is harmless
   and a reader by mistake finds NULL rather than freed memory.  */
START_TEST (test_freed_explanation_is_empty)
{
  smtpx_lang *lang = open_lang ("ja");
  struct smtpx_explanation x;

  ck_assert_int_eq (smtpx_explain (lang, 519, &x), SMTPX_UNKNOWN);
  smtpx_explanation_free (&x);
  ck_assert_ptr_null (x.entry);
  ck_assert_ptr_null (x.owned);
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    {
      ck_assert_ptr_null (x.text[f]);
      ck_assert_ptr_null (x.text_lang[f]);
    }
  smtpx_explanation_free (&x);
  ck_assert_ptr_null (x.owned);
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_null_msgid_gives_null)
{
  smtpx_lang *lang = open_lang ("ja");
  const char *used = "ja";

  ck_assert_ptr_null (smtpx_lang_gettext (lang, "heading", NULL, &used));
  ck_assert_ptr_null (used);
  used = "ja";
  ck_assert_ptr_null (smtpx_lang_format (lang, NULL, NULL, &used));
  ck_assert_ptr_null (used);
  ck_assert_ptr_null (smtpx_lang_gettext (NULL, NULL, NULL, NULL));
  smtpx_lang_free (lang);
}
END_TEST

/* A .mo file keeps its header as the translation of "": that is no
   message, and stays "".  */
START_TEST (test_empty_msgid_gives_empty_not_the_header)
{
  smtpx_lang *lang = open_lang ("ja");
  const char *used = NULL;

  ck_assert_str_eq (smtpx_lang_gettext (lang, NULL, "", &used), "");
  ck_assert_str_eq (used, "en");
  ck_assert_str_eq (smtpx_lang_format (lang, NULL, "", &used), "");
  ck_assert_str_eq (used, "en");
  smtpx_lang_free (lang);
}
END_TEST

START_TEST (test_text_of_no_field_is_null)
{
  smtpx_lang *lang = open_lang ("ja");
  const struct smtpx_entry *e = smtpx_entry_find (455);
  const char *used = "ja";

  ck_assert_ptr_null (smtpx_text (lang, e, SMTPX_FIELD_COUNT, &used));
  ck_assert_ptr_null (used);
  ck_assert_ptr_null (smtpx_text (lang, e, (enum smtpx_field) -1, NULL));
  ck_assert_ptr_null (smtpx_text (lang, e, (enum smtpx_field) 1000, NULL));
  used = "ja";
  ck_assert_ptr_null (smtpx_text (lang, NULL, SMTPX_TITLE, &used));
  ck_assert_ptr_null (used);
  smtpx_lang_free (lang);
}
END_TEST

static Suite *
library_suite (void)
{
  Suite *s = suite_create ("library");
  TCase *codes = tcase_create ("codes");
  TCase *entries = tcase_create ("entries");
  TCase *languages = tcase_create ("languages");
  TCase *misuse = tcase_create ("misuse");

  tcase_add_test (codes,
                  test_code_parse_accepts_three_digits_with_class_2_to_5);
  tcase_add_test (codes, test_code_parse_rejects_text_outside_the_grammar);
  tcase_add_test (codes, test_explain_rejects_codes_outside_the_grammar);
  tcase_add_test (codes, test_unknown_code_is_explained_from_its_digits);
  tcase_add_test (codes, test_class_and_category_names_in_english);
  suite_add_tcase (s, codes);

  tcase_add_test (entries, test_catalog_holds_exactly_the_45_basic_codes);
  tcase_add_test (entries, test_entry_455_has_its_catalog_data);
  tcase_add_test (entries, test_every_related_code_has_an_entry);
  tcase_add_test (entries, test_every_entry_in_english_is_the_catalog_text);
  tcase_add_test (entries, test_every_entry_in_japanese_is_translated);
  suite_add_tcase (s, entries);

  tcase_add_test (languages, test_headings_and_class_names_in_japanese);
  tcase_add_test (languages,
                  test_japanese_digit_sentences_have_no_spaces);
  tcase_add_test (languages, test_japanese_templates_pass_the_format_check);
  tcase_add_test (languages,
                  test_language_list_falls_back_to_the_next_language);
  tcase_add_test (languages, test_missing_translation_falls_back_to_english);
  tcase_add_test (languages, test_language_without_translation_is_english);
  suite_add_tcase (s, languages);

  tcase_add_test (misuse, test_null_lang_is_english);
  tcase_add_test (misuse, test_explain_into_null_is_invalid);
  tcase_add_test (misuse, test_freeing_null_does_nothing);
  tcase_add_test (misuse, test_freed_explanation_is_empty);
  tcase_add_test (misuse, test_null_msgid_gives_null);
  tcase_add_test (misuse, test_empty_msgid_gives_empty_not_the_header);
  tcase_add_test (misuse, test_text_of_no_field_is_null);
  suite_add_tcase (s, misuse);
  return s;
}

int
main (void)
{
  return test_run_suite (library_suite ());
}
