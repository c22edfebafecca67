/// What a sentence may be about, judged from single words so that each extractor can skip sentences cheaply.
struct Topics: OptionSet, Sendable {
  let rawValue: UInt16

  /// Years or decades: "years", "yrs", "decade".
  static let experience = Topics(rawValue: 1 << 0)
  /// A degree word: "bachelor", "MBA", "degree".
  static let degree = Topics(rawValue: 1 << 1)
  /// A certification word: "PMP", "CSPO", "SAFe".
  static let certification = Topics(rawValue: 1 << 2)
  /// A leading verb or "reports": "lead", "manage", "direct reports".
  static let teamSize = Topics(rawValue: 1 << 3)
  /// A workplace word: "remote", "hybrid", "office", "days".
  static let workplace = Topics(rawValue: 1 << 4)
  /// A pay word: "salary", "compensation", "OTE".
  static let pay = Topics(rawValue: 1 << 5)
  /// A word that is pay in some sentences only: "pay", "base", "rate".
  static let weakPay = Topics(rawValue: 1 << 7)
  /// A word of money that is not pay: "raised", "revenue", "budget".
  static let notPay = Topics(rawValue: 1 << 6)
  /// A number word: "ten", "twenty", "dozen" (a number written in digits is ``Sentence/hasDigits``).
  static let numberWord = Topics(rawValue: 1 << 8)

  /// The topics of every trigger word, built once from the extractors' word lists.
  private static let lexicon: [String: Topics] = {
    var table: [String: Topics] = [:]
    func add(_ words: some Sequence<String>, _ topic: Topics) {
      for word in words { table[word, default: []].insert(topic) }
    }
    add(ExperienceExtractor.topicWords, .experience)
    add(DegreeExtractor.topicWords, .degree)
    add(CertificationExtractor.topicWords, .certification)
    add(TeamSizeExtractor.topicWords, .teamSize)
    add(WorkplaceExtractor.topicWords, .workplace)
    add(SalaryExtractor.payWords, .pay)
    add(SalaryExtractor.weakPayWords, .weakPay)
    add(SalaryExtractor.notPayWords, .notPay)
    add(NumberWords.words, .numberWord)
    return table
  }()

  /// The topics a lowercased word points to; empty for most words.
  static func of(_ word: String) -> Topics {
    lexicon[word] ?? []
  }
}
