/* compare.c - two codes side by side

   The key differences are worked out from what the catalog knows of
   each code: its class, its category, the commands it answers and the
   documents that define it.  Each is said in whole-sentence templates
   with numbered arguments, one sentence per code, so a translator can
   reorder them and no sentence is glued from fragments.  */

#include <config.h>

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "digits.h"
#include "library-text.h"
#include "program-text.h"
#include "render.h"

/* A sentence of the comparison, translated.  These need no context:
   each is a whole sentence that appears nowhere else.  */
#define CT_(msgid) trf (r->lang, NULL, msgid)

/* What the client does next, by class.  */
static const struct library_text next_steps[] = {
  /* TRANSLATORS: %1$d is a 2xx reply code.  */
  NLT_ ("compare", "After %1$d the command has succeeded and the client "
        "goes on."),
  /* TRANSLATORS: %1$d is a 3xx reply code.  */
  NLT_ ("compare", "After %1$d the client must send what the server asks "
        "for next."),
  /* TRANSLATORS: %1$d is a 4xx reply code.  */
  NLT_ ("compare", "After %1$d the client keeps the message and may try "
        "again later."),
  /* TRANSLATORS: %1$d is a 5xx reply code.  */
  NLT_ ("compare", "After %1$d the client must not repeat the command "
        "unchanged.")
};

/* Two sentences in a row; both are consumed.  */
static char *
join_sentences (const struct render *r, char *first, char *second)
{
  /* TRANSLATORS: two sentences in a row.  Languages that put no space
     between sentences drop the space.  */
  char *joined = render_format (CT_ ("%1$s %2$s"), first, second);

  free (first);
  free (second);
  return joined;
}

static char *
next_step (const struct render *r, int code)
{
  const struct library_text *step = &next_steps[code_class (code) - 2];

  return render_format (trf (r->lang, step->context, step->msgid), code);
}

static char *
difference_in_outcome (const struct render *r, int a, int b)
{
  if (code_class (a) == code_class (b))
    /* TRANSLATORS: %1$s is a class name such as "transient negative
       completion", %2$d the first digit.  */
    return render_format (CT_ ("Both are %1$s replies (%2$dxx), so a "
                                "client reacts to them in the same way."),
                          smtpx_class_name (r->lang, a), code_class (a));
  return join_sentences (r, next_step (r, a), next_step (r, b));
}

static char *
difference_in_category (const struct render *r, int a, int b)
{
  if (code_category (a) == code_category (b))
    /* TRANSLATORS: %1$s is a category such as "mail system", %2$d the
       second digit of both codes.  */
    return render_format (CT_ ("Both are in the %1$s category "
                                "(second digit %2$d)."),
                          smtpx_category_name (r->lang, a),
                          code_category (a));
  /* TRANSLATORS: %1$d and %3$d are reply codes, %2$s and %4$s their
     categories (from the second digit), such as "syntax".  */
  return render_format (CT_ ("By the second digit, %1$d is in the "
                              "%2$s category and %3$d in the %4$s "
                              "category."),
                        a, smtpx_category_name (r->lang, a), b,
                        smtpx_category_name (r->lang, b));
}

static char *
commands_sentence (const struct render *r, const struct smtpx_entry *e)
{
  char *commands = render_commands (r, e);
  char *sentence;

  if (commands == NULL)
    /* TRANSLATORS: %1$d is a reply code that no standard defines.  */
    return render_format (CT_ ("%1$d is not tied to any command."),
                          e->code);
  /* TRANSLATORS: %1$d is a reply code, %2$s a list of commands.  */
  sentence = render_format (CT_ ("%1$d answers %2$s."), e->code,
                            commands);
  free (commands);
  return sentence;
}

static bool
same_commands (const struct smtpx_entry *a, const struct smtpx_entry *b)
{
  size_t i;

  for (i = 0; a->commands[i] && b->commands[i]; i++)
    if (strcmp (a->commands[i], b->commands[i]) != 0)
      return false;
  return a->commands[i] == NULL && b->commands[i] == NULL;
}

static char *
difference_in_commands (const struct render *r,
                        const struct smtpx_entry *a,
                        const struct smtpx_entry *b)
{
  if (same_commands (a, b) && a->commands[0] != NULL)
    {
      char *commands = render_commands (r, a);
      /* TRANSLATORS: %1$s is a list of commands.  */
      char *sentence = render_format (CT_ ("Both answer %1$s."), commands);

      free (commands);
      return sentence;
    }
  return join_sentences (r, commands_sentence (r, a),
                         commands_sentence (r, b));
}

/* "RFC 5321 and RFC 3207": each RFC once, in the catalog's order.  */
static char *
rfc_list (const struct render *r, const struct smtpx_entry *e)
{
  char (*names)[16] = render_checked (calloc (e->ref_count + 1,
                                               sizeof *names));
  const char **items = render_checked (calloc (e->ref_count + 1,
                                               sizeof *items));
  size_t count = 0;
  char *list;

  for (size_t i = 0; i < e->ref_count; i++)
    {
      bool seen = false;

      for (size_t j = 0; j < i; j++)
        seen |= e->refs[j].rfc == e->refs[i].rfc;
      if (seen)
        continue;
      snprintf (names[count], sizeof names[count], "RFC %u", e->refs[i].rfc);
      items[count] = names[count];
      count++;
    }
  list = render_join (r, items, count);
  free (names);
  free (items);
  return list;
}

