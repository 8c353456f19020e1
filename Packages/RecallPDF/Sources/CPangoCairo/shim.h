// Pango lays out text (line breaks, shaping, font fallback) and Cairo draws it into a PDF.
#include <pango/pangocairo.h>
#include <cairo-pdf.h>
