/* catalog-parse.c - read catalog files, diagnosing like a compiler

   A file is read line by line.  Every problem is reported with its file
   and line, and reading goes on, so that one run shows all the errors
   of a file.  An entry with an error is dropped; the generator writes
   nothing when any error was found.  A problem of the whole file (CR LF
   line ends, a byte order mark) is reported once, and reading goes on
   as if it were fixed, so that it does not hide the real errors under
   one per line.  */

#include <config.h>

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "catalog.h"
#include "xalloc.h"

#define TITLE_MAX 72
#define LINE_WIDTH_MAX 79

/* What some editors put at the start of a UTF-8 file.  */
static const char byte_order_mark[] = "\xef\xbb\xbf";

enum header
{
  HEADER_TITLE,
  HEADER_CLASS,
  HEADER_ORIGIN,
  HEADER_COMMANDS,
  HEADER_REFERENCES,
  HEADER_RELATED,
  HEADER_COUNT
};

static const char *const header_names[HEADER_COUNT] = {
  "Title", "Class", "Origin", "Commands", "References", "Related"
};

static const bool header_required[HEADER_COUNT] = {
  true, true, true, true, true, false
};

enum state
{
  OUTSIDE,      /* before the first entry */
  HEADERS,      /* after "-- CODE", before the first blank line */
  BODY          /* after the headers: sections and their prose */
};

struct parser
{
  struct catalog *cat;
  const char *name;
  FILE *diag;
  int line;
  int errors;

  enum state state;
  bool entry_seen;
  bool outside_reported;
  bool crlf_reported;
  struct catalog_entry *entry;  /* the one being read, or NULL */
  bool entry_failed;
  int header_line[HEADER_COUNT];

  char *pending;                /* a header line, until its last
                                   continuation line is read */
  int pending_line;

  int section;                  /* a field, or -1 before the first */
  bool loose_text_reported;
  bool paragraph_break;
};

static void flush_header (struct parser *p);

/* "NAME:LINE: error: ...", or "NAME: error: ..." when LINE is 0.  */
static void
report_file (struct parser *p, int line, const char *format, ...)
{
  va_list args;

  if (line > 0)
    fprintf (p->diag, "%s:%d: error: ", p->name, line);
  else
    fprintf (p->diag, "%s: error: ", p->name);
  va_start (args, format);
  vfprintf (p->diag, format, args);
  va_end (args);
  fputc ('\n', p->diag);
  p->errors++;
}

/* Report a problem that spoils the entry being read, if any.  */
static void
report (struct parser *p, int line, const char *format, ...)
{
  va_list args;

  fprintf (p->diag, "%s:%d: error: ", p->name, line);
  va_start (args, format);
  vfprintf (p->diag, format, args);
  va_end (args);
  fputc ('\n', p->diag);

  p->errors++;
  if (p->entry != NULL)
    p->entry_failed = true;
}

/* Section names are the field names; the title is a header.  */
static int
section_by_name (const char *name, size_t length)
{
  for (int f = SMTPX_DESCRIPTION; f < SMTPX_FIELD_COUNT; f++)
    if (strlen (smtpx__field_name (f)) == length
        && memcmp (smtpx__field_name (f), name, length) == 0)
      return f;
  return -1;
}

static char *
trim (char *text)
{
  size_t length;

  while (*text == ' ')
    text++;
  length = strlen (text);
  while (length > 0 && text[length - 1] == ' ')
    text[--length] = '\0';
  return text;
}

/* Every byte of a catalog is UTF-8 text without control characters, so
   that what a translator sees is what the reader gets.  That includes
   the C1 controls U+0080 to U+009F, which text decoded from
   Windows-1252 as if it were Latin-1 is full of.  */
