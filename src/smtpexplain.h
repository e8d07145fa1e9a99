/* smtpexplain.h - explain SMTP reply codes, in the reader's language

   libsmtpexplain knows every basic SMTP reply code of RFC 5321 and its
   extensions.  For each it gives a title, a description, when the code
   is met, how to fix what caused it, when a server should send it, the
   RFC sections that define it and the codes related to it.  The text
   comes in English and, through the standard gettext .mo files, in
   every language the package ships.

   The library needs no setup.  It keeps no global state, never calls
   setlocale and reads its translations itself, so it works in a
   process whose locale is "C" and in threads that each want another
   language.  Every function is thread-safe; an smtpx_lang handle is
   read-only once created and may be shared between threads.  (Like
   any reader of the environment, smtpx_lang_new must not run while
   another thread calls setenv.)

   Every text of the library's own, from its catalog or a translation,
   is UTF-8 whatever the locale, and holds no control character but
   newline and tab.  Prose may have several paragraphs, with "\n\n"
   between them, and a translation may also break a line within a
   paragraph with a single "\n".

   Wherever a function takes a const smtpx_lang *, NULL stands for
   English: no translations, as if no catalog had been found.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#ifndef SMTPEXPLAIN_H
#define SMTPEXPLAIN_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What a function reports when it does not simply succeed.  */
enum smtpx_status
{
  SMTPX_OK = 0,       /* done */
  SMTPX_UNKNOWN = 1,  /* well-formed reply code that the catalog lacks */
  SMTPX_INVALID = 2,  /* text that is not an SMTP reply code */
  SMTPX_NOMEM = 3     /* out of memory */
};

/* Parse TEXT as a three-digit reply code: first digit 2 to 5 (the
   outcome, RFC 5321 4.2.1), then two digits, nothing else.  RFC 5321
   limits the second digit to 0-5; codes beyond that are accepted and
   explained as not standard.
   On success store the code in *CODE and return SMTPX_OK; otherwise
   return SMTPX_INVALID and leave *CODE alone.  TEXT may be NULL, which
   is not a code; with CODE NULL the text is only checked.  */
int smtpx_code_parse (const char *text, int *code);

/* The parts of an explanation that are prose, and so translated.  */
enum smtpx_field
{
  SMTPX_TITLE,        /* short name, no final period */
  SMTPX_DESCRIPTION,  /* what the code means */
  SMTPX_WHEN,         /* when and where a client meets it */
  SMTPX_FIX,          /* who acts, what to do, whether to retry */
  SMTPX_USE,          /* for server authors: when to send it */
  SMTPX_FIELD_COUNT
};

/* Where a code comes from.  */
enum smtpx_origin
{
  SMTPX_ORIGIN_STANDARD,      /* a standards-track RFC */
  SMTPX_ORIGIN_EXPERIMENTAL,  /* only an experimental RFC */
  SMTPX_ORIGIN_REGISTRY,      /* only the IANA enhanced-code registry */
  SMTPX_ORIGIN_NONE           /* not defined anywhere: explained from
                                 its digits alone */
};

/* One RFC, or one section of it.  SECTION is "" for the whole RFC.  */
struct smtpx_ref
{
  unsigned rfc;
  const char *section;
};

/* An explanation.  In an entry of the catalog (smtpx_entry_find(),
   smtpx_entry_at()) the strings are English and point into static
   data; use smtpx_text() for the translated prose.  The entry that
   smtpx_explain() builds for a code without one differs: its text is
   already in the language smtpx_explain() reports for each field, it
   belongs to the explanation and goes with it, and its source is "".
   Fields may be added at the end in later versions.  */
struct smtpx_entry
{
  int code;
  enum smtpx_origin origin;
  const char *const *commands;   /* NULL-terminated; verbs in capitals,
                                    or "connect", "end-of-data", "any" */
  const struct smtpx_ref *refs;
  size_t ref_count;
  const int *related;            /* codes that have entries too */
  size_t related_count;
  const char *text[SMTPX_FIELD_COUNT];
  const char *source;            /* "catalog/basic.txt:17" */
};

/* Find CODE in the catalog.  Returns NULL for a code without an entry;
   smtpx_explain() covers such codes too.  */
const struct smtpx_entry *smtpx_entry_find (int code);

/* The entries in ascending order of code, and their number.
   smtpx_entry_at() returns NULL for an INDEX past the last.  */
const struct smtpx_entry *smtpx_entry_at (size_t index);
size_t smtpx_entry_count (void);

/* A language choice with its translations loaded.  */
typedef struct smtpx_lang smtpx_lang;

/* Load the translations for LANGUAGES, a colon-separated list of
   language names in order of preference ("ja", "de_AT:de",
   "ja_JP.UTF-8").  With LANGUAGES NULL or empty, follow the
   environment as GNU gettext does: LANGUAGE, unless the locale named by
   LC_ALL, LC_MESSAGES or LANG (the first one set and non-empty) is C
   or POSIX (not C.UTF-8, where LANGUAGE is honoured); then that locale
   name.  Each name is tried as
   ll_CC@modifier, ll_CC, ll@modifier and ll; English ("en", "C") ends
   the list, since it needs no file.

   A name that cannot name a folder of LOCALEDIR is skipped without a
   word, like a name without a catalog: one over 255 bytes, one with a
   slash, a control character or bytes that are not UTF-8, and one
   without a language part.

   LOCALEDIR is the folder that holds LL/LC_MESSAGES/smtpexplain.mo; NULL
   or "" means the one the library was configured with.  A missing .mo
   file is normal and simply skipped.  A damaged one is skipped too,
   and smtpx_lang_problem() says what was wrong with it.

   Returns NULL only when memory runs out.  Release the result with
   smtpx_lang_free(), which also accepts NULL.  */
