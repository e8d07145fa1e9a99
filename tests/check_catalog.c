/* check_catalog.c - tests of the catalog parser

   Every kind of error the parser knows has a fixture in catalogs/: a
   small catalog that would be valid but for exactly one defect.  Each
   test reads one and holds the parser to the exact diagnostic, so that
   what an author sees is part of the specification.  The valid
   fixtures pin down what a parsed entry holds, and the real catalog
   must parse cleanly into the 45 basic reply codes.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "test-util.h"

#define PATH_SIZE 4096

/* The basic reply codes the catalog explains, in ascending order.  */
static const int basic_codes[] = {
  211, 214, 220, 221, 235, 250, 251, 252, 253, 334, 354, 355, 421, 422,
  430, 432, 450, 451, 452, 453, 454, 455, 458, 459, 500, 501, 502, 503,
  504, 521, 523, 524, 525, 530, 533, 534, 535, 538, 550, 551, 552, 553,
  554, 555, 556
};

#define BASIC_CODE_COUNT (sizeof basic_codes / sizeof basic_codes[0])

/* Fixtures are named in diagnostics as the tests name them, relative
   to the test folder, wherever the build reads them from.  */
static FILE *
open_fixture (const char *name)
{
  const char *srcdir = getenv ("srcdir");
  char path[PATH_SIZE];
  FILE *in;

  snprintf (path, sizeof path, "%s/%s", srcdir ? srcdir : ".", name);
  in = fopen (path, "r");
  ck_assert_msg (in != NULL, "cannot open fixture '%s'", path);
  return in;
}

/* Parse IN into CAT as NAME; store what the parser reported in *DIAG
   (to be freed) and return the error count.  */
static int
parse_stream (struct catalog *cat, const char *name, FILE *in, char **diag)
{
  size_t diag_size;
  FILE *diag_stream = open_memstream (diag, &diag_size);
  int errors;

  ck_assert_ptr_nonnull (diag_stream);
  errors = catalog_parse (cat, name, in, diag_stream);
  fclose (diag_stream);
  return errors;
}

static int
parse_fixture (struct catalog *cat, const char *name, char **diag)
{
  FILE *in = open_fixture (name);
  int errors = parse_stream (cat, name, in, diag);

  fclose (in);
  return errors;
}

static int
parse_text (struct catalog *cat, const char *name, const char *text,
            size_t length, char **diag)
{
  FILE *in = fmemopen ((void *) text, length, "r");
  int errors;

  ck_assert_ptr_nonnull (in);
  errors = parse_stream (cat, name, in, diag);
  fclose (in);
  return errors;
}

/* NAME has exactly one error, reported as EXPECTED, and its only entry
   is dropped.  */
static void
assert_rejected (const char *name, const char *expected)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_fixture (&cat, name, &diag);

  ck_assert_str_eq (diag, expected);
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 0);
  free (diag);
  catalog_free (&cat);
}

/* TEXT, read as the catalog file NAME, gives exactly the diagnostics
   EXPECTED, which count ERRORS, and no entry.  */
static void
assert_text_rejected (const char *name, const char *text, size_t length,
                      const char *expected, int errors)
{
  struct catalog cat = { 0 };
  char *diag;
  int found = parse_text (&cat, name, text, length, &diag);

  ck_assert_str_eq (diag, expected);
  ck_assert_int_eq (found, errors);
  ck_assert_uint_eq (cat.count, 0);
  free (diag);
  catalog_free (&cat);
}

static const struct catalog_entry *
find (const struct catalog *cat, int code)
{
  for (size_t i = 0; i < cat->count; i++)
    if (cat->entries[i].code == code)
      return &cat->entries[i];
  return NULL;
}

/* A valid entry in memory, its description the one line on line 9,
   and the lines that follow that line.  */
static const char entry_head[] =
  "-- 455\n"
  "Title: Server unable to accommodate parameters\n"
  "Class: 4xx\n"
  "Origin: standard\n"
  "Commands: MAIL, RCPT\n"
  "References: RFC 5321 4.2.3\n"
  "\n"
  "[description]\n";
static const char entry_tail[] =
  "\n[when]\nAfter MAIL.\n\n[fix]\nRetry.\n\n[use]\nFor parameters.\n";

/* Parse as NAME a file of BEFORE, then the valid entry with LINE as
   its description.  */
static int
parse_entry (struct catalog *cat, const char *name, const char *before,
             const char *line, char **diag)
{
  char *text;
  int length = asprintf (&text, "%s%s%s\n%s", before, entry_head, line,
                         entry_tail);
  int errors;

  ck_assert_int_ge (length, 0);
  errors = parse_text (cat, name, text, (size_t) length, diag);
  free (text);
  return errors;
}

/* The valid entry with LINE as its description has exactly one error,
   reported as EXPECTED.  */
static void
assert_line_rejected (const char *line, const char *expected)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_entry (&cat, "line.txt", "", line, &diag);

  ck_assert_str_eq (diag, expected);
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 0);
  free (diag);
  catalog_free (&cat);
}

/* Errors in the headers.  */

