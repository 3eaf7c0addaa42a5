#ifndef ACTPLOT_CCAIRO_LOADER_H
#define ACTPLOT_CCAIRO_LOADER_H
#include "CCairo.h"

enum ccairo_library { CCAIRO_CAIRO, CCAIRO_FONTCONFIG };

/// One function of a library: its name, the library, and its address once loaded.
struct ccairo_symbol {
    const char *name;
    enum ccairo_library library;
    void *address;
};

/// Written by scripts/cairo_stubs.py (stubs.c).
extern struct ccairo_symbol ccairo_symbols[];
extern const int ccairo_symbol_count;

/// Loads the libraries if that has not happened yet. A failure here means a caller skipped
/// ccairo_load(), which reports it properly: it prints one line and exits.
void ccairo_require(void);
#endif
