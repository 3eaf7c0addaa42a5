#ifndef ACTPLOT_CPRINTF_H
#define ACTPLOT_CPRINTF_H
#include <stddef.h>

/// snprintf with one double: a format such as "%g" or "%.4g".
int cprintf_double(char *buffer, size_t size, const char *format, double value);

/// snprintf with a precision and a double: a format such as "%.*f" or "%1.*e".
int cprintf_precision_double(char *buffer, size_t size, const char *format, int precision, double value);

#endif
