/* check_wrap.c - wrapping to the terminal's width

   Japanese counts two columns a character and may break between any two
   characters, but a line never starts with 。 or 、; English breaks at
   spaces, which are dropped at the end of a line.  */

#include <config.h>

#include <check.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "wrap.h"
#include "test-util.h"

static char *
wrapped (int width, const char *first, int indent, const char *text)
{
  struct wrap_style style = { .width = width, .bold = false };
  char *result = NULL;
  size_t size = 0;
  FILE *out = open_memstream (&result, &size);

  ck_assert_ptr_nonnull (out);
  wrap_print (out, &style, first, indent, text);
  fclose (out);
  return result;
}

START_TEST (test_english_breaks_at_spaces_and_drops_them)
{
  char *text = wrapped (20, "  ", 2, "The server cannot accommodate "
                        "the parameters right now.");

  ck_assert_str_eq (text, "  The server cannot\n"
                          "  accommodate the\n"
                          "  parameters right\n"
                          "  now.\n");
  free (text);
}
END_TEST

START_TEST (test_paragraphs_are_separated_by_a_blank_line)
{
  char *text = wrapped (80, "  ", 2, "One.\n\nTwo.");

  ck_assert_str_eq (text, "  One.\n\n  Two.\n");
  free (text);
}
END_TEST

START_TEST (test_hanging_indent_for_numbered_items)
{
  char *text = wrapped (24, "  1. ", 5, "After 455 the client keeps "
                        "the message.");

  ck_assert_str_eq (text, "  1. After 455 the\n"
                          "     client keeps the\n"
                          "     message.\n");
  free (text);
}
END_TEST

START_TEST (test_a_newline_inside_a_paragraph_keeps_the_indent)
{
  char *text = wrapped (80, "  ", 2, "One line.\nAnother line.");

  ck_assert_str_eq (text, "  One line.\n  Another line.\n");
  free (text);
  text = wrapped (80, "  ", 2, "Ends in a newline.\n");
  ck_assert_str_eq (text, "  Ends in a newline.\n");
  free (text);
}
END_TEST

START_TEST (test_rfc_and_its_number_stay_on_one_line)
{
  char *text = wrapped (24, "", 0, "252 is defined in RFC 5321 and RFC "
                        "1985.");

  ck_assert_str_eq (text, "252 is defined in\n"
                          "RFC 5321 and RFC 1985.\n");
  free (text);
}
END_TEST

/* Each line of TEXT fits WIDTH columns and none starts with a mark
   that Japanese typesetting keeps at the end of the previous line.  */
static void
assert_japanese_lines_fit (const char *text, int width)
{
  const char *line = text;

  while (*line != '\0')
    {
      const char *end = strchr (line, '\n');
      char *copy = strndup (line, (size_t) (end - line));

      ck_assert_int_le (u8_strwidth ((const uint8_t *) copy, "UTF-8"),
                        width);
      ck_assert_msg (strncmp (copy, "  。", 5) != 0
                     && strncmp (copy, "  、", 5) != 0,
                     "line starts with a closing mark: %s", copy);
      free (copy);
      line = end + 1;
    }
}

START_TEST (test_japanese_counts_two_columns_and_keeps_marks_attached)
{
  const char *paragraph = "送信側サーバーはメッセージをキューに保持し、"
    "後で再試行します。応答が何時間も続く場合にのみ、送信側の管理者が"
    "応答テキストを確認します。";

  for (int width = 12; width <= 40; width++)
    {
      char *text = wrapped (width, "  ", 2, paragraph);

      assert_japanese_lines_fit (text, width);
      free (text);
    }
}
END_TEST

START_TEST (test_japanese_text_is_kept_whole)
{
  const char *paragraph = "受信側の管理者は、サーバーのログを確認します。";
  char *text = wrapped (16, "", 0, paragraph);
  char *joined = calloc (1, strlen (text) + 1);

  for (const char *c = text; *c; c++)
    if (*c != '\n')
      strncat (joined, c, 1);
  ck_assert_str_eq (joined, paragraph);
  ck_assert_int_eq (u8_check ((const uint8_t *) text, strlen (text))
                    == NULL, 1);
  free (joined);
  free (text);
}
END_TEST

static Suite *
wrap_suite (void)
{
  Suite *s = suite_create ("wrap");
  TCase *t = tcase_create ("wrap");

  tcase_add_test (t, test_english_breaks_at_spaces_and_drops_them);
  tcase_add_test (t, test_paragraphs_are_separated_by_a_blank_line);
  tcase_add_test (t, test_hanging_indent_for_numbered_items);
  tcase_add_test (t, test_rfc_and_its_number_stay_on_one_line);
  tcase_add_test (t, test_a_newline_inside_a_paragraph_keeps_the_indent);
  tcase_add_test (t,
                  test_japanese_counts_two_columns_and_keeps_marks_attached);
  tcase_add_test (t, test_japanese_text_is_kept_whole);
  suite_add_tcase (s, t);
  return s;
}

int
main (void)
{
  return test_run_suite (wrap_suite ());
}
