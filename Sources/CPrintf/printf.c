// The C library's printf conversions of one double, called with their types: Swift's withVaList
// boxes every argument and casts it at run time, 10 000 to 30 000 instructions a call, which
// tick labels and SVG coordinates made a noticeable share of a chart's time.
#include "CPrintf.h"

#include <stdio.h>

int cprintf_double(char *buffer, size_t size, const char *format, double value) {
    return snprintf(buffer, size, format, value);
}

int cprintf_precision_double(char *buffer, size_t size, const char *format, int precision, double value) {
    return snprintf(buffer, size, format, precision, value);
}
