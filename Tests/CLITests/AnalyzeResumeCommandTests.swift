import Foundation
import TestSupport
import Testing

@Suite("jdmatch analyze --resume")
struct AnalyzeResumeCommandTests {
  @Test("JSON gives each role's title, employer and dates, and keeps projects and meetups out of employment")
  func json() throws {
    let result = try CommandRunner.run([
      "analyze", "--resume", "--format", "json", Fixtures.resumeShape("atx-one-line-roles.md"),
    ])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let roles = try #require(object["roles"] as? [[String: Any]])
    let summary = roles.map { [$0["title"], $0["employer"], $0["start"], $0["end"]].map { "\($0 ?? "nil")" } }
    #expect(
      summary == [
        ["Staff Software Engineer", "Larkspur Analytics", "2021-03", "present"],
        ["Senior Software Engineer", "Petrel Logistics", "2017-06", "2021-02"],
        ["Software Engineer", "Quarrystone Games", "2014", "2017"],
        ["Junior Developer", "Fenwick Media", "2012-08", "2014-05"],
      ])
    #expect(object["currentTitle"] as? String == "Staff Software Engineer")
    #expect(object["family"] as? String == "software-engineering")
    #expect(object["level"] as? String == "lead/manager")
    let other = try #require(object["otherEntries"] as? [[String: Any]])
    #expect(other.contains { ($0["title"] as? String)?.hasPrefix("Director & Producer") == true })
    #expect(other.contains { ($0["title"] as? String)?.hasPrefix("Founder and Organizer") == true })
    let degrees = try #require(object["degrees"] as? [[String: Any]])
    #expect(degrees.first?["level"] as? String == "bachelor")
  }

  @Test("the skills read from a resume are listed with the words it uses and the sentence that shows each")
  func skills() throws {
    let result = try CommandRunner.run([
      "analyze", "--resume", "--format", "json", Fixtures.resume("vp-product-morgan-ellis.md"),
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let skills = try #require(object["skills"] as? [[String: Any]])
    let testing = try #require(skills.first { $0["name"] as? String == "A/B testing" })
    #expect(testing["phrase"] as? String == "A/B tests")
    #expect((testing["evidence"] as? String)?.contains("200+ A/B tests a year") == true)
    #expect(skills.contains { $0["name"] as? String == "SQL" })
    // Strongest first.
    let weights = skills.compactMap { $0["weight"] as? Double }
    #expect(weights == weights.sorted(by: >))
    let table = try CommandRunner.run(["analyze", "--resume", Fixtures.resume("vp-product-morgan-ellis.md")])
    #expect(table.stdout.contains("Skills\n  A/B testing · Machine learning · OKRs"))
  }

  @Test("the table fits 80 columns and several files give a JSON array")
  func tableAndArray() throws {
    let table = try CommandRunner.run(["analyze", "--resume", Fixtures.resumeShape("atx-one-line-roles.md")])
    #expect(table.status == 0)
    #expect(table.stdout.contains("Not counted as employment"))
    for line in table.stdout.split(separator: "\n") { #expect(line.count <= 80, "too wide: \(line)") }
    let json = try CommandRunner.run([
      "analyze", "--resume", "--format", "json", Fixtures.resumeShape("atx-one-line-roles.md"),
      Fixtures.resume("director-product-avery-quinn.json"),
    ])
    let array = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 2)
  }

  @Test("--as-of fixes the month \"Present\" stands for; a malformed month is a usage error")
  func asOf() throws {
    let result = try CommandRunner.run([
      "analyze", "--resume", "--as-of", "2024-06", "--format", "json", Fixtures.resumeShape("atx-one-line-roles.md"),
    ])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    // 22 months as a junior, July 2014 to February 2021 (80 months), then 39 months to June 2024.
    #expect(object["yearsExperience"] as? Double == 11.7)
    let bad = try CommandRunner.run([
      "analyze", "--resume", "--as-of", "June", Fixtures.resumeShape("atx-one-line-roles.md"),
    ])
    #expect(bad.status == 2)
  }

  @Test("the resume's own date: asOf and asOfSource in JSON, \"Counted to\" in the table and Markdown")
  func documentDate() throws {
    let file = Fixtures.resumeShape("pdf-creation-date.pdf")
    let json = try CommandRunner.run(["analyze", "--resume", "--format", "json", file])
    #expect(json.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    #expect(object["asOf"] as? String == "2019-03")
    #expect(object["asOfSource"] as? String == "pdfMetadata")
    #expect(object["asOfReason"] as? String == "PDF creation date")
    // Sep 2012 – Dec 2015 and Jan 2016 – March 2019, not to today.
    #expect(object["yearsExperience"] as? Double == 6.5)
    let table = try CommandRunner.run(["analyze", "--resume", file])
    #expect(table.stdout.contains("Counted to        2019-03 (PDF creation date)"))
    let markdown = try CommandRunner.run(["analyze", "--resume", "--format", "markdown", file])
    #expect(markdown.stdout.contains("- **Years of experience:** 6.5, counted to 2019-03 (PDF creation date)"))
    let given = try CommandRunner.run(["analyze", "--resume", "--as-of", "2024-06", "--format", "json", file])
    let forced = try #require(try JSONSerialization.jsonObject(with: Data(given.stdout.utf8)) as? [String: Any])
    #expect(forced["asOf"] as? String == "2024-06")
    #expect(forced["asOfSource"] as? String == "option")
    // Sep 2012 – Dec 2015 (40 months), Jan 2016 – June 2024 (101).
    #expect(forced["yearsExperience"] as? Double == 11.7)
  }
}
