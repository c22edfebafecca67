import Foundation
import Ingest
import TestSupport
import Testing

@testable import Analysis

/// The date-range scanner against the pattern it stands in for: the same matches and groups on every line.
@Suite("The date-range scanner reads what the date-range pattern reads")
struct DateRangeScannerTests {
  /// Lines written to reach each part of the pattern: every month form of every language, seasons, present words,
  /// separators, days, two-digit years, numeric and ISO dates, and the near misses around them.
  static let handWritten: [String] = {
    var lines = [
      "2014 – Present", "Mar 2016 - Jun 2019", "01/2012–02/2016", "2009 to 2012", "September 2019 — current",
      "Nov18 - now", "04.2002-09.2002", "Fall 2019 – present", "2017–", "2017 –", "2017 – ", "(2017 –)", "2017 – |",
      "since 2019", "Since  2019", "SEIT März 2019", "depuis janvier 2020", "desde 2018", "sinds 2015", "since2019",
      "März 2019 – heute", "Jan 2020 – Present time", "Jan 2020 – present  time", "2019 to date", "2019 - To Date",
      "2019 – date", "2019 – Now", "2019 - Current", "2019 – Currently", "2019 – today", "2019 – ongoing",
      "2019 bis heute", "2019 – jetzt", "2019 – aktuell", "2019 – laufend", "2019 – aujourd'hui",
      "2019 – aujourd’hui", "2019 – AUJOURD’HUI", "2019 – présent", "2019 – PRÉSENT", "2019 – actuellement",
      "2019 – actuel", "2019 – en cours", "2019 – actualidad", "2019 – actualmente", "2019 – presente", "2019 – hoy",
      "2019 – atualmente", "2019 – atual", "2019 – hoje", "2019 – heden", "2019 – huidig", "2019 – momenteel",
      "2019 – nu", "2019 – nunca", "2019 – Presently", "2019 – present2", "2019 – now_", "2019 – nowhere",
      "2019 until 2021", "2019 till 2021", "2019 through 2021", "2019 thru 2021", "2019 bis 2021", "2019 au 2021",
      "2019 à 2021", "2019 À 2021", "2019 hasta 2021", "2019 até 2021", "2019 ate 2021", "2019 tot 2021",
      "2019 a 2021", "2019 A 2021", "2019 to2021", "2019to 2021", "2019 ~ 2021", "2019~2021", "2019 -- 2021",
      "2019---2021", "2019 ‒ 2021", "2019—2021", "2019 — 2021", "2019 – 2021", "2019 - 2021", "2019 -",
      "Sept. 2019 – Oct. 2020", "SEPT 2019", "sep.2019", "Sept 1st, 2019 – March 3rd, 2020", "Jan 15, 2019",
      "January 15 2019 - February 2 2020", "Jan 2nd. 2019", "Jan 22nd., 2019", "Jan 3 19", "Jan '19 – Mar ’20",
      "Jan, 2019", "Jan ,2019", "Jan., 2019", "Jan 2019-Mar 2020", "Jan2019", "Jan19", "Jan 1919", "Jan 2119",
      "Jan 20190", "Jan 201", "Jan 2 201", "Jan 12 2019", "Jan 123 2019", "January 2019", "Janu 2019",
      "Marketing 2019", "Mayor 2019 – 2020", "Mayo 2019 – Junio 2020", "Mai 2019 – Juin 2020", "Mei 2019 – nu",
      "août 2019 – déc. 2020", "AOÛT 2019 – DÉC 2020", "Aout 2019", "févr. 2019 – mars 2020", "FÉVRIER 2019",
      "fevrier 2019", "Jänner 2019", "Jaenner 2019", "Maerz 2019", "Mrz 2019", "Mrt 2019", "Maart 2019",
      "março 2019 – outubro 2020", "MARÇO 2019", "marco 2019", "Okt 2019 – Dez 2020", "Dezember 2019",
      "dezembro 2019", "diciembre 2019", "Dic 2019", "setiembre 2019", "Set 2019 – Out 2020", "Ago 2019", "Agosto 2019",
      "Augustus 2019", "Juil. 2019", "Juillet 2019", "julho 2019", "Julio 2019", "junho 2019", "Junio 2019",
      "Janv 2019", "Janvier 2019", "Enero 2019", "Ene 2019", "Janeiro 2019", "Januari 2019", "Februari 2019",
      "Fevereiro 2019", "Fev 2019", "Febrero 2019", "Abril 2019", "Abr 2019", "Avril 2019", "Avr 2019",
      "Maio 2019", "Novembro 2019", "Noviembre 2019", "Novembre 2019", "Octubre 2019", "Outubro 2019", "Octobre 2019",
      "Septiembre 2019", "Setembro 2019", "Septembre 2019", "Décembre 2019", "Decembre 2019", "Déc 2019",
      "Spring 2019 – Summer 2020", "Autumn, 2019", "Winter ,2019", "Frühjahr 2019", "FRÜHLING 2019", "Sommer 2019",
      "Herbst 2019 – heute", "Fall2019", "Fall 19", "Falls 2019", "summer of 2019",
      "03/2019 – 04/2020", "3/2019", "15/03/2019 - 16/04/2020", "15.03.2019 – heute", "1.3.2019", "003/2019",
      "12-2019", "13/2019", "3/19/2019", "2019/03", "2019-03 – 2020-11", "2019.13", "2019-1", "2019-011",
      "2019-03-15", "1/2019", ".3/2019", "/2019", "3/2019/", "v2.2019", "2019/2020", "2019.2020", "2019–20",
      "1999 – 2001", "1899 – 1901", "2100", "20190", "12019", "2019a", "a2019", "_2019", "2019_", "é2019",
      "Engineer, Acme (2015 – 2018)", "Engineer [2015 – Present]", "Engineer — Acme — 2015 – 2018, Berlin",
      "Acme Corp, 2015 –: Engineer", "Acme; 2015 –; x", "2015 – 2018 2019 – 2020", "Jan 2015 – Present | Feb 2016",
      "Product Manager, Google 2017 – Present", "2017 – Product Manager, Google", "Present Leading teams",
      "Senior Engineer · Acme · Jan 2015 → Mar 2018", "Jan 2015 – Mar 2018 • Berlin", "2015 – 2018\r", "2015 –\r",
      "2015 –\r\n", "2015 – \u{0B}", "2015 –\u{0C}", "2015 –\t", "2015\u{A0}–\u{A0}2018", "Jan\u{A0}2015",
      "2019 - present\u{A0}time", "2019 - to\u{A0}date", "Mar\u{0B}2019", "Mar\u{1F}2019", "2019\u{1C}-2020",
      "Ʃ 2019", "Łódź 2019 – 2020", "ŁJan 2019", "Jan 2019 – Presentł", "ı2019", "İJan 2019", "JAN 2019 – PRESENT",
      "ſept 2019", "Sept 2019 – ﬁn", "Straße 2019", "K2019", "2019 \u{AD}– 2020", "2019 –\u{AD}2020",
      "Jan\u{301} 2019", "Ja\u{301}n 2019", "fe\u{301}vr 2019", "٢٠١٩ – 2020", "2019 – ٢٠٢٠", "Jan ١٩", "２０１９",
      "", " ", "a", "1", "19", "2019",
    ]
    // Every month, season, present, since and until word as written and in capitals, in the places it is read.
    for word in DateWords.months.keys.sorted() {
      lines += ["\(word) 2019 – Present", "\(word.uppercased()) 2019", "\(word). 2020", "x\(word) 2019"]
    }
    for word in DateWords.seasons.keys.sorted() { lines += ["\(word) 2019 – 2020", "\(word.uppercased()), 2019"] }
    for word in DateWords.present {
      lines += ["2019 – \(word)", "Mar 2019 - \(word.uppercased())", "2019 – \(word)s", "2019 to \(word), Acme"]
    }
    for word in DateWords.since { lines += ["\(word) 2019", "\(word.uppercased())  Mar 2019 – 2020", "\(word)2019"] }
    for word in DateWords.until { lines += ["2019 \(word) 2020", "Mar 2019 \(word.uppercased()) present"] }
    return lines
  }()