static bool
line_is_clean (struct parser *p, const char *line, size_t length)
{
  const uint8_t *text = (const uint8_t *) line;
  const uint8_t *bad = u8_check (text, length);
  size_t i = 0;

  if (bad != NULL)
    {
      report (p, p->line, "invalid UTF-8 (byte 0x%02x at column %zu)",
              *bad, (size_t) (bad - text) + 1);
      return false;
    }
  while (i < length)
    {
      ucs4_t c;
      int size = u8_mbtouc (&c, text + i, length - i);

      if (c < 0x20 || c == 0x7f)
        {
          report (p, p->line, "control character 0x%02x at column %zu%s",
                  (unsigned) c, i + 1, c == '\t' ? " (use spaces)" : "");
          return false;
        }
      if (c >= 0x80 && c < 0xa0)
        {
          report (p, p->line, "control character U+%04X at column %zu "
                  "(often a Windows-1252 quote or dash read as Latin-1; "
                  "type the character meant)", (unsigned) c, i + 1);
          return false;
        }
      i += (size_t) size;
    }
  return true;
}

/* Lines are measured in the columns a terminal gives them, so that
   East Asian text, two columns a character, is held to what fits.  */
static void
check_width (struct parser *p, const char *line)
{
  int width = u8_strwidth ((const uint8_t *) line, "UTF-8");

  if (width > LINE_WIDTH_MAX)
    report (p, p->line, "line is %d columns wide (at most %d)", width,
            LINE_WIDTH_MAX);
}

/* The text of the section being read, growing as lines arrive.  */
static void
append_prose (struct parser *p, const char *text)
{
  char **slot = &p->entry->text[p->section];
  size_t old = *slot ? strlen (*slot) : 0;
  const char *glue = old == 0 ? "" : p->paragraph_break ? "\n\n" : " ";
  size_t length = old + strlen (glue) + strlen (text) + 1;

  *slot = xrealloc (*slot, length);
  (*slot)[old] = '\0';
  strcat (strcat (*slot, glue), text);
  p->paragraph_break = false;
}

static void
finish_section (struct parser *p)
{
  if (p->section >= 0 && p->entry->text[p->section] == NULL)
    report (p, p->entry->text_line[p->section], "empty [%s] section",
            smtpx__field_name (p->section));
  p->section = -1;
}

static void
check_completeness (struct parser *p)
{
  struct catalog_entry *e = p->entry;

  for (int h = 0; h < HEADER_COUNT; h++)
    if (header_required[h] && p->header_line[h] == 0)
      report (p, e->line, "entry %d has no %s header", e->code,
              header_names[h]);
  for (int f = SMTPX_DESCRIPTION; f < SMTPX_FIELD_COUNT; f++)
    if (e->text_line[f] == 0)
      report (p, e->line, "entry %d has no [%s] section", e->code,
              smtpx__field_name (f));
}

static void
free_entry (struct catalog_entry *e)
{
  free (e->file);
  for (size_t i = 0; i < e->command_count; i++)
    free (e->commands[i]);
  free (e->commands);
  for (size_t i = 0; i < e->ref_count; i++)
    free (e->refs[i].section);
  free (e->refs);
  free (e->related);
  for (int f = 0; f < SMTPX_FIELD_COUNT; f++)
    free (e->text[f]);
}

static void
keep_entry (struct catalog *cat, struct catalog_entry *e)
{
  if (cat->count == cat->allocated)
    {
      cat->allocated = cat->allocated ? 2 * cat->allocated : 64;
      cat->entries = xrealloc (cat->entries,
                               cat->allocated * sizeof *cat->entries);
    }
  cat->entries[cat->count++] = *e;
}

static void
finish_entry (struct parser *p)
{
  if (p->entry == NULL)
    return;

  flush_header (p);
  finish_section (p);
  check_completeness (p);
  if (p->entry_failed)
    free_entry (p->entry);
  else
    keep_entry (p->cat, p->entry);
  free (p->entry);
  p->entry = NULL;
}

