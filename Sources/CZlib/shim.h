#ifndef ACTPLOT_CZLIB_SHIM_H
#define ACTPLOT_CZLIB_SHIM_H
#include <zlib.h>
#endif
