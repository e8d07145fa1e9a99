/* format-check.h - whether a translated printf format is safe to use

   A translation comes from a file outside the program.  Used as a
   format, one that names an argument the caller did not pass, gives
   an argument another type or writes through %n makes printf read or
   write memory it must not; one with a huge width makes it allocate
   without end.  The check below lets through only translations whose
   directives ask for exactly what the original asks for.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#ifndef FORMAT_CHECK_H
#define FORMAT_CHECK_H

/* The highest argument number a format may use, and the widest width
   or precision: three digits.  */
#define FORMAT_MAX_ARGUMENT 32
#define FORMAT_MAX_WIDTH 999

/* Whether TRANSLATION may stand for the printf format MSGID.  Both
   must number every directive ("%1$s", "%2$lu"), use neither '*' nor
   %n nor %m, and keep widths and precisions to FORMAT_MAX_WIDTH; "%%"
   may appear anywhere.  TRANSLATION must use every argument MSGID
   uses and no other, each with the same length modifier and
   conversion; it may use one more than once, and change flags, width
   and precision.  Returns 1 if so, 0 if not.  */
int smtpx__format_check (const char *msgid, const char *translation);

#endif /* FORMAT_CHECK_H */
