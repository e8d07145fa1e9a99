/* lang.c - choose the reader's languages and translate into them

   The languages are found the way GNU gettext finds them, but from the
   environment alone: the process locale is never consulted or changed,
   so a locale that is not installed still gets its translations, and
   each handle may hold another language.

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "smtpexplain.h"
#include "format-check.h"
#include "lang.h"
#include "mo.h"

#ifndef LOCALEDIR
# error "the build must define LOCALEDIR, the folder of the .mo files"
#endif

/* Room for the reason a .mo file could not be used.  */
#define LANG_WHY_SIZE 160

/* What follows a language's folder in the path of its catalog.  */
#define LANG_MO_PATH "/LC_MESSAGES/" LANG_DOMAIN ".mo"

/* A problem report shows at most this many bytes of a language name,
   which comes from the caller or the environment.  */
#define LANG_NAME_SHOWN 64

/* The longest language name tried: the longest file name most file
   systems allow (NAME_MAX).  No real name comes near it.  */
#define LANG_NAME_MAX 255

/* One loaded catalog and the folder name it was found under.  */
struct lang_catalog
{
  char *name;
  struct mo_file *mo;
};

struct smtpx_lang
{
  struct lang_catalog *catalogs;  /* in order of preference */
  size_t count;
  char *problem;                  /* the first damaged file, or NULL */
};

/* A language name, ll_CC.codeset@modifier, taken apart.  The codeset
   is left out: catalogs are found by language alone.  */
struct lang_parts
{
  const char *language;
  size_t language_length;
  const char *territory;
  size_t territory_length;
  const char *modifier;
  size_t modifier_length;
};

/* The variable NAME, or NULL when it is unset or empty.  */
static const char *
lang_getenv (const char *name)
{
  const char *value = getenv (name);

  return value != NULL && *value != '\0' ? value : NULL;
}

/* Whether LOCALE is C or POSIX, in which messages stay in English
   whatever LANGUAGE says.  C.UTF-8 is not: a container's usual locale,
   where LANGUAGE is how a reader asks for a language (and where glibc
   before 2.39, as on Debian 12, honours it too).  */
static int
lang_is_c_locale (const char *locale)
{
  return strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0;
}

/* The language list the environment asks for.  With no locale
   variable set the locale is C, as it is for GNU gettext.  */
static const char *
lang_from_environment (void)
{
  const char *locale = lang_getenv ("LC_ALL");
  const char *language;

  if (locale == NULL)
    locale = lang_getenv ("LC_MESSAGES");
  if (locale == NULL)
    locale = lang_getenv ("LANG");
  if (locale == NULL || lang_is_c_locale (locale))
    return LANG_ENGLISH;

  language = lang_getenv ("LANGUAGE");
  return language != NULL ? language : locale;
}

static void
lang_split (const char *name, struct lang_parts *parts)
{
  const char *p;

  parts->language = name;
  parts->language_length = strcspn (name, "_.@");
  p = name + parts->language_length;

  parts->territory = p + 1;
  parts->territory_length = *p == '_' ? strcspn (p + 1, ".@") : 0;
  if (*p == '_')
    p += 1 + parts->territory_length;

  if (*p == '.')
    p += strcspn (p, "@");

  parts->modifier = p + 1;
  parts->modifier_length = *p == '@' ? strlen (p + 1) : 0;
}

/* Write into BUFFER the variant of PARTS with the territory if
   TERRITORY and the modifier if MODIFIER.  BUFFER has room for the
   whole name.  */
static void
lang_variant (const struct lang_parts *parts, int territory, int modifier,
              char *buffer)
{
  char *p = buffer;

  memcpy (p, parts->language, parts->language_length);
  p += parts->language_length;
  if (territory)
    {
      *p++ = '_';
      memcpy (p, parts->territory, parts->territory_length);
      p += parts->territory_length;
    }
  if (modifier)
    {
      *p++ = '@';
      memcpy (p, parts->modifier, parts->modifier_length);
      p += parts->modifier_length;
    }
  *p = '\0';
}

/* Whether NAME is English, which ends the list since it needs no
   catalog.  */
static int
lang_is_english (const char *name)
{
  return (strcmp (name, LANG_ENGLISH) == 0 || strcmp (name, "C") == 0
          || strcmp (name, "POSIX") == 0);
}

