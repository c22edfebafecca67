#ifndef CCMARK_SHIM_H
#define CCMARK_SHIM_H
/* cmark-gfm, GitHub's CommonMark parser, and its core extensions (tables, strikethrough). Debian ships the
   extensions in their own package (libcmark-gfm-extensions-dev) without a .pc file of their own; the core's
   libcmark-gfm.pc links both. */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#endif
