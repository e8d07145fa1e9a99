/* catalog-data.h - the compiled catalog, written by catalog-compile

   catalog-data.c is generated from the catalog files at build time; the
   entries are sorted by code.  */

#ifndef CATALOG_DATA_H
#define CATALOG_DATA_H

#include "smtpexplain.h"

extern const struct smtpx_entry smtpx__entries[];
extern const size_t smtpx__entry_count;

#endif /* CATALOG_DATA_H */
