extension Requirements {
  /// Empties every evidence sentence, keeping the values: for holding many postings in memory.
  public mutating func stripEvidence() {
    experience?.evidence = ""
    for index in degrees.indices { degrees[index].evidence = "" }
    for index in certifications.indices { certifications[index].evidence = "" }
    teamSize?.evidence = ""
    workplace?.evidence = ""
    salary?.evidence = ""
  }
}
