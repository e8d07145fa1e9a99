/* lang.h - where the library's catalogs are and what needs none

   The library finds a language's messages in
   LOCALEDIR/NAME/LC_MESSAGES/LANG_DOMAIN.mo, the place GNU gettext
   installs them.  Its own messages are English, so English needs no
   catalog and ends any list of languages.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#ifndef SMTPX_LANG_H
#define SMTPX_LANG_H

/* The text domain: the base name of every catalog.  */
#define LANG_DOMAIN "smtpexplain"

/* The name smtpx_lang_name() and smtpx_lang_gettext() give English,
   the language of the messages in the code.  */
#define LANG_ENGLISH "en"

#endif /* SMTPX_LANG_H */
