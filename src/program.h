/* program.h - what every part of the smtpexplain command shares: the
   name that starts its messages and its exit statuses.  */

#ifndef PROGRAM_H
#define PROGRAM_H

#define PROGRAM "smtpexplain"

/* Documented in --help and smtpexplain(1).  */
enum
{
  EXIT_FOUND = 0,       /* every code has a catalog entry */
  EXIT_UNKNOWN = 1,     /* some code is explained from its digits */
  EXIT_TROUBLE = 2      /* invalid code, usage error, write error */
};

#endif /* PROGRAM_H */