  /// Each scalar the scanner models, in the places where its kind (letter, digit, space, line end, case) changes
  /// what the pattern reads.
  static let scalarLines: [String] = {
    var scalars: [Unicode.Scalar] = []
    for value in UInt32(0)...0x27BF {
      if let scalar = Unicode.Scalar(value), DateRangeScanner.folded(scalar) != nil { scalars.append(scalar) }
    }
    return scalars.flatMap { scalar -> [String] in
      let c = String(scalar)
      return [
        "Jan\(c)2019 – Present", "\(c)Jan 2019", "Jan 2019\(c)", "2019 – Present\(c)", "2019\(c)–\(c)2020",
        "2019 –\(c)", "2019 –\(c))", "2019 to\(c)2020", "2019\(c)to 2020", "\(c)2019", "2019\(c)", "Jan.\(c)2019",
        "Jan 3\(c) 2019", "Fall\(c)2019", "2019 - present\(c)time", "since\(c)2019", "Mar 2019 –\(c)Present",
        "Ma\(c)rz 2019", "\(c)ärz 2019", "\(c)ÄRZ 2019", "2019 \(c) 2020", "3\(c)2019", "2019\(c)03",
      ]
    }
  }()

  /// The lines of every resume of the fixtures and of `../shared/benchmarks/resume-reading/resumes` (when that
  /// folder is there), as the project's ingest reads them: the text's lines, the section headings, and the lines
  /// after the split ranges are joined.
  static func resumeLines(in folder: URL) throws -> [String] {
    var lines: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    where !name.hasPrefix(".") && name != "README.md" {
      guard let document = try? Ingestor().document(at: folder.appendingPathComponent(name).path) else { continue }
      let text = document.text.split(separator: "\n").map(String.init)
      lines += text + document.sections.compactMap(\.heading) + ResumeAnalyzer.joiningSplitRanges(text)
    }
    return lines
  }

