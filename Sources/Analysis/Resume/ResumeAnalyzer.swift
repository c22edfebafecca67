import Foundation
import Ingest
import Requirements
import Tokenization

/// Turns a resume ``Document`` into a ``ResumeAnalysis``.
public struct ResumeAnalyzer: Sendable {
  /// The profile builder, which holds the lexicon.
  public let builder: ProfileBuilder
  /// The month the caller fixed for "Present" (year × 12 + month − 1), or nil to read it from each resume.
  public let givenMonth: Int?
  /// This month (year × 12 + month − 1): "Present" in a resume that states no usable date of its own.
  public let todayMonth: Int

  /// Creates an analyzer.
  ///
  /// - Parameters:
  ///   - lexicon: The lexicon.
  ///   - asOf: The date "Present" in a date range means for every resume (`--as-of`); nil (the default) to
  ///     take each resume's own date (``AsOf``).
  ///   - today: Today, for resumes that state no date of their own and to refuse dates in the future.
  public init(lexicon: Lexicon, asOf: Date? = nil, today: Date = Date()) {
    self.init(builder: ProfileBuilder(lexicon: lexicon), asOf: asOf, today: today)
  }

  /// Creates an analyzer that shares `builder` (and its phrase matcher) with others.
  public init(builder: ProfileBuilder, asOf: Date? = nil, today: Date = Date()) {
    self.builder = builder
    self.givenMonth = asOf.map(DateRangeParser.monthNumber(of:))
    self.todayMonth = DateRangeParser.monthNumber(of: today)
  }

  /// Analyses one resume.
  public func analyze(_ document: Document) -> ResumeAnalysis {
    analyze(document, sections: builder.tokenize(document, in: .resume))
  }

  /// Analyses one resume whose sections are already tokenized.
  public func analyze(_ document: Document, sections: [TokenizedSection]) -> ResumeAnalysis {
    let weights = builder.lexicon.sectionWeights
    let profile = builder.profile(of: sections, sectionWeight: { weights.resumeCompetencies[$0] })
    let facts = RequirementExtractor.credentials(in: sections, context: .resume)
    // A resume written in 2019 means 2019 by "Present": the roles are read up to today (or the given
    // month), then again up to the resume's own date when its roles allow that date.
    let levels = Self.headingLevels(of: document, sections: sections)
    // Both readings match each line's dates once.
    let first = givenMonth ?? todayMonth
    let scans = DateRangeParser.Scans()
    var career = career(of: sections, levels: levels, asOf: first, scans: scans)
    let asOf = AsOf.choose(
      given: givenMonth, dates: document.dates, latestRoleMonth: Self.latestNamedMonth(of: career.roles),
      today: todayMonth)
    if asOf.month != first { career = self.career(of: sections, levels: levels, asOf: asOf.month, scans: scans) }
    return ResumeAnalysis(
      source: document.source, title: document.title, name: PersonName.read(document), competencies: profile.entries,
      career: career, degrees: facts.degrees, certifications: facts.certifications,
      role: RoleReader(vocabulary: builder.lexicon.roles).resume(document, career: career),
      skills: SkillProfile.build(
        sections, matcher: builder.skills, weight: { weights.resumeSkills[$0] },
        roleMonths: Self.roleMonths(career.roles, asOf: asOf.month)),
      asOf: asOf,
      kind: builder.kinds.resume(document, sections: sections, career: career, degrees: facts.degrees.count))
  }

  /// Each role's line and the month it ended (its last month; the as-of month for a current role), the
  /// latest where two roles share a line.
  static func roleMonths(_ roles: [CareerHistory.Role], asOf: Int) -> [String: Int] {
    var months: [String: Int] = [:]
    for role in roles {
      let line = role.line.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty else { continue }
      let month = role.isCurrent ? asOf : max(role.startMonth, role.endMonth - 1)
      months[line] = max(months[line] ?? month, month)
    }
    return months
  }

