/* locale-notice.c - tell the user when the locale is missing.  */

#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "locale-notice.h"
#include "program.h"
#include "program-text.h"
#include "quote.h"

/* The locale the environment asks for, as setlocale reads it.  */
static const char *
requested_locale (void)
{
  static const char *const variables[] = { "LC_ALL", "LC_MESSAGES",
                                           "LANG" };

  for (size_t i = 0; i < sizeof variables / sizeof *variables; i++)
    {
      const char *value = getenv (variables[i]);

      if (value != NULL && *value != '\0')
        return value;
    }
  return NULL;
}

/* English needs no translation: "en", "en_GB.UTF-8", "C", "POSIX".  */
static bool
is_english (const char *name)
{
  return strncmp (name, "en", 2) == 0
         || strcmp (name, "C") == 0 || strncmp (name, "C.", 2) == 0
         || strcmp (name, "POSIX") == 0;
}

/* The language the reader put first, by the library's rule: the
   first name in LANGUAGE, unless the locale is C or POSIX, which
   ignore LANGUAGE; else the locale itself.  */
static const char *
first_wish (const char *locale, char *buffer, size_t size)
{
  const char *language = getenv ("LANGUAGE");

  if (language != NULL)
    language += strspn (language, ":");
  if (language == NULL || *language == '\0' || strcmp (locale, "C") == 0
      || strcmp (locale, "POSIX") == 0)
    return locale;
  snprintf (buffer, size, "%.*s", (int) strcspn (language, ":"), language);
  return buffer;
}

void
locale_notice (const smtpx_lang *lang)
{
  const char *locale = requested_locale ();
  const char *used = smtpx_lang_name (lang);
  const char *wish;
  char buffer[64];
  /* The names come from the environment, so they are shown the way
     quote() shows an argument: no escape reaches the terminal.  */
  char shown_locale[64];
  char shown[64];

  if (locale == NULL)
    return;
  wish = first_wish (locale, buffer, sizeof buffer);
  quote (locale, shown_locale, sizeof shown_locale);
  if (strcmp (used, "en") != 0)
    fprintf (stderr, _("%1$s: the locale '%2$s' is not installed; explaining "
                       "in '%3$s' from smtpexplain's own translations\n"),
             PROGRAM, shown_locale, quote (used, shown, sizeof shown));
  else if (!is_english (wish))
    fprintf (stderr, _("%1$s: the locale '%2$s' is not installed and "
                       "smtpexplain has no translation for '%3$s'; "
                       "explaining in English\n"), PROGRAM, shown_locale,
             quote (wish, shown, sizeof shown));
}

void
language_notice (const smtpx_lang *lang, const char *languages)
{
  char wish[64];
  char shown[64];

  snprintf (wish, sizeof wish, "%.*s", (int) strcspn (languages, ":"),
            languages);
  if (strcmp (smtpx_lang_name (lang), "en") == 0 && *wish != '\0'
      && !is_english (wish))
    fprintf (stderr, _("%1$s: smtpexplain has no translation for '%2$s'; "
                       "explaining in English\n"), PROGRAM,
             quote (wish, shown, sizeof shown));
}