static int
lang_is_loaded (const smtpx_lang *lang, const char *name)
{
  size_t i;

  for (i = 0; i < lang->count; i++)
    if (strcmp (lang->catalogs[i].name, name) == 0)
      return 1;
  return 0;
}

/* The length of LOCALEDIR without its trailing slashes, so that
   "/usr/share/locale/" makes no "//" in a path.  */
static int
lang_dir_length (const char *localedir)
{
  size_t length = strlen (localedir);

  while (length > 0 && localedir[length - 1] == '/')
    length--;
  return (int) length;
}

/* How much of NAME a problem report shows: all of it, or its first
   LANG_NAME_SHOWN bytes without a cut UTF-8 character.  */
static int
lang_name_shown (const char *name)
{
  size_t length = strnlen (name, LANG_NAME_SHOWN + 1);

  if (length <= LANG_NAME_SHOWN)
    return (int) length;
  length = LANG_NAME_SHOWN;
  while (length > 0 && ((unsigned char) name[length] & 0xc0) == 0x80)
    length--;
  return (int) length;
}

/* Note that the catalog of NAME in LOCALEDIR cannot be used, for the
   reason WHY.  Keep the first problem only: it is the one the
   reader's first choice of language met.  */
static int
lang_note_problem (smtpx_lang *lang, const char *localedir,
                   const char *name, const char *why)
{
  int shown = lang_name_shown (name);

  if (lang->problem != NULL)
    return 0;
  if (asprintf (&lang->problem, "%.*s/%.*s%s%s: %s",
                lang_dir_length (localedir), localedir, shown, name,
                name[shown] != '\0' ? "..." : "", LANG_MO_PATH, why) < 0)
    {
      lang->problem = NULL;
      return -1;
    }
  return 0;
}

static int
lang_add_catalog (smtpx_lang *lang, const char *name, struct mo_file *mo)
{
  struct lang_catalog *catalogs;
  char *copy = strdup (name);

  catalogs = copy != NULL ? realloc (lang->catalogs,
                                     (lang->count + 1) * sizeof *catalogs)
                          : NULL;
  if (catalogs == NULL)
    {
      free (copy);
      smtpx__mo_close (mo);
      return -1;
    }
  lang->catalogs = catalogs;
  lang->catalogs[lang->count].name = copy;
  lang->catalogs[lang->count].mo = mo;
  lang->count++;
  return 0;
}

/* Load the catalog of language NAME from LOCALEDIR, if there is one.
   Returns -1 only when memory runs out.  */
static int
lang_load (smtpx_lang *lang, const char *name, const char *localedir)
{
  char why[LANG_WHY_SIZE];
  struct mo_file *mo;
  char *path;
  int result = 0;

  if (asprintf (&path, "%.*s/%s" LANG_MO_PATH, lang_dir_length (localedir),
                localedir, name) < 0)
    return -1;

  if (smtpx__mo_open (path, &mo, why, sizeof why) == 0)
    result = lang_add_catalog (lang, name, mo);
  else if (errno == ENOMEM)
    result = -1;
  else if (errno != ENOENT)
    result = lang_note_problem (lang, localedir, name, why);

  free (path);
  return result;
}

/* Whether NAME can be a folder name: one with a slash could leave
   LOCALEDIR, and one without a language part (".." among them) is no
   name.  One too long for a file name, or with a control character or
   bytes that are not UTF-8, names no catalog anyone installs; trying
   it would only put its bytes into a problem report.  */
static int
lang_name_is_usable (const char *name, const struct lang_parts *parts)
{
  size_t length = strnlen (name, LANG_NAME_MAX + 1);

  return (length <= LANG_NAME_MAX && parts->language_length > 0
          && strchr (name, '/') == NULL
          && strcspn (name, "\t\n") == length
          && smtpx__mo_text_is_safe (name, length));
}

/* Load the catalogs of NAME, most specific first, into LANG.  BUFFER
   has room for NAME.  Returns 1 when NAME is English and so ends the
   list, -1 when memory runs out and 0 otherwise.  An unusable name is
   skipped without a word, like a name without a catalog.  */
