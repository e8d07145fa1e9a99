/* catalog-fields.h - what the catalog's fields are called

   Shared by the generator, which writes the names into the template's
   contexts ("455|fix"), and the library, which looks them up.  */

#ifndef CATALOG_FIELDS_H
#define CATALOG_FIELDS_H

#include "smtpexplain.h"

/* The name of FIELD in the catalog and in contexts: "fix".  */
const char *smtpx__field_name (enum smtpx_field field);

/* What FIELD holds, for the template's notes to translators.  */
const char *smtpx__field_note (enum smtpx_field field);

#endif /* CATALOG_FIELDS_H */
