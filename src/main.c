/* main.c - the smtpexplain command

   Parses the command line, chooses the language, explains one code or
   compares two, and reports on stderr what the user needs to know:
   a bad argument, a damaged translation, a locale that is missing.  */

#include <config.h>

#include <getopt.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "locale-notice.h"
#include "output.h"
#include "program.h"
#include "program-text.h"
#include "quote.h"
#include "render.h"

struct options
{
  const char *lang;     /* --lang, or NULL to follow the environment */
  bool list;
  const char *operands[2];  /* the codes as typed */
  int codes[2];             /* the same, parsed */
  int code_count;
};

static void
try_help (void)
{
  fprintf (stderr, _("Try '%1$s --help' for more information.\n"), PROGRAM);
  exit (EXIT_TROUBLE);
}

static void
print_help (void)
{
  printf (_("Usage: %1$s [OPTION]... CODE [CODE]\n"), PROGRAM);
  fputs (_("Explain an SMTP reply code: what it means, when it appears "
           "and what to do.\nWith two codes, compare them.\n\n"), stdout);
  fputs (_("  -l, --list       list every code the catalog explains\n"
           "  -L, --lang=LANG  explain in LANG (such as ja or de_AT:de)\n"
           "                   instead of the language of the "
           "environment\n"
           "  -h, --help       display this help and exit\n"
           "  -V, --version    output version information and exit\n\n"),
         stdout);
  fputs (_("The language follows LANGUAGE, LC_ALL, LC_MESSAGES and LANG, "
           "as in other\nGNU programs, and works even where that locale "
           "is not installed.\nSMTPEXPLAIN_LOCALEDIR names another folder "
           "of translations (LL/LC_MESSAGES).\n\n"), stdout);
  fputs (_("Exit status:\n"
           " 0  every code was found in the catalog\n"
           " 1  a code is not in the catalog; it was explained from its "
           "digits\n"
           " 2  an invalid code, a usage error, or output that could not "
           "be written\n"), stdout);
}

static void
print_version (void)
{
  printf ("%s (%s) %s\n", PROGRAM, PACKAGE_NAME, PACKAGE_VERSION);
  fputs (_("Copyright (C) 2026 The smtpexplain authors.\n"
           "License LGPLv2.1+: GNU LGPL version 2.1 or later "
           "<https://gnu.org/licenses/lgpl.html>.\n"
           "This is free software: you are free to change and "
           "redistribute it.\n"
           "There is NO WARRANTY, to the extent permitted by law.\n"),
         stdout);
}

static void
parse_options (int argc, char **argv, struct options *opts)
{
  static const struct option longopts[] = {
    { "list", no_argument, NULL, 'l' },
    { "lang", required_argument, NULL, 'L' },
    { "help", no_argument, NULL, 'h' },
    { "version", no_argument, NULL, 'V' },
    { NULL, 0, NULL, 0 }
  };
  int c;

  /* getopt names argv[0] in its messages: the program, not the path
     it was started by.  */
  argv[0] = (char *) PROGRAM;
  while ((c = getopt_long (argc, argv, "lL:hV", longopts, NULL)) != -1)
    switch (c)
      {
      case 'l':
        opts->list = true;
        break;
      case 'L':
        opts->lang = optarg;
        break;
      case 'h':
        print_help ();
        output_mark_written ();
        exit (EXIT_SUCCESS);
      case 'V':
        print_version ();
        output_mark_written ();
        exit (EXIT_SUCCESS);
      default:
        try_help ();
      }

  for (; optind < argc; optind++)
    {
      if (opts->code_count == 2)
        {
          char shown[64];

          fprintf (stderr, _("%1$s: extra operand '%2$s' (at most two codes "
                             "can be compared)\n"), PROGRAM,
                   quote (argv[optind], shown, sizeof shown));
          try_help ();
        }
      opts->operands[opts->code_count++] = argv[optind];
    }
  if (opts->code_count == 0 && !opts->list)
    {
      fprintf (stderr, _("%1$s: missing reply code\n"), PROGRAM);
      try_help ();
    }
  if (opts->code_count > 0 && opts->list)
    {
      fprintf (stderr, _("%1$s: --list takes no reply code\n"), PROGRAM);
      try_help ();
    }
}