  /// The latest month the roles name: a start, or the last month of a finished role. A year written without
  /// its month counts as its January, the earliest month it can mean.
  static func latestNamedMonth(of roles: [CareerHistory.Role]) -> Int? {
    roles.flatMap { role -> [Int] in
      let start = role.startHasMonth ? role.startMonth : role.startMonth / 12 * 12
      guard !role.isCurrent else { return [start] }
      let last = role.endMonth - 1
      return [start, role.endHasMonth ? last : last / 12 * 12]
    }.max()
  }

  /// The roles of the resume: lines holding a date range outside the education section; the title is
  /// the rest of the line, or the entry's heading, or a line above when the dates stand alone. The lines
  /// are those of the resume's one tokenization (its sections as tokenized, their kinds as classified).
  /// Dated lines of sections that are not employment (education, projects, volunteering, activities) are
  /// kept apart.
  func career(
    of sections: [TokenizedSection], levels: [Int?] = [], asOf: Int? = nil,
    scans: DateRangeParser.Scans = DateRangeParser.Scans()
  ) -> CareerHistory {
    let asOfMonth = asOf ?? givenMonth ?? todayMonth
    func ranges(_ line: String) -> [DateRangeParser.Found] { scans.ranges(in: line, asOfMonth: asOfMonth) }
    var roles: [CareerHistory.Role] = []
    var others: [CareerHistory.Role] = []
    var excluded = false
    var sectionHeading: String?
    var sectionLevel = 0
    var employerBlock: (employer: String, found: DateRangeParser.Found, level: Int)?
    // The entry being read: its heading, the heading's level and the body lines under it so far.
    var entry: (heading: String, level: Int, body: [String])?
    for (index, section) in sections.enumerated() {
      let body = Self.lines(of: section.text.text)
      if let heading = section.heading {
        let level = index < levels.count ? levels[index] ?? 2 : 2
        // Entry headings ("VP of Product — Acme — 2020 – Present", "Humboldt University") sit under a section
        // heading ("Experience", "Education"); headings below an entry's ("Project overview", "My role")
        // belong to the entry.
        // A heading that names a role ("Manager - Projects") is an entry whatever its words.
        let isSectionHeading =
          ranges(heading).isEmpty
          && (SectionKind.classify(heading, in: .resume) != .general || SectionKind.isOutsideEmployment(heading))
          && !Self.namesRole(heading, roles: builder.lexicon.roles)
        // (A section heading ends an entry that sits under no section, or that is at its own level or above.)
        if let open = entry, level > open.level,
          !(isSectionHeading && (sectionHeading == nil || level <= sectionLevel))
        {
          entry?.body += [heading] + body
        } else if isSectionHeading {
          excluded = SectionKind.isOutsideEmployment(heading)
          sectionHeading = heading
          sectionLevel = level
          entry = nil
        } else if sectionHeading != nil || level > 1 {
          entry = (heading, level, body)
        } else {
          // The document's own title (the person's name) is no entry.
          entry = nil
        }
      } else {
        entry = nil
      }
      // An employer's dated heading over undated role headings ("### Brightcove Inc [June 2010 to Present]" over
      // "#### Staff Engineer", "#### Senior Software Engineer"): each of those roles is read with the block's span.
      var blockHeading: String?
      if let heading = section.heading {
        let level = index < levels.count ? levels[index] ?? 2 : 2
        if let block = employerBlock, level <= block.level { employerBlock = nil }
        if let block = employerBlock, ranges(heading).isEmpty {
          var headingParts = Self.parts(of: heading)
          if let best = Self.bestRole(in: headingParts, roles: builder.lexicon.roles) {
            let title = headingParts.remove(at: best)
            var role = makeRole(title: title, employer: block.employer, line: heading, found: block.found)
            role.section = sectionHeading
            if excluded { others.append(role) } else { roles.append(role) }
          }
        } else if let found = ranges(heading).first,
          index + 1 < sections.count, let nextHeading = sections[index + 1].heading,
          (index + 1 < levels.count ? levels[index + 1] ?? 2 : 2) > level,
          ranges(nextHeading).isEmpty,
          Self.bestRole(in: Self.parts(of: nextHeading), roles: builder.lexicon.roles) != nil
        {
          var rest = heading
          rest.removeSubrange(found.range)
          let restParts = Self.parts(of: rest)
          if Self.bestRole(in: restParts, roles: builder.lexicon.roles) == nil, let employer = restParts.first {
            employerBlock = (employer, found, level)
            blockHeading = heading
          }
        }
      }
      let lines = Self.joiningSplitRanges([section.heading].compactMap { $0 }.filter { $0 != blockHeading } + body)
      var previous: String?
      var beforePrevious: String?
      var spanEmployer: String?
      for (number, line) in lines.enumerated() {
        defer {
          beforePrevious = previous
          previous = line
        }
        guard let found = ranges(line).first else {
          // A line in capitals that names a section ("RESEARCH", "EDITORIAL ROLES") is a heading the layout
          // did not mark, as in PDFs whose headings are set in the body's type.
          if number > 0 || section.heading == nil, Self.isCapitalsHeading(line) {
            excluded = SectionKind.isOutsideEmployment(line)
            sectionHeading = line
            entry = nil
          }
          continue
        }
        let next = number + 1 < lines.count ? lines[number + 1] : nil
        let vocabulary = builder.lexicon.roles
        var rest = line
        rest.removeSubrange(found.range)
        let restParts = Self.parts(of: rest)
        var role: CareerHistory.Role?
        // Only when the line above names no role ("FACEBOOK | SOFTWARE ENGINEER" over "Jan 2015 – Present").
        if Self.bestRole(in: restParts, roles: vocabulary) == nil, let name = restParts.first, let next,
          next.split(separator: " ").count <= 12,
          previous.map({ Self.bestRole(in: Self.parts(of: $0), roles: vocabulary) == nil }) ?? true,
          Self.bestRole(in: Self.parts(of: next), roles: vocabulary) != nil
        {
          if !ranges(next).isEmpty {
            // "Rackspace (Jul 2010 – Oct 2014)" over dated titles: the employer's span, not a role.
            spanEmployer = name
            continue
          }
          // "Enactus (2008 – 2010)" over "Systems Administrator": the title is on the line below.
          var nextParts = Self.parts(of: next)
          let index = Self.bestRole(in: nextParts, roles: vocabulary) ?? 0
          let title = nextParts.remove(at: index)
          role = makeRole(title: title, employer: name, line: line, found: found)
        } else if restParts.isEmpty, let next, number + 1 < lines.count, next.split(separator: " ").count <= 12,
          entry.map({ Self.bestRole(in: Self.parts(of: $0.heading), roles: vocabulary) == nil }) ?? true,
          previous.map({ Self.bestRole(in: Self.parts(of: $0), roles: vocabulary) == nil }) ?? true,
          ranges(next).isEmpty, !Self.isShortList(next),
          let index = Self.bestRole(in: Self.parts(of: next), roles: vocabulary)
        {
          // "2016 – 2018" over "Program Manager, IT Services" over "National Reconnaissance Office | Chantilly":
          // dates first, then the title, then the employer.
          var nextParts = Self.parts(of: next)
          let title = nextParts.remove(at: index)
          let after = number + 2 < lines.count ? Self.parts(of: lines[number + 2]).first : nil
          let employer = nextParts.first ?? after.flatMap { Self.isShortName($0) ? $0 : nil }
          role = makeRole(title: title, employer: employer, line: line, found: found)
        }
        let context = entry.flatMap { line == $0.heading ? nil : (heading: $0.heading, body: $0.body) }
        guard
          var role = role
            ?? self.role(line: line, found: found, entry: context, previous: previous, beforePrevious: beforePrevious)
        else { continue }
        // An employer's span line is nearer than the entry's heading.
        if let spanEmployer,
          role.employer == nil || role.employer == entry.flatMap({ Self.parts(of: $0.heading).first })
        {
          role.employer = spanEmployer
        }
        role.section = sectionHeading
        let isEmployment = !excluded && !Self.looksLikeEducation(role.title) && !Self.isNotAJob(role)
        let list = isEmployment ? roles : others
        // The same role read twice (a page that lays it out for phones and for screens) is one role, and a
        // dated line already read (a page that repeats its entries under other headings) is read once.
        guard !list.contains(where: { Self.isSameRole($0, role) }),
          !(roles + others).contains(where: {
            $0.line == role.line && $0.startMonth == role.startMonth && $0.endMonth == role.endMonth
          })
        else { continue }
        if isEmployment { roles.append(role) } else { others.append(role) }
      }
    }
    return CareerHistory(roles: roles, otherEntries: others)
  }

