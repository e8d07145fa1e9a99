/* atomic-file.c - write a whole file or nothing

   The content is made in memory first.  A file that already holds
   exactly that content is left alone, so a rebuild does not touch its
   timestamp (nor need write access to a source tree whose generated
   files are current); any other goes through a temporary file and a
   rename.  Only a regular file is ever replaced: the rename would put
   a plain file where a symbolic link, a device or a FIFO was.  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"

static bool
fail (const char *program, const char *path, int error, char *temporary)
{
  fprintf (stderr, "%s: cannot write '%s': %s\n", program, path,
           strerror (error));
  if (temporary != NULL)
    {
      unlink (temporary);
      free (temporary);
    }
  return false;
}

static const char *
kind_of_file (mode_t mode)
{
  if (S_ISLNK (mode))
    return "a symbolic link";
  if (S_ISDIR (mode))
    return "a directory";
  if (S_ISFIFO (mode))
    return "a FIFO";
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return "a device";
  if (S_ISSOCK (mode))
    return "a socket";
  return "of an unknown kind";
}

bool
atomic_can_replace (const char *program, const char *path)
{
  struct stat st;

  if (lstat (path, &st) != 0)
    return errno == ENOENT || fail (program, path, errno, NULL);
  if (S_ISREG (st.st_mode))
    return true;
  fprintf (stderr, "%s: cannot write '%s': not a regular file (%s)\n",
           program, path, kind_of_file (st.st_mode));
  return false;
}

/* What fopen would give a new file: 0666 less the umask, which can
   only be read by setting it.  */
static mode_t
new_file_mode (void)
{
  mode_t mask = umask (0);

  umask (mask);
  return 0666 & ~mask;
}

static bool
file_holds (const char *path, const char *content, size_t size)
{
  FILE *in = fopen (path, "rb");
  bool same = in != NULL;
  char buffer[4096];
  size_t done = 0, got;

  if (in == NULL)
    return false;
  while (same && (got = fread (buffer, 1, sizeof buffer, in)) > 0)
    {
      same = done + got <= size && memcmp (buffer, content + done, got) == 0;
      done += got;
    }
  same = same && !ferror (in) && done == size;
  fclose (in);
  return same;
}

static bool
write_through_temporary (const char *program, const char *path,
                         const char *content, size_t size)
{
  static const char suffix[] = ".tmpXXXXXX";
  char *temporary = malloc (strlen (path) + sizeof suffix);
  FILE *out;
  int fd;

  if (temporary == NULL)
    return fail (program, path, ENOMEM, NULL);
  strcat (strcpy (temporary, path), suffix);
  fd = mkstemp (temporary);
  if (fd < 0)
    {
      int error = errno;

      free (temporary);
      return fail (program, path, error, NULL);
    }
  /* mkstemp makes the file private; give it the usual permissions.  */
  out = fchmod (fd, new_file_mode ()) == 0 ? fdopen (fd, "w") : NULL;
  if (out == NULL)
    {
      int error = errno;

      close (fd);
      return fail (program, path, error, temporary);
    }

  errno = 0;
  if (fwrite (content, 1, size, out) != size || fflush (out) != 0
      || fsync (fd) != 0)
    {
      int error = errno ? errno : EIO;

      fclose (out);
      return fail (program, path, error, temporary);
    }
  if (fclose (out) != 0 || rename (temporary, path) != 0)
    return fail (program, path, errno, temporary);

  free (temporary);
  return true;
}

bool
atomic_write (const char *program, const char *path,
              void (*write) (const void *data, FILE *out), const void *data)
{
  char *content = NULL;
  size_t size = 0;
  FILE *memory;
  bool written;

  /* Before anything else: reading a FIFO to compare would block.  */
  if (!atomic_can_replace (program, path))
    return false;

  memory = open_memstream (&content, &size);
  if (memory == NULL)
    return fail (program, path, errno, NULL);
  write (data, memory);
  if (fclose (memory) != 0)
    {
      free (content);
      return fail (program, path, ENOMEM, NULL);
    }

  written = file_holds (path, content, size)
            || write_through_temporary (program, path, content, size);
  free (content);
  return written;
}