/* Why TEXT, which is not a reply code, is not one.  */
static const char *
why_not_a_code (const char *text)
{
  if (strlen (text) != 3 || strspn (text, "0123456789") != 3)
    return _("expected three digits such as 455");
  return _("the first digit must be 2, 3, 4 or 5");
}

static int
parse_code (const char *text)
{
  int code;

  if (smtpx_code_parse (text, &code) != SMTPX_OK)
    {
      char shown[64];

      fprintf (stderr, _("%1$s: '%2$s' is not an SMTP reply code (%3$s)\n"),
               PROGRAM, quote (text, shown, sizeof shown),
               why_not_a_code (text));
      exit (EXIT_TROUBLE);
    }
  return code;
}

static smtpx_lang *
open_language (const struct options *opts, const char *localedir,
               bool locale_installed)
{
  smtpx_lang *lang = smtpx_lang_new (opts->lang, localedir);

  if (lang == NULL)
    {
      fprintf (stderr, _("%1$s: memory exhausted\n"), PROGRAM);
      exit (EXIT_TROUBLE);
    }
  if (smtpx_lang_problem (lang) != NULL)
    {
      char shown[512];

      fprintf (stderr, _("%1$s: warning: %2$s; using the next language "
                         "instead\n"), PROGRAM,
               quote (smtpx_lang_problem (lang), shown, sizeof shown));
    }
  else if (opts->lang != NULL)
    language_notice (lang, opts->lang);
  else if (!locale_installed)
    locale_notice (lang);
  return lang;
}

static int
explain (const struct render *r, const struct options *opts)
{
  struct smtpx_explanation x[2];
  int status = EXIT_FOUND;

  for (int i = 0; i < opts->code_count; i++)
    switch (smtpx_explain (r->lang, opts->codes[i], &x[i]))
      {
      case SMTPX_OK:
        break;
      case SMTPX_UNKNOWN:
        status = EXIT_UNKNOWN;
        break;
      default:
        fprintf (stderr, _("%1$s: memory exhausted\n"), PROGRAM);
        exit (EXIT_TROUBLE);
      }

  if (opts->code_count == 1 || x[0].entry->code == x[1].entry->code)
    render_explanation (r, &x[0]);
  else
    render_comparison (r, &x[0], &x[1]);
  for (int i = 0; i < opts->code_count; i++)
    smtpx_explanation_free (&x[i]);
  return status;
}

/* SMTPEXPLAIN_LOCALEDIR, or the configured folder of translations.  */
static const char *
translations_folder (void)
{
  const char *folder = getenv ("SMTPEXPLAIN_LOCALEDIR");

  return folder == NULL || *folder == '\0' ? LOCALEDIR : folder;
}

/* A translator who names a folder that is not there should hear of
   it, rather than silently get English.  (The configured folder may be
   missing too, in a program that was never installed: that is no news
   worth a warning, but SMTPEXPLAIN_LOCALEDIR is.)  */
static void
check_translations_folder (const char *folder)
{
  struct stat st;
  char shown[64];

  if (stat (folder, &st) == 0 && S_ISDIR (st.st_mode))
    return;
  fprintf (stderr, _("%1$s: warning: SMTPEXPLAIN_LOCALEDIR names '%2$s', "
                     "which is not a folder\n"), PROGRAM,
           quote (folder, shown, sizeof shown));
}

int
main (int argc, char **argv)
{
  struct options opts = { 0 };
  const char *localedir = translations_folder ();
  bool locale_installed = interface_setup (localedir);
  struct output page;
  struct render r;
  smtpx_lang *lang;
  int status = EXIT_FOUND;

  if (getenv ("SMTPEXPLAIN_LOCALEDIR") != NULL
      && *getenv ("SMTPEXPLAIN_LOCALEDIR") != '\0')
    check_translations_folder (localedir);
  atexit (output_close_stdout);

  /* Every code is checked before anything is explained.  */
  parse_options (argc, argv, &opts);
  for (int i = 0; i < opts.code_count; i++)
    opts.codes[i] = parse_code (opts.operands[i]);

  output_open (&page);
  lang = open_language (&opts, localedir, locale_installed);
  r.out = page.stream;
  r.lang = lang;
  r.style.width = output_width ();
  r.style.bold = output_bold ();

  if (opts.list)
    render_list (&r);
  else
    status = explain (&r, &opts);

  output_write (&page, locale_installed);
  smtpx_lang_free (lang);
  return status;
}
