/* mo.c - read GNU .mo message catalogs without libintl

   Copyright (C) 2026 The smtpexplain authors.
   License: LGPL-2.1-or-later (see COPYING).  */

#include <config.h>

#include "mo.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <locale.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* The first word of every .mo file, read in the file's byte order.  */
#define MO_MAGIC 0x950412deU

/* Magic, revision, string count, the offsets of the two string tables,
   hash table size and offset: seven 32-bit words.  */
#define MO_HEADER_SIZE 28

/* Each string table entry is a length and an offset, both 32-bit.  */
#define MO_ENTRY_SIZE 8

/* Reads are cut into pieces this large, well below SSIZE_MAX
   everywhere.  */
#define MO_READ_CHUNK (1024 * 1024)

/* The largest file read.  A catalog of this package is a few hundred
   kilobytes; a file far bigger is a mistake or an attack, and is not
   worth reading whole into memory.  */
#define MO_MAX_SIZE (16 * 1024 * 1024)

/* One message: its key, "CONTEXT\004MSGID" or "MSGID", and its
   translation, both pointing into the file's bytes.  */
struct mo_message
{
  const char *key;
  const char *translation;
};

struct mo_file
{
  unsigned char *data;
  struct mo_message *messages;  /* sorted by key with strcmp */
  size_t count;
};

/* What the header says, once checked.  */
struct mo_header
{
  int big_endian;
  uint32_t count;
  uint32_t originals;     /* offset of the table of original strings */
  uint32_t translations;  /* offset of the table of translations */
};

/* The key a lookup wants, compared without building it.  */
struct mo_query
{
  const char *context;
  size_t context_length;
  const char *msgid;
};

/* The bytes a string takes in the file, its NUL included: START up to
   END, which is not in it.  TAG is twice the string's index, plus one
   for a translation.  A file is at most MO_MAX_SIZE bytes, so all
   three fit in 32 bits.  */
struct mo_range
{
  uint32_t start;
  uint32_t end;
  uint32_t tag;
};

/* Write a reason into WHY, set errno to ERR and return -1.  */
static int
mo_fail (char *why, size_t why_size, int err, const char *format, ...)
{
  va_list args;

  if (why_size > 0)
    {
      va_start (args, format);
      vsnprintf (why, why_size, format, args);
      va_end (args);
    }
  errno = err;
  return -1;
}

/* Fail for errno ERR met while opening or reading the file.  A
   missing file and a path through a non-folder both count as no
   catalog at all.  */
static int
mo_fail_io (char *why, size_t why_size, int err)
{
  locale_t c_locale;

  if (err == ENOENT || err == ENOTDIR)
    return mo_fail (why, why_size, ENOENT, "no such file");
  if (err == ENOMEM)
    return mo_fail (why, why_size, ENOMEM, "out of memory");
  if (err == EACCES || err == EPERM)
    return mo_fail (why, why_size, err, "permission denied");

  /* The reasons are English whatever the process locale, and
     strerror is not thread-safe: strerror_l in the C locale is.  */
  c_locale = newlocale (LC_ALL_MASK, "C", (locale_t) 0);
  if (c_locale == (locale_t) 0)
    return mo_fail (why, why_size, err, "cannot be read (error %d)", err);
  mo_fail (why, why_size, err, "cannot be read (%s)",
           strerror_l (err, c_locale));
  freelocale (c_locale);
  errno = err;
  return -1;
}

/* Read the open file FD, whose size is SIZE, into a new buffer.  A
   file that shrinks meanwhile is read to its new end.  */
static int
mo_read_fd (int fd, size_t size, unsigned char **data, size_t *length,
            char *why, size_t why_size)
{
  size_t done = 0;
  unsigned char *buffer = malloc (size > 0 ? size : 1);

  if (buffer == NULL)
    return mo_fail_io (why, why_size, ENOMEM);

  while (done < size)
    {
      size_t want = size - done < MO_READ_CHUNK ? size - done
                                                : MO_READ_CHUNK;
      ssize_t got = read (fd, buffer + done, want);

      if (got < 0 && errno == EINTR)
        continue;
      if (got < 0)
        {
          int err = errno;

          free (buffer);
          return mo_fail_io (why, why_size, err);
        }
      if (got == 0)
        break;
      done += (size_t) got;
    }

  *data = buffer;
  *length = done;
  return 0;
}