START_TEST (unknown_header_is_an_error)
{
  assert_rejected ("catalogs/bad-unknown-header.txt",
                   "catalogs/bad-unknown-header.txt:7: error: unknown "
                   "header 'Status' (expected Title, Class, Origin, "
                   "Commands, References or Related)\n");
}
END_TEST

START_TEST (missing_required_header_is_reported_at_the_separator)
{
  assert_rejected ("catalogs/bad-missing-header.txt",
                   "catalogs/bad-missing-header.txt:3: error: entry 455 "
                   "has no Origin header\n");
}
END_TEST

START_TEST (header_given_twice_is_an_error)
{
  assert_rejected ("catalogs/bad-header-twice.txt",
                   "catalogs/bad-header-twice.txt:8: error: header "
                   "'Origin' given twice (first at line 6)\n");
}
END_TEST

START_TEST (empty_header_is_an_error)
{
  assert_rejected ("catalogs/bad-empty-header.txt",
                   "catalogs/bad-empty-header.txt:6: error: empty Origin "
                   "header\n");
}
END_TEST

START_TEST (header_line_without_colon_is_an_error)
{
  assert_rejected ("catalogs/bad-header-line.txt",
                   "catalogs/bad-header-line.txt:7: error: malformed "
                   "header line (expected 'Name: value')\n");
}
END_TEST

START_TEST (class_not_matching_first_digit_is_an_error)
{
  assert_rejected ("catalogs/bad-class-mismatch.txt",
                   "catalogs/bad-class-mismatch.txt:5: error: class 5xx "
                   "does not match code 455 (expected 4xx)\n");
}
END_TEST

START_TEST (malformed_class_is_an_error)
{
  assert_rejected ("catalogs/bad-class.txt",
                   "catalogs/bad-class.txt:5: error: malformed class "
                   "'4XX' (expected 2xx, 3xx, 4xx or 5xx)\n");
}
END_TEST

START_TEST (unknown_origin_is_an_error)
{
  assert_rejected ("catalogs/bad-origin.txt",
                   "catalogs/bad-origin.txt:6: error: unknown origin "
                   "'informational' (expected standard, experimental or "
                   "registry)\n");
}
END_TEST

START_TEST (unknown_command_word_is_an_error)
{
  assert_rejected ("catalogs/bad-command.txt",
                   "catalogs/bad-command.txt:7: error: unknown command "
                   "'rcpt' (expected an SMTP verb in capitals, connect, "
                   "end-of-data or any)\n");
}
END_TEST

START_TEST (malformed_reference_is_an_error)
{
  assert_rejected ("catalogs/bad-reference.txt",
                   "catalogs/bad-reference.txt:8: error: malformed "
                   "reference 'RFC5321 4.3.2' (expected \"RFC 5321\" or "
                   "\"RFC 5321 4.2.3\")\n");
}
END_TEST

/* The reference is shorter than the "RFC " it must start with, so a
   parser that looks for the number before checking the prefix reads
   past the end of the line.  */
START_TEST (reference_shorter_than_its_prefix_is_an_error)
{
  assert_rejected ("catalogs/bad-reference-short.txt",
                   "catalogs/bad-reference-short.txt:8: error: malformed "
                   "reference 'RFC' (expected \"RFC 5321\" or "
                   "\"RFC 5321 4.2.3\")\n");
}
END_TEST

START_TEST (entry_listing_itself_as_related_is_an_error)
{
  assert_rejected ("catalogs/bad-related-self.txt",
                   "catalogs/bad-related-self.txt:9: error: entry 455 "
                   "lists itself as related\n");
}
END_TEST

START_TEST (related_code_listed_twice_is_an_error)
{
  assert_rejected ("catalogs/bad-related-twice.txt",
                   "catalogs/bad-related-twice.txt:10: error: related code "
                   "452 listed twice\n");
}
END_TEST

START_TEST (command_listed_twice_is_an_error)
{
  assert_rejected ("catalogs/bad-command-twice.txt",
                   "catalogs/bad-command-twice.txt:7: error: command MAIL "
                   "listed twice\n");
}
END_TEST

/* Given on a line of its own, the second can look new.  */
START_TEST (reference_listed_twice_is_an_error)
{
  assert_rejected ("catalogs/bad-reference-twice.txt",
                   "catalogs/bad-reference-twice.txt:8: error: reference "
                   "'RFC 5321 4.2.3' listed twice\n");
}
END_TEST

START_TEST (title_of_73_bytes_is_too_long)
{
  assert_rejected ("catalogs/bad-title-long.txt",
                   "catalogs/bad-title-long.txt:4: error: title is 73 "
                   "bytes long (at most 72)\n");
}
END_TEST

START_TEST (title_ending_in_a_period_is_an_error)
{
  assert_rejected ("catalogs/bad-title-period.txt",
                   "catalogs/bad-title-period.txt:4: error: title ends "
                   "with a period\n");
}
END_TEST

/* Errors in the entry separator and the code.  */

START_TEST (malformed_code_is_an_error)
{
  assert_rejected ("catalogs/bad-code.txt",
                   "catalogs/bad-code.txt:3: error: '4x5' is not an SMTP "
                   "reply code (expected three digits such as 455)\n");
}
END_TEST

