import Tokenization

extension SectionKind {
  /// Whether experience, degrees, certifications and team sizes may be read from the section: not from pay,
  /// perks or the company.
  var yieldsRequirements: Bool {
    switch self {
    case .benefits, .about: false
    default: true
    }
  }

  /// The strongest importance a requirement read from the section may have.
  var strongestImportance: Importance {
    self == .roleInGeneral ? .notRequired : .required
  }

  /// The importance of a requirement in the section whose sentence says nothing about it.
  var defaultImportance: Importance {
    self == .preferred ? .preferred : .required
  }

  /// Whether money amounts in the section may be taken as pay without a salary word in the sentence.
  var impliesPay: Bool {
    self == .benefits
  }
}
