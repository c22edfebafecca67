import CSV
import Foundation
import TestSupport
import Testing

/// `rank`'s filters over the bundled postings and two of the filter fixtures (a Berlin posting paying
/// €7,000–8,000 a month, a remote one stating no pay): each sets aside the right postings, the summary counts
/// them, JSON and CSV keep the reasons, and no score changes.
@Suite("rank filters: remote, location, salary, score, level, family")
struct RankFilterCommandTests {
  private let resume = Fixtures.resume("vp-product-morgan-ellis.md")
  private let folders = [
    Fixtures.root.appendingPathComponent("Fixtures/postings").path,
    Fixtures.root.appendingPathComponent("Fixtures/filter-postings").path,
  ]

  /// The JSON ranking with `filters`: file name → score of the kept postings, file name → the filters that
  /// set each other one aside, and the summary line of the table.
  private func rank(_ filters: [String]) throws -> (
    kept: [String: Int], setAside: [String: [String]], summary: String
  ) {
    let result = try CommandRunner.run(["rank", "--resume", resume, "--format", "json"] + filters + folders)
    #expect(result.status == 0, "\(filters): \(result.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    var kept: [String: Int] = [:]
    for entry in try #require(object["entries"] as? [[String: Any]]) {
      kept[name(try #require(entry["file"] as? String))] = try #require(entry["score"] as? Int)
    }
    var setAside: [String: [String]] = [:]
    for item in try #require(object["setAside"] as? [[String: Any]]) {
      let reasons = try #require(item["reasons"] as? [[String: Any]])
      setAside[name(try #require(item["file"] as? String))] = reasons.compactMap { $0["filter"] as? String }
    }
    let table = try CommandRunner.run(["rank", "--resume", resume] + filters + folders)
    return (kept, setAside, String(table.stdout.prefix { $0 != "\n" }))
  }

  private func name(_ path: String) -> String { URL(fileURLWithPath: path).lastPathComponent }

  private static let all = try? RankFilterCommandTests().rank([]).kept

  @Test("--remote keeps postings remote by workplace or location")
  func remote() throws {
    let ranked = try rank(["--remote"])
    #expect(
      Set(ranked.kept.keys) == [
        "blog-cpo-role-heavy-boilerplate.html", "lever-vp-product-tidewater.html", "markdown-head-product-pinecone.md",
        "senior-software-engineer-ardent.html", "no-salary-remote-director.md",
      ])
    #expect(ranked.setAside.count == 15)
    #expect(ranked.setAside.values.allSatisfy { $0 == ["remote"] })
    #expect(ranked.summary.hasSuffix("; filters set aside 15 (not remote: 15), 5 left"))
  }

  @Test("--location matches a place in any case; remote postings only when the text says remote")
  func location() throws {
    #expect(Set(try rank(["--location", "BERLIN"]).kept.keys) == ["monthly-senior-pm-berlin.md"])
    let remote = try rank(["--location", "remote (europe)"])
    // Lindwurm's location says it; Pinecone and the blog posting are remote by workplace.
    #expect(
      Set(remote.kept.keys) == [
        "no-salary-remote-director.md", "markdown-head-product-pinecone.md", "blog-cpo-role-heavy-boilerplate.html",
        "lever-vp-product-tidewater.html",
      ])
    #expect(try rank(["--location", "or"]).kept.keys.contains("senior-software-engineer-ardent.html"))
  }

  @Test("--min-salary: a yearly floor in dollars; hourly and monthly pay brought to a year; no pay kept")
  func minSalary() throws {
    // The nurse's $56.75 an hour is $118,040 a year; Berlin's €8,000 a month is €96,000, $103,680.
    let yearly = try rank(["--min-salary", "120k"])
    #expect(Set(yearly.setAside.keys) == ["registered-nurse-stmarys.html", "monthly-senior-pm-berlin.md"])
    #expect(yearly.kept.keys.contains("no-salary-remote-director.md"))
    #expect(yearly.kept.keys.contains("latin1-director-product-societe.htm"), "CA$175,000 is $127,750")
    #expect(yearly.summary.contains("filters set aside 2 (paying under 120,000 USD a year: 2), 18 left"))
    // 60 an hour is 124,800 a year.
    #expect(Set(try rank(["--min-salary", "60/hour"]).setAside.keys) == Set(yearly.setAside.keys))
    // 8,700 a month is 104,400 a year: Berlin's $103,680 falls short, the nurse's $118,040 does not.
    #expect(Set(try rank(["--min-salary", "$8,700/month"]).setAside.keys) == ["monthly-senior-pm-berlin.md"])
    #expect(try rank(["--min-salary", "8600/month"]).setAside.isEmpty)
    // In euros: €8,500 a month is €102,000 a year; Berlin pays €96,000, the nurse $118,040 (€109,296).
    #expect(Set(try rank(["--min-salary", "€8,500/month"]).setAside.keys) == ["monthly-senior-pm-berlin.md"])
    let required = try rank(["--min-salary", "120k", "--require-salary"])
    #expect(required.setAside["no-salary-remote-director.md"] == ["requireSalary"])
    #expect(required.setAside.count == 3)
    #expect(try rank(["--require-salary"]).setAside.keys.sorted() == ["no-salary-remote-director.md"])
  }

