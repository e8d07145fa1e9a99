/* wrap.c - print text wrapped to the terminal's width.  */

#include <config.h>

#include <stdlib.h>
#include <string.h>
#include <unilbrk.h>
#include <unistr.h>
#include <uniwidth.h>

#include "wrap.h"

/* More than any indent needs: the deepest, a list item's, is 5.  */
#define MAX_INDENT 20

static void
print_indent (FILE *out, int columns)
{
  fprintf (out, "%*s", columns, "");
}

/* "RFC 5321" stays on one line: no break before a digit that follows
   "RFC ".  */
static void
glue_rfc_numbers (const uint8_t *s, size_t length, char *override)
{
  memset (override, UC_BREAK_UNDEFINED, length);
  for (size_t i = 4; i < length; i++)
    if (s[i] >= '0' && s[i] <= '9' && memcmp (s + i - 4, "RFC ", 4) == 0)
      override[i] = UC_BREAK_PROHIBITED;
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
  char *breaks = malloc (2 * length + 1);
  size_t line_start = 0;

  /* Without memory for the breaks the text goes out whole, if
     unwrapped; an empty paragraph still ends its line.  */
  fputs (first, out);
  if (breaks == NULL || length == 0)
    {
      fwrite (text, 1, length, out);
      fputc ('\n', out);
      free (breaks);
      return;
    }
  glue_rfc_numbers (s, length, breaks + length);
  u8_width_linebreaks (s, length, width - indent, start, 0,
                       breaks + length, "UTF-8", breaks);

  /* A line ends where the width needs it (before the position marked
     possible) or at a newline of the text's own (marked mandatory on
     the newline itself, which is not written).  Spaces before a break
     are dropped; the next line gets the indent.  */
  for (size_t i = 1; i <= length; i++)
    if (i == length || breaks[i] == UC_BREAK_POSSIBLE
        || breaks[i] == UC_BREAK_MANDATORY)
      {
        size_t end = i;

        if (i == length && line_start == length)
          break;  /* the text ended in its own newline */
        while (end > line_start && s[end - 1] == ' ')
          end--;
        fwrite (s + line_start, 1, end - line_start, out);
        fputc ('\n', out);
        line_start = i < length && breaks[i] == UC_BREAK_MANDATORY
                     ? i + 1 : i;
        if (line_start < length)
          print_indent (out, indent);
      }
  free (breaks);
}

void
wrap_print (FILE *out, const struct wrap_style *style, const char *first,
            int indent, const char *text)
{
  const char *paragraph = text;
  char pad[MAX_INDENT];

  if (indent >= MAX_INDENT)
    indent = MAX_INDENT - 1;
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