  /// The non-empty lines of `text`, as `split(separator: "\n")` cuts them, found by its bytes: a line feed is a
  /// character of its own unless a carriage return comes before it ("\r\n" is one character, and no separator).
  /// Splitting by characters cost more than the rest of a section's reading.
  static func lines(of text: String) -> [String] {
    var lines: [String] = []
    let utf8 = text.utf8
    var start = utf8.startIndex
    var index = start
    var previous: UInt8 = 0
    while index != utf8.endIndex {
      let byte = utf8[index]
      if byte == 0x0A, previous != 0x0D {
        if start != index { lines.append(String(text[start..<index])) }
        start = utf8.index(after: index)
      }
      previous = byte
      utf8.formIndex(after: &index)
    }
    if start != utf8.endIndex { lines.append(String(text[start..<utf8.endIndex])) }
    return lines
  }

  /// Lines where a two-column layout split a range: "2017 – Product Manager, Google" over "Present Leading
  /// teams…" becomes "Product Manager, Google 2017 – Present" and "Leading teams…".
  static func joiningSplitRanges(_ lines: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < lines.count {
      let line = lines[index]
      if index + 1 < lines.count, let (start, title) = SplitRange.start(of: line),
        let (endWord, endRest) = SplitRange.end(of: lines[index + 1])
      {
        let next = lines[index + 1]
        result.append("\(line[title]) \(line[start]) – \(next[endWord])")
        let rest = String(next[endRest]).trimmingCharacters(in: .whitespaces)
        if !rest.isEmpty { result.append(rest) }
        index += 2
        continue
      }
      result.append(line)
      index += 1
    }
    return result
  }

