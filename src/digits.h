/* digits.h - the meaning of a reply code's digits (RFC 5321 4.2.1)  */

#ifndef DIGITS_H
#define DIGITS_H

#include <stdbool.h>

#include "smtpexplain.h"

/* Whether CODE is a number that smtpx_code_parse() could give: a first
   digit of 2 to 5 and any other two.  */
static inline bool
code_is_valid (int code)
{
  return code >= 200 && code <= 599;
}

/* The first digit (2 to 5) and the second (0 to 9, of which RFC 5321
   defines 0 to 5) of a valid code.  */
static inline int
code_class (int code)
{
  return code / 100;
}

static inline int
code_category (int code)
{
  return code / 10 % 10;
}

/* Whole sentences on the first and second digit, and what to do by
   the first digit, translated for LANG; for the last, *USED receives
   the language of the answer.  */
const char *smtpx__digits_class_sentence (const smtpx_lang *lang, int code);
const char *smtpx__digits_category_sentence (const smtpx_lang *lang, int code);
const char *smtpx__digits_fix (const smtpx_lang *lang, int code,
                               const char **used);

#endif /* DIGITS_H */
