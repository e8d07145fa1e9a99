/* library-text.h - texts that the library itself translates

   These texts are looked up through the library's own .mo reader, not
   through libintl, so that they follow the language the caller chose.
   NLT_ marks one for xgettext (see po/Makevars) without translating
   it; the context keeps, say, the class name "syntax" apart from any
   other "syntax".  */

#ifndef LIBRARY_TEXT_H
#define LIBRARY_TEXT_H

#include "smtpexplain.h"

struct library_text
{
  const char *context;
  const char *msgid;
};

#define NLT_(context, msgid) { context, msgid }

/* TEXT translated for LANG.  */
static inline const char *
library_text (const smtpx_lang *lang, const struct library_text *text)
{
  return smtpx_lang_gettext (lang, text->context, text->msgid, NULL);
}

/* The same, also storing in *USED the language of the answer.  */
static inline const char *
library_text_in (const smtpx_lang *lang, const struct library_text *text,
                 const char **used)
{
  return smtpx_lang_gettext (lang, text->context, text->msgid, used);
}

/* TEXT, a printf format, translated for LANG only if the translation
   asks for the same arguments (see smtpx_lang_format); the second
   function also stores its language in *USED.  Every translated
   format the library passes to printf comes from one of these.  */
static inline const char *
library_format (const smtpx_lang *lang, const struct library_text *text)
{
  return smtpx_lang_format (lang, text->context, text->msgid, NULL);
}

static inline const char *
library_format_in (const smtpx_lang *lang, const struct library_text *text,
                   const char **used)
{
  return smtpx_lang_format (lang, text->context, text->msgid, used);
}

#endif /* LIBRARY_TEXT_H */