  /// A short line in capitals that names a kind of section: "EXPERIENCE", "PROJECTS", "EDITORIAL ROLES".
  static func isCapitalsHeading(_ line: String) -> Bool {
    // An ASCII line with a lowercase letter has a letter that is no capital: most lines end here, before every
    // character's Unicode properties are looked up.
    let utf8 = line.utf8
    if utf8.allSatisfy({ $0 < 0x80 }), utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
    let letters = line.filter(\.isLetter)
    guard letters.count >= 4, line.split(separator: " ").count <= 4, letters.allSatisfy(\.isUppercase) else {
      return false
    }
    return SectionKind.classify(line, in: .resume) != .general || SectionKind.isOutsideEmployment(line)
  }

  /// A dated entry that says it is no job: volunteering ("QA/Bug Triage (volunteer)") or a break ("Self-paid
  /// sabbatical", "Career break", "Parental leave").
  static func isNotAJob(_ role: CareerHistory.Role) -> Bool {
    let words = Set(role.line.lowercased().split { !$0.isLetter })
    let title = role.title.lowercased()
    return words.contains("volunteer") || words.contains("volunteering") || title.contains("sabbatical")
      || title.contains("career break") || title.contains("parental leave") || title.contains("gap year")
  }

  private static func isSameRole(_ first: CareerHistory.Role, _ second: CareerHistory.Role) -> Bool {
    first.title == second.title && first.employer == second.employer && first.startMonth == second.startMonth
      && first.endMonth == second.endMonth
  }

  /// The level of each section's heading (1 for `#`, 2 for `##`, …), from the document's heading blocks in
  /// order; nil where they cannot be paired.
  static func headingLevels(of document: Document, sections: [TokenizedSection]) -> [Int?] {
    var headings = document.blocks.lazy.filter { $0.kind == .heading }.makeIterator()
    var next = headings.next()
    return sections.map { section in
      guard let heading = section.heading else { return nil }
      // Skip heading blocks that start no section of their own (empty ones).
      var skipped = 0
      while let block = next, block.text != heading, skipped < 3 {
        next = headings.next()
        skipped += 1
      }
      guard let block = next, block.text == heading else { return nil }
      next = headings.next()
      return block.level
    }
  }

