/* wrap.c - print text wrapped to the terminal's width.  */

#include <config.h>

#include <stdbool.h>
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

/* The next paragraph of TEXT from *AT, without the newlines and spaces
   around it; its length goes to *LENGTH.  NULL when none is left.  */
static const char *
next_paragraph (const char **at, size_t *length)
{
  const char *start = *at + strspn (*at, "\n ");
  const char *end = strstr (start, "\n\n");

  if (*start == '\0')
    return NULL;
  *at = end != NULL ? end + 2 : start + strlen (start);
  if (end == NULL)
    end = start + strlen (start);
  while (end > start && (end[-1] == '\n' || end[-1] == ' '))
    end--;
  *length = (size_t) (end - start);
  return start;
}

void
wrap_print (FILE *out, const struct wrap_style *style, const char *first,
            int indent, const char *text)
{
  const char *at = text;
  const char *paragraph;
  size_t length;
  char pad[MAX_INDENT];
  bool started = false;

  if (indent >= MAX_INDENT)
    indent = MAX_INDENT - 1;
  memset (pad, ' ', (size_t) indent);
  pad[indent] = '\0';

  /* A careless translation may start or end with newlines or repeat
     them: only paragraphs with text are printed, one blank line
     apart.  */
  while ((paragraph = next_paragraph (&at, &length)) != NULL)
    {
      if (started)
        fputc ('\n', out);
      print_paragraph (out, started ? pad : first, indent, style->width,
                       paragraph, length);
      started = true;
    }
  if (!started)
    print_paragraph (out, first, indent, style->width, "", 0);
}

/* Bold is switched off before the newline, so that a terminal that
   is cut short does not stay bold.  */
void
wrap_heading (FILE *out, const struct wrap_style *style, const char *text)
{
  char *lines = NULL;
  size_t size = 0;
  FILE *memory;

  if (!style->bold || (memory = open_memstream (&lines, &size)) == NULL)
    {
      wrap_print (out, style, "", 0, text);
      return;
    }
  wrap_print (memory, style, "", 0, text);
  fclose (memory);
  if (size > 0 && lines[size - 1] == '\n')
    size--;
  fprintf (out, "\033[1m%.*s\033[0m\n", (int) size, lines);
  free (lines);
}