/* Read the whole file at PATH into memory.  */
static int
mo_read_file (const char *path, unsigned char **data, size_t *length,
              char *why, size_t why_size)
{
  struct stat st;
  int result;
  /* Without O_NONBLOCK, opening a FIFO waits for a writer, maybe
     forever; on a regular file the flag changes nothing.  O_NOCTTY
     keeps a terminal from becoming the process's.  */
  int fd = open (path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY);

  if (fd < 0)
    return mo_fail_io (why, why_size, errno);

  if (fstat (fd, &st) != 0)
    result = mo_fail_io (why, why_size, errno);
  else if (!S_ISREG (st.st_mode))
    result = mo_fail (why, why_size, EINVAL, "not a regular file");
  else if (st.st_size > MO_MAX_SIZE)
    result = mo_fail (why, why_size, EFBIG,
                      "too large (%jd bytes; at most %d)",
                      (intmax_t) st.st_size, MO_MAX_SIZE);
  else
    result = mo_read_fd (fd, (size_t) st.st_size, data, length,
                         why, why_size);

  close (fd);
  return result;
}

/* The 32-bit word at P, in the file's byte order.  */
static uint32_t
mo_word (const unsigned char *p, int big_endian)
{
  if (big_endian)
    return ((uint32_t) p[0] << 24 | (uint32_t) p[1] << 16
            | (uint32_t) p[2] << 8 | (uint32_t) p[3]);
  return ((uint32_t) p[3] << 24 | (uint32_t) p[2] << 16
          | (uint32_t) p[1] << 8 | (uint32_t) p[0]);
}

/* Check that a table of COUNT entries at OFFSET lies inside SIZE.  */
static int
mo_table_fits (uint32_t offset, uint32_t count, size_t size)
{
  return (uint64_t) offset + (uint64_t) count * MO_ENTRY_SIZE
         <= (uint64_t) size;
}

/* Check the header of DATA, SIZE bytes long, and fill in *HEADER.  */
static int
mo_read_header (const unsigned char *data, size_t size,
                struct mo_header *header, char *why, size_t why_size)
{
  uint32_t revision;

  if (size == 0)
    return mo_fail (why, why_size, EINVAL, "empty file");
  if (size >= 4 && mo_word (data, 0) == MO_MAGIC)
    header->big_endian = 0;
  else if (size >= 4 && mo_word (data, 1) == MO_MAGIC)
    header->big_endian = 1;
  else
    return mo_fail (why, why_size, EINVAL,
                    "not a .mo file (bad magic number)");
  if (size < MO_HEADER_SIZE)
    return mo_fail (why, why_size, EINVAL,
                    "truncated header (%zu bytes; a .mo header has %d)",
                    size, MO_HEADER_SIZE);

  /* Minor revisions add system-dependent strings after the header;
     the plain tables stay as they were, so all of them are read.  */
  revision = mo_word (data + 4, header->big_endian);
  if (revision >> 16 != 0)
    return mo_fail (why, why_size, EINVAL,
                    "unsupported format revision %" PRIu32 ".%" PRIu32
                    " (this reader knows revision 0)",
                    revision >> 16, revision & 0xffff);

  header->count = mo_word (data + 8, header->big_endian);
  header->originals = mo_word (data + 12, header->big_endian);
  header->translations = mo_word (data + 16, header->big_endian);
  if (!mo_table_fits (header->originals, header->count, size))
    return mo_fail (why, why_size, EINVAL,
                    "table of original strings runs past the end"
                    " of the file");
  if (!mo_table_fits (header->translations, header->count, size))
    return mo_fail (why, why_size, EINVAL,
                    "table of translations runs past the end of the file");
  return 0;
}

/* Entry INDEX of the table at TABLE, checked to lie inside the file
   and to end in a NUL; NULL after writing WHY if it does not.  WHAT
   names the table in the reason.  *LENGTH receives the length, which
   counts the NULs between plural forms.  */
static const char *
mo_string (const unsigned char *data, size_t size,
           const struct mo_header *header, uint32_t table, uint32_t index,
           uint32_t *length, const char *what, char *why, size_t why_size)
{
  const unsigned char *entry = data + table + (size_t) index * MO_ENTRY_SIZE;
  uint32_t offset = mo_word (entry + 4, header->big_endian);

  *length = mo_word (entry, header->big_endian);
  if ((uint64_t) offset + *length >= (uint64_t) size)
    {
      mo_fail (why, why_size, EINVAL,
               "%s %" PRIu32 " runs past the end of the file", what, index);
      return NULL;
    }
  if (data[offset + *length] != '\0')
    {
      mo_fail (why, why_size, EINVAL,
               "%s %" PRIu32 " is not NUL-terminated", what, index);
      return NULL;
    }
  return (const char *) data + offset;
}

/* Describe in RANGE the string TEXT of DATA, LENGTH bytes before its
   NUL, entry INDEX of the table of translations if TRANSLATION, else
   of the table of original strings.  */
static void
mo_set_range (struct mo_range *range, const unsigned char *data,
              const char *text, uint32_t length, uint32_t index,
              int translation)
{
  range->start = (uint32_t) ((const unsigned char *) text - data);
  range->end = range->start + length + 1;
  range->tag = index << 1 | (translation ? 1 : 0);
}

