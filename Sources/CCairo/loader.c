// Opens libcairo and libfontconfig on first use. Loading them at start would cost every run
// about a millisecond (with their X11 and image libraries, some twenty shared objects), also
// for the charts that never draw with them: terminal text, CSV, --version.
#include "loader.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static const char *const library_files[] = {
    [CCAIRO_CAIRO] = "libcairo.so.2",
    [CCAIRO_FONTCONFIG] = "libfontconfig.so.1",
};

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[512];

static void load(void) {
    void *handles[2] = {NULL, NULL};
    for (int i = 0; i < 2; i++) {
        handles[i] = dlopen(library_files[i], RTLD_LAZY | RTLD_LOCAL);
        if (!handles[i]) {
            const char *reason = dlerror();
            snprintf(failure, sizeof failure, "cannot load %s, which drawing with Cairo needs (%s); install libcairo2",
                     library_files[i], reason ? reason : "no reason given");
            return;
        }
    }
    for (int i = 0; i < ccairo_symbol_count; i++) {
        struct ccairo_symbol *symbol = &ccairo_symbols[i];
        symbol->address = dlsym(handles[symbol->library], symbol->name);
        if (!symbol->address) {
            snprintf(failure, sizeof failure, "%s has no function %s; actplot needs Cairo 1.16 or later",
                     library_files[symbol->library], symbol->name);
            return;
        }
    }
}

const char *ccairo_load(void) {
    pthread_once(&once, load);
    return failure[0] ? failure : NULL;
}

void ccairo_require(void) {
    const char *problem = ccairo_load();
    if (problem) {
        fprintf(stderr, "actplot: error: %s\n", problem);
        _exit(69);
    }
}
