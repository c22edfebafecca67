import Foundation
import TestSupport
import Testing

@Suite("jdmatch extract, run as a user would")
struct ExtractCommandTests {
  @Test("JSON for the JSON-LD fixture carries title, company and location")
  func jsonLDFixture() throws {
    let result = try CommandRunner.run([
      "extract", "--format", "json", Fixtures.posting("careers-jsonld-director-product-brightfield.html"),
    ])
    #expect(result.status == 0)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    #expect(object["title"] as? String == "Director of Product, Grid Software")
    #expect(object["company"] as? String == "Brightfield Energy")
    #expect(object["location"] as? String == "Austin, TX, US")
    let posting = try #require(object["jobPosting"] as? [String: Any])
    let salary = try #require(posting["baseSalary"] as? [String: Any])
    #expect(salary["currency"] as? String == "USD")
    for key in ["source", "title", "company", "location", "text", "sections", "jobPosting", "encoding"] {
      #expect(object.keys.contains(key), "missing key \(key)")
    }
  }

  @Test("a team page's title is the role it holds, the same in extract as in analyze")
  func teamPageTitle() throws {
    let folder = try Fixtures.temporaryDirectory()
    let page = folder.appendingPathComponent("roles.md")
    try """
    # Roles on the Engineering team

    This page lists the open roles of the engineering team.

    ## Director of Engineering

    You will lead four teams of engineers building our billing platform.

    - 10+ years of software engineering, 4+ managing managers.
    """.write(to: page, atomically: true, encoding: .utf8)
    func title(_ command: String) throws -> String? {
      let result = try CommandRunner.run([command, "--format", "json", page.path])
      #expect(result.status == 0, "\(result.stderr)")
      return (try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])?["title"] as? String
    }
    #expect(try title("extract") == "Director of Engineering")
    #expect(try title("analyze") == "Director of Engineering")
  }

  @Test("several files give one JSON array; a page without JSON-LD has jobPosting null")
  func jsonArray() throws {
    let result = try CommandRunner.run([
      "extract", "--format", "json", Fixtures.posting("greenhouse-cpo-lumora.html"),
      Fixtures.posting("plain-cpo-meridian.txt"),
    ])
    #expect(result.status == 0)
    let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(array.count == 2)
    #expect(array[0]["jobPosting"] is NSNull)
    #expect(array[1]["format"] as? String == "text")
  }

  @Test("bad inputs are named on stderr, good ones still printed, exit 1")
  func mixedInputs() throws {
    let directory = try Fixtures.temporaryDirectory()
    let empty = directory.appendingPathComponent("empty.html")
    try Data().write(to: empty)
    let missing = directory.appendingPathComponent("missing.html").path
    let result = try CommandRunner.run([
      "extract", empty.path, Fixtures.posting("greenhouse-cpo-lumora.html"), missing, directory.path,
    ])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n").map(String.init)
    #expect(
      lines == [
        "jdmatch: \(empty.path): file is empty", "jdmatch: \(missing): no such file",
        "jdmatch: \(directory.path): is a directory, not a file",
      ])
    #expect(result.stdout.contains("As Chief Product Officer you will own the vision"))
  }

  @Test("an unreadable file is reported with its reason")
  func unreadable() throws {
    let directory = try Fixtures.temporaryDirectory()
    let file = directory.appendingPathComponent("locked.html")
    try Data("<p>secret</p>".utf8).write(to: file)
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: file.path)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: directory.path)
    // root reads any file, so as root the check runs as the unprivileged user "nobody".
    let uid: Int? = getuid() == 0 ? 65534 : nil
    let result = try CommandRunner.run(["extract", file.path], asUser: uid)
    #expect(result.status == 1)
    #expect(result.stderr == "jdmatch: \(file.path): cannot read: permission denied\n")
  }

  @Test(
    "usage errors exit with 2", arguments: [["extract"], ["extract", "--format", "xml", "a.html"], ["frobnicate"]])
  func usageErrors(arguments: [String]) throws {
    let result = try CommandRunner.run(arguments)
    #expect(result.status == 2)
    #expect(!result.stderr.isEmpty)
  }

  @Test("--help documents the exit codes")
  func helpDocumentsExitCodes() throws {
    let result = try CommandRunner.run(["extract", "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Exit status: 0 when every input was processed; 1 when"))
  }
}
