/* render.c - lay an explanation out for a reader

   Every heading and every sentence the program adds is a translatable
   template with numbered arguments, looked up through the library in
   the reader's language; the prose comes from the catalog.  */

#include <config.h>

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "program.h"
#include "program-text.h"
#include "render.h"

/* The page is still in memory, so stopping here writes none of it:
   better no explanation than one with a sentence silently missing.  */
void *
render_checked (void *allocation)
{
  if (allocation == NULL)
    {
      fprintf (stderr, _("%1$s: memory exhausted\n"), PROGRAM);
      exit (EXIT_TROUBLE);
    }
  return allocation;
}

char *
render_format (const char *format, ...)
{
  va_list args;
  char *text;
  int length;

  va_start (args, format);
  length = vasprintf (&text, format, args);
  va_end (args);
  return render_checked (length < 0 ? NULL : text);
}

static void
print_owned (const struct render *r, const char *first, int indent,
             char *text)
{
  wrap_print (r->out, &r->style, first, indent, text);
  free (text);
}

void
render_heading (const struct render *r, const char *heading)
{
  fputc ('\n', r->out);
  wrap_heading (r->out, &r->style, heading);
}

static void
render_body (const struct render *r, const char *text)
{
  wrap_print (r->out, &r->style, "  ", RENDER_INDENT, text);
}

static const char *
command_name (const struct render *r, const char *command)
{
  if (strcmp (command, "connect") == 0)
    /* TRANSLATORS: in the list of commands a code answers.  */
    return tr (r->lang, "command", "the connection opening");
  if (strcmp (command, "end-of-data") == 0)
    /* TRANSLATORS: the final "." that ends the message after DATA.  */
    return tr (r->lang, "command", "the end of the message data");
  if (strcmp (command, "any") == 0)
    return tr (r->lang, "command", "any command");
  return command;
}

/* ITEMS as a list in the reader's language: "A, B and C".  */
char *
render_join (const struct render *r, const char *const *items, size_t count)
{
  /* TRANSLATORS: separates the items of a list, but the last two.  */
  const char *separator = tr (r->lang, "list", ", ");
  /* TRANSLATORS: separates the last two items of a list.  */
  const char *last = tr (r->lang, "list", " and ");
  size_t length = 1;
  char *list;

  for (size_t i = 0; i < count; i++)
    length += strlen (items[i]) + strlen (separator) + strlen (last);
  list = render_checked (malloc (length));

  *list = '\0';
  for (size_t i = 0; i < count; i++)
    {
      if (i > 0)
        strcat (list, i + 1 == count ? last : separator);
      strcat (list, items[i]);
    }
  return list;
}

/* "MAIL, RCPT and DATA", or NULL for an entry tied to no command.  */
char *
render_commands (const struct render *r, const struct smtpx_entry *entry)
{
  const char **names;
  size_t count = 0;
  char *list;

  while (entry->commands[count] != NULL)
    count++;
  if (count == 0)
    return NULL;
  names = render_checked (malloc (count * sizeof *names));
  for (size_t i = 0; i < count; i++)
    names[i] = command_name (r, entry->commands[i]);
  list = render_join (r, names, count);
  free (names);
  return list;
}

static void
render_title (const struct render *r, const struct smtpx_explanation *x)
{
  char *title = render_format ("SMTP %d %s", x->entry->code,
                               x->text[SMTPX_TITLE]);

  wrap_heading (r->out, &r->style, title);
  free (title);
}

static void
render_class (const struct render *r, const struct smtpx_explanation *x)
{
  int code = x->entry->code;
  /* TRANSLATORS: %1$s is a class such as "4xx", %2$s its name, such as
     "transient negative completion".  */
  const char *format = trf (r->lang, "class", "Class: %1$s, %2$s");
  char digit[16];

  snprintf (digit, sizeof digit, "%dxx", code_class (code));
  print_owned (r, "", 0,
               render_format (format, digit,
                              smtpx_class_name (r->lang, code)));
}

