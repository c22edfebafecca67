#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers clash with the ICU Swift's Foundation carries
   ("'UErrorCode' has different definitions"). jdmatch needs none of the ICU-dependent fields. */
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
/* xmlFree is a mutable global function pointer that Swift 6 refuses to call directly. */
static inline void clibxml2_free(void *ptr) { xmlFree(ptr); }
#endif
