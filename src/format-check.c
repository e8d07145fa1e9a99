/* format-check.c - whether a translated printf format is safe to use

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include "format-check.h"

#include <string.h>

/* A length modifier of up to two letters, the conversion and a NUL:
   "lu", "hhd", "s".  */
#define FORMAT_SPEC_SIZE 4

/* What a format does with each argument: SPEC[N] is the length
   modifier and conversion of argument N, "" for an argument it does
   not use.  */
struct format_args
{
  char spec[FORMAT_MAX_ARGUMENT + 1][FORMAT_SPEC_SIZE];
};

/* Read the digits at *P as a number, leaving *P after them.  Returns
   the number, or -1 if it exceeds LIMIT.  */
static long
format_number (const char **p, long limit)
{
  long value = 0;

  for (; **p >= '0' && **p <= '9'; (*p)++)
    {
      value = value * 10 + (**p - '0');
      if (value > limit)
        return -1;
    }
  return value;
}

/* The length of the length modifier at P: "hh", "h", "ll", "l", "L",
   "q", "j", "z", "Z" or "t".  */
static size_t
format_length_modifier (const char *p)
{
  if ((p[0] == 'h' || p[0] == 'l') && p[1] == p[0])
    return 2;
  return *p != '\0' && strchr ("hlLqjzZt", *p) != NULL ? 1 : 0;
}

/* Read the directive after the '%' at *P into ARGS and leave *P after
   it.  Returns 0, or -1 for a directive that the check refuses.  */
static int
format_directive (const char **p, struct format_args *args)
{
  const char *spec;
  size_t length;
  long number;

  /* A numbered argument: "1$" to "32$".  */
  if (**p < '1' || **p > '9')
    return -1;
  number = format_number (p, FORMAT_MAX_ARGUMENT);
  if (number < 0 || **p != '$')
    return -1;
  (*p)++;

  /* Flags, then a width and a precision given as digits, not '*'.  */
  *p += strspn (*p, "-+ #0'I");
  if (format_number (p, FORMAT_MAX_WIDTH) < 0)
    return -1;
  if (**p == '.')
    {
      (*p)++;
      if (format_number (p, FORMAT_MAX_WIDTH) < 0)
        return -1;
    }

  /* The length modifier and the conversion; %n and %m are left out,
     and so is '*', which is no conversion.  */
  spec = *p;
  length = format_length_modifier (spec);
  if (spec[length] == '\0' || strchr ("diouxXeEfFgGaAcsCSp", spec[length])
                              == NULL)
    return -1;
  *p += length + 1;

  /* printf cannot take one argument as two types.  */
  if (args->spec[number][0] != '\0'
      && strncmp (args->spec[number], spec, length + 1) != 0)
    return -1;
  memcpy (args->spec[number], spec, length + 1);
  args->spec[number][length + 1] = '\0';
  return 0;
}

/* Fill in ARGS from FORMAT.  Returns 0, or -1 for a format the check
   refuses.  */
static int
format_parse (const char *format, struct format_args *args)
{
  const char *p = format;

  memset (args, 0, sizeof *args);
  while ((p = strchr (p, '%')) != NULL)
    {
      p++;
      if (*p == '%')
        p++;
      else if (format_directive (&p, args) != 0)
        return -1;
    }
  return 0;
}

int
smtpx__format_check (const char *msgid, const char *translation)
{
  struct format_args wanted;
  struct format_args given;

  if (format_parse (msgid, &wanted) != 0
      || format_parse (translation, &given) != 0)
    return 0;
  return memcmp (&wanted, &given, sizeof wanted) == 0;
}