  private func compare(_ lines: [String]) -> (modelled: Int, matched: Int) {
    var modelled = 0
    var matched = 0
    for line in lines {
      guard let scanned = DateRangeScanner.matches(in: line) else { continue }
      modelled += 1
      if !scanned.isEmpty { matched += 1 }
      #expect(scanned == DateRangeParser.patternMatches(in: line), "\(line.debugDescription)")
    }
    return (modelled, matched)
  }

  @Test("hand-written lines: every word, form and separator, and the near misses")
  func handWrittenLines() {
    let (modelled, matched) = compare(Self.handWritten)
    #expect(modelled > Self.handWritten.count * 9 / 10)
    #expect(matched > Self.handWritten.count / 2)
  }

  @Test("every scalar the scanner models, in each place its kind matters")
  func everyModelledScalar() {
    let (modelled, _) = compare(Self.scalarLines)
    #expect(modelled == Self.scalarLines.count)
  }

  @Test("the lines of every fixture resume")
  func fixtureResumes() throws {
    var lines: [String] = []
    for folder in ["Fixtures/resumes", "Fixtures/resume-shapes", "Benchmarks/resumes"] {
      lines += try Self.resumeLines(in: Fixtures.root.appendingPathComponent(folder))
    }
    let (modelled, matched) = compare(lines)
    #expect(modelled > lines.count * 9 / 10)
    #expect(matched > 100)
  }

  @Test("the lines of every real resume of the shared benchmark, when it is there")
  func benchmarkResumes() throws {
    let folder = Fixtures.root.deletingLastPathComponent().appendingPathComponent(
      "shared/benchmarks/resume-reading/resumes")
    guard FileManager.default.fileExists(atPath: folder.path) else { return }
    let lines = try Self.resumeLines(in: folder)
    let (modelled, matched) = compare(lines)
    #expect(modelled > lines.count * 9 / 10)
    #expect(matched > 100)
  }

  @Test("the scanner tries the words in the pattern's order")
  func wordOrder() {
    let lists: [[String]] = [
      Array(DateWords.months.keys), Array(DateWords.seasons.keys), DateWords.present, DateWords.since,
      DateWords.until,
    ]
    for words in lists {
      #expect(
        DateRangeScanner.unitsInAlternationOrder(words)
          == DateRangeParser.alternationOrder(words).map { $0.unicodeScalars.map { UInt16($0.value) } })
    }
  }

  @Test("a line the scanner does not model is read by the pattern")
  func fallback() {
    for line in ["ſept 2019 – Present", "٢٠١٩ – 2020", "Straße 2019 – 2020", "Jan 2019 – ﬁn"] {
      #expect(DateRangeScanner.matches(in: line) == nil, "\(line)")
      #expect(DateRangeParser.scan(line).matches == DateRangeParser.patternMatches(in: line), "\(line)")
    }
  }
}