static void
render_origin (const struct render *r, const struct smtpx_explanation *x)
{
  const char *note = NULL;

  switch (x->entry->origin)
    {
    case SMTPX_ORIGIN_STANDARD:
      return;
    case SMTPX_ORIGIN_EXPERIMENTAL:
      note = tr (r->lang, "origin", "Experimental: only an experimental "
                 "RFC defines this code.");
      break;
    case SMTPX_ORIGIN_REGISTRY:
      note = tr (r->lang, "origin", "Registry only: no RFC defines this "
                 "code by itself; the IANA registry of enhanced status "
                 "codes lists it beside an enhanced code.");
      break;
    case SMTPX_ORIGIN_NONE:
      note = tr (r->lang, "origin", "Not standard: no RFC or registry "
                 "defines this code, so it is explained from its digits.");
      break;
    }
  wrap_print (r->out, &r->style, "", 0, note);
}

static void
render_when (const struct render *r, const struct smtpx_explanation *x)
{
  char *commands = render_commands (r, x->entry);
  const char *format;

  /* TRANSLATORS: a section heading.  */
  render_heading (r, tr (r->lang, "heading", "When you see this code"));
  render_body (r, x->text[SMTPX_WHEN]);
  if (commands == NULL)
    return;
  fputc ('\n', r->out);
  /* TRANSLATORS: %1$s is a list of SMTP commands, such as
     "MAIL, RCPT".  */
  format = trf (r->lang, "when", "Replies to: %1$s");
  print_owned (r, "  ", RENDER_INDENT, render_format (format, commands));
  free (commands);
}

static char *
format_reference (const struct render *r, const struct smtpx_ref *ref)
{
  if (*ref->section == '\0')
    /* TRANSLATORS: %1$u is an RFC number.  */
    return render_format (trf (r->lang, "reference", "RFC %1$u"), ref->rfc);
  /* TRANSLATORS: %1$u is an RFC number, %2$s a section such as 4.2.3.  */
  return render_format (trf (r->lang, "reference", "RFC %1$u, section %2$s"),
                        ref->rfc, ref->section);
}

static void
render_learn_more (const struct render *r, const struct smtpx_explanation *x)
{
  const struct smtpx_entry *e = x->entry;
  /* TRANSLATORS: %1$d is a related reply code, %2$s its title.  */
  const char *see_also = trf (r->lang, "reference", "See also %1$d: %2$s");

  /* TRANSLATORS: a section heading.  */
  render_heading (r, tr (r->lang, "heading", "Learn more"));
  for (size_t i = 0; i < e->ref_count; i++)
    print_owned (r, "  - ", 4, format_reference (r, &e->refs[i]));
  for (size_t i = 0; i < e->related_count; i++)
    {
      /* The generator refuses a related code without an entry.  */
      const struct smtpx_entry *other = smtpx_entry_find (e->related[i]);

      print_owned (r, "  - ", 4,
                   render_format (see_also, other->code,
                                  smtpx_text (r->lang, other, SMTPX_TITLE,
                                              NULL)));
    }
}

void
render_sections (const struct render *r, const struct smtpx_explanation *x)
{
  render_class (r, x);
  render_origin (r, x);
  /* TRANSLATORS: a section heading.  */
  render_heading (r, tr (r->lang, "heading", "Description"));
  render_body (r, x->text[SMTPX_DESCRIPTION]);
  render_when (r, x);
  /* TRANSLATORS: a section heading.  */
  render_heading (r, tr (r->lang, "heading", "How to fix it"));
  render_body (r, x->text[SMTPX_FIX]);
  render_learn_more (r, x);
}

void
render_explanation (const struct render *r,
                    const struct smtpx_explanation *x)
{
  render_title (r, x);
  render_sections (r, x);
}

void
render_list (const struct render *r)
{
  for (size_t i = 0; i < smtpx_entry_count (); i++)
    {
      const struct smtpx_entry *e = smtpx_entry_at (i);
      char first[8];

      snprintf (first, sizeof first, "%d  ", e->code);
      wrap_print (r->out, &r->style, first, 5,
                  smtpx_text (r->lang, e, SMTPX_TITLE, NULL));
    }
}