static const struct catalog_entry *
find_entry (const struct catalog *cat, int code)
{
  for (size_t i = 0; i < cat->count; i++)
    if (cat->entries[i].code == code)
      return &cat->entries[i];
  return NULL;
}

static void
report_not_a_code (struct parser *p, const char *text)
{
  report (p, p->line, "'%s' is not an SMTP reply code "
          "(expected three digits such as 455)", text);
}

static void
start_entry (struct parser *p, char *line)
{
  const struct catalog_entry *first;
  char *code_text = trim (line + 2);
  int code;

  finish_entry (p);
  p->entry_seen = true;
  p->entry = xcalloc (1, sizeof *p->entry);
  p->entry->file = xstrdup (p->name);
  p->entry->line = p->line;
  p->entry_failed = false;
  memset (p->header_line, 0, sizeof p->header_line);
  p->state = HEADERS;
  p->section = -1;
  p->loose_text_reported = false;

  if (line[2] != ' ')
    {
      report (p, p->line, "malformed entry separator '%s' "
              "(expected a line such as '-- 455')", line);
      return;
    }
  if (smtpx_code_parse (code_text, &code) != SMTPX_OK)
    {
      report_not_a_code (p, code_text);
      return;
    }
  p->entry->code = code;

  first = find_entry (p->cat, code);
  if (first != NULL && strcmp (first->file, p->name) == 0)
    report (p, p->line, "duplicate entry for %d (first at line %d)", code,
            first->line);
  else if (first != NULL)
    report (p, p->line, "duplicate entry for %d (first at %s:%d)", code,
            first->file, first->line);
}

/* Split VALUE at SEPARATOR, trimming each piece; call TAKE on each.  */
static void
for_each_item (struct parser *p, char *value, int separator,
               void (*take) (struct parser *, char *))
{
  char *rest = value;

  for (;;)
    {
      char *end = strchr (rest, separator);

      if (end != NULL)
        *end = '\0';
      take (p, trim (rest));
      if (end == NULL)
        break;
      rest = end + 1;
    }
}

static bool
is_verb (const char *word)
{
  size_t length = strlen (word);

  if (length == 0 || length > 12)
    return false;
  for (size_t i = 0; i < length; i++)
    if (!isupper ((unsigned char) word[i]))
      return false;
  return true;
}

static void
take_command (struct parser *p, char *word)
{
  struct catalog_entry *e = p->entry;

  if (!is_verb (word) && strcmp (word, "connect") != 0
      && strcmp (word, "end-of-data") != 0 && strcmp (word, "any") != 0)
    {
      report (p, p->line, "unknown command '%s' (expected an SMTP verb "
              "in capitals, connect, end-of-data or any)", word);
      return;
    }
  for (size_t i = 0; i < e->command_count; i++)
    if (strcmp (e->commands[i], word) == 0)
      {
        report (p, p->line, "command %s listed twice", word);
        return;
      }
  e->commands = xrealloc (e->commands,
                          (e->command_count + 1) * sizeof *e->commands);
  e->commands[e->command_count++] = xstrdup (word);
}

static bool
is_section_number (const char *text)
{
  bool digit_before = false;

  for (; *text != '\0'; text++)
    {
      if (isdigit ((unsigned char) *text))
        digit_before = true;
      else if (*text == '.' && digit_before)
        digit_before = false;
      else
        return false;
    }
  return digit_before;
}