START_TEST (separator_without_space_is_an_error)
{
  assert_rejected ("catalogs/bad-separator.txt",
                   "catalogs/bad-separator.txt:3: error: malformed entry "
                   "separator '--455' (expected a line such as "
                   "'-- 455')\n");
}
END_TEST

START_TEST (duplicate_entry_names_the_line_of_the_first)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_fixture (&cat, "catalogs/bad-duplicate.txt", &diag);

  ck_assert_str_eq (diag, "catalogs/bad-duplicate.txt:23: error: "
                    "duplicate entry for 455 (first at line 3)\n");
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 1);
  ck_assert_int_eq (cat.entries[0].line, 3);
  free (diag);
  catalog_free (&cat);
}
END_TEST

START_TEST (duplicate_entry_in_another_file_names_that_file)
{
  struct catalog cat = { 0 };
  char *diag;

  ck_assert_int_eq (parse_fixture (&cat, "catalogs/good.txt", &diag), 0);
  free (diag);
  ck_assert_int_eq (parse_fixture (&cat, "catalogs/bad-duplicate-file.txt",
                                   &diag), 1);
  ck_assert_str_eq (diag, "catalogs/bad-duplicate-file.txt:3: error: "
                    "duplicate entry for 455 (first at "
                    "catalogs/good.txt:4)\n");
  ck_assert_uint_eq (cat.count, 3);
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* Errors in the sections.  */

START_TEST (missing_section_is_reported_at_the_separator)
{
  assert_rejected ("catalogs/bad-missing-section.txt",
                   "catalogs/bad-missing-section.txt:3: error: entry 455 "
                   "has no [use] section\n");
}
END_TEST

START_TEST (empty_section_is_an_error)
{
  assert_rejected ("catalogs/bad-empty-section.txt",
                   "catalogs/bad-empty-section.txt:17: error: empty [fix] "
                   "section\n");
}
END_TEST

START_TEST (unknown_section_is_an_error_and_its_text_is_not)
{
  assert_rejected ("catalogs/bad-unknown-section.txt",
                   "catalogs/bad-unknown-section.txt:23: error: unknown "
                   "section [notes] (expected [description], [when], "
                   "[fix] or [use])\n");
}
END_TEST

START_TEST (section_given_twice_is_an_error)
{
  assert_rejected ("catalogs/bad-section-twice.txt",
                   "catalogs/bad-section-twice.txt:23: error: section "
                   "[when] given twice (first at line 14)\n");
}
END_TEST

START_TEST (text_before_the_first_section_is_an_error)
{
  assert_rejected ("catalogs/bad-before-section.txt",
                   "catalogs/bad-before-section.txt:10: error: text "
                   "before the first section (expected a section such as "
                   "[description])\n");
}
END_TEST

/* Without the blank line every line of prose would be read as a
   header: one error, and the sections read as meant.  */
START_TEST (missing_blank_line_before_the_first_section_is_one_error)
{
  assert_rejected ("catalogs/bad-missing-blank.txt",
                   "catalogs/bad-missing-blank.txt:10: error: missing "
                   "blank line between the headers and [description]\n");
}
END_TEST

START_TEST (empty_file_has_no_entries)
{
  assert_text_rejected ("empty.txt", "", 0,
                        "empty.txt: error: no entries (an entry "
                        "starts with a line such as '-- 455')\n",
                        1);
}
END_TEST

START_TEST (file_of_comments_only_has_no_entries)
{
  static const char text[] = "# 455 is yet to be written.\n\n";

  assert_text_rejected ("comments.txt", text, sizeof text - 1,
                        "comments.txt: error: no entries (an "
                        "entry starts with a line such as '-- 455')\n",
                        1);
}
END_TEST

/* Text outside any entry spoils no entry: the one that follows is
   kept.  */
START_TEST (text_outside_an_entry_is_an_error)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_fixture (&cat, "catalogs/bad-outside.txt", &diag);

  ck_assert_str_eq (diag, "catalogs/bad-outside.txt:3: error: text "
                    "outside an entry (an entry starts with a line such "
                    "as '-- 455')\n");
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 1);
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* Errors in the bytes of a line.  */

START_TEST (invalid_utf8_names_the_byte_and_its_column)
{
  assert_rejected ("catalogs/bad-utf8.txt",
                   "catalogs/bad-utf8.txt:12: error: invalid UTF-8 "
                   "(byte 0xe9 at column 9)\n");
}
END_TEST

START_TEST (tab_is_a_control_character)
{
  assert_rejected ("catalogs/bad-control.txt",
                   "catalogs/bad-control.txt:12: error: control character "
                   "0x09 at column 11 (use spaces)\n");
}
END_TEST

START_TEST (invalid_utf8_in_a_header_is_one_error)
{
  static const char text[] = "-- 455\nTitle: Bad \377 title\n"
    "Class: 4xx\nOrigin: standard\nCommands: MAIL\n"
    "References: RFC 5321\n\n[description]\nx\n[when]\nx\n"
    "[fix]\nx\n[use]\nx\n";

  assert_text_rejected ("title.txt", text, sizeof text - 1,
                        "title.txt:2: error: invalid UTF-8 (byte "
                        "0xff at column 12)\n",
                        1);
}
END_TEST

