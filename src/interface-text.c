/* interface-text.c - the program's own messages, through libintl.  */

#include <config.h>

#include <dirent.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#if ENABLE_NLS
# include <libintl.h>
#endif

#include "interface-text.h"
#include "smtpexplain.h"

/* libintl opens a catalog with a plain open(), which blocks forever on
   a FIFO.  A folder holding anything but regular files where catalogs
   belong is not given to it.  */
static bool
catalogs_are_files (const char *localedir)
{
  DIR *folder = opendir (localedir);
  struct dirent *language;
  bool files = true;

  if (folder == NULL)
    return true;  /* nothing there for libintl to open */
  while (files && (language = readdir (folder)) != NULL)
    {
      char path[4096];
      struct stat st;

      if (language->d_name[0] == '.')
        continue;
      snprintf (path, sizeof path, "%s/%s/LC_MESSAGES/%s.mo", localedir,
                language->d_name, PACKAGE);
      files = stat (path, &st) != 0 || S_ISREG (st.st_mode);
    }
  closedir (folder);
  return files;
}

bool
interface_setup (const char *localedir)
{
  /* A broken category that the program does not use (LC_TIME=xx)
     makes LC_ALL fail; what matters is the character set and the
     messages.  */
  bool installed;

  setlocale (LC_ALL, "");
  installed = setlocale (LC_CTYPE, "") != NULL
              && setlocale (LC_MESSAGES, "") != NULL;
#if ENABLE_NLS
  bindtextdomain (PACKAGE, catalogs_are_files (localedir) ? localedir
                                                          : LOCALEDIR);
  textdomain (PACKAGE);
#else
  (void) localedir;
#endif
  return installed;
}

static bool
has_control_characters (const char *text)
{
  for (const unsigned char *c = (const unsigned char *) text; *c; c++)
    if ((*c < 0x20 && *c != '\n' && *c != '\t') || *c == 0x7f)
      return true;
  return false;
}

const char *
interface_text (const char *msgid)
{
#if ENABLE_NLS
  const char *translation = gettext (msgid);

  if (translation == msgid || has_control_characters (translation))
    return msgid;
  if (strchr (msgid, '%') != NULL
      && !smtpx_format_matches (msgid, translation))
    return msgid;
  return translation;
#else
  return msgid;
#endif
}
