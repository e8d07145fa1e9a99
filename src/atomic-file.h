/* atomic-file.h - write a whole file or nothing

   The content goes to a temporary file beside the target, which is
   renamed over it only once everything was written and flushed, so an
   interrupted build never leaves half a file behind.  */

#ifndef ATOMIC_FILE_H
#define ATOMIC_FILE_H

#include <stdbool.h>
#include <stdio.h>

/* Call WRITE (DATA, stream) and put what it wrote at PATH, unless PATH
   already holds exactly that.  On failure report "PROGRAM: cannot
   write 'PATH': REASON" on stderr, leave PATH as it was and return
   false.  */
bool atomic_write (const char *program, const char *path,
                   void (*write) (const void *data, FILE *out),
                   const void *data);

#endif /* ATOMIC_FILE_H */
