import CLibXML2

/// The one place libxml2 is initialised, shared by the HTML and the Word readers.
enum LibXML2Setup {
  /// libxml2 must be initialised once before several threads parse at the same time; two separate lazy
  /// initialisers could still race each other, so every parser goes through this one.
  static let initialised: Bool = {
    xmlInitParser()
    return true
  }()
}
