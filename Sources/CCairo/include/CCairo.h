#ifndef ACTPLOT_CCAIRO_H
#define ACTPLOT_CCAIRO_H
// Cairo's and fontconfig's C API, and FreeType's through cairo-ft.h. The headers come from
// libcairo2-dev; the libraries are opened when first used (see loader.c), so a chart that never
// draws with Cairo (a terminal chart, a CSV) does not load them.
#include <cairo/cairo.h>
#include <cairo/cairo-svg.h>
#include <cairo/cairo-pdf.h>
#include <cairo/cairo-ft.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_TRUETYPE_TABLES_H
#include <fontconfig/fontconfig.h>

/// Opens libcairo and libfontconfig and finds every function actplot calls in them, once.
/// Returns NULL when they are ready, else why they are not (the same text on every call).
const char *_Nullable ccairo_load(void);

#endif
