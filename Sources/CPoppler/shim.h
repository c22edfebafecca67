#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H
#include <glib.h>
#include <glib-object.h>
#include <poppler.h>
/* Swift sees PopplerDocument* and PopplerPage* as OpaquePointer, which does not convert to gpointer,
   so g_object_unref(document) does not compile from Swift: typed wrappers instead. */
static inline void cpoppler_document_unref(PopplerDocument *document) { g_object_unref(document); }
static inline void cpoppler_page_unref(PopplerPage *page) { g_object_unref(page); }
/* POPPLER_ERROR is a function-like macro, which Swift does not import. */
static inline GQuark cpoppler_error_domain(void) { return POPPLER_ERROR; }
#endif
