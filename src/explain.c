/* explain.c - an explanation for any code of the grammar

   A code with a catalog entry is explained by it.  Any other code of
   the RFC 5321 grammar still means something by its digits, so the
   library builds an entry from them, marked as not standard.  */

#include <config.h>

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "library-text.h"

/* What smtpx_explain allocates for a code without an entry.  */
struct built_entry
{
  struct smtpx_entry entry;
  char code_text[4];
  char *text[SMTPX_FIELD_COUNT];
};

static const char *const no_commands[] = { NULL };
static const struct smtpx_ref digits_reference[] = { { 5321, "4.2.1" } };

static const struct library_text unknown_title =
  /* TRANSLATORS: the title of a reply code that no standard defines.  */
  NLT_ ("unknown", "Not defined by any standard");

static const struct library_text unknown_origin =
  /* TRANSLATORS: %1$s is a reply code such as 299.  */
  NLT_ ("unknown", "%1$s is not defined by any RFC or in the IANA "
        "registry, so this explanation comes from its digits alone.");

static const struct library_text three_sentences =
  /* TRANSLATORS: joins three sentences into one paragraph.  Languages
     that write no space between sentences drop the spaces.  */
  NLT_ ("unknown", "%1$s %2$s %3$s");

static const struct library_text unknown_when =
  /* TRANSLATORS: %1$s is a reply code such as 299.  */
  NLT_ ("unknown", "A server that sends %1$s follows a private convention "
        "or makes an error. The reply text is the only account of what "
        "happened: read it closely.");

static const struct library_text unknown_use =
  /* TRANSLATORS: %1$s is a reply code such as 299.  */
  NLT_ ("unknown", "No standard lets a server send %1$s. Use the defined "
        "code closest to what you mean: the same first digit, and a "
        "second digit for the right category.");

static char *
format_text (const char *format, ...)
{
  va_list args;
  char *text;
  int length;

  va_start (args, format);
  length = vasprintf (&text, format, args);
  va_end (args);
  return length < 0 ? NULL : text;
}

static char *
describe_digits (const smtpx_lang *lang, struct built_entry *built,
                 const char **used)
{
  char *origin = format_text (library_format_in (lang, &unknown_origin,
                                                 used), built->code_text);
  char *text;

  if (origin == NULL)
    return NULL;
  text = format_text (library_format (lang, &three_sentences), origin,
                      smtpx__digits_class_sentence (lang,
                                                    built->entry.code),
                      smtpx__digits_category_sentence (lang,
                                                       built->entry.code));
  free (origin);
  return text;
}

/* Each text is in the language of its main template, which *USED
   receives per field.  */
static int
build_text (const smtpx_lang *lang, struct built_entry *built,
            const char **used)
{
  const char *code = built->code_text;
  int n = built->entry.code;

  built->text[SMTPX_TITLE] =
    strdup (library_text_in (lang, &unknown_title, &used[SMTPX_TITLE]));
  built->text[SMTPX_DESCRIPTION] =
    describe_digits (lang, built, &used[SMTPX_DESCRIPTION]);
  built->text[SMTPX_WHEN] =
    format_text (library_format_in (lang, &unknown_when, &used[SMTPX_WHEN]),
                 code);
  built->text[SMTPX_FIX] =
    strdup (smtpx__digits_fix (lang, n, &used[SMTPX_FIX]));
  built->text[SMTPX_USE] =
    format_text (library_format_in (lang, &unknown_use, &used[SMTPX_USE]),
                 code);

  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    if (built->text[f] == NULL)
      return SMTPX_NOMEM;
  return SMTPX_OK;
}

static void
free_built (struct built_entry *built)
{
  if (built == NULL)
    return;
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    free (built->text[f]);
  free (built);
}

static int
explain_from_digits (const smtpx_lang *lang, int code,
                     struct smtpx_explanation *out)
{
  struct built_entry *built = calloc (1, sizeof *built);

  if (built == NULL)
    return SMTPX_NOMEM;
  built->entry.code = code;
  built->entry.origin = SMTPX_ORIGIN_NONE;
  built->entry.commands = no_commands;
  built->entry.refs = digits_reference;
  built->entry.ref_count = 1;
  built->entry.source = "";
  snprintf (built->code_text, sizeof built->code_text, "%d", code);

  if (build_text (lang, built, out->text_lang) != SMTPX_OK)
    {
      free_built (built);
      return SMTPX_NOMEM;
    }

  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    {
      built->entry.text[f] = built->text[f];
      out->text[f] = built->text[f];
    }
  out->entry = &built->entry;
  out->owned = built;
  return SMTPX_UNKNOWN;
}

int
smtpx_explain (const smtpx_lang *lang, int code,
               struct smtpx_explanation *out)
{
  const struct smtpx_entry *entry;

  if (out == NULL)
    return SMTPX_INVALID;
  memset (out, 0, sizeof *out);
  if (!code_is_valid (code))
    return SMTPX_INVALID;

  entry = smtpx_entry_find (code);
  if (entry == NULL)
    return explain_from_digits (lang, code, out);

  out->entry = entry;
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    out->text[f] = smtpx_text (lang, entry, f, &out->text_lang[f]);
  return SMTPX_OK;
}

/* The emptied explanation points nowhere, so that freeing it again,
   or reading it by mistake, finds nothing rather than freed memory.  */
void
smtpx_explanation_free (struct smtpx_explanation *explanation)
{
  if (explanation == NULL)
    return;
  free_built (explanation->owned);
  memset (explanation, 0, sizeof *explanation);
}
