/* interface-text.h - the program's own messages, through libintl

   Usage, errors and notices are translated by libintl, as in any GNU
   program, from the same smtpexplain.mo files the library reads.
   libintl trusts those files; this module does not: a translation
   with control characters, or a format whose arguments differ from
   the English, is not used.  */

#ifndef INTERFACE_TEXT_H
#define INTERFACE_TEXT_H

#include <stdbool.h>

/* Set the locale from the environment and bind the program's messages
   to LOCALEDIR.  Returns whether the locale the environment asks for
   is installed (its character set and messages categories).  */
bool interface_setup (const char *localedir);

/* MSGID translated by libintl, or MSGID itself where the translation
   is missing or unsafe.  */
const char *interface_text (const char *msgid);

#endif /* INTERFACE_TEXT_H */
