/* output.h - where the explanation goes, and how it looks there

   The page is rendered into memory first, then written in one go in
   the locale's character set: a failure is found before anything is
   half-written, and a terminal that is not UTF-8 gets text it can
   show.  */

#ifndef OUTPUT_H
#define OUTPUT_H

#include <stdbool.h>
#include <stdio.h>

struct output
{
  FILE *stream;      /* what render writes to */
  char *text;
  size_t size;
};

/* Start a page in memory.  Exits on failure.  */
void output_open (struct output *out);

/* Write the page to standard output, converted from UTF-8 to the
   locale's character set when LOCALE_INSTALLED and that set is neither
   UTF-8 nor the C locale's ASCII (without an installed locale there is
   no other set to honour, and UTF-8 is written).  Exits with status 2
   on failure.  */
void output_write (struct output *out, bool locale_installed);

/* Note that text went to standard output other than through
   output_write (--help, --version), so that its loss is an error.  */
void output_mark_written (void);

/* Registered with atexit: report a write error on standard output, as
   GNU programs do, with exit status 2.  */
void output_close_stdout (void);

/* The width to wrap to: COLUMNS if set to a number, else the width of
   the terminal on standard output, else 80; never under 20.  */
int output_width (void);

/* Whether headings may be bold: standard output is a terminal, TERM is
   not "dumb", and NO_COLOR is unset or empty.  */
bool output_bold (void);

#endif /* OUTPUT_H */
