/* quote.c - show a user's argument safely in a message

   An argument can hold anything, escape sequences included, and can be
   very long; echoed as it is, it could rewrite the user's terminal or
   bury the message.  */

#include <config.h>

#include <string.h>

#include "quote.h"

const char *
quote (const char *text, char *buffer, size_t size)
{
  static const char ellipsis[] = "...";
  size_t length = strlen (text);
  size_t room = size - 1;
  size_t i;

  if (length > room)
    {
      room -= sizeof ellipsis - 1;
      /* Back up to the start of a UTF-8 character.  */
      while (room > 0 && ((unsigned char) text[room] & 0xc0) == 0x80)
        room--;
    }
  for (i = 0; i < length && i < room; i++)
    {
      unsigned char c = text[i];

      buffer[i] = c < 0x20 || c == 0x7f ? '?' : (char) c;
    }
  buffer[i] = '\0';
  if (length > i)
    strcat (buffer, ellipsis);
  return buffer;
}