/* The length of the UTF-8 character at P, of which LEFT bytes remain,
   or 0 if there is none or it is a control character of C1.  */
static size_t
mo_utf8_character (const unsigned char *p, size_t left)
{
  static const uint32_t least[] = { 0, 0, 0x80, 0x800, 0x10000 };
  uint32_t c;
  size_t length;
  size_t i;

  if (p[0] >= 0xc2 && p[0] <= 0xdf)
    length = 2;
  else if (p[0] >= 0xe0 && p[0] <= 0xef)
    length = 3;
  else if (p[0] >= 0xf0 && p[0] <= 0xf4)
    length = 4;
  else
    return 0;
  if (length > left)
    return 0;

  c = p[0] & (0x7f >> length);
  for (i = 1; i < length; i++)
    {
      if ((p[i] & 0xc0) != 0x80)
        return 0;
      c = c << 6 | (p[i] & 0x3f);
    }

  /* Overlong forms, UTF-16 surrogates, code points past U+10FFFF and
     the C1 controls, which some terminals obey as CSI and the like.  */
  if (c < least[length] || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff
      || c <= 0x9f)
    return 0;
  return length;
}

int
smtpx__mo_text_is_safe (const char *text, size_t length)
{
  const unsigned char *p = (const unsigned char *) text;
  const unsigned char *end = p + length;

  while (p < end)
    {
      size_t step = 1;

      if (*p >= 0x80)
        step = mo_utf8_character (p, (size_t) (end - p));
      else if ((*p < 0x20 && *p != '\0' && *p != '\t' && *p != '\n')
               || *p == 0x7f)
        step = 0;
      if (step == 0)
        return 0;
      p += step;
    }
  return 1;
}

static int
mo_message_compare (const void *a, const void *b)
{
  return strcmp (((const struct mo_message *) a)->key,
                 ((const struct mo_message *) b)->key);
}

/* Order ranges by where they start, and ranges that start together
   by table and index, so that the reason names the same two strings
   on every system.  */
static int
mo_range_compare (const void *a, const void *b)
{
  const struct mo_range *x = a;
  const struct mo_range *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  return (x->tag > y->tag) - (x->tag < y->tag);
}

/* Name the string TAG stands for in WHY's reason.  */
static const char *
mo_range_what (uint32_t tag)
{
  return tag & 1 ? "translation" : "original string";
}

/* Sort the COUNT RANGES of the strings, each with its NUL, and check
   that each ends before the next starts.  msgfmt writes every string
   apart; a file whose strings share bytes could make many long keys
   of one long run, and sorting them would compare that run over and
   over.  Kept apart, all the strings together are no longer than the
   file, and a comparison reads no more than the shorter of its two.  */
static int
mo_check_apart (struct mo_range *ranges, size_t count, char *why,
                size_t why_size)
{
  size_t i;

  qsort (ranges, count, sizeof *ranges, mo_range_compare);
  for (i = 1; i < count; i++)
    if (ranges[i - 1].end > ranges[i].start)
      return mo_fail (why, why_size, EINVAL,
                      "%s %" PRIu32 " and %s %" PRIu32 " overlap (each"
                      " string of a .mo file has bytes of its own)",
                      mo_range_what (ranges[i - 1].tag),
                      ranges[i - 1].tag >> 1,
                      mo_range_what (ranges[i].tag), ranges[i].tag >> 1);
  return 0;
}

/* Drop each translation of MO that is unfit for a terminal: it counts
   as none, so that the caller falls back to another language for that
   message alone.  RANGES, COUNT of them, are those of the strings.  */
static void
mo_drop_unfit (struct mo_file *mo, const struct mo_range *ranges,
               size_t count)
{
  size_t i;

  for (i = 0; i < count; i++)
    if (ranges[i].tag & 1
        && !smtpx__mo_text_is_safe ((const char *) mo->data
                                    + ranges[i].start,
                                    ranges[i].end - ranges[i].start - 1))
      mo->messages[ranges[i].tag >> 1].translation = "";
}

/* Check entry INDEX of the tables of HEADER, store its strings in
   MESSAGE and their ranges in RANGES[0] and RANGES[1].  */
static int
mo_read_message (const struct mo_file *mo, size_t size,
                 const struct mo_header *header, uint32_t index,
                 struct mo_message *message, struct mo_range *ranges,
                 char *why, size_t why_size)
{
  uint32_t length;

  message->key = mo_string (mo->data, size, header, header->originals,
                            index, &length, "original string", why,
                            why_size);
  if (message->key == NULL)
    return -1;
  mo_set_range (&ranges[0], mo->data, message->key, length, index, 0);

  message->translation = mo_string (mo->data, size, header,
                                    header->translations, index, &length,
                                    "translation", why, why_size);
  if (message->translation == NULL)
    return -1;
  mo_set_range (&ranges[1], mo->data, message->translation, length, index,
                1);
  return 0;
}

