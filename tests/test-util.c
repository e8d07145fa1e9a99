/* test-util.c - what the Check test programs share

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include "test-util.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

int
test_run_suite (Suite *suite)
{
  SRunner *runner = srunner_create (suite);
  int failed;

  srunner_run_all (runner, CK_NORMAL);
  failed = srunner_ntests_failed (runner);
  srunner_free (runner);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}

void
test_temp_dir (char *dir, const char *prefix)
{
  const char *tmp = getenv ("TMPDIR");

  test_path (dir, "%s/%s.XXXXXX", tmp != NULL && *tmp != '\0' ? tmp : "/tmp",
             prefix);
  ck_assert_msg (mkdtemp (dir) != NULL, "mkdtemp %s: %s", dir,
                 strerror (errno));
}

static int
remove_entry (const char *path, const struct stat *st, int flag,
              struct FTW *ftw)
{
  (void) st;
  (void) flag;
  (void) ftw;
  return remove (path);
}

void
test_remove_tree (const char *path)
{
  /* FTW_DEPTH: a folder is removed after what it holds.  */
  nftw (path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

void
test_path (char *path, const char *format, ...)
{
  va_list args;
  int length;

  va_start (args, format);
  length = vsnprintf (path, TEST_PATH_SIZE, format, args);
  va_end (args);
  ck_assert_int_lt (length, TEST_PATH_SIZE);
}

void
test_write_file (const char *path, const void *data, size_t size)
{
  FILE *file = fopen (path, "wb");

  ck_assert_msg (file != NULL, "%s: %s", path, strerror (errno));
  ck_assert_uint_eq (fwrite (data, 1, size, file), size);
  ck_assert_int_eq (fclose (file), 0);
}

/* Have the child's file descriptor FD write to PATH, if there is
   one.  */
static void
redirect (posix_spawn_file_actions_t *actions, int fd, const char *path)
{
  if (path != NULL)
    ck_assert_int_eq (posix_spawn_file_actions_addopen
                      (actions, fd, path, O_WRONLY | O_CREAT | O_TRUNC,
                       0644), 0);
}

int
test_run_command (char *const argv[], const char *out_path,
                  const char *err_path)
{
  posix_spawn_file_actions_t actions;
  pid_t pid;
  int status;
  int err;

  ck_assert_int_eq (posix_spawn_file_actions_init (&actions), 0);
  redirect (&actions, STDOUT_FILENO, out_path);
  redirect (&actions, STDERR_FILENO, err_path);
  err = posix_spawnp (&pid, argv[0], &actions, NULL, argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  ck_assert_msg (err == 0, "cannot run %s: %s", argv[0], strerror (err));

  ck_assert_int_eq (waitpid (pid, &status, 0), pid);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}