  @Test("--min-score sets aside exactly the scores below it, and leaves every score as it was")
  func minScore() throws {
    let all = try #require(Self.all)
    let ranked = try rank(["--min-score", "85"])
    #expect(Set(ranked.kept.keys) == Set(all.filter { $0.value >= 85 }.keys))
    #expect(Set(ranked.setAside.keys) == Set(all.filter { $0.value < 85 }.keys))
    for (file, score) in ranked.kept { #expect(all[file] == score, "\(file)") }
  }

  @Test("--level keeps a rung or a range of rungs; --family one role family")
  func levelAndFamily() throws {
    let directorToVP = try rank(["--level", "director..vp"])
    #expect(
      Set(directorToVP.setAside.keys) == [
        "marketing-manager-fernway.html", "registered-nurse-stmarys.html", "senior-software-engineer-ardent.html",
        "monthly-senior-pm-berlin.md",
      ])
    #expect(
      Set(try rank(["--level", "senior"]).kept.keys) == [
        "senior-software-engineer-ardent.html", "monthly-senior-pm-berlin.md",
      ])
    let product = try rank(["--family", "Product"])
    #expect(
      Set(product.setAside.keys) == [
        "marketing-manager-fernway.html", "registered-nurse-stmarys.html", "senior-software-engineer-ardent.html",
      ])
    #expect(product.summary.contains("(not product: 3)"))
    let bad = try CommandRunner.run(["rank", "--resume", resume, "--family", "astronaut"] + folders)
    #expect(bad.status == 2)
    #expect(bad.stderr.contains("no role family 'astronaut'"))
  }

  @Test("filters together: each posting keeps its score and its place; the reasons are all listed, in JSON and CSV")
  func together() throws {
    let all = try #require(Self.all)
    let filters = ["--remote", "--min-salary", "150k", "--level", "director..", "--min-score", "50"]
    let ranked = try rank(filters)
    #expect(
      Set(ranked.kept.keys) == [
        "blog-cpo-role-heavy-boilerplate.html", "lever-vp-product-tidewater.html", "markdown-head-product-pinecone.md",
        "no-salary-remote-director.md",
      ])
    #expect(ranked.setAside["senior-software-engineer-ardent.html"] == ["minScore", "level"])
    #expect(ranked.setAside["registered-nurse-stmarys.html"] == ["remote", "minSalary", "minScore", "level"])
    for (file, score) in ranked.kept { #expect(all[file] == score, "\(file)") }
    let csv = try CommandRunner.run(["rank", "--resume", resume, "--format", "csv"] + filters + folders)
    let reader = try CSVReader(string: csv.stdout, hasHeaderRow: true)
    // The posting's URL (from a file of postings) comes after the reason.
    #expect(reader.headerRow?.suffix(2) == ["set_aside_reason", "url"])
    var rows: [[String]] = []
    while let row = reader.next() { rows.append(row) }
    let nurse = try #require(rows.first { $0[6].hasSuffix("registered-nurse-stmarys.html") })
    #expect(nurse[0].isEmpty)
    #expect(Int(nurse[1]) == all["registered-nurse-stmarys.html"])
    #expect(
      nurse[10]
        == "not remote (workplace not stated); pays at most 118,040 USD a year, under 150,000 USD a year; "
        + "score \(nurse[1]) under 50; level mid outside director/head..vp/chief")
    #expect(rows.filter { !$0[0].isEmpty }.map { $0[0] } == ["1", "2", "3", "4"])
    let again = try CommandRunner.run(["rank", "--resume", resume, "--format", "csv"] + filters + folders)
    #expect(again.stdout == csv.stdout)
  }

  @Test("bad filter values are usage errors; posting filters need --resume")
  func usage() throws {
    let posting = Fixtures.posting("greenhouse-cpo-lumora.html")
    let resumes = Fixtures.root.appendingPathComponent("Fixtures/resumes").path
    for arguments in [
      ["--resume", resume, "--min-salary", "lots"], ["--resume", resume, "--level", "wizard"],
      ["--resume", resume, "--min-score", "-5"], ["--resume", resume, "--min-score", "101"],
      ["--posting", posting, "--remote"], ["--posting", posting, "--min-salary", "100k"],
    ] {
      let result = try CommandRunner.run(["rank"] + arguments + [resumes])
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.hasPrefix("Error: --"), "\(arguments): \(result.stderr)")
    }
  }

  @Test("the recruiter's view filters candidates by score and level")
  func recruiter() throws {
    let posting = Fixtures.posting("greenhouse-cpo-lumora.html")
    let resumes = Fixtures.root.appendingPathComponent("Fixtures/resumes").path
    let result = try CommandRunner.run(
      [
        "rank", "--posting", posting, "--as-of", "2026-12", "--level", "director..", "--min-score", "20", "--format",
        "csv", resumes,
      ])
    let reader = try CSVReader(string: result.stdout, hasHeaderRow: true)
    var kept: [String] = []
    var setAside: [String: String] = [:]
    while let row = reader.next() {
      if !row[0].isEmpty { kept.append(row[3]) } else if !row[12].isEmpty { setAside[row[3]] = row[12] }
    }
    #expect(kept.prefix(2) == ["Morgan Ellis", "Morgan Ellis"])
    #expect(setAside["Priya Natarajan"]?.hasSuffix("level senior outside director/head..vp/chief") == true)
    // Both reasons when both filters set a candidate aside, the score's first.
    let jamie = try #require(setAside["Jamie Lindqvist"])
    #expect(
      jamie.hasPrefix("score ") && jamie.hasSuffix(" under 20; level intern/junior outside director/head..vp/chief"),
      "\(jamie)")
    #expect(setAside["Sade Okafor"].map { $0.hasPrefix("score ") && $0.hasSuffix(" under 20") } == true)
  }
}
