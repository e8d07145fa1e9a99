/* wrap.h - print text wrapped to the terminal's width

   Lines break where Unicode line breaking (UAX #14) allows, counting an
   East Asian wide character as two columns, so Japanese wraps between
   characters but never before 。 or 、.  */

#ifndef WRAP_H
#define WRAP_H

#include <stdbool.h>
#include <stdio.h>

struct wrap_style
{
  int width;       /* columns of the output */
  bool bold;       /* headings in bold (a terminal without NO_COLOR) */
};

/* Print TEXT, whose paragraphs are separated by "\n\n", starting the
   first line with FIRST (such as "  1. ", at least INDENT columns wide)
   and the others with INDENT spaces.  A blank line separates
   paragraphs.  */
void wrap_print (FILE *out, const struct wrap_style *style,
                 const char *first, int indent, const char *text);

/* Print TEXT as a heading line, wrapped like any other text.  */
void wrap_heading (FILE *out, const struct wrap_style *style,
                   const char *text);

#endif /* WRAP_H */
