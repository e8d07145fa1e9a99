/* test-util.h - what the Check test programs share

   Running a suite, a scratch folder per test case, paths, files and
   other programs.  A helper that cannot do its job fails the test
   that called it, with a message naming what went wrong, so that a
   test reads as its specification rather than as error handling.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#ifndef TEST_UTIL_H
#define TEST_UTIL_H

#include <check.h>
#include <stddef.h>

/* The size of the path buffers that test_path and test_temp_dir
   fill.  */
#define TEST_PATH_SIZE 4096

/* Run every test of SUITE and print what failed; return EXIT_SUCCESS
   when nothing did and EXIT_FAILURE otherwise, for main to return.  */
int test_run_suite (Suite *suite);

/* Make a fresh folder in $TMPDIR, or in /tmp when TMPDIR is unset or
   empty, named PREFIX followed by a unique suffix, and store its path
   in DIR, TEST_PATH_SIZE bytes.  Meant for an unchecked fixture, so
   that the folder outlives the tests' processes and the teardown can
   remove what a failing test left behind.  */
void test_temp_dir (char *dir, const char *prefix);

/* Remove PATH and all it holds, without following symbolic links.
   Errors are ignored: a leftover in the temporary folder should not
   fail tests that passed.  */
void test_remove_tree (const char *path);

/* Format a path into PATH, TEST_PATH_SIZE bytes; fail the test rather
   than cut the path short.  */
void test_path (char *path, const char *format, ...)
  __attribute__ ((format (printf, 2, 3)));

/* Write SIZE bytes of DATA to the file PATH, replacing what it
   held.  */
void test_write_file (const char *path, const void *data, size_t size);

/* Run ARGV, looked up in PATH, and wait for it to end.  Its standard
   output goes to the file OUT_PATH and its standard error to
   ERR_PATH; either may be NULL to leave that stream to the test.
   Return the exit status, or -1 when it did not exit (a signal).  */
int test_run_command (char *const argv[], const char *out_path,
                      const char *err_path);

#endif /* TEST_UTIL_H */
