import Foundation

/// Reads the level of a role from the words of a title.
enum SeniorityClassifier {
  private static let chiefAbbreviations: Set<String> = [
    "cpo", "cto", "ceo", "coo", "cfo", "cmo", "cio", "cdo", "cro", "cso", "cxo", "cco", "cao", "cpto", "cgo",
  ]
  private static let vicePresidents: Set<String> = ["vp", "svp", "evp", "avp", "vps"]
  private static let directors: Set<String> = ["director", "directors", "dir"]
  private static let interns: Set<String> = ["intern", "internship", "interns", "werkstudent"]
  private static let managers: Set<String> = ["manager", "mgr", "supervisor"]
  /// Disciplines whose "manager" is an individual contributor in product organisations ("Product Manager").
  private static let individualDisciplines: Set<String> = [
    "product", "program", "programme", "project", "account", "marketing", "portfolio", "release", "delivery",
    "community", "partner", "partnerships", "brand", "content", "growth", "success", "campaign", "channel",
    "category", "solutions", "platform", "technical", "offering", "pricing", "launch",
  ]
  private static let leads: Set<String> = ["lead", "principal", "staff", "gpm", "leader", "lpm"]
  private static let seniors: Set<String> = ["senior", "sr", "snr"]
  private static let entries: Set<String> = [
    "associate", "junior", "jr", "graduate", "grad", "entry", "apm", "trainee", "apprentice", "assistant",
    "undergraduate",
  ]
  /// Words that make a title a people manager's whatever its discipline ("Engineering Supervisor").
  private static let supervisors: Set<String> = ["supervisor", "supervisory", "supervisors"]
  /// Academic ranks whose "Assistant" and "Associate" are no level ("Associate Professor").
  private static let academicRanks: Set<String> = ["professor", "prof"]
  private static let individualRoles: Set<String> = [
    "manager", "managers", "pm", "tpm", "owner", "po", "analyst", "engineer", "designer", "developer",
    "scientist", "specialist", "strategist", "consultant", "researcher", "architect", "marketer", "coordinator",
    "writer", "administrator", "representative", "officer", "advocate", "evangelist", "expert",
    "executive", "admin", "sysadmin", "contractor", "professor", "lecturer", "instructor", "teacher", "postdoc",
    "fellow", "tutor", "economist",
    "technician",
    "programmer", "coder", "editor", "producer", "statistician", "librarian", "nurse", "accountant", "attorney",
  ]

  /// The level named by the words of a title, or nil when they name none.
  ///
  /// - Parameter words: The lowercased words and symbols of the title, in order.
  static func classify(_ words: [String]) -> Seniority? {
    func word(_ i: Int) -> String? { i >= 0 && i < words.count ? words[i] : nil }
    let set = Set(words)

    for (i, w) in words.enumerated() {
      if w == "chief", !(word(i + 1) == "of" && word(i + 2) == "staff") { return .chief }
      if chiefAbbreviations.contains(w) { return .chief }
      if w == "president", word(i - 1) != "vice", !(word(i - 1) == "-" && word(i - 2) == "vice") {
        return .chief
      }
    }
    if !set.isDisjoint(with: vicePresidents) || set.contains("vice") && set.contains("president") {
      return .vicePresident
    }
    if set.contains("head") { return .head }
    if !set.isDisjoint(with: directors) { return .director }
    if !set.isDisjoint(with: interns) || containsPair(words, "co", "op")
      || containsPair(words, "working", "student")
    {
      return .intern
    }
    if !set.isDisjoint(with: supervisors) { return .manager }
    for (i, w) in words.enumerated() where managers.contains(w) {
      var j = i - 1
      while let previous = word(j), previous == "-" { j -= 1 }
      if let previous = word(j), individualDisciplines.contains(previous) { continue }
      if word(i - 1) == "general" { return .manager }
      return .manager
    }
    for (i, w) in words.enumerated() where leads.contains(w) {
      if w == "staff", word(i - 1) == "of" { continue }
      return .lead
    }
    if set.contains("group"), set.contains("manager") || set.contains("pm") { return .lead }
    if !set.isDisjoint(with: seniors) { return .senior }
    let isAcademicRank = !set.isDisjoint(with: academicRanks)
    if !isAcademicRank && !set.isDisjoint(with: entries) || containsPair(words, "entry", "level") { return .entry }
    if !set.isDisjoint(with: individualRoles) { return .individual }
    return nil
  }

  /// The level of a US federal General Schedule grade in a title ("IT Specialist (GS-13)"): GS-1 to 7 entry,
  /// 8 to 11 individual, 12 and 13 senior, 14 and 15 lead; the Senior Executive Service ("SES") director.
  static func federalGrade(in title: String) -> Seniority? {
    // Both patterns match their capitals as written: a title without them is passed over before either pattern is
    // compiled (the first pattern a run compiles sets up ICU's shared character classes, which cost more than
    // reading a resume).
    let bytes = Array(title.utf8)
    func holds(_ word: String) -> Bool {
      let word = Array(word.utf8)
      return bytes.count >= word.count
        && (0...(bytes.count - word.count)).contains { bytes[$0..<($0 + word.count)].elementsEqual(word) }
    }
    guard holds("GS") || holds("SES") else { return nil }
    let range = NSRange(title.startIndex..., in: title)
    if sesPattern.firstMatch(in: title, range: range) != nil { return .director }
    guard let match = gradePattern.firstMatch(in: title, range: range),
      let digits = Range(match.range(at: 1), in: title), let number = Int(title[digits]), (1...15).contains(number)
    else { return nil }
    switch number {
    case ...7: return .entry
    case 8...11: return .individual
    case 12...13: return .senior
    default: return .lead
    }
  }

  private static let gradePattern = try! NSRegularExpression(pattern: #"\bGS[- ]?(\d{1,2})\b"#)
  private static let sesPattern = try! NSRegularExpression(pattern: #"\bSES\b"#)

  private static func containsPair(_ words: [String], _ first: String, _ second: String) -> Bool {
    for i in words.indices.dropLast() where words[i] == first {
      if words[i + 1] == second || words[i + 1] == "-" && i + 2 < words.count && words[i + 2] == second {
        return true
      }
    }
    return false
  }
}
