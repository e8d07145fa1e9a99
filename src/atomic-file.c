/* atomic-file.c - write a whole file or nothing.  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "atomic-file.h"

static char *
temporary_name (const char *path)
{
  static const char suffix[] = ".tmpXXXXXX";
  char *name = malloc (strlen (path) + sizeof suffix);

  if (name != NULL)
    strcat (strcpy (name, path), suffix);
  return name;
}

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

bool
atomic_write (const char *program, const char *path,
              void (*write) (const void *data, FILE *out), const void *data)
{
  char *temporary = temporary_name (path);
  FILE *out;
  int fd;

  if (temporary == NULL)
    return fail (program, path, ENOMEM, NULL);
  fd = mkstemp (temporary);
  if (fd < 0)
    {
      int error = errno;

      free (temporary);
      return fail (program, path, error, NULL);
    }
  /* mkstemp makes the file private; give it the usual permissions.  */
  fchmod (fd, 0644);
  out = fdopen (fd, "w");
  if (out == NULL)
    {
      int error = errno;

      close (fd);
      return fail (program, path, error, temporary);
    }

  write (data, out);
  errno = 0;
  if (fflush (out) != 0 || ferror (out) || fsync (fd) != 0)
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
