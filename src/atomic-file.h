/* atomic-file.h - write a whole file or nothing

   The content goes to a temporary file beside the target, which is
   renamed over it only once everything was written and flushed, so an
   interrupted build never leaves half a file behind.  */

#ifndef ATOMIC_FILE_H
#define ATOMIC_FILE_H

#include <stdbool.h>
#include <stdio.h>

/* Whether PATH is a file that atomic_write may replace: one that does
   not exist yet, or a regular file.  A rename would turn a symbolic
   link, a device, a FIFO or a socket into a plain file, and cannot
   replace a folder, so these are refused: report "PROGRAM: cannot
   write 'PATH': not a regular file (a KIND)" on stderr and return
   false.  Calling this for every output first lets a program write
   none of them when one is refused.  */
bool atomic_can_replace (const char *program, const char *path);

/* Call WRITE (DATA, stream) and put what it wrote at PATH, unless PATH
   already holds exactly that.  A new file gets the permissions that
   the umask leaves of 0666, as with fopen.  On failure, including a
   PATH that atomic_can_replace refuses, report "PROGRAM: cannot write
   'PATH': REASON" on stderr, leave PATH as it was and return
   false.  */
bool atomic_write (const char *program, const char *path,
                   void (*write) (const void *data, FILE *out),
                   const void *data);

#endif /* ATOMIC_FILE_H */
