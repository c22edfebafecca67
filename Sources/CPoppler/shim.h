#ifndef CPOPPLER_SHIM_H
#define CPOPPLER_SHIM_H
/* The few types and functions of poppler-glib (and of the GLib under it) that jdmatch calls, declared here
   instead of included: the library is opened with dlopen when the first PDF is read (Ingest's PopplerLibrary),
   so a run that reads no PDF neither loads it nor the fifty libraries it needs (their relocations were a tenth
   of a `jdmatch score` run). The layouts are the public ABI of libpoppler-glib.so.8, which its soname
   versions. */
#include <stddef.h>
#include <stdint.h>

typedef struct CPopplerDocument CPopplerDocument;
typedef struct CPopplerPage CPopplerPage;
typedef struct CPopplerBytes CPopplerBytes;
typedef struct CPopplerDateTime CPopplerDateTime;

/* GError */
typedef struct CPopplerError {
  uint32_t domain;
  int32_t code;
  char *message;
} CPopplerError;

/* GList */
typedef struct CPopplerList {
  void *data;
  struct CPopplerList *next;
  struct CPopplerList *prev;
} CPopplerList;

typedef struct CPopplerRectangle {
  double x1;
  double y1;
  double x2;
  double y2;
} CPopplerRectangle;

typedef struct CPopplerColor {
  uint16_t red;
  uint16_t green;
  uint16_t blue;
} CPopplerColor;

typedef struct CPopplerTextAttributes {
  char *font_name;
  double font_size;
  int32_t is_underlined;
  CPopplerColor color;
  int32_t start_index;
  int32_t end_index;
} CPopplerTextAttributes;

/* PopplerError codes. */
enum { CPOPPLER_ERROR_ENCRYPTED = 1, CPOPPLER_ERROR_DAMAGED = 4 };

/* The functions, by the names the library exports them under (PopplerLibrary fills this in with dlsym). */
typedef struct CPopplerFunctions {
  CPopplerBytes *(*g_bytes_new)(const void *data, size_t size);
  void (*g_bytes_unref)(CPopplerBytes *bytes);
  void (*g_free)(void *memory);
  void (*g_error_free)(CPopplerError *error);
  void (*g_object_unref)(void *object);
  int32_t (*g_date_time_get_year)(CPopplerDateTime *time);
  int32_t (*g_date_time_get_month)(CPopplerDateTime *time);
  void (*g_date_time_unref)(CPopplerDateTime *time);
  uint32_t (*poppler_error_quark)(void);
  CPopplerDocument *(*poppler_document_new_from_bytes)(CPopplerBytes *bytes, const char *password,
                                                        CPopplerError **error);
  CPopplerDateTime *(*poppler_document_get_creation_date_time)(CPopplerDocument *document);
  CPopplerDateTime *(*poppler_document_get_modification_date_time)(CPopplerDocument *document);
  int32_t (*poppler_document_get_n_pages)(CPopplerDocument *document);
  CPopplerPage *(*poppler_document_get_page)(CPopplerDocument *document, int32_t index);
  void (*poppler_page_get_size)(CPopplerPage *page, double *width, double *height);
  char *(*poppler_page_get_text)(CPopplerPage *page);
  int32_t (*poppler_page_get_text_layout)(CPopplerPage *page, CPopplerRectangle **rectangles, uint32_t *count);
  CPopplerList *(*poppler_page_get_text_attributes)(CPopplerPage *page);
  void (*poppler_page_free_text_attributes)(CPopplerList *list);
} CPopplerFunctions;

#endif
