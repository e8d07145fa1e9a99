/* class-names.c - what the digits of a reply code say

   RFC 5321 4.2.1: the first digit tells the outcome, the second the
   category.  These names serve every code, and the sentences below
   explain a code that the catalog lacks from its digits alone.  */

#include <config.h>

#include "library-text.h"
#include "digits.h"

static const struct library_text class_names[] = {
  /* TRANSLATORS: the class of reply codes 2xx (RFC 5321 4.2.1).  */
  NLT_ ("class", "positive completion"),
  /* TRANSLATORS: the class of reply codes 3xx.  */
  NLT_ ("class", "positive intermediate"),
  /* TRANSLATORS: the class of reply codes 4xx.  */
  NLT_ ("class", "transient negative completion"),
  /* TRANSLATORS: the class of reply codes 5xx.  */
  NLT_ ("class", "permanent negative completion")
};

static const struct library_text category_names[] = {
  /* TRANSLATORS: the category of reply codes x0z (RFC 5321 4.2.1).  */
  NLT_ ("category", "syntax"),
  /* TRANSLATORS: the category of reply codes x1z.  */
  NLT_ ("category", "information"),
  /* TRANSLATORS: the category of reply codes x2z.  */
  NLT_ ("category", "connections"),
  /* TRANSLATORS: the category of reply codes x3z and x4z, which
     RFC 5321 leaves unspecified, and of second digits above 5.  */
  NLT_ ("category", "unspecified"),
  NLT_ ("category", "unspecified"),
  /* TRANSLATORS: the category of reply codes x5z.  */
  NLT_ ("category", "mail system"),
  NLT_ ("category", "unspecified"),
  NLT_ ("category", "unspecified"),
  NLT_ ("category", "unspecified"),
  NLT_ ("category", "unspecified")
};

/* What the first digit says, as a whole sentence.  */
static const struct library_text class_sentences[] = {
  NLT_ ("digits", "The first digit, 2, means that the server completed "
        "the requested action."),
  NLT_ ("digits", "The first digit, 3, means that the server accepted "
        "the command and is waiting for more from the client."),
  NLT_ ("digits", "The first digit, 4, means that the action failed for "
        "a reason that may pass, so the client may try again later."),
  NLT_ ("digits", "The first digit, 5, means that the action failed and "
        "that repeating it unchanged will fail again.")
};

/* What the second digit says, as a whole sentence.  */
static const struct library_text category_sentences[] = {
  NLT_ ("digits", "The second digit, 0, marks a reply about syntax: a "
        "command that is malformed, unknown or not implemented."),
  NLT_ ("digits", "The second digit, 1, marks a reply to a request for "
        "information, such as status or help."),
  NLT_ ("digits", "The second digit, 2, marks a reply about the "
        "connection."),
  NLT_ ("digits", "The second digit, 3, has no meaning assigned by "
        "RFC 5321."),
  NLT_ ("digits", "The second digit, 4, has no meaning assigned by "
        "RFC 5321."),
  NLT_ ("digits", "The second digit, 5, marks a reply about the state "
        "of the receiving mail system."),
  NLT_ ("digits", "The second digit, 6, is outside the range 0 to 5 that "
        "RFC 5321 allows, so it says nothing."),
  NLT_ ("digits", "The second digit, 7, is outside the range 0 to 5 that "
        "RFC 5321 allows, so it says nothing."),
  NLT_ ("digits", "The second digit, 8, is outside the range 0 to 5 that "
        "RFC 5321 allows, so it says nothing."),
  NLT_ ("digits", "The second digit, 9, is outside the range 0 to 5 that "
        "RFC 5321 allows, so it says nothing.")
};

/* What to do, by the first digit.  */
static const struct library_text class_fixes[] = {
  NLT_ ("digits", "Nothing needs fixing if the session went on as "
        "expected. If it did not, the sending administrator should ask "
        "the receiving administrator what the code means on their "
        "server."),
  NLT_ ("digits", "Nothing needs fixing if the session went on as "
        "expected. If it did not, the sending administrator should ask "
        "the receiving administrator what the code means on their "
        "server."),
  NLT_ ("digits", "Treat it like any 4xx reply: the sending server keeps "
        "the message and tries again later. If the reply persists, the "
        "sending administrator should ask the receiving administrator "
        "what it means."),
  NLT_ ("digits", "Treat it like any 5xx reply: do not resend the message "
        "unchanged. The sender or the sending administrator should read "
        "the reply text and, if it does not explain the refusal, contact "
        "the receiving administrator.")
};

/* The public functions take any int, and a digit outside the tables
   would read past them.  */
const char *
smtpx_class_name (const smtpx_lang *lang, int code)
{
  if (!code_is_valid (code))
    return NULL;
  return library_text (lang, &class_names[code_class (code) - 2]);
}

const char *
smtpx_category_name (const smtpx_lang *lang, int code)
{
  if (!code_is_valid (code))
    return NULL;
  return library_text (lang, &category_names[code_category (code)]);
}

const char *
smtpx__digits_class_sentence (const smtpx_lang *lang, int code)
{
  return library_text (lang, &class_sentences[code_class (code) - 2]);
}

const char *
smtpx__digits_category_sentence (const smtpx_lang *lang, int code)
{
  return library_text (lang, &category_sentences[code_category (code)]);
}

const char *
smtpx__digits_fix (const smtpx_lang *lang, int code, const char **used)
{
  return library_text_in (lang, &class_fixes[code_class (code) - 2], used);
}
