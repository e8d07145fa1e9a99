/* mo.h - read GNU .mo message catalogs without libintl

   The library translates in processes whose locale is "C" and in
   threads that each want another language, so it cannot use libintl,
   which follows the process locale.  This reader loads one .mo file
   (the output of msgfmt) into memory and answers lookups from it.  It
   keeps no global state; a loaded file is read-only and may be shared
   between threads.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#ifndef SMTPX_MO_H
#define SMTPX_MO_H

#include <stddef.h>

struct mo_file;

/* Load the .mo file at PATH and store it in *OUT.  Both byte orders
   and format revision 0 are read.  Every offset and length in the
   file is checked before use, and the hash table is ignored, so a
   damaged or hostile file cannot make a lookup read outside it.  A
   FIFO or device is refused without waiting on it, and so is a file
   over 16 MiB.  A file whose strings overlap, which msgfmt never
   writes, is refused too: kept apart, the strings hold no more bytes
   than the file, so no file can make the reader compare one long run
   of bytes over and over.  A translation that is not UTF-8 or holds a
   control character other than tab and newline is dropped, as if the
   file had none for that message.

   Returns 0 on success.  Otherwise returns -1 and sets errno:
   ENOENT when there is no such file (normal: not every language has
   a catalog), ENOMEM when memory runs out, or any other value when
   the file cannot be used; then WHY holds a reason in English, cut to
   WHY_SIZE bytes, such as "not a .mo file (bad magic number)".  */
int smtpx__mo_open (const char *path, struct mo_file **out,
                    char *why, size_t why_size);

/* The translation of MSGID in CONTEXT (NULL for none), or NULL when
   MO has no translation, an empty one or a dropped one.  For a
   message with plural forms MSGID is the singular and the result the
   first form.  The result lives as long as MO.  */
const char *smtpx__mo_lookup (const struct mo_file *mo, const char *context,
                              const char *msgid);

/* Whether the LENGTH bytes at TEXT are fit to reach a terminal:
   UTF-8 with no control character, C0, DEL or C1, but tab, newline
   and NUL (which separates plural forms).  Returns 1 if so, else 0.  */
int smtpx__mo_text_is_safe (const char *text, size_t length);

/* Release MO.  MO may be NULL.  */
void smtpx__mo_close (struct mo_file *mo);

#endif /* SMTPX_MO_H */
