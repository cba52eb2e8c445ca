#ifndef BEATPAXOS_CSDL2_SHIM_H
#define BEATPAXOS_CSDL2_SHIM_H
#include <SDL2/SDL.h>
#include <SDL2/SDL_ttf.h>

// Function-like macros do not import into Swift; these wrappers stand in for them.
static inline int bp_window_pos_centered(void) { return SDL_WINDOWPOS_CENTERED; }
static inline int bp_save_bmp(SDL_Surface *surface, const char *file) { return SDL_SaveBMP(surface, file); }
#endif
