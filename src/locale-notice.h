/* locale-notice.h - tell the user when the locale is missing

   Where the requested locale is not installed, the C library (and so
   the program's own messages) falls back to English while the
   explanation keeps the requested language.  The user is told once
   what happened.  */

#ifndef LOCALE_NOTICE_H
#define LOCALE_NOTICE_H

#include "smtpexplain.h"

/* Report on stderr, when the locale of the environment is not
   installed and the reader asked for a language other than English,
   which language LANG explains in.  */
void locale_notice (const smtpx_lang *lang);

/* Report on stderr when the languages the reader named with --lang
   (LANGUAGES) start with one that has no translation, so LANG is
   English.  */
void language_notice (const smtpx_lang *lang, const char *languages);

#endif /* LOCALE_NOTICE_H */