static void
take_reference (struct parser *p, char *text)
{
  struct catalog_entry *e = p->entry;
  bool prefixed = strncmp (text, "RFC ", 4) == 0;
  char *number = prefixed ? text + 4 : text;
  char *section = number + strspn (number, "0123456789");
  struct catalog_ref ref;

  if (!prefixed || section == number
      || *number == '0' || section - number > 5
      || (*section != '\0'
          && (*section != ' ' || !is_section_number (section + 1))))
    {
      report (p, p->line, "malformed reference '%s' "
              "(expected \"RFC 5321\" or \"RFC 5321 4.2.3\")", text);
      return;
    }

  ref.rfc = (unsigned) strtoul (number, NULL, 10);
  ref.section = *section == ' ' ? section + 1 : section;
  for (size_t i = 0; i < e->ref_count; i++)
    if (e->refs[i].rfc == ref.rfc
        && strcmp (e->refs[i].section, ref.section) == 0)
      {
        report (p, p->line, "reference '%s' listed twice", text);
        return;
      }

  ref.section = xstrdup (ref.section);
  e->refs = xrealloc (e->refs, (e->ref_count + 1) * sizeof *e->refs);
  e->refs[e->ref_count++] = ref;
}

static void
take_related (struct parser *p, char *text)
{
  struct catalog_entry *e = p->entry;
  int code;

  if (*text == '\0')
    return;  /* several spaces in a row */
  if (smtpx_code_parse (text, &code) != SMTPX_OK)
    {
      report_not_a_code (p, text);
      return;
    }
  if (code == e->code)
    {
      report (p, p->line, "entry %d lists itself as related", code);
      return;
    }
  for (size_t i = 0; i < e->related_count; i++)
    if (e->related[i] == code)
      {
        report (p, p->line, "related code %d listed twice", code);
        return;
      }
  e->related = xrealloc (e->related,
                         (e->related_count + 1) * sizeof *e->related);
  e->related[e->related_count++] = code;
}

static void
take_title (struct parser *p, char *value)
{
  size_t length = strlen (value);

  if (length > TITLE_MAX)
    report (p, p->line, "title is %zu bytes long (at most %d)", length,
            TITLE_MAX);
  else if (length > 0 && value[length - 1] == '.')
    report (p, p->line, "title ends with a period");
  p->entry->text[SMTPX_TITLE] = xstrdup (value);
  p->entry->text_line[SMTPX_TITLE] = p->line;
}

static void
take_class (struct parser *p, char *value)
{
  int first_digit = p->entry->code / 100;

  if (strlen (value) != 3 || value[0] < '2' || value[0] > '5'
      || strcmp (value + 1, "xx") != 0)
    report (p, p->line, "malformed class '%s' "
            "(expected 2xx, 3xx, 4xx or 5xx)", value);
  else if (p->entry->code != 0 && value[0] - '0' != first_digit)
    report (p, p->line, "class %s does not match code %d (expected %dxx)",
            value, p->entry->code, first_digit);
}

static void
take_origin (struct parser *p, char *value)
{
  if (strcmp (value, "standard") == 0)
    p->entry->origin = SMTPX_ORIGIN_STANDARD;
  else if (strcmp (value, "experimental") == 0)
    p->entry->origin = SMTPX_ORIGIN_EXPERIMENTAL;
  else if (strcmp (value, "registry") == 0)
    p->entry->origin = SMTPX_ORIGIN_REGISTRY;
  else
    report (p, p->line, "unknown origin '%s' "
            "(expected standard, experimental or registry)", value);
}

static void
take_header_value (struct parser *p, enum header h, char *value)
{
  switch (h)
    {
    case HEADER_TITLE:
      take_title (p, value);
      break;
    case HEADER_CLASS:
      take_class (p, value);
      break;
    case HEADER_ORIGIN:
      take_origin (p, value);
      break;
    case HEADER_COMMANDS:
      for_each_item (p, value, ',', take_command);
      break;
    case HEADER_REFERENCES:
      for_each_item (p, value, ';', take_reference);
      break;
    case HEADER_RELATED:
      p->entry->related_line = p->line;
      for_each_item (p, value, ' ', take_related);
      break;
    case HEADER_COUNT:
      break;
    }
}

/* Mark the header that LINE names as given, without reading its
   value.  */
