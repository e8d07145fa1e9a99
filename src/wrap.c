/* wrap.c - print text wrapped to the terminal's width.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unilbrk.h>
#include <unistd.h>
#include <unistr.h>
#include <uniwidth.h>

#include "wrap.h"

#define DEFAULT_WIDTH 80
#define NARROWEST 20

int
wrap_output_width (FILE *out)
{
  struct winsize size;
  int fd = fileno (out);

  if (fd >= 0 && isatty (fd) && ioctl (fd, TIOCGWINSZ, &size) == 0
      && size.ws_col >= NARROWEST)
    return size.ws_col;
  return DEFAULT_WIDTH;
}

static void
print_indent (FILE *out, int columns)
{
  fprintf (out, "%*s", columns, "");
}

/* One paragraph without newlines: the break opportunities that fit the
   width come from libunistring, which marks the position before which
   each new line starts.  It counts every line from column 0, so the
   indent is taken off the width.  The space that ends a line is
   dropped.  */
static void
print_paragraph (FILE *out, const char *first, int indent, int width,
                 const char *text, size_t length)
{
  const uint8_t *s = (const uint8_t *) text;
  int start = u8_strwidth ((const uint8_t *) first, "UTF-8") - indent;
  char *breaks = malloc (length + 1);
  size_t line_start = 0;

  fputs (first, out);
  if (breaks == NULL)
    {
      fwrite (text, 1, length, out);  /* unwrapped, but all of it */
      fputc ('\n', out);
      return;
    }
  u8_width_linebreaks (s, length, width - indent, start, 0, NULL, "UTF-8",
                       breaks);

  for (size_t i = 1; i <= length; i++)
    if (i == length || breaks[i] == UC_BREAK_POSSIBLE)
      {
        size_t end = i;

        while (end > line_start && s[end - 1] == ' ')
          end--;
        fwrite (s + line_start, 1, end - line_start, out);
        fputc ('\n', out);
        if (i < length)
          print_indent (out, indent);
        line_start = i;
      }
  free (breaks);
}

void
wrap_print (FILE *out, const struct wrap_style *style, const char *first,
            int indent, const char *text)
{
  const char *paragraph = text;
  char pad[NARROWEST];

  if (indent >= NARROWEST)
    indent = NARROWEST - 1;
  memset (pad, ' ', (size_t) indent);
  pad[indent] = '\0';

  for (;;)
    {
      const char *end = strstr (paragraph, "\n\n");
      size_t length = end ? (size_t) (end - paragraph) : strlen (paragraph);

      print_paragraph (out, first, indent, style->width, paragraph, length);
      if (end == NULL)
        break;
      fputc ('\n', out);
      paragraph = end + 2;
      first = pad;
    }
}

void
wrap_heading (FILE *out, const struct wrap_style *style, const char *text)
{
  if (style->bold)
    fputs ("\033[1m", out);
  wrap_print (out, style, "", 0, text);
  if (style->bold)
    fputs ("\033[0m", out);
}