  /// The role a dated line describes: its title and employer from the line itself, else from the heading
  /// of the entry it sits under (and that entry's short lines), else from the lines above it.
  func role(
    line: String, found: DateRangeParser.Found, entry: (heading: String, body: [String])? = nil,
    previous: String?, beforePrevious: String?
  ) -> CareerHistory.Role? {
    let vocabulary = builder.lexicon.roles
    var rest = line
    rest.removeSubrange(found.range)
    // Prose that mentions years ("The main achievement during 2007–2009 was …") is no role line.
    let restWords = rest.lowercased().split(separator: " ")
    if restWords.count > 4, restWords.contains(where: { ["was", "were", "is", "are", "my", "we"].contains($0) }) {
      return nil
    }
    var parts = Self.parts(of: rest).filter(RoleVocabulary.isTitleShaped)
    func isRole(_ text: String) -> Bool { Self.namesRole(text, roles: vocabulary) }
    var split: (title: String, employer: String?)?
    // The entry's other short lines: an employer under a title heading, or a title under an employer's.
    let entryLines = (entry?.body ?? []).filter { $0 != line && Self.isShortName(Self.parts(of: $0).first ?? "") }
    if let index = Self.bestRole(in: parts, roles: vocabulary) {
      var title = parts.remove(at: index)
      // "Software Development Engineer - Intern": a level word alone after the title belongs to it.
      if index < parts.count, parts[index].split(separator: " ").count <= 2,
        Seniority.classify(title: parts[index]).map({ $0 != .individual }) == true,
        vocabulary.classify(title: parts[index]) == nil
      {
        title += " - " + parts.remove(at: index)
      }
      // The employer follows the title more often than it leads it ("Startup: Head of Development, Acme Ltd").
      parts = Array(parts[index...]) + Array(parts[..<index])
      let headingName = entry.flatMap { Self.parts(of: $0.heading).first { !isRole($0) } }
      split = Self.titleAndEmployer(title, others: parts + [headingName].compactMap { $0 }, isRole: isRole)
      // Else a short name on the line above ("Donders Centre, Radboud University" over "Assistant Professor
      // 2021–"), unless that line is a section's heading.
      if split?.employer == nil, let previous, Self.isNameLine(previous, isRole: isRole),
        SectionKind.classify(previous, in: .resume) == .general
      {
        split?.employer = previous
      }
    } else if let entry, RoleVocabulary.isTitleShaped(entry.heading),
      Self.parts(of: entry.heading).contains(where: isRole)
    {
      var headingParts = Self.parts(of: entry.heading)
      let index = Self.bestRole(in: headingParts, roles: vocabulary) ?? 0
      let title = headingParts.remove(at: index)
      let employer = entryLines.first.flatMap { Self.parts(of: $0).first }
      split = Self.titleAndEmployer(title, others: headingParts + [employer].compactMap { $0 } + parts, isRole: isRole)
    } else if let above = [previous, beforePrevious].compactMap({ $0 }).first(where: {
      // (A long line above is prose, never a title: "Leading teams to design, develop and launch…".)
      $0.split(separator: " ").count <= 12 && Self.parts(of: $0).contains(where: isRole)
    }) {
      // "Title / Company, City / Dates" on three lines (or company and dates on one): when what is
      // next to the dates names no role, the nearest line above that does is the title.
      var aboveParts = Self.parts(of: above)
      let index = Self.bestRole(in: aboveParts, roles: vocabulary) ?? 0
      let title = aboveParts.remove(at: index)
      // The employer: beside the title, beside the dates, on the other line of the three when it is a
      // short name ("Title / Employer / Dates" or "Employer / Title / Dates"), or the entry's heading.
      let otherLine = above == previous ? beforePrevious : previous
      let named = otherLine.flatMap { Self.parts(of: $0).first }.flatMap { Self.isShortName($0) ? $0 : nil }
      let heading = entry.flatMap { Self.parts(of: $0.heading).first }
      split = Self.titleAndEmployer(
        title, others: aboveParts + parts + [named, heading].compactMap { $0 }, isRole: isRole)
    } else if let entry, RoleVocabulary.isTitleShaped(entry.heading) {
      let headingParts = Self.parts(of: entry.heading)
      if let titleLine = entryLines.first(where: { Self.parts(of: $0).contains(where: isRole) }) {
        let title = Self.parts(of: titleLine).first(where: isRole) ?? titleLine
        split = (title, headingParts.first)
      } else if let first = parts.first, first.filter(\.isLetter).count >= 3 {
        // "IT Contractor  Aug 2007 – Dec 2007" under "Variform": the words beside the dates are the title.
        split = (first, headingParts.first)
      } else if let first = headingParts.first {
        split = Self.titleAndEmployer(first, others: Array(headingParts.dropFirst()) + parts, isRole: isRole)
      }
    }
    if split == nil, let first = parts.first, first.filter(\.isLetter).count >= 3 {
      split = Self.titleAndEmployer(first, others: Array(parts.dropFirst()), isRole: isRole)
    }
    if split == nil, let previous, RoleVocabulary.isTitleShaped(Self.trimSeparators(previous)),
      let first = Self.parts(of: previous).first
    {
      split = Self.titleAndEmployer(first, others: Array(Self.parts(of: previous).dropFirst()), isRole: isRole)
    }
    guard var split, split.title.filter(\.isLetter).count >= 3 else { return nil }
    // "Startup: Head of Development" (a label) and "Lead architect. Accelerate Change team" (a sentence end):
    // the title is the piece that names the role.
    if let colon = split.title.range(of: ": "), split.title[..<colon.lowerBound].split(separator: " ").count == 1,
      isRole(String(split.title[colon.upperBound...]))
    {
      split.title = String(split.title[colon.upperBound...])
    }
    if let stop = split.title.range(of: ". "),
      (split.title[..<stop.lowerBound].split(separator: " ").last?.count ?? 0) > 3,
      isRole(String(split.title[..<stop.lowerBound]))
    {
      split.title = String(split.title[..<stop.lowerBound])
    }
    // "Netherlands, Assistant Professor": a place before the title, where two columns ran together.
    let pieces = split.title.components(separatedBy: ", ")
    if pieces.count == 2, !isRole(pieces[0]), isRole(pieces[1]), Seniority.classify(title: pieces[1]) != nil {
      split.title = pieces[1]
    }
    return makeRole(title: split.title, employer: split.employer, line: line, found: found)
  }

