import Foundation
import Matching
import TestSupport
import Testing

@testable import Report

@Suite("The ranking and fit pages")
struct StructureTests {
  @Test("the table has one row per entry, in score order, each linked to its details")
  func tableRows() throws {
    let ranking = ReportFixtures.allPostings
    let html = HTMLReport.render(ranking)
    let rows = HTMLProbe.tableRows(html)
    #expect(rows.count == ranking.entries.count)
    #expect(rows.map(\.rank) == Array(1...ranking.entries.count))
    #expect(rows.map(\.score) == ranking.entries.map(\.score))
    #expect(zip(rows, rows.dropFirst()).allSatisfy { $0.score >= $1.score })
    for entry in ranking.entries {
      #expect(html.contains(##"<a href="#posting-\##(entry.rank)""##), "rank \(entry.rank) links to its details")
      #expect(html.contains(##"<article class="fit" id="posting-\##(entry.rank)""##))
    }
  }

  @Test("the charts are inline SVG with labelled axes and values as text")
  func charts() throws {
    let ranking = ReportFixtures.allPostings
    let html = HTMLReport.render(ranking)
    #expect(HTMLProbe.count(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart bar-chart""#, in: html) == 1)
    let drawable = ranking.entries.compactMap(\.fit).filter { $0.competencies.count >= RadarChart.axisMinimum }
    #expect(!drawable.isEmpty)
    #expect(HTMLProbe.count(#"class="chart radar-chart""#, in: html) == drawable.count)
    #expect(html.contains("Fit score (0–100)"))
    #expect(HTMLProbe.count(#"class="bar""#, in: html) == ranking.entries.count)
    let best = try #require(ranking.entries.first)
    #expect(html.contains("score \(best.score), \(best.band.rawValue)</title>"), "the best bar has a tooltip")
    #expect(html.contains("resume strength"))
    #expect(html.contains(#"role="img""#))
  }