START_TEST (escape_is_a_control_character_without_advice)
{
  static const char text[] = "# \033[2J\n";

  assert_text_rejected ("escape.txt", text, sizeof text - 1,
                        "escape.txt:1: error: control character "
                        "0x1b at column 3\n"
                        "escape.txt: error: no entries (an entry "
                        "starts with a line such as '-- 455')\n",
                        2);
}
END_TEST

/* Text from Windows-1252 decoded as Latin-1 has C1 controls where the
   quotes were (U+0092 for a right single quote): valid UTF-8, but no
   text.  */
START_TEST (c1_control_character_is_an_error)
{
  assert_line_rejected ("Cannot.\nIt\302\222s temporary.",
                        "line.txt:10: error: control character U+0092 at "
                        "column 3 (often a Windows-1252 quote or dash read "
                        "as Latin-1; type the character meant)\n");
}
END_TEST

/* Every line of the file, each counted once: no cascade.  */
START_TEST (crlf_line_ends_are_one_error_and_read_as_lf)
{
  static const char text[] =
    "-- 455\r\n"
    "Title: Server unable to accommodate parameters\r\n"
    "Class: 4xx\r\n"
    "Origin: standard\r\n"
    "Commands: MAIL, RCPT\r\n"
    "References: RFC 5321 4.2.3\r\n"
    "\r\n"
    "[description]\r\n"
    "The server cannot \r\n"
    "accommodate the parameters.\r\n"
    "\r\n"
    "[when]\r\nAfter MAIL.\r\n\r\n[fix]\r\nRetry.\r\n\r\n"
    "[use]\r\nFor parameters.\r\n";
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_text (&cat, "crlf.txt", text, sizeof text - 1, &diag);

  ck_assert_str_eq (diag, "crlf.txt:1: error: line ends in CR LF; save the "
                    "file with LF line ends\n");
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 1);
  ck_assert_str_eq (cat.entries[0].text[SMTPX_DESCRIPTION],
                    "The server cannot accommodate the parameters.");
  ck_assert_str_eq (cat.entries[0].text[SMTPX_USE], "For parameters.");
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* From the first CR LF on, as a file of mixed line ends has it.  */
START_TEST (crlf_line_ends_are_reported_at_the_first)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_entry (&cat, "mixed.txt", "", "Cannot.\r\nNow.\r",
                            &diag);

  ck_assert_str_eq (diag, "mixed.txt:9: error: line ends in CR LF; save "
                    "the file with LF line ends\n");
  ck_assert_int_eq (errors, 1);
  free (diag);
  catalog_free (&cat);
}
END_TEST

START_TEST (byte_order_mark_is_one_error)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_entry (&cat, "bom.txt", "\357\273\277# A comment.\n",
                            "Cannot.", &diag);

  ck_assert_str_eq (diag, "bom.txt:1: error: byte order mark at the start "
                    "of the file; save it as UTF-8 without one\n");
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 1);
  ck_assert_int_eq (cat.entries[0].code, 455);
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* A byte order mark before the separator, too, is only that.  */
START_TEST (byte_order_mark_before_the_first_entry_is_one_error)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_entry (&cat, "bom.txt", "\357\273\277", "Cannot.",
                            &diag);

  ck_assert_str_eq (diag, "bom.txt:1: error: byte order mark at the start "
                    "of the file; save it as UTF-8 without one\n");
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 1);
  free (diag);
  catalog_free (&cat);
}
END_TEST

START_TEST (line_of_80_columns_is_too_wide)
{
  assert_rejected ("catalogs/bad-line-wide.txt",
                   "catalogs/bad-line-wide.txt:11: error: line is 80 "
                   "columns wide (at most 79)\n");
}
END_TEST

/* Forty CJK ideographs: 120 bytes, 80 columns.  */
START_TEST (east_asian_wide_characters_take_two_columns)
{
  char line[40 * 3 + 1] = "";

  for (int i = 0; i < 40; i++)
    strcat (line, "\346\274\242");
  assert_line_rejected (line, "line.txt:9: error: line is 80 columns "
                        "wide (at most 79)\n");
}
END_TEST

/* 39 ideographs and a period: 118 bytes, 79 columns.  */
START_TEST (line_of_79_columns_is_accepted_whatever_its_bytes)
{
  struct catalog cat = { 0 };
  char line[39 * 3 + 2] = "";
  char *diag;

  for (int i = 0; i < 39; i++)
    strcat (line, "\346\274\242");
  strcat (line, ".");
  ck_assert_int_eq (parse_entry (&cat, "79.txt", "", line, &diag), 0);
  ck_assert_str_eq (diag, "");
  ck_assert_uint_eq (cat.count, 1);
  free (diag);
  catalog_free (&cat);
}
END_TEST

