import Matching

/// The report's colours: the Okabe–Ito palette, which stays distinguishable for the common forms of
/// colour blindness. Colour never carries meaning alone: every band is also written out, and the
/// radar's two series also differ in line style and marker shape.
enum Palette {
  static let orange = "#E69F00"
  static let skyBlue = "#56B4E9"
  static let bluishGreen = "#009E73"
  static let blue = "#0072B2"
  static let vermillion = "#D55E00"
  static let reddishPurple = "#CC79A7"

  /// Chart text and lines on the white page.
  static let ink = "#1F2328"
  static let muted = "#59636E"
  static let grid = "#D1D9E0"

  /// The colour of a score band, from vermillion (poor) to bluish green (strong).
  static func color(of band: FitBand) -> String {
    switch band {
    case .poor: return vermillion
    case .weak: return orange
    case .fair: return skyBlue
    case .good: return blue
    case .strong: return bluishGreen
    }
  }

  /// The posting's series on the radar chart.
  static let posting = vermillion
  /// The resume's series on the radar chart.
  static let resume = blue
}