  private func makeRole(title: String, employer: String?, line: String, found: DateRangeParser.Found)
    -> CareerHistory.Role
  {
    // "Quillon Media, Austin, TX": the place after an employer's name is not part of it.
    let employer = employer.map(Self.withoutPlace)
    return CareerHistory.Role(
      title: title, startMonth: found.startMonth, endMonth: found.endMonth, isCurrent: found.isCurrent,
      seniority: Seniority.classify(title: title), employer: employer, line: line,
      startHasMonth: found.startHasMonth, endHasMonth: found.endHasMonth)
  }

  /// A piece of a sentence cut at its dates ("Also was Product Lead for BGP from"): it ends in a word that
  /// leads into more, or holds a verb of narration.
  static func isSentenceFragment(_ text: String) -> Bool {
    let words = text.lowercased().split(separator: " ")
    guard let last = words.last else { return false }
    return fragmentOpeners.contains(last) || words.contains { fragmentNarration.contains($0) }
  }

  private static let fragmentOpeners: Set<Substring> = [
    "from", "to", "for", "in", "at", "of", "and", "the", "a", "an", "with", "since", "on",
  ]
  // ("I" is left out: "Engineer I & II" is a title.)
  private static let fragmentNarration: Set<Substring> = [
    "was", "were", "is", "am", "my", "we", "worked", "joined", "became",
  ]

  /// The part that reads most like a title: one whose head names a role family over one that only names a
  /// level ("Core Java Architect" over "Privalia (Consultant)"); words in brackets do not count.
  static func bestRole(in parts: [String], roles: RoleVocabulary) -> Int? {
    var best: (index: Int, score: Int)?
    for (index, part) in parts.enumerated() {
      let bare = withoutBrackets(part)
      // A web address ("Balto.ai") names an employer, whatever its words.
      guard namesRole(bare, roles: roles), !holdsWebAddress(bare) else { continue }
      let score =
        1 + (roles.classify(title: bare)?.isHead == true ? 2 : 0)
        + (Seniority.classify(title: bare).map { $0 != .individual } == true ? 1 : 0)
      if score > (best?.score ?? 0) { best = (index, score) }
    }
    return best?.index
  }

