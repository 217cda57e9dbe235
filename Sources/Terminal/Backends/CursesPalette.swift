import CNcursesw

/// Maps styles to ncurses attributes and colour pairs, allocating pairs as new combinations
/// appear and degrading colours the terminal cannot show.
///
/// Pair 0 is the terminal's default colours. When colours are off, or pairs run out, styles
/// keep their attributes (bold, reverse, …) and fall back to pair 0, so a selection drawn in
/// reverse video stays visible on any terminal.
struct CursesPalette {
    /// Colour numbers the terminal has (0 when colours are off).
    let colorCount: Int
    /// Pair numbers usable besides pair 0 are 1..<pairLimit.
    let pairLimit: Int
    /// True when `use_default_colors` worked, so -1 means "terminal default".
    let hasDefaultColors: Bool
    /// Allocated pairs, by (foreground, background) colour number.
    private var pairs: [PairColors: Int16] = [:]

    private struct PairColors: Hashable {
        let foreground: Int16
        let background: Int16
    }

    /// A palette without colours: attributes only.
    static let monochrome = CursesPalette(colorCount: 0, pairLimit: 0, hasDefaultColors: false)

    init(colorCount: Int, pairLimit: Int, hasDefaultColors: Bool) {
        self.colorCount = max(colorCount, 0)
        self.pairLimit = min(max(pairLimit, 0), Int(Int16.max))
        self.hasDefaultColors = hasDefaultColors
    }

    /// Starts colour on the current ncurses screen if asked and possible.
    static func start(colors: Bool) -> CursesPalette {
        guard colors, has_colors(), start_color() != ERR else { return .monochrome }
        let hasDefaults = use_default_colors() != ERR
        return CursesPalette(colorCount: Int(nc_colors()), pairLimit: Int(nc_color_pairs()), hasDefaultColors: hasDefaults)
    }

    /// The ncurses attribute bits for a style (without colour).
    static func attributes(of style: Style) -> attr_t {
        var attributes = nc_a_normal()
        if style.bold { attributes |= nc_a_bold() }
        if style.reverse { attributes |= nc_a_reverse() }
        if style.underline { attributes |= nc_a_underline() }
        if style.dim { attributes |= nc_a_dim() }
        return attributes
    }

    /// The pair number for a style's colours, calling `init_pair` the first time a combination is used.
    mutating func pair(for style: Style) -> Int16 {
        guard colorCount > 0 else { return 0 }
        let colors = PairColors(
            foreground: colorNumber(style.foreground, isForeground: true),
            background: colorNumber(style.background, isForeground: false)
        )
        if colors.foreground == -1, colors.background == -1 { return 0 }
        if let known = pairs[colors] { return known }
        let next = pairs.count + 1
        guard next < pairLimit, init_pair(Int16(next), colors.foreground, colors.background) != ERR else {
            return 0
        }
        pairs[colors] = Int16(next)
        return Int16(next)
    }

    /// The ncurses colour number for a colour: -1 for the default, the palette index when the
    /// terminal has it, else the nearest of the eight base colours.
    func colorNumber(_ color: TerminalColor, isForeground: Bool) -> Int16 {
        guard let index = color.paletteIndex else {
            return hasDefaultColors ? -1 : (isForeground ? 7 : 0)
        }
        if index < colorCount { return Int16(index) }
        return Int16(Self.baseColor(approximating: index))
    }

    /// The base colour (0–7) nearest to a 256-colour palette index.
    static func baseColor(approximating index: Int) -> Int {
        switch index {
        case 0..<8:
            return index
        case 8..<16:
            return index - 8
        case 16..<232:
            let cube = index - 16
            let red = cube / 36, green = (cube / 6) % 6, blue = cube % 6
            return (red >= 3 ? 1 : 0) | (green >= 3 ? 2 : 0) | (blue >= 3 ? 4 : 0)
        default:
            return index >= 244 ? 7 : 0
        }
    }
}