START_TEST (line_of_100_kb_is_one_error)
{
  char *line = malloc (102400 + 1);

  ck_assert_ptr_nonnull (line);
  memset (line, 'x', 102400);
  line[102400] = '\0';
  assert_line_rejected (line, "line.txt:9: error: line is 102400 columns "
                        "wide (at most 79)\n");
  free (line);
}
END_TEST

/* A file with a NUL byte is no text file; the fixture lives here
   rather than in catalogs/ so that it is plainly binary.  */
START_TEST (nul_byte_is_an_error)
{
  static const char text[] =
    "-- 455\n"
    "Title: Server unable to accommodate parameters\n"
    "Class: 4xx\n"
    "Origin: standard\n"
    "Commands: MAIL, RCPT\n"
    "References: RFC 5321 4.2.3\n"
    "\n"
    "[description]\n"
    "The server cannot accommodate the parameters.\n"
    "It is\0 temporary.\n"
    "\n"
    "[when]\nAfter MAIL.\n\n[fix]\nRetry.\n\n[use]\nFor parameters.\n";
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_text (&cat, "nul.txt", text, sizeof text - 1, &diag);

  ck_assert_str_eq (diag, "nul.txt:10: error: NUL byte in text\n");
  ck_assert_int_eq (errors, 1);
  ck_assert_uint_eq (cat.count, 0);
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* Reading goes on after an error, so that one run shows them all.  */
START_TEST (every_error_of_a_file_is_reported)
{
  static const char text[] =
    "-- 455\n"
    "Title: Server unable to accommodate parameters.\n"
    "Class: 5xx\n"
    "Origin: standard\n"
    "Commands: MAIL, RCPT\n"
    "References: RFC 5321 4.2.3\n"
    "\n"
    "[description]\nCannot.\n\n[when]\nNow.\n\n[fix]\nRetry.\n\n"
    "[use]\nRarely.\n";
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_text (&cat, "two.txt", text, sizeof text - 1, &diag);

  ck_assert_str_eq (diag, "two.txt:2: error: title ends with a period\n"
                    "two.txt:3: error: class 5xx does not match code 455 "
                    "(expected 4xx)\n");
  ck_assert_int_eq (errors, 2);
  free (diag);
  catalog_free (&cat);
}
END_TEST

START_TEST (title_of_72_bytes_is_accepted)
{
  static const char text[] =
    "-- 455\n"
    "Title: Server unable to accommodate the parameters of MAIL FROM "
    "or RCPT TO soon\n"
    "Class: 4xx\n"
    "Origin: standard\n"
    "Commands: MAIL, RCPT\n"
    "References: RFC 5321 4.2.3\n"
    "\n"
    "[description]\nCannot.\n\n[when]\nNow.\n\n[fix]\nRetry.\n\n"
    "[use]\nRarely.\n";
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_text (&cat, "72.txt", text, sizeof text - 1, &diag);

  ck_assert_str_eq (diag, "");
  ck_assert_int_eq (errors, 0);
  ck_assert_uint_eq (strlen (cat.entries[0].text[SMTPX_TITLE]), 72);
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* Errors that only the whole catalog shows.  */

START_TEST (related_code_without_entry_is_an_error_of_the_catalog)
{
  struct catalog cat = { 0 };
  char *diag;
  size_t diag_size;
  FILE *diag_stream;

  ck_assert_int_eq (parse_fixture (&cat, "catalogs/bad-related.txt",
                                   &diag), 0);
  free (diag);

  diag_stream = open_memstream (&diag, &diag_size);
  ck_assert_int_eq (catalog_check (&cat, diag_stream), 1);
  fclose (diag_stream);
  ck_assert_str_eq (diag, "catalogs/bad-related.txt:9: error: related "
                    "code 452 has no entry\n");
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* The valid fixture, field by field.  */

static struct catalog good;

static void
parse_good (void)
{
  char *diag;

  memset (&good, 0, sizeof good);
  ck_assert_int_eq (parse_fixture (&good, "catalogs/good.txt", &diag), 0);
  ck_assert_str_eq (diag, "");
  free (diag);
}

static void
free_good (void)
{
  catalog_free (&good);
}

START_TEST (good_fixture_keeps_entries_in_file_order)
{
  ck_assert_uint_eq (good.count, 3);
  ck_assert_int_eq (good.entries[0].code, 455);
  ck_assert_int_eq (good.entries[1].code, 452);
  ck_assert_int_eq (good.entries[2].code, 555);
}
END_TEST

START_TEST (good_fixture_entries_know_their_file_and_separator_line)
{
  ck_assert_str_eq (good.entries[0].file, "catalogs/good.txt");
  ck_assert_int_eq (good.entries[0].line, 4);
  ck_assert_int_eq (good.entries[1].line, 29);
  ck_assert_int_eq (good.entries[2].line, 49);
}
END_TEST

START_TEST (good_fixture_origins_are_read)
{
  ck_assert_int_eq (find (&good, 455)->origin, SMTPX_ORIGIN_STANDARD);
  ck_assert_int_eq (find (&good, 452)->origin, SMTPX_ORIGIN_REGISTRY);
  ck_assert_int_eq (find (&good, 555)->origin, SMTPX_ORIGIN_EXPERIMENTAL);
}
END_TEST

START_TEST (good_fixture_commands_are_split_at_commas)
{
  const struct catalog_entry *e455 = find (&good, 455);
  const struct catalog_entry *e452 = find (&good, 452);
  const struct catalog_entry *e555 = find (&good, 555);

  ck_assert_uint_eq (e455->command_count, 2);
  ck_assert_str_eq (e455->commands[0], "MAIL");
  ck_assert_str_eq (e455->commands[1], "RCPT");
  ck_assert_uint_eq (e452->command_count, 2);
  ck_assert_str_eq (e452->commands[0], "RCPT");
  ck_assert_str_eq (e452->commands[1], "end-of-data");
  ck_assert_uint_eq (e555->command_count, 1);
  ck_assert_str_eq (e555->commands[0], "any");
}
END_TEST

START_TEST (good_fixture_references_hold_rfc_and_section)
{
  const struct catalog_entry *e455 = find (&good, 455);
  const struct catalog_entry *e555 = find (&good, 555);

  ck_assert_uint_eq (e455->ref_count, 2);
  ck_assert_uint_eq (e455->refs[0].rfc, 5321);
  ck_assert_str_eq (e455->refs[0].section, "4.2.3");
  ck_assert_uint_eq (e455->refs[1].rfc, 1869);
  ck_assert_str_eq (e455->refs[1].section, "");
  ck_assert_uint_eq (e555->ref_count, 1);
  ck_assert_uint_eq (e555->refs[0].rfc, 5321);
  ck_assert_str_eq (e555->refs[0].section, "4.1.1.11");
}
END_TEST

START_TEST (good_fixture_related_codes_are_read_with_their_line)
{
  const struct catalog_entry *e455 = find (&good, 455);
  const struct catalog_entry *e452 = find (&good, 452);
  const struct catalog_entry *e555 = find (&good, 555);

  ck_assert_uint_eq (e455->related_count, 2);
  ck_assert_int_eq (e455->related[0], 452);
  ck_assert_int_eq (e455->related[1], 555);
  ck_assert_int_eq (e455->related_line, 10);
  ck_assert_uint_eq (e452->related_count, 1);
  ck_assert_int_eq (e452->related[0], 455);
  ck_assert_uint_eq (e555->related_count, 0);
}
END_TEST

START_TEST (good_fixture_title_is_the_header_value)
{
  ck_assert_str_eq (find (&good, 455)->text[SMTPX_TITLE],
                    "Server unable to accommodate parameters");
  ck_assert_str_eq (find (&good, 555)->text[SMTPX_TITLE],
                    "Parameters not recognised");
}
END_TEST

START_TEST (good_fixture_paragraphs_are_joined_by_a_blank_line)
{
  ck_assert_str_eq (find (&good, 455)->text[SMTPX_DESCRIPTION],
                    "The server understood the parameters given with "
                    "MAIL FROM or RCPT TO but cannot accommodate them "
                    "right now.\n\nThe refusal is temporary.");
}
END_TEST

START_TEST (good_fixture_lines_are_joined_by_a_space_without_comments)
{
  ck_assert_str_eq (find (&good, 455)->text[SMTPX_WHEN],
                    "It answers a MAIL or RCPT command that carries ESMTP "
                    "parameters \342\200\224 SIZE, for example. The text "
                    "often says \"try again later\".");
}
END_TEST

START_TEST (good_fixture_single_line_sections_are_kept_whole)
{
  const struct catalog_entry *e452 = find (&good, 452);

  ck_assert_str_eq (e452->text[SMTPX_DESCRIPTION],
                    "The server is short of storage.");
  ck_assert_str_eq (e452->text[SMTPX_WHEN],
                    "After RCPT TO, or after the final dot of DATA.");
  ck_assert_str_eq (e452->text[SMTPX_FIX], "Retry later.");
  ck_assert_str_eq (e452->text[SMTPX_USE],
                    "Send 452 when the disk is full.");
}
END_TEST

START_TEST (good_fixture_text_lines_are_title_and_section_lines)
{
  const struct catalog_entry *e455 = find (&good, 455);

  ck_assert_int_eq (e455->text_line[SMTPX_TITLE], 5);
  ck_assert_int_eq (e455->text_line[SMTPX_DESCRIPTION], 12);
  ck_assert_int_eq (e455->text_line[SMTPX_WHEN], 18);
  ck_assert_int_eq (e455->text_line[SMTPX_FIX], 23);
  ck_assert_int_eq (e455->text_line[SMTPX_USE], 26);
}
END_TEST

START_TEST (check_accepts_good_fixture_and_sorts_it_by_code)
{
  char *diag;
  size_t diag_size;
  FILE *diag_stream = open_memstream (&diag, &diag_size);

  ck_assert_int_eq (catalog_check (&good, diag_stream), 0);
  fclose (diag_stream);
  ck_assert_str_eq (diag, "");
  free (diag);
  ck_assert_int_eq (good.entries[0].code, 452);
  ck_assert_int_eq (good.entries[1].code, 455);
  ck_assert_int_eq (good.entries[2].code, 555);
}
END_TEST

START_TEST (continued_header_lines_are_joined)
{
  struct catalog cat = { 0 };
  char *diag;
  int errors = parse_fixture (&cat, "catalogs/good-continued.txt", &diag);
  const struct catalog_entry *e = &cat.entries[0];

  ck_assert_str_eq (diag, "");
  ck_assert_int_eq (errors, 0);
  ck_assert_str_eq (e->text[SMTPX_TITLE],
                    "Server unable to accommodate parameters");
  ck_assert_int_eq (e->text_line[SMTPX_TITLE], 4);
  ck_assert_uint_eq (e->ref_count, 2);
  ck_assert_uint_eq (e->refs[0].rfc, 5321);
  ck_assert_str_eq (e->refs[0].section, "4.2.3");
  ck_assert_uint_eq (e->refs[1].rfc, 5321);
  ck_assert_str_eq (e->refs[1].section, "4.3.2");
  free (diag);
  catalog_free (&cat);
}
END_TEST

/* The real catalog.  */

static struct catalog real;

static const char *
real_path (void)
{
  const char *path = getenv ("CATALOG_FILE");

  ck_assert_msg (path != NULL, "CATALOG_FILE is not set");
  return path;
}

static void
parse_real (void)
{
  FILE *in = fopen (real_path (), "r");
  char *diag;

  ck_assert_msg (in != NULL, "cannot open '%s'", real_path ());
  memset (&real, 0, sizeof real);
  ck_assert_int_eq (parse_stream (&real, "catalog/basic.txt", in, &diag),
                    0);
  ck_assert_str_eq (diag, "");
  fclose (in);
  free (diag);
}

static void
free_real (void)
{
  catalog_free (&real);
}

START_TEST (real_catalog_passes_the_whole_catalog_check)
{
  char *diag;
  size_t diag_size;
  FILE *diag_stream = open_memstream (&diag, &diag_size);

  ck_assert_int_eq (catalog_check (&real, diag_stream), 0);
  fclose (diag_stream);
  ck_assert_str_eq (diag, "");
  free (diag);
}
END_TEST

/* As many entries as codes, and each code found: the same set.  */
START_TEST (real_catalog_has_exactly_the_45_basic_codes)
{
  ck_assert_uint_eq (real.count, BASIC_CODE_COUNT);
  for (size_t i = 0; i < BASIC_CODE_COUNT; i++)
    ck_assert_msg (find (&real, basic_codes[i]) != NULL,
                   "%d has no entry", basic_codes[i]);
}
END_TEST

/* The parser keeps no class, so read the Class headers from the file
   itself: the one after each separator must name the code's first
   digit.  */
START_TEST (real_catalog_classes_match_their_codes)
{
  FILE *in = fopen (real_path (), "r");
  char line[256];
  int code = 0;
  int classes = 0;

  ck_assert_ptr_nonnull (in);
  while (fgets (line, sizeof line, in) != NULL)
    if (strncmp (line, "-- ", 3) == 0)
      code = atoi (line + 3);
    else if (strncmp (line, "Class: ", 7) == 0)
      {
        ck_assert_msg (line[7] == '0' + code / 100
                       && strcmp (line + 8, "xx\n") == 0,
                       "entry %d has class %.3s", code, line + 7);
        classes++;
      }
  fclose (in);
  ck_assert_int_eq (classes, BASIC_CODE_COUNT);
}
END_TEST

START_TEST (real_catalog_related_codes_all_have_entries)
{
  for (size_t i = 0; i < real.count; i++)
    for (size_t r = 0; r < real.entries[i].related_count; r++)
      ck_assert_msg (find (&real, real.entries[i].related[r]) != NULL,
                     "entry %d lists %d, which has no entry",
                     real.entries[i].code, real.entries[i].related[r]);
}
END_TEST

START_TEST (real_catalog_entries_have_every_field)
{
  for (size_t i = 0; i < real.count; i++)
    for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
      ck_assert_msg (real.entries[i].text[f] != NULL
                     && real.entries[i].text[f][0] != '\0',
                     "entry %d has no %s", real.entries[i].code,
                     smtpx__field_name (f));
}
END_TEST

static Suite *
catalog_suite (void)
{
  Suite *suite = suite_create ("catalog");
  TCase *headers = tcase_create ("header errors");
  TCase *entries = tcase_create ("entry errors");
  TCase *sections = tcase_create ("section errors");
  TCase *bytes = tcase_create ("byte errors");
  TCase *whole = tcase_create ("catalog errors");
  TCase *valid = tcase_create ("valid fixture");
  TCase *basic = tcase_create ("real catalog");

  tcase_add_test (headers, unknown_header_is_an_error);
  tcase_add_test (headers,
                  missing_required_header_is_reported_at_the_separator);
  tcase_add_test (headers, header_given_twice_is_an_error);
  tcase_add_test (headers, empty_header_is_an_error);
  tcase_add_test (headers, header_line_without_colon_is_an_error);
  tcase_add_test (headers, class_not_matching_first_digit_is_an_error);
  tcase_add_test (headers, malformed_class_is_an_error);
  tcase_add_test (headers, unknown_origin_is_an_error);
  tcase_add_test (headers, unknown_command_word_is_an_error);
  tcase_add_test (headers, malformed_reference_is_an_error);
  tcase_add_test (headers, reference_shorter_than_its_prefix_is_an_error);
  tcase_add_test (headers, entry_listing_itself_as_related_is_an_error);
  tcase_add_test (headers, related_code_listed_twice_is_an_error);
  tcase_add_test (headers, command_listed_twice_is_an_error);
  tcase_add_test (headers, reference_listed_twice_is_an_error);
  tcase_add_test (headers, title_of_73_bytes_is_too_long);
  tcase_add_test (headers, title_ending_in_a_period_is_an_error);
  tcase_add_test (headers, title_of_72_bytes_is_accepted);
  suite_add_tcase (suite, headers);

  tcase_add_test (entries, malformed_code_is_an_error);
  tcase_add_test (entries, separator_without_space_is_an_error);
  tcase_add_test (entries, duplicate_entry_names_the_line_of_the_first);
  tcase_add_test (entries, duplicate_entry_in_another_file_names_that_file);
  tcase_add_test (entries, text_outside_an_entry_is_an_error);
  tcase_add_test (entries, empty_file_has_no_entries);
  tcase_add_test (entries, file_of_comments_only_has_no_entries);
  tcase_add_test (entries, every_error_of_a_file_is_reported);
  suite_add_tcase (suite, entries);

  tcase_add_test (sections, missing_section_is_reported_at_the_separator);
  tcase_add_test (sections, empty_section_is_an_error);
  tcase_add_test (sections, unknown_section_is_an_error_and_its_text_is_not);
  tcase_add_test (sections, section_given_twice_is_an_error);
  tcase_add_test (sections, text_before_the_first_section_is_an_error);
  tcase_add_test (sections,
                  missing_blank_line_before_the_first_section_is_one_error);
  suite_add_tcase (suite, sections);

  tcase_add_test (bytes, invalid_utf8_names_the_byte_and_its_column);
  tcase_add_test (bytes, tab_is_a_control_character);
  tcase_add_test (bytes, escape_is_a_control_character_without_advice);
  tcase_add_test (bytes, invalid_utf8_in_a_header_is_one_error);
  tcase_add_test (bytes, nul_byte_is_an_error);
  tcase_add_test (bytes, c1_control_character_is_an_error);
  tcase_add_test (bytes, crlf_line_ends_are_one_error_and_read_as_lf);
  tcase_add_test (bytes, crlf_line_ends_are_reported_at_the_first);
  tcase_add_test (bytes, byte_order_mark_is_one_error);
  tcase_add_test (bytes, byte_order_mark_before_the_first_entry_is_one_error);
  tcase_add_test (bytes, line_of_80_columns_is_too_wide);
  tcase_add_test (bytes, east_asian_wide_characters_take_two_columns);
  tcase_add_test (bytes, line_of_79_columns_is_accepted_whatever_its_bytes);
  tcase_add_test (bytes, line_of_100_kb_is_one_error);
  suite_add_tcase (suite, bytes);

  tcase_add_test (whole,
                  related_code_without_entry_is_an_error_of_the_catalog);
  suite_add_tcase (suite, whole);

  tcase_add_checked_fixture (valid, parse_good, free_good);
  tcase_add_test (valid, good_fixture_keeps_entries_in_file_order);
  tcase_add_test (valid,
                  good_fixture_entries_know_their_file_and_separator_line);
  tcase_add_test (valid, good_fixture_origins_are_read);
  tcase_add_test (valid, good_fixture_commands_are_split_at_commas);
  tcase_add_test (valid, good_fixture_references_hold_rfc_and_section);
  tcase_add_test (valid,
                  good_fixture_related_codes_are_read_with_their_line);
  tcase_add_test (valid, good_fixture_title_is_the_header_value);
  tcase_add_test (valid, good_fixture_paragraphs_are_joined_by_a_blank_line);
  tcase_add_test (valid,
                  good_fixture_lines_are_joined_by_a_space_without_comments);
  tcase_add_test (valid, good_fixture_single_line_sections_are_kept_whole);
  tcase_add_test (valid, good_fixture_text_lines_are_title_and_section_lines);
  tcase_add_test (valid, check_accepts_good_fixture_and_sorts_it_by_code);
  tcase_add_test (valid, continued_header_lines_are_joined);
  suite_add_tcase (suite, valid);

  tcase_add_checked_fixture (basic, parse_real, free_real);
  tcase_add_test (basic, real_catalog_passes_the_whole_catalog_check);
  tcase_add_test (basic, real_catalog_has_exactly_the_45_basic_codes);
  tcase_add_test (basic, real_catalog_classes_match_their_codes);
  tcase_add_test (basic, real_catalog_related_codes_all_have_entries);
  tcase_add_test (basic, real_catalog_entries_have_every_field);
  suite_add_tcase (suite, basic);

  return suite;
}

int
main (void)
{
  return test_run_suite (catalog_suite ());
}
