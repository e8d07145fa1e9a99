/* output.c - where the explanation goes, and how it looks there.  */

#include <config.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <uniconv.h>
#include <unistd.h>
#include <unistring/localcharset.h>

#include "output.h"
#include "program.h"
#include "program-text.h"

#define DEFAULT_WIDTH 80
#define NARROWEST 20

static void
fail (const char *what, int error)
{
  fprintf (stderr, "%s: %s: %s\n", PROGRAM, what, strerror (error));
  exit (EXIT_TROUBLE);
}

void
output_open (struct output *out)
{
  out->text = NULL;
  out->size = 0;
  out->stream = open_memstream (&out->text, &out->size);
  if (out->stream == NULL)
    fail (_("memory exhausted"), errno);
}

/* The page in CHARSET; characters the set lacks become '?', after a
   warning: an explanation with a few marks missing is better than
   none, but the reader should know why.  */
static char *
convert_page (const struct output *out, const char *charset,
              size_t *length)
{
  char *converted = u8_conv_to_encoding (charset, iconveh_error,
                                         (const uint8_t *) out->text,
                                         out->size, NULL, NULL, length);

  if (converted != NULL || errno != EILSEQ)
    return converted;
  fprintf (stderr, _("%1$s: warning: the locale's character set %2$s "
                     "cannot show every character; they appear as '?'\n"),
           PROGRAM, charset);
  return u8_conv_to_encoding (charset, iconveh_question_mark,
                              (const uint8_t *) out->text, out->size, NULL,
                              NULL, length);
}

/* The error of a write that failed, for output_close_stdout: once the
   stream is in error, fclose no longer tells why.  And whether anything
   was meant for standard output at all.  */
static int write_error;
static bool wrote;

void
output_mark_written (void)
{
  wrote = true;
}

void
output_write (struct output *out, bool locale_installed)
{
  const char *charset = locale_charset ();
  char *converted = NULL;
  const char *page;
  size_t length;

  /* Only closing the stream makes its text and size final.  */
  if (fclose (out->stream) != 0)
    fail (_("memory exhausted"), errno);
  page = out->text;
  length = out->size;

  /* The C locale's ASCII is no choice of the user's; a reader who asks
     for Japanese there gets UTF-8, as without a locale.  */
  if (locale_installed && strcmp (charset, "UTF-8") != 0
      && strcmp (charset, "ASCII") != 0
      && strcmp (charset, "ANSI_X3.4-1968") != 0)
    {
      converted = convert_page (out, charset, &length);
      if (converted == NULL)
        fail (_("cannot convert the output to the locale's character set"),
              errno);
      page = converted;
    }

  wrote = true;
  errno = 0;
  if (fwrite (page, 1, length, stdout) != length || fflush (stdout) != 0)
    write_error = errno;
  free (converted);
  free (out->text);
  out->text = NULL;
}

void
output_close_stdout (void)
{
  bool failed = ferror (stdout);
  int error;

  errno = 0;
  if (fclose (stdout) == 0 && !failed)
    return;
  error = write_error ? write_error : errno ? errno : EIO;
  /* A closed standard output that nothing was written to is no
     error: "smtpexplain --bad-option >&-" only fails its option.  */
  if (error == EBADF && !wrote)
    return;
  fprintf (stderr, _("%1$s: write error: %2$s\n"), PROGRAM,
           strerror (error));
  /* exit() may not be called again from an atexit handler.  */
  _exit (EXIT_TROUBLE);
}

static int
columns_from_environment (void)
{
  const char *value = getenv ("COLUMNS");
  char *end;
  long columns;

  if (value == NULL || *value == '\0')
    return 0;
  errno = 0;
  columns = strtol (value, &end, 10);
  if (errno != 0 || *end != '\0' || columns <= 0 || columns > 10000)
    return 0;
  return (int) columns;
}

int
output_width (void)
{
  struct winsize size;
  int width = columns_from_environment ();

  if (width == 0 && isatty (STDOUT_FILENO)
      && ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0)
    width = size.ws_col;
  if (width == 0)
    width = DEFAULT_WIDTH;
  return width < NARROWEST ? NARROWEST : width;
}

bool
output_bold (void)
{
  const char *no_color = getenv ("NO_COLOR");
  const char *term = getenv ("TERM");

  return isatty (STDOUT_FILENO)
         && (no_color == NULL || *no_color == '\0')
         && (term == NULL || strcmp (term, "dumb") != 0);
}