static int
lang_load_name (smtpx_lang *lang, const char *name, const char *localedir,
                char *buffer)
{
  struct lang_parts parts;
  int mask;

  lang_split (name, &parts);
  if (!lang_name_is_usable (name, &parts))
    return 0;

  /* Bit 2 of MASK asks for the territory, bit 1 for the modifier.  */
  for (mask = 3; mask >= 0; mask--)
    {
      int territory = (mask & 2) != 0;
      int modifier = (mask & 1) != 0;

      if ((territory && parts.territory_length == 0)
          || (modifier && parts.modifier_length == 0))
        continue;
      lang_variant (&parts, territory, modifier, buffer);
      if (lang_is_english (buffer))
        return 1;
      if (!lang_is_loaded (lang, buffer)
          && lang_load (lang, buffer, localedir) != 0)
        return -1;
    }
  return 0;
}

/* Load the catalogs of LIST, a colon-separated list of names, which
   this function takes apart.  */
static int
lang_load_list (smtpx_lang *lang, char *list, const char *localedir)
{
  char *buffer = malloc (strlen (list) + 1);
  char *name = list;
  int result = 0;

  if (buffer == NULL)
    return -1;

  while (result == 0 && name != NULL)
    {
      char *colon = strchr (name, ':');

      if (colon != NULL)
        *colon = '\0';
      result = lang_load_name (lang, name, localedir, buffer);
      name = colon != NULL ? colon + 1 : NULL;
    }

  free (buffer);
  return result < 0 ? -1 : 0;
}

smtpx_lang *
smtpx_lang_new (const char *languages, const char *localedir)
{
  smtpx_lang *lang = calloc (1, sizeof *lang);
  char *list;

  if (lang == NULL)
    return NULL;
  if (languages == NULL || *languages == '\0')
    languages = lang_from_environment ();
  if (localedir == NULL || *localedir == '\0')
    localedir = LOCALEDIR;

  list = strdup (languages);
  if (list == NULL || lang_load_list (lang, list, localedir) != 0)
    {
      free (list);
      smtpx_lang_free (lang);
      return NULL;
    }
  free (list);
  return lang;
}

void
smtpx_lang_free (smtpx_lang *lang)
{
  size_t i;

  if (lang == NULL)
    return;
  for (i = 0; i < lang->count; i++)
    {
      free (lang->catalogs[i].name);
      smtpx__mo_close (lang->catalogs[i].mo);
    }
  free (lang->catalogs);
  free (lang->problem);
  free (lang);
}

const char *
smtpx_lang_name (const smtpx_lang *lang)
{
  return lang != NULL && lang->count > 0 ? lang->catalogs[0].name
                                         : LANG_ENGLISH;
}

const char *
smtpx_lang_problem (const smtpx_lang *lang)
{
  return lang != NULL ? lang->problem : NULL;
}

/* The translation of MSGID in CONTEXT from the first catalog that has
   one, skipping those that fail the format check if FORMAT; else
   MSGID.  *USED, if USED is not NULL, receives its language, or NULL
   with a NULL MSGID.  A NULL LANG has no catalogs.  The empty MSGID,
   whose translation in a .mo file is its header, is no message and
   stays empty.  */
static const char *
lang_translate (const smtpx_lang *lang, const char *context,
                const char *msgid, int format, const char **used)
{
  size_t count;
  size_t i;

  if (msgid == NULL)
    {
      if (used != NULL)
        *used = NULL;
      return NULL;
    }

  count = lang != NULL && *msgid != '\0' ? lang->count : 0;
  for (i = 0; i < count; i++)
    {
      const char *translation =
        smtpx__mo_lookup (lang->catalogs[i].mo, context, msgid);

      if (translation != NULL
          && (!format || smtpx__format_check (msgid, translation)))
        {
          if (used != NULL)
            *used = lang->catalogs[i].name;
          return translation;
        }
    }
  if (used != NULL)
    *used = LANG_ENGLISH;
  return msgid;
}

const char *
smtpx_lang_gettext (const smtpx_lang *lang, const char *context,
                    const char *msgid, const char **used)
{
  return lang_translate (lang, context, msgid, 0, used);
}

const char *
smtpx_lang_format (const smtpx_lang *lang, const char *context,
                   const char *msgid, const char **used)
{
  return lang_translate (lang, context, msgid, 1, used);
}
