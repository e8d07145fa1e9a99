/* render.h - lay an explanation out for a reader  */

#ifndef RENDER_H
#define RENDER_H

#include <stdio.h>

#include "smtpexplain.h"
#include "wrap.h"

struct render
{
  FILE *out;
  const smtpx_lang *lang;
  struct wrap_style style;
};

/* Body text is indented by this many columns under its heading.  */
#define RENDER_INDENT 2

/* One code: title line, class, then Description, When you see this
   code, How to fix it and Learn more.  */
void render_explanation (const struct render *r,
                         const struct smtpx_explanation *x);

/* Two codes: a title line and an opening sentence, each code's
   sections, then Key differences and When to use which.  */
void render_comparison (const struct render *r,
                        const struct smtpx_explanation *a,
                        const struct smtpx_explanation *b);

/* Every code of the catalog with its title, one per line.  */
void render_list (const struct render *r);

/* Shared with the comparison (compare.c).  The functions that return
   text allocate it, and exit with a message when memory runs out, as
   render_checked does; the caller frees the text.  */
void render_sections (const struct render *r,
                      const struct smtpx_explanation *x);
void render_heading (const struct render *r, const char *heading);
char *render_format (const char *format, ...);
char *render_join (const struct render *r, const char *const *items,
                   size_t count);
char *render_commands (const struct render *r,
                       const struct smtpx_entry *entry);

/* ALLOCATION, unless it is NULL: then report that memory is exhausted
   and exit with status 2.  */
void *render_checked (void *allocation);

#endif /* RENDER_H */