static void
note_header_name (struct parser *p, const char *line)
{
  for (int h = 0; h < HEADER_COUNT; h++)
    {
      size_t length = strlen (header_names[h]);

      if (strncmp (line, header_names[h], length) == 0
          && line[length] == ':' && p->header_line[h] == 0)
        p->header_line[h] = p->line;
    }
}

static void
take_header (struct parser *p, char *line)
{
  char *colon = strchr (line, ':');
  char *value;
  int h;

  /* Trailing spaces are gone by now, so an empty value ends at the
     colon.  */
  if (colon == NULL || colon == line
      || (colon[1] != ' ' && colon[1] != '\0'))
    {
      report (p, p->line, "malformed header line "
              "(expected 'Name: value')");
      return;
    }
  *colon = '\0';
  value = trim (colon + 1);

  for (h = 0; h < HEADER_COUNT; h++)
    if (strcmp (line, header_names[h]) == 0)
      break;
  if (h == HEADER_COUNT)
    report (p, p->line, "unknown header '%s' (expected Title, Class, "
            "Origin, Commands, References or Related)", line);
  else if (p->header_line[h] != 0)
    report (p, p->line, "header '%s' given twice (first at line %d)",
            line, p->header_line[h]);
  else if (*value == '\0')
    {
      p->header_line[h] = p->line;
      report (p, p->line, "empty %s header", line);
    }
  else
    {
      p->header_line[h] = p->line;
      take_header_value (p, h, value);
    }
}

/* A header may go on over lines that start with a space, as in mail
   headers; its line number is that of its first line.  */
static void
flush_header (struct parser *p)
{
  int line = p->line;

  if (p->pending == NULL)
    return;
  p->line = p->pending_line;
  take_header (p, p->pending);
  p->line = line;
  free (p->pending);
  p->pending = NULL;
}

static void
read_header (struct parser *p, char *line)
{
  if (*line == ' ' && p->pending != NULL)
    {
      size_t old = strlen (p->pending);

      p->pending = xrealloc (p->pending, old + strlen (line) + 1);
      strcpy (p->pending + old, line);
      return;
    }
  flush_header (p);
  p->pending = xstrdup (line);
  p->pending_line = p->line;
}

static void
start_section (struct parser *p, char *line, size_t length)
{
  int f = section_by_name (line + 1, length - 2);

  finish_section (p);
  p->paragraph_break = false;
  if (f < 0)
    {
      line[length - 1] = '\0';
      report (p, p->line, "unknown section [%s] (expected [description], "
              "[when], [fix] or [use])", line + 1);
      p->loose_text_reported = true;  /* its text is not loose */
      return;
    }
  if (p->entry->text_line[f] != 0)
    {
      report (p, p->line, "section [%s] given twice (first at line %d)",
              smtpx__field_name (f), p->entry->text_line[f]);
      p->loose_text_reported = true;
      return;
    }
  p->section = f;
  p->entry->text_line[f] = p->line;
}

static bool
is_section_line (const char *line, size_t length)
{
  return length >= 2 && line[0] == '[' && line[length - 1] == ']';
}

static void
read_body_line (struct parser *p, char *line)
{
  size_t length = strlen (line);

  if (is_section_line (line, length))
    start_section (p, line, length);
  else if (*line == '\0')
    p->paragraph_break = true;
  else if (p->section >= 0)
    append_prose (p, trim (line));
  else if (!p->loose_text_reported)
    {
      report (p, p->line, "text before the first section "
              "(expected a section such as [description])");
      p->loose_text_reported = true;
    }
}

/* Cut the line end and trailing spaces.  A CR before the LF is what
   Windows editors write: say so once, and read on without it.  */
static size_t
cut_line_end (struct parser *p, char *line, size_t length)
{
  if (length > 0 && line[length - 1] == '\n')
    line[--length] = '\0';
  if (length > 0 && line[length - 1] == '\r')
    {
      line[--length] = '\0';
      if (!p->crlf_reported)
        report_file (p, p->line, "line ends in CR LF; save the file with "
                     "LF line ends");
      p->crlf_reported = true;
    }
  while (length > 0 && line[length - 1] == ' ')
    line[--length] = '\0';
  return length;
}

