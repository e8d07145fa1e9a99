/* program-text.h - how the program translates its texts

   Two kinds of text, two paths.  The program's interface messages
   (usage, errors) go through libintl with _(), as in any GNU program:
   they follow the installed locale.  The explanation itself, headings
   included, goes through the library with tr(), so that it comes out
   in the requested language even where that locale is not installed.  */

#ifndef PROGRAM_TEXT_H
#define PROGRAM_TEXT_H

#include "smtpexplain.h"

#include "interface-text.h"

#define _(msgid) interface_text (msgid)
#define N_(msgid) msgid

/* MSGID in CONTEXT, translated for LANG by the library.  */
static inline const char *
tr (const smtpx_lang *lang, const char *context, const char *msgid)
{
  return smtpx_lang_gettext (lang, context, msgid, NULL);
}

/* The same for a printf format: a translation whose arguments do not
   match the English ones is not used.  */
static inline const char *
trf (const smtpx_lang *lang, const char *context, const char *msgid)
{
  return smtpx_lang_format (lang, context, msgid, NULL);
}

#endif /* PROGRAM_TEXT_H */
