import Analysis
import Foundation
import Ingest
import Pipeline
import TestSupport
import Testing

@Suite("Batch preparation")
struct BatchPreparerTests {
  @Test("a file deleted after the folder walk, before it is read, is listed as missing; the rest are read")
  func deletedMidRun() async throws {
    let directory = try PipelineFixtures.postingFolder(
      ["greenhouse-cpo-lumora.html", "registered-nurse-stmarys.html", "plain-cpo-meridian.txt"])
    let files = InputCollector(extensions: InputCollector.postingExtensions).collect([directory.path]).files
    #expect(files.count == 3)
    let deleted = directory.appendingPathComponent("registered-nurse-stmarys.html").path
    try FileManager.default.removeItem(atPath: deleted)
    let batch = BatchPreparer(ingestor: Ingestor(), preparer: PipelineFixtures.setup.preparer)
    let outcomes = await batch.prepare(files, jobs: 2) { _, document in document.source }
    #expect(outcomes.count == 3)
    for (file, outcome) in zip(files, outcomes) {
      switch outcome {
      case .success(let source): #expect(source == file && file != deleted)
      case .failure(let error): #expect(error == .notFound(path: deleted))
      }
    }
  }
}