  /// A line above a title that can be its employer: up to eight words, no sentence, no dates, no role.
  static func isNameLine(_ line: String, isRole: (String) -> Bool) -> Bool {
    let words = line.split(separator: " ")
    return (1...8).contains(words.count) && !line.hasSuffix(".") && line.first?.isUppercase == true
      && !line.contains(where: \.isNumber) && !isRole(line)
  }

  /// A short line that can be an employer's name: a few words, no sentence, no date.
  static func isShortName(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    return (1...6).contains(words.count) && !text.hasSuffix(".") && !text.contains(where: \.isNumber)
      && text.first?.isUppercase == true
  }

  /// The title and employer from a title part and the other parts of its line: the next part is the
  /// employer; without one, "Senior Engineer, Acme Corp" is cut at its comma.
  static func titleAndEmployer(_ title: String, others: [String], isRole: (String) -> Bool = { _ in true })
    -> (title: String, employer: String?)
  {
    if let employer = others.first(where: { $0.contains(where: \.isLetter) }) { return (title, employer) }
    if let comma = title.range(of: ", ") {
      let first = trimSeparators(String(title[..<comma.lowerBound]))
      let second = trimSeparators(String(title[comma.upperBound...]))
      // "Acme Corp, Senior Engineer": the side that names the role is the title.
      if !isRole(first), isRole(second) { return (second, first) }
      return (first, second.isEmpty ? nil : second)
    }
    return (title, nil)
  }

  /// The parts of "VP of Product — Quillfeather Systems" or "Senior PM at Acme Corp | Boston": cut at the
  /// separators resumes put between title, employer, place and dates (not at commas, which titles hold:
  /// "Engineering Manager, Machine Learning").
  /// Whether `text` holds ", XY Z" (two capitals between a comma and space and a space and a capital), the
  /// only text ``parts(of:)``'s state-code pattern matches.
  static func hasStateCodeBeforeWord(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 6 else { return false }
    func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
    return (0...(bytes.count - 6)).contains { index in
      bytes[index] == 0x2C && bytes[index + 1] == 0x20 && isCapital(bytes[index + 2]) && isCapital(bytes[index + 3])
        && bytes[index + 4] == 0x20 && isCapital(bytes[index + 5])
    }
  }

  /// Whether a line is a short list, as a role's technology line is ("Python / Django / PostgreSQL / Celery",
  /// "Go · Kafka · Redis"): three or more items of at most three words at one separator. Such a line under
  /// a role's dates names no title.
  static func isShortList(_ line: String) -> Bool {
    for separator in [" / ", " | ", " · ", " • ", ", "] {
      let items = line.components(separatedBy: separator)
      if items.count >= 3, items.allSatisfy({ !$0.isEmpty && $0.split(separator: " ").count <= 3 }) { return true }
    }
    return false
  }

  static func parts(of line: String) -> [String] {
    // (The replacements below put in and take out ASCII only: the parts of a plain line are plain.)
    let plain = PlainSearch.isPlain(line)
    var text = PlainSearch.replacing("*", with: "", in: line, plain: plain)
    text = PlainSearch.replacing("_", with: " ", in: text, plain: plain)
    // What removing the dates leaves: "Engineer () Acme", "Engineer [] Acme".
    for empty in ["()", "( )", "[]", "[ ]", "``"] {
      text = PlainSearch.replacing(empty, with: "  ", in: text, plain: plain)
    }
    // "Mountain View, CA Software Engineer": a US state's code ends the place before the next column (only a line
    // that holds its shape is rewritten).
    if hasStateCodeBeforeWord(text) { text = spacingStateCodes(text) }
    var parts = [text]
    // Two spaces or a tab: the columns of a PDF line ("Senior Engineer  Acme Corp  Jun 2021 – Present").
    for separator in [" — ", " – ", " -- ", " - ", " | ", " at ", " @ ", " · ", " • ", "; ", " / ", "  ", "\t"] {
      parts = parts.flatMap { PlainSearch.components($0, separatedBy: separator, plain: plain) }
    }
    // A long line ("Researcher: Research Fellow, Wireless Networks Group, Cranfield University, UK") is cut
    // further, at labels, sentence ends and commas.
    parts = parts.flatMap { part -> [String] in
      guard !RoleVocabulary.isTitleShaped(trimSeparators(part)) else { return [part] }
      var pieces = [part]
      // A one-word label before the title ("Researcher: Research Fellow, …", "Startup: Head of …") is dropped.
      if let colon = part.range(of: ": "), part[..<colon.lowerBound].split(separator: " ").count == 1 {
        pieces = [String(part[colon.upperBound...])]
      }
      for separator in [": ", ". ", ", "] {
        pieces = pieces.flatMap { PlainSearch.components($0, separatedBy: separator, plain: plain) }
      }
      return pieces
    }
    return parts.map(trimSeparators).filter { !$0.isEmpty }
  }