  @Test("on a phone each radar numbers its spokes, and a list under it names them with both values, in order")
  func radarKey() throws {
    let ranking = ReportFixtures.allPostings
    let html = HTMLReport.render(ranking)
    let fit = try #require(ranking.entries.first?.fit)
    let chart = RadarChart(competencies: fit.competencies, title: "")
    let article = try #require(HTMLProbe.section(of: html, from: #"<article class="fit" id="posting-1""#))
    let numbers = article.matches(of: /class="axis-number" fill="[^"]*">(\d+)</).compactMap { Int($0.output.1) }
    #expect(numbers == Array(1...chart.axes.count))
    let key = article.matches(of: /<li>([^<]*): <span class="values">([^<]*)<\/span><\/li>/).map {
      "\($0.output.1): \($0.output.2)"
    }
    let top = try #require(chart.axes.first)
    #expect(key.count == chart.axes.count)
    #expect(
      key.first
        == HTMLEscaping.ampersands(top.name) + ": posting 100%, resume \(NumberFormat.percent(top.strength))")
    #expect(key.map { $0.components(separatedBy: ": ")[0] } == chart.axes.map { HTMLEscaping.ampersands($0.name) })
  }

  @Test(
    "the line under the chart counts what it shows, of the postings kept and of those the table lists",
    arguments: [
      (93, 93, "The best 40 of 93 postings; the table lists all 93."),
      (93, 50, "The best 40 of 93 postings; the table lists the best 50."),
      (93, 10, "The best 10 of 93 postings."),
      (18, 18, "All 18 postings, best first."),
      (1, 1, "1 posting."),
    ])
  func chartCount(ranked: Int, listed: Int, line: String) throws {
    var ranking = ReportFixtures.allPostings
    let model = try #require(ranking.entries.first)
    ranking.entries = (1...listed).map { rank in
      var entry = model
      entry.rank = rank
      entry.file = "postings/\(rank).html"
      entry.fit = nil
      return entry
    }
    ranking.rankedCount = ranked
    ranking.scannedCount = ranked
    let html = HTMLReport.render(ranking)
    #expect(html.contains(#"<figcaption><p class="chart-count">"# + line + "</p>"), "\(line)")
    #expect(HTMLProbe.count(#"class="bar""#, in: html) == min(listed, RankingPage.chartLimit))
  }

  @Test("a posting from a file of postings links its http(s) URL in its details; any other URL is not linked")
  func detailsLinkTheURL() throws {
    var ranking = ReportFixtures.allPostings
    ranking.entries[0].url = "https://jobs.example/vp-product?ref=feed&id=7"
    ranking.entries[1].url = "javascript:alert(1)"
    let html = HTMLReport.render(ranking)
    let first = try #require(HTMLProbe.section(of: html, from: #"<article class="fit" id="posting-1""#))
    #expect(
      first.contains(
        #"<p class="online">Online: <a href="https://jobs.example/vp-product?ref=feed&amp;id=7" "#
          + #"rel="noopener noreferrer">https://jobs.example/vp-product?ref=feed&amp;id=7</a></p>"#))
    let second = try #require(HTMLProbe.section(of: html, from: #"<article class="fit" id="posting-2""#))
    #expect(!second.contains("class=\"online\""))
    #expect(!html.contains("javascript:"))
    let third = try #require(HTMLProbe.section(of: html, from: #"<article class="fit" id="posting-3""#))
    #expect(!third.contains("class=\"online\""), "no URL, no line")
  }

  @Test("the page is self-contained: no request for another file or host, a print stylesheet, a phone viewport")
  func selfContained() {
    let html = HTMLReport.render(ReportFixtures.allPostings)
    let urls = html.matches(of: /https?:\/\/[^"'\s)<]*/).map { String($0.output) }
    #expect(Set(urls) == ["http://www.w3.org/2000/svg"], "\(Set(urls))")
    for external in [" src=", "<link", "@import", "url("] {
      #expect(!html.contains(external), "\(external)")
    }
    #expect(html.contains("@media print"))
    #expect(html.contains(#"<meta name="viewport" content="width=device-width, initial-scale=1"/>"#))
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    // ESCO's reuse policy asks every service that uses it to say so.
    #expect(html.contains("This service uses the ESCO classification of the European Commission."))
  }

  @Test("the summary names the resume, the number of postings and the skipped files")
  func summary() throws {
    var ranking = ReportFixtures.allPostings
    ranking.skipped = [Ranking.Skipped(file: "Fixtures/broken.html", reason: "empty file")]
    let html = HTMLReport.render(ranking)
    #expect(
      html.contains("<strong>\(ranking.rankedCount) postings</strong> ranked for <code>\(ranking.subject)</code>"))
    #expect(html.contains("1 file skipped"))
    #expect(html.contains("<code>Fixtures/broken.html</code>: empty file"))
  }

  @Test("the same ranking renders to the same bytes")
  func deterministic() throws {
    let first = HTMLReport.render(ReportFixtures.allPostings)
    let again = try ReportFixtures.ranking(postings: Fixtures.postingNames().reversed().map(Fixtures.posting))
    #expect(first == HTMLReport.render(again))
  }

  @Test("the score page has one details section per posting, with a contents list when there are several")
  func fitsPage() throws {
    let names = ["greenhouse-cpo-lumora.html", "lever-vp-product-tidewater.html"]
    let fits = try names.map { try ReportFixtures.fit(posting: Fixtures.posting($0)) }
    let html = HTMLReport.render(fits)
    #expect(HTMLProbe.count(#"<article class="fit""#, in: html) == 2)
    #expect(html.contains(#"<nav id="contents""#))
    #expect(HTMLProbe.count(#"class="chart radar-chart""#, in: html) == 2)
    let single = HTMLReport.render(fits[0])
    #expect(!single.contains(#"<nav id="contents""#))
    #expect(single.contains("Matched competencies"))
    #expect(single.contains("Unmet requirements"))
    #expect(single.contains("Missing keywords"))
    #expect(single.contains("Advice"))
  }

  @Test("radar labels wrap on word boundaries and end with an ellipsis when cut")
  func wrapping() {
    #expect(
      RadarChart.wrap("Stakeholder management & executive communication", width: 18, maxLines: 3)
        == ["Stakeholder", "management &", "executive…"])
    #expect(RadarChart.wrap("Technical fluency", width: 18, maxLines: 3) == ["Technical fluency"])
  }
}
