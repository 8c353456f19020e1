import CPangoCairo
import Printing

/// A PDF file being drawn with Cairo, its text set by Pango; it also measures text for `PageLayout`, with the
/// very layout object that draws it, so that what was planned is what is printed.
final class PangoCanvas: TextMeasuring {
    /// The font family: DejaVu covers Latin, Greek and Cyrillic.
    static let family = "DejaVu Sans"

    private let surface: OpaquePointer
    private let cairo: OpaquePointer
    private let layout: OpaquePointer
    private var fonts: [TextStyle: OpaquePointer] = [:]
    private var currentFont: TextStyle?

    private struct MeasureKey: Hashable {
        var text: String
        var style: TextStyle
        var width: Double?
    }
    private var measured: [MeasureKey: (width: Double, height: Double)] = [:]

    /// Opens `path` for a PDF of `paper`-sized pages.
    init(path: String, paper: PaperSize, title: String) throws(PDFError) {
        let size = paper.points
        guard let surface = cairo_pdf_surface_create(path, size.width, size.height) else {
            throw PDFError("cannot create a PDF surface")
        }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            let message = String(cString: cairo_status_to_string(cairo_surface_status(surface)))
            cairo_surface_destroy(surface)
            throw PDFError("cannot write '\(path)': \(message)")
        }
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_TITLE, title)
        cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Recall")
        self.surface = surface
        cairo = cairo_create(surface)
        layout = pango_cairo_create_layout(cairo)
        let context = pango_layout_get_context(layout)
        // Cairo's PDF units are points: 72 per inch, not the 96 Pango assumes.
        pango_cairo_context_set_resolution(context, 72)
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_layout_context_changed(layout)
        pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR)
    }

    deinit {
        for font in fonts.values { pango_font_description_free(font) }
        g_object_unref(UnsafeMutableRawPointer(layout))
        cairo_destroy(cairo)
        cairo_surface_destroy(surface)
    }

    private func font(_ style: TextStyle) -> OpaquePointer {
        if let font = fonts[style] { return font }
        guard let font = pango_font_description_new() else {
            preconditionFailure("GLib aborts when it cannot allocate, so Pango never returns no font description")
        }
        pango_font_description_set_family(font, Self.family)
        pango_font_description_set_absolute_size(font, style.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        pango_font_description_set_style(font, style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)
        fonts[style] = font
        return font
    }

    /// Sets the shared layout up for `text`.
    private func prepare(_ text: String, style: TextStyle, width: Double?, alignment: TextAlignment) {
        if currentFont != style {
            pango_layout_set_font_description(layout, font(style))
            currentFont = style
        }
        pango_layout_set_width(layout, width.map { Int32(($0 * Double(PANGO_SCALE)).rounded(.down)) } ?? -1)
        let align: PangoAlignment =
            switch alignment {
            case .left: PANGO_ALIGN_LEFT
            case .center: PANGO_ALIGN_CENTER
            case .right: PANGO_ALIGN_RIGHT
            }
        pango_layout_set_alignment(layout, align)
        pango_layout_set_text(layout, text, -1)
    }

    func size(of text: String, style: TextStyle, width: Double?) -> (width: Double, height: Double) {
        let key = MeasureKey(text: text, style: style, width: width)
        if let known = measured[key] { return known }
        prepare(text, style: style, width: width, alignment: .left)
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let result = (Double(logical.width) / Double(PANGO_SCALE), Double(logical.height) / Double(PANGO_SCALE))
        measured[key] = result
        return result
    }

    /// Draws one laid-out page and ends it.
    func draw(_ page: Page) {
        cairo_set_source_rgb(cairo, 0, 0, 0)
        for element in page.elements {
            switch element {
            case .text(let text, let x, let y, let width, let style, let alignment):
                prepare(text, style: style, width: width, alignment: alignment)
                cairo_move_to(cairo, x, y)
                pango_cairo_show_layout(cairo, layout)
            case .line(let x1, let y1, let x2, let y2, let thickness):
                cairo_set_line_width(cairo, thickness)
                cairo_move_to(cairo, x1, y1)
                cairo_line_to(cairo, x2, y2)
                cairo_stroke(cairo)
            case .circle(let cx, let cy, let r):
                cairo_set_line_width(cairo, 0.7)
                cairo_new_sub_path(cairo)
                cairo_arc(cairo, cx, cy, r, 0, 2 * Double.pi)
                cairo_stroke(cairo)
            case .box(let x, let y, let w, let h):
                cairo_set_line_width(cairo, 0.7)
                cairo_rectangle(cairo, x, y, w, h)
                cairo_stroke(cairo)
            }
        }
        cairo_show_page(cairo)
    }

    /// Writes the file out.
    func finish() throws(PDFError) {
        cairo_surface_finish(surface)
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            throw PDFError("could not finish the PDF: \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