static char *
origin_sentence (const struct render *r, const struct smtpx_entry *e)
{
  char *rfcs = rfc_list (r, e);
  char *sentence = NULL;

  switch (e->origin)
    {
    case SMTPX_ORIGIN_STANDARD:
      /* TRANSLATORS: %1$d is a reply code, %2$s a list such as
         "RFC 5321 and RFC 3207".  */
      sentence = render_format (CT_ ("%1$d is defined in %2$s."),
                                e->code, rfcs);
      break;
    case SMTPX_ORIGIN_EXPERIMENTAL:
      sentence = render_format (CT_ ("%1$d is defined only in %2$s, "
                                      "an experimental RFC."),
                                e->code, rfcs);
      break;
    case SMTPX_ORIGIN_REGISTRY:
      sentence = render_format (CT_ ("%1$d appears only in the IANA "
                                      "registry of enhanced status codes "
                                      "(see %2$s)."),
                                e->code, rfcs);
      break;
    case SMTPX_ORIGIN_NONE:
      sentence = render_format (CT_ ("%1$d is not defined by any "
                                      "standard."), e->code);
      break;
    }
  free (rfcs);
  return sentence;
}

static char *
difference_in_origin (const struct render *r, const struct smtpx_entry *a,
                      const struct smtpx_entry *b)
{
  if (a->origin == SMTPX_ORIGIN_STANDARD && b->origin == a->origin)
    {
      char *rfcs_a = rfc_list (r, a);
      char *rfcs_b = rfc_list (r, b);
      char *both = NULL;

      if (strcmp (rfcs_a, rfcs_b) == 0)
        /* TRANSLATORS: %1$s is a list such as "RFC 5321 and RFC 3207".  */
        both = render_format (CT_ ("Both are defined in %1$s."), rfcs_a);
      free (rfcs_a);
      free (rfcs_b);
      if (both != NULL)
        return both;
    }
  return join_sentences (r, origin_sentence (r, a), origin_sentence (r, b));
}

static void
render_differences (const struct render *r, const struct smtpx_entry *a,
                    const struct smtpx_entry *b)
{
  char *items[] = {
    difference_in_outcome (r, a->code, b->code),
    difference_in_category (r, a->code, b->code),
    difference_in_commands (r, a, b),
    difference_in_origin (r, a, b)
  };

  /* TRANSLATORS: a section heading.  */
  render_heading (r, tr (r->lang, "heading", "Key differences"));
  for (size_t i = 0; i < sizeof items / sizeof *items; i++)
    {
      char first[16];

      snprintf (first, sizeof first, "  %zu. ", i + 1);
      wrap_print (r->out, &r->style, first, 5, items[i]);
      free (items[i]);
    }
}

static void
render_use (const struct render *r, const struct smtpx_explanation *x)
{
  /* TRANSLATORS: %1$d is a reply code, %2$s says when a server sends
     it (a whole sentence or more, from the catalog).  */
  char *item = render_format (CT_ ("%1$d: %2$s"), x->entry->code,
                              x->text[SMTPX_USE]);

  wrap_print (r->out, &r->style, "  - ", 4, item);
  free (item);
}

static void
render_which (const struct render *r, const struct smtpx_explanation *a,
              const struct smtpx_explanation *b)
{
  int class_a = code_class (a->entry->code);
  int class_b = code_class (b->entry->code);

  /* TRANSLATORS: a section heading.  */
  render_heading (r, tr (r->lang, "heading", "When to use which"));
  render_use (r, a);
  render_use (r, b);
  if ((class_a == 4 && class_b == 5) || (class_a == 5 && class_b == 4))
    wrap_print (r->out, &r->style, "  ", RENDER_INDENT,
                CT_ ("Between a 4xx and a 5xx code, ask whether "
                      "waiting can help. If the same command may succeed "
                      "later without any change, send the 4xx code; if it "
                      "will fail until someone changes something, send the "
                      "5xx code."));
}

static char *
opening_sentence (const struct render *r, int a, int b)
{
  if (code_class (a) == code_class (b))
    /* TRANSLATORS: %1$d and %2$d are reply codes, %3$s their class
       name, %4$d its digit.  */
    return render_format (CT_ ("%1$d and %2$d are both %3$s replies "
                                "(%4$dxx)."),
                          a, b, smtpx_class_name (r->lang, a),
                          code_class (a));
  /* TRANSLATORS: %1$d and %4$d are reply codes, %2$s and %5$s their
     class names, %3$d and %6$d the first digits.  */
  return render_format (CT_ ("%1$d is a %2$s reply (%3$dxx) and %4$d "
                              "is a %5$s reply (%6$dxx)."),
                        a, smtpx_class_name (r->lang, a), code_class (a),
                        b, smtpx_class_name (r->lang, b), code_class (b));
}

static void
render_code_heading (const struct render *r,
                     const struct smtpx_explanation *x)
{
  char *heading = render_format ("%d %s", x->entry->code,
                                 x->text[SMTPX_TITLE]);

  render_heading (r, heading);
  free (heading);
}

void
render_comparison (const struct render *r,
                   const struct smtpx_explanation *a,
                   const struct smtpx_explanation *b)
{
  /* TRANSLATORS: the title line of a comparison: two codes (%1$d, %3$d)
     and their titles (%2$s, %4$s).  */
  char *title = render_format (CT_ ("SMTP %1$d %2$s vs %3$d %4$s"),
                               a->entry->code, a->text[SMTPX_TITLE],
                               b->entry->code, b->text[SMTPX_TITLE]);
  char *opening = opening_sentence (r, a->entry->code, b->entry->code);

  wrap_heading (r->out, &r->style, title);
  wrap_print (r->out, &r->style, "", 0, opening);
  free (title);
  free (opening);

  render_code_heading (r, a);
  render_sections (r, a);
  render_code_heading (r, b);
  render_sections (r, b);
  render_differences (r, a->entry, b->entry);
  render_which (r, a, b);
}
