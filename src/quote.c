/* quote.c - show a user's argument safely in a message

   An argument can hold anything, escape sequences included, and can be
   very long; echoed as it is, it could rewrite the user's terminal or
   bury the message.  */

#include <config.h>

#include <stdbool.h>
#include <string.h>
#include <unistr.h>
#include <unistring/localcharset.h>

#include "quote.h"

/* Bidirectional embeddings, overrides and isolates can make an argument
   read backwards on the screen.  */
static bool
is_bidi_control (ucs4_t c)
{
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/* In a locale whose character set is neither UTF-8 nor ASCII (EUC-JP,
   say), arguments come in that set: bytes are kept whole, and only C0
   controls and DEL are replaced.  */
static bool
locale_is_not_utf8 (void)
{
  const char *charset = locale_charset ();

  return strcmp (charset, "UTF-8") != 0 && strcmp (charset, "ASCII") != 0
         && strcmp (charset, "ANSI_X3.4-1968") != 0;
}

static const char *
quote_bytes (const char *text, char *buffer, size_t size)
{
  size_t length = strlen (text);
  size_t room = size - 4;
  size_t i;

  for (i = 0; i < length && i < room; i++)
    buffer[i] = (unsigned char) text[i] < 0x20 || text[i] == 0x7f
                ? '?' : text[i];
  buffer[i] = '\0';
  if (i < length)
    strcat (buffer, "...");
  return buffer;
}

const char *
quote (const char *text, char *buffer, size_t size)
{
  static const char ellipsis[] = "...";
  const uint8_t *s = (const uint8_t *) text;
  size_t length = strlen (text);
  size_t room = size - sizeof ellipsis;
  size_t in = 0, out = 0;

  if (locale_is_not_utf8 ())
    return quote_bytes (text, buffer, size);

  /* Each character is copied whole or replaced by '?': invalid UTF-8,
     control characters (C0, DEL, C1) and bidirectional controls never
     reach the terminal.  */
  while (in < length)
    {
      ucs4_t c;
      int bytes = u8_mbtouc (&c, s + in, length - in);
      bool shown = c != 0xfffd && c >= 0x20 && (c < 0x7f || c > 0x9f)
                   && !is_bidi_control (c);
      size_t needed = shown ? (size_t) bytes : 1;

      if (out + needed > room)
        break;
      if (shown)
        memcpy (buffer + out, text + in, needed);
      else
        buffer[out] = '?';
      out += needed;
      in += bytes;
    }
  buffer[out] = '\0';
  if (in < length)
    strcat (buffer, ellipsis);
  return buffer;
}