smtpx_lang *smtpx_lang_new (const char *languages, const char *localedir);
void smtpx_lang_free (smtpx_lang *lang);

/* The language of the first catalog loaded ("ja"), or "en" when none
   was: the language the reader asked for first among those found.  A
   catalog need not translate every text, so some may come from the
   next catalog or in English; USED (smtpx_lang_gettext(),
   smtpx_text()) and text_lang (smtpx_explain()) tell each text's
   language.  */
const char *smtpx_lang_name (const smtpx_lang *lang);

/* NULL, or a sentence in English saying which .mo file could not be
   used and why:
   "/usr/share/locale/ja/LC_MESSAGES/smtpexplain.mo: not a .mo file".
   The language name in it holds no control character (such names are
   never tried), but LOCALEDIR appears as given, whatever bytes it
   holds: a caller that prints the sentence to a terminal should filter
   it.  It lives as long as LANG.  */
const char *smtpx_lang_problem (const smtpx_lang *lang);

/* Translate MSGID in the context CONTEXT (NULL for none), trying each
   loaded catalog in order and falling back to MSGID itself.  If USED is
   not NULL, store the language the answer is in ("ja", or "en" for the
   fallback).  The result is MSGID itself or lives as long as LANG.  A
   translation that is not valid UTF-8 or holds a control character
   other than tab and newline counts as missing, so no catalog can send
   escape sequences to a terminal.
   The empty MSGID gives "" in English: the header a .mo file keeps
   under that name is not a message.  A NULL MSGID gives NULL, and NULL
   in *USED.  */
const char *smtpx_lang_gettext (const smtpx_lang *lang, const char *context,
                                const char *msgid, const char **used);

/* The same for a printf format such as "RFC %1$u, section %2$s": the
   translation only if its directives match those of MSGID (the same
   numbered arguments with the same conversions, no %n), else MSGID, so
   a damaged or careless translation cannot crash the caller.  */
const char *smtpx_lang_format (const smtpx_lang *lang, const char *context,
                               const char *msgid, const char **used);

/* FIELD of ENTRY in LANG's language, falling back to English for that
   field alone; USED as for smtpx_lang_gettext().  ENTRY is one of the
   catalog's: the entry of an unknown code's explanation has its text
   translated already, in the explanation's text and text_lang.  A NULL
   ENTRY, or a FIELD that is not one of enum smtpx_field, gives NULL,
   and NULL in *USED.  */
const char *smtpx_text (const smtpx_lang *lang,
                        const struct smtpx_entry *entry,
                        enum smtpx_field field, const char **used);

/* An explanation of CODE, a number smtpx_code_parse() could give: its
   catalog entry, or for a code the catalog lacks an entry built from
   its digits, with origin SMTPX_ORIGIN_NONE, no commands or related
   codes, RFC 5321 4.2.1 as its reference, and text in LANG's language.
   Store it in *OUT and return SMTPX_OK, or SMTPX_UNKNOWN for a code
   not in the catalog.  Release *OUT with smtpx_explanation_free().
   For any other code return SMTPX_INVALID, and SMTPX_NOMEM when
   memory runs out; *OUT then holds no explanation, and releasing it
   is harmless.  With OUT NULL return SMTPX_INVALID.

   The texts live as long as both the explanation and LANG: free an
   explanation before its LANG.  The structure is a handle that owns
   what OWNED points to: pass it around by address, never free a copy
   of it as well as the original.  smtpx_explanation_free() empties
   the explanation (all NULL), so freeing it twice is harmless;
   freeing NULL does nothing.  */
struct smtpx_explanation
{
  const struct smtpx_entry *entry;
  const char *text[SMTPX_FIELD_COUNT];  /* translated, never NULL */
  const char *text_lang[SMTPX_FIELD_COUNT];  /* "ja", "en", ... */
  void *owned;                           /* library-private */
};

int smtpx_explain (const smtpx_lang *lang, int code,
                   struct smtpx_explanation *out);
void smtpx_explanation_free (struct smtpx_explanation *explanation);

/* The class of CODE from its first digit, translated: "positive
   completion" for 2, "positive intermediate" for 3, "transient
   negative completion" for 4, "permanent negative completion" for 5.
   NULL for a code smtpx_code_parse() could not give.  */
const char *smtpx_class_name (const smtpx_lang *lang, int code);

/* The category of CODE from its second digit, translated: "syntax",
   "information", "connections", "mail system", or "unspecified" for
   3, 4 and the digits above 5.  NULL for a code smtpx_code_parse()
   could not give.  */
const char *smtpx_category_name (const smtpx_lang *lang, int code);

/* Whether TRANSLATION may stand in for the printf format FORMAT: the
   same numbered arguments (%1$s ...) with the same conversions, every
   directive numbered, no %n, no '*'.  1 if so, else 0 (also when
   either is NULL).  For a caller
   that translates formats of its own through libintl, which checks
   nothing, so that a damaged .mo file cannot crash it.  */
int smtpx_format_matches (const char *format, const char *translation);

/* The version of the library, "1.0.0".  */
const char *smtpx_version (void);

#ifdef __cplusplus
}
#endif

#endif /* SMTPEXPLAIN_H */