  /// Whether a line reads like a job title: a role family's head phrase, or a level word.
  static func namesRole(_ line: String, roles: RoleVocabulary) -> Bool {
    // A title's first word holds a capital ("Senior…", "iOS…"); "supported the engineers" is a sentence.
    guard RoleVocabulary.isTitleShaped(line), !isSentenceFragment(line),
      line.split(separator: " ").first?.contains(where: \.isUppercase) == true
    else { return false }
    return roles.classify(title: line)?.isHead == true || Seniority.classify(title: line) != nil
  }

  /// The title part of "VP of Product — Quillfeather Systems" or "Senior PM, Acme Corp".
  static func roleTitle(_ line: String) -> String {
    var title = line.replacingOccurrences(of: "*", with: "")
    for separator in [" — ", " – ", " - ", " | ", " at ", " @ ", ", ", " · "] {
      if let range = title.range(of: separator), title[..<range.lowerBound].count >= 2 {
        title = String(title[..<range.lowerBound])
      }
    }
    return trimSeparators(title)
  }

  static func trimSeparators(_ text: String) -> String {
    // The ASCII members trimmed on the bytes; Foundation only for what then starts or ends with another byte
    // (a dash, a bullet, a no-break space may be in the set).
    let bytes = text.utf8
    var lower = bytes.startIndex
    var upper = bytes.endIndex
    while lower < upper, asciiSeparatorJunk(bytes[lower]) { lower = bytes.index(after: lower) }
    while lower < upper, asciiSeparatorJunk(bytes[bytes.index(before: upper)]) { upper = bytes.index(before: upper) }
    let trimmed = String(text[lower..<upper])
    guard lower < upper, bytes[lower] >= 0x80 || bytes[bytes.index(before: upper)] >= 0x80 else { return trimmed }
    return trimmed.trimmingCharacters(in: separatorJunk)
  }

  /// Whether an ASCII byte is in ``separatorJunk``: white space (space, tab, line breaks are not in
  /// `.whitespaces`) and ` |,;:-()[]*_.`.
  private static func asciiSeparatorJunk(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x20, 0x09, 0x7C, 0x2C, 0x3B, 0x3A, 0x2D, 0x28, 0x29, 0x5B, 0x5D, 0x2A, 0x5F, 0x2E: true
    default: false
    }
  }

  /// What ``trimSeparators(_:)`` trims, made once: building a character set costs more than trimming with it.
  static let separatorJunk = CharacterSet(charactersIn: " \t|,;:–—-·•()[]*_.").union(.whitespaces)

  private static func looksLikeEducation(_ title: String) -> Bool {
    let lowered = title.lowercased()
    return ["university", "college", "bachelor", "master", "b.s.", "b.a.", "mba", "ph.d", "school of", "degree"]
      .contains { lowered.contains($0) }
  }
}

extension ResumeAnalyzer {
  /// What jdmatch read from a resume, for `analyze --resume`.
  ///
  /// - Parameter document: The resume.
  /// - Returns: Its roles, other dated entries, title, family, level, years, degrees and warnings.
  public func reading(_ document: Document) -> ResumeReading {
    ResumeReading(analysis: analyze(document), document: document)
  }
}