/* The headers end at a blank line.  A section line among them means
   the blank line was forgotten: reading it as a header would make a
   header of every line of prose.  */
static void
end_headers_at_section (struct parser *p, char *line)
{
  flush_header (p);
  report (p, p->line, "missing blank line between the headers and %s",
          line);
  p->state = BODY;
  read_body_line (p, line);
}

static void
read_line (struct parser *p, char *line, size_t length)
{
  if (p->line == 1 && strncmp (line, byte_order_mark, 3) == 0)
    {
      report_file (p, p->line, "byte order mark at the start of the "
                   "file; save it as UTF-8 without one");
      line += 3;
      length -= 3;
    }
  length = cut_line_end (p, line, length);

  if (!line_is_clean (p, line, length))
    {
      /* The header is there, if broken: one error is enough.  */
      if (p->state == HEADERS && p->entry != NULL)
        note_header_name (p, line);
      return;
    }
  check_width (p, line);
  if (line[0] == '#')
    return;
  if (strncmp (line, "--", 2) == 0)
    start_entry (p, line);
  else if (p->state == OUTSIDE)
    {
      if (*line != '\0' && !p->outside_reported)
        {
          report (p, p->line, "text outside an entry "
                  "(an entry starts with a line such as '-- 455')");
          p->outside_reported = true;
        }
    }
  else if (p->state == HEADERS && *line == '\0')
    {
      flush_header (p);
      p->state = BODY;
    }
  else if (p->state == HEADERS && is_section_line (line, length))
    end_headers_at_section (p, line);
  else if (p->state == HEADERS)
    read_header (p, line);
  else
    read_body_line (p, line);
}

int
catalog_parse (struct catalog *cat, const char *name, FILE *in, FILE *diag)
{
  struct parser p = { .cat = cat, .name = name, .diag = diag,
                      .state = OUTSIDE, .section = -1 };
  char *line = NULL;
  size_t size = 0;
  ssize_t length;
  int read_error = 0;

  while ((length = getline (&line, &size, in)) >= 0)
    {
      p.line++;
      if (memchr (line, '\0', (size_t) length) != NULL)
        report (&p, p.line, "NUL byte in text");
      else
        read_line (&p, line, (size_t) length);
    }
  if (ferror (in))
    read_error = errno != 0 ? errno : EIO;
  finish_entry (&p);
  free (line);

  if (read_error != 0)
    report_file (&p, 0, "cannot read the rest of the file: %s",
                 strerror (read_error));
  else if (!p.entry_seen)
    report_file (&p, 0, "no entries (an entry starts with a line such "
                 "as '-- 455')");
  return p.errors;
}

static int
compare_codes (const void *a, const void *b)
{
  const struct catalog_entry *x = a, *y = b;

  return (x->code > y->code) - (x->code < y->code);
}

int
catalog_check (struct catalog *cat, FILE *diag)
{
  int errors = 0;

  for (size_t i = 0; i < cat->count; i++)
    {
      const struct catalog_entry *e = &cat->entries[i];

      for (size_t r = 0; r < e->related_count; r++)
        if (find_entry (cat, e->related[r]) == NULL)
          {
            fprintf (diag, "%s:%d: error: related code %d has no entry\n",
                     e->file, e->related_line, e->related[r]);
            errors++;
          }
    }
  qsort (cat->entries, cat->count, sizeof *cat->entries, compare_codes);
  return errors;
}

void
catalog_free (struct catalog *cat)
{
  for (size_t i = 0; i < cat->count; i++)
    free_entry (&cat->entries[i]);
  free (cat->entries);
  cat->entries = NULL;
  cat->count = cat->allocated = 0;
}