/* Fill in MO's messages from its checked HEADER, checking each string,
   and sort them.  The order in the file is not trusted, so that a
   file from any tool, or a hostile one, is searched correctly.  */
static int
mo_read_messages (struct mo_file *mo, size_t size,
                  const struct mo_header *header, char *why, size_t why_size)
{
  struct mo_range *ranges;
  uint32_t i;
  int result = 0;

  mo->count = header->count;
  if (mo->count == 0)
    return 0;
  mo->messages = malloc (mo->count * sizeof *mo->messages);
  ranges = malloc (2 * mo->count * sizeof *ranges);
  if (mo->messages == NULL || ranges == NULL)
    {
      free (ranges);
      return mo_fail_io (why, why_size, ENOMEM);
    }

  for (i = 0; result == 0 && i < header->count; i++)
    result = mo_read_message (mo, size, header, i, &mo->messages[i],
                              &ranges[2 * i], why, why_size);

  /* Only strings that are known to lie apart are read through.  */
  if (result == 0)
    result = mo_check_apart (ranges, 2 * mo->count, why, why_size);
  if (result == 0)
    {
      mo_drop_unfit (mo, ranges, 2 * mo->count);
      qsort (mo->messages, mo->count, sizeof *mo->messages,
             mo_message_compare);
    }
  free (ranges);
  return result;
}

/* The character set a catalog's header names ("charset=EUC-JP"), or
   UTF-8 when it names none.  Translations are only usable in UTF-8:
   the library hands them out as they are.  */
static int
mo_check_charset (const struct mo_file *mo, char *why, size_t why_size)
{
  const char *header = smtpx__mo_lookup (mo, NULL, "");
  const char *charset = header ? strstr (header, "charset=") : NULL;
  size_t length;

  if (charset == NULL)
    return 0;
  charset += strlen ("charset=");
  length = strcspn (charset, " ;\n");
  if ((length == 5 && strncasecmp (charset, "UTF-8", 5) == 0)
      || (length == 4 && strncasecmp (charset, "UTF8", 4) == 0))
    return 0;
  return mo_fail (why, why_size, EINVAL, "in the character set %.*s, not "
                  "UTF-8 (convert it with msgconv -t UTF-8)",
                  (int) (length > 32 ? 32 : length), charset);
}

int
smtpx__mo_open (const char *path, struct mo_file **out, char *why,
                size_t why_size)
{
  struct mo_header header = { 0, 0, 0, 0 };
  size_t size = 0;
  struct mo_file *mo = calloc (1, sizeof *mo);

  if (mo == NULL)
    return mo_fail_io (why, why_size, ENOMEM);

  if (mo_read_file (path, &mo->data, &size, why, why_size) != 0
      || mo_read_header (mo->data, size, &header, why, why_size) != 0
      || mo_read_messages (mo, size, &header, why, why_size) != 0
      || mo_check_charset (mo, why, why_size) != 0)
    {
      int err = errno;

      smtpx__mo_close (mo);
      errno = err;
      return -1;
    }

  *out = mo;
  return 0;
}

/* Order QUERY against the key of MESSAGE as strcmp would order
   "CONTEXT\004MSGID" against it.  */
static int
mo_query_compare (const void *query_pointer, const void *message_pointer)
{
  const struct mo_query *query = query_pointer;
  const char *key = ((const struct mo_message *) message_pointer)->key;

  if (query->context != NULL)
    {
      /* strncmp stops at a shorter key's NUL, so KEY is read only as
         far as it goes.  */
      int order = strncmp (query->context, key, query->context_length);

      if (order != 0)
        return order;
      key += query->context_length;
      if (*key != '\004')
        return '\004' - (unsigned char) *key;
      key++;
    }
  return strcmp (query->msgid, key);
}

const char *
smtpx__mo_lookup (const struct mo_file *mo, const char *context,
                  const char *msgid)
{
  struct mo_query query;
  const struct mo_message *found;

  if (mo->count == 0)
    return NULL;

  query.context = context;
  query.context_length = context != NULL ? strlen (context) : 0;
  query.msgid = msgid;
  found = bsearch (&query, mo->messages, mo->count, sizeof *mo->messages,
                   mo_query_compare);
  if (found == NULL || found->translation[0] == '\0')
    return NULL;
  return found->translation;
}

void
smtpx__mo_close (struct mo_file *mo)
{
  if (mo == NULL)
    return;
  free (mo->messages);
  free (mo->data);
  free (mo);
}
