// glibc's malloc tuning (mallopt, malloc_trim), which Swift's Glibc module does not
// declare. Called directly: a statically linked carnet cannot look them up by name.
#if defined(__linux__)
#include <malloc.h>
#endif
